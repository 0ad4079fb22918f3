# Secundair diploma via het volwassenenonderwijs: inschrijvingsgeld, premie, tijd en VOV.

## Invoerfouten
adult-error-too-many-modules = { $count } modules is te veel: hoogstens { $maximum }.
adult-error-lesson-periods = { $value } lestijden kan niet: een module telt van { $min } tot { $max } lestijden.
adult-error-amount = { $value } cent kan niet: vul een bedrag in van € 0,00 tot { $max_amount }.

## Namen
adult-area-vocational = Beroepsopleiding (diplomagericht)
adult-area-aav = Aanvullende algemene vorming (AAV)
adult-area-av = Algemene vorming (AV, ASO-niveau)
adult-area-nt2 = Nederlands als tweede taal (NT2)
adult-area-basic = Basiseducatie
adult-area-literacy = Geletterdheid
adult-area-shortage = Opleiding voor een knelpuntberoep
adult-area-leisure = Vrijetijdsstudiegebied (talen, fotografie, koken, mode…)
adult-category-standard = Standaard
adult-category-partial = Gedeeltelijke vrijstelling
adult-category-full = Volledige vrijstelling
adult-category-standard-who = Wie niet in een vrijstellingscategorie valt.
adult-category-partial-who = Onder meer wie een werkloosheidsuitkering krijgt of een functiebeperking heeft.
adult-category-full-who = Onder meer wie een leefloon of materiële hulp krijgt, werkzoekenden in beroepsinschakelingstijd of in een erkend traject naar werk, inburgeraars en gedetineerden.
adult-organisation-modular = Modulair (per module)
adult-organisation-linear = Lineair (per schooljaar)
adult-semester = semester { $number }
adult-scope-school-year = het schooljaar
adult-rate-standard = standaardtarief
adult-rate-nt2 = tarief NT2
adult-rate-partial = tarief bij gedeeltelijke vrijstelling
adult-rate-full = tarief bij volledige vrijstelling
adult-rate-fourth = tarief bij een vierde inschrijving
adult-rate-fourth-full = tarief bij een vierde inschrijving, volledig vrijgesteld
adult-rate-shortage = tarief knelpuntopleiding
adult-rate-shortage-exemption = tarief knelpuntopleiding met vrijstelling
adult-rate-leisure = tarief vrijetijdsstudiegebied, zonder vermindering en zonder maximum

## Inschrijvingsgeld
adult-line-charged = Module { $number } ({ $area }, { $semester }): { $periods } × { $rate } ({ $kind })
adult-line-free = Module { $number } ({ $area }, { $semester }): { $periods }, geen inschrijvingsgeld zonder diploma secundair onderwijs
adult-line-exempted = Module { $number } ({ $area }, { $semester }): vrijgesteld op basis van eerder verworven competenties (EVC); de { $periods } tellen niet mee
adult-line-not-computed = Module { $number } ({ $area }, { $semester }): { $periods }; het tarief voor { $year } is niet gepubliceerd, niet berekend
adult-cap-within = { $scope }: { $fees } blijft onder het maximum van { $cap } per opleiding
adult-cap-applied = { $scope }: { $fees } is meer dan het maximum; je betaalt { $cap }
adult-cap-unpublished = { $scope }: { $fees }. Het maximum voor { $year } is niet gepubliceerd: we passen het maximum van vroeger niet toe
adult-fee-upper-bound = Het maximum per opleiding is voor dit schooljaar niet gepubliceerd. Het inschrijvingsgeld hierboven is zonder maximum berekend: het echte bedrag kan lager zijn.
adult-fee-incomplete = Het tarief van minstens één module is voor dit schooljaar niet gepubliceerd: dat deel zit niet in het totaal.

## Premie
adult-premium-eligible = Premie voor je eerste diploma secundair onderwijs: { $amount }.
adult-premium-not-eligible = Geen premie: niet elke voorwaarde is vervuld.
adult-premium-condition-first = Je behaalt via het volwassenenonderwijs je eerste diploma secundair onderwijs
adult-premium-condition-passed = Geslaagd voor modules van de diplomagerichte opleiding waarvoor je inschrijvingsgeld betaalde: { $count }
adult-premium-condition-apply = Je vraagt de premie aan binnen { $months } na de uitreiking van je diploma (formulier en kopie van je diploma)
adult-premium-refund = { $scope }: { $paid } betaald voor geslaagde modules, hoogstens { $maximum } per semester
adult-premium-refund-year = { $scope }: { $paid } betaald voor geslaagde modules
adult-premium-vouchers = Betaald met opleidingscheques: { $amount }, niet terugbetaald
adult-premium-year-maximum = Samen { $before }, hoogstens { $maximum } per opleiding per schooljaar
adult-premium-timing = Je vraagt de premie aan binnen { $apply } na je diploma; de uitbetaling kan daarna nog tot { $payment } duren. Reken dus op ten laatste { $latest } na je diploma.
adult-premium-not-refunded = Cursusmateriaal en het deel dat je met opleidingscheques betaalde, worden niet terugbetaald.

## Tijd
adult-time-hours = { $periods } = { $hours } les over { $weeks }: gemiddeld { $per_week } per week
adult-time-exempted = Vrijgesteld (EVC): { $periods } minder les

## Vlaams opleidingsverlof
adult-vov-planned = { $periods } voorziene lestijden in modules die meetellen = { $hours }
adult-vov-too-small = Modules die te klein zijn om mee te tellen (minder dan { $minimum }): { $count }
adult-vov-maximum = Persoonlijk maximum: { $full_time } × { $percent } tewerkstelling = { $maximum }
adult-vov-maximum-full-time = Persoonlijk maximum bij voltijds werk: { $full_time } × { $percent } = { $maximum } (vul je tewerkstelling in bij Studielast en verlof)
adult-vov-hours = Uren Vlaams opleidingsverlof voor deze opleiding: { $hours }. Of je er recht op hebt (sector, tewerkstelling), lees je bij Studielast en verlof.

## Het alternatief
adult-alternative-title = Het alternatief: de Examencommissie secundair onderwijs
adult-alternative-text = Bij de { -examencommissie-name } leg je examens af op je eigen tempo, zonder lessen te volgen. Zo kun je ook een diploma KSO behalen, wat via het volwassenenonderwijs niet kan. Wat dat kost, staat niet in onze bronnen.
