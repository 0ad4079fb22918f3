## Dual learning: the OAO of secondary education and the ODOS, ODO and ODOW of adult
## education compared, for the learner and for the employer.

# Between the items of a list inside a sentence: "a; b".
dual-list-separator = { "; " }
# "a, b of c": the last two items of a list of choices.
dual-choice-or = { $rest } of { $last }

## The four agreements. The value is the name as a title; .in-text is the name inside a
## sentence ("Voor jou staat de … (OAO) open").
dual-agreement-oao = Overeenkomst alternerende opleiding
    .in-text = overeenkomst alternerende opleiding
dual-agreement-odos = Overeenkomst van duale opleiding met statuut
    .in-text = overeenkomst van duale opleiding met statuut
dual-agreement-odo = Overeenkomst van duale opleiding
    .in-text = overeenkomst van duale opleiding
dual-agreement-odow = Overeenkomst van duale opleiding met de eigen werkgever
    .in-text = overeenkomst van duale opleiding met de eigen werkgever

## The choices of the form, as it shows them (and as error messages name them).
dual-education-secondary = secundair onderwijs
dual-education-adult = volwassenenonderwijs
dual-school-level-below-second-grade = de tweede graad niet met succes beëindigd
dual-school-level-second-grade = de tweede graad met succes beëindigd
dual-school-level-third-grade-first-year = minstens het eerste jaar van de derde graad met succes beëindigd
dual-home-care-none = geen dienst voor gezinszorg
dual-home-care-public = publieke dienst voor gezinszorg of thuiszorg
dual-home-care-private = private dienst voor gezinszorg

## The day the amounts are read on.
dual-reference-start = Bedragen zoals ze golden op { $date }, het begin van het schooljaar { $year }. Leervergoedingen en premies stijgen wanneer de spilindex wordt overschreden; het jaarbedrag rekent elke maand met het bedrag van deze dag.
dual-reference-chosen = Bedragen zoals ze golden op { $date }, de peildatum die je koos in het schooljaar { $year }. Het jaarbedrag rekent elke maand met het bedrag van deze dag.

## Notes on the whole comparison.
# $changes: "label: amount (status)" for each figure, joined by dual-list-separator.
dual-note-later-change = Later in dit schooljaar, vanaf { $date }, gelden andere bedragen ({ $changes }). Kies die maand als peildatum om ermee te rekenen.
dual-later-change-item = { $label }: { $what }
dual-later-change-amount = { $amount } ({ $status })
dual-later-change-unpublished = geen bedrag gepubliceerd
dual-note-not-counted = Niet meegerekend: vakantiegeld, eindejaarspremie, belastingen en sociale bijdragen. Wat een leervergoeding betekent voor het Groeipakket (kinderbijslag) en de belastingen, is niet gevonden en niet berekend.
dual-note-other-contracts = Ook mogelijk, maar hier niet vergeleken: een deeltijdse arbeidsovereenkomst (loon volgens de sector), in de social profit een deeltijdse arbeidsovereenkomst sociale maribel, en in het secundair onderwijs met minder dan 20 uur per week een stageovereenkomst (SAO) zonder leervergoeding.
oao-note-waiver = Afstand doen van de leervergoeding kan volgens het webinar voor de sector van de gezinszorg in het volwassenenonderwijs; bij een OAO rekenen we met de leervergoeding.
odo-note-workplace-hours-only = Een ODO betaalt alleen de uren op de werkplek: lesuren en weken zonder werk op de werkplek brengen niets op.

## Who can use an agreement.
dual-condition-not-yet = Duaal leren in het volwassenenonderwijs bestaat sinds { $start }; de peildatum is { $date }
dual-condition-adult-education = Alleen voor cursisten in het volwassenenonderwijs (een centrum voor volwassenenonderwijs): jij volgt { $education }
dual-condition-secondary-education = Alleen voor leerlingen in het secundair onderwijs: jij volgt { $education }
oao-condition-hours = Minstens { $minimum } op de werkplek (gemiddeld over het jaar); met minder uren is het een stageovereenkomst (SAO) zonder leervergoeding: jij geeft { $hours } per week op
odo-condition-odos-hours = Gemiddeld minstens { $minimum } op de werkplek over het jaar; met minder uren is het een ODO: jij geeft { $hours } per week op
odo-condition-odo-hours = Minder dan { $limit } op de werkplek; vanaf die grens is het een ODOS: jij geeft { $hours } per week op
dual-condition-hours-unknown = Niet nagegaan: de grens in uren per week op de werkplek is niet gekend op { $date }
# $employed: yes or no.
odo-condition-odow-employed = Alleen als je al werknemer bent van de onderneming waar je op de werkplek leert (je eigen werkgever): { $employed ->
    [yes] dat ben je
   *[no] dat ben je niet
}
odo-condition-not-employed = Je bent nog geen werknemer van de onderneming waar je op de werkplek leert; wie dat al is, sluit een ODOW (onze lezing): { $employed ->
    [yes] je bent er al werknemer
   *[no] je bent er nog geen werknemer
}

## What an agreement pays.
dual-not-computed-not-yet = De { $agreement } bestond nog niet op { $date }: duaal leren in het volwassenenonderwijs startte op { $start }.
# $period: "op 1 mei 2024" (period-on-date).
dual-not-computed-missing = Niet berekend: { $label } is niet gekend { $period }. { $reason }
dual-not-computed-amount-missing = Niet berekend: een bedrag ontbreekt.
dual-line-waived = Je doet afstand van de leervergoeding om je uitkering of loon te behouden: de onderneming betaalt je geen leervergoeding. Je uitkering of loon rekenen we niet uit.
dual-line-per-school-year = Per schooljaar: { $months } × { $amount }

## The OAO brackets: who falls in each, in the words of the official table.
oao-bracket-1 = De leerling heeft de tweede graad van het secundair onderwijs nog niet met succes beëindigd en zit in het eerste opleidingsjaar van de alternerende opleiding.
oao-bracket-2 = De leerling heeft de tweede graad van het secundair onderwijs met succes beëindigd, of heeft een eerste jaar van een alternerende opleiding met succes beëindigd.
oao-bracket-3 = De leerling heeft het eerste jaar van de derde graad van het secundair onderwijs met succes beëindigd, of al twee opleidingsjaren van een alternerende opleiding, of de kwalificatiefase van het buitengewoon secundair onderwijs (OV3).
## Why this learner falls in a bracket ("want …").
oao-bracket-reason-third-grade = je hebt het eerste jaar van de derde graad van het secundair onderwijs met succes beëindigd
oao-bracket-reason-training-years = je hebt { $years } opleidingsjaren van een alternerende opleiding met succes beëindigd (twee of meer)
oao-bracket-reason-buso = je hebt de kwalificatiefase van het buitengewoon secundair onderwijs (OV3) met succes beëindigd
oao-bracket-reason-second-grade = je hebt de tweede graad van het secundair onderwijs met succes beëindigd
oao-bracket-reason-first-training-year = je hebt een eerste jaar van een alternerende opleiding met succes beëindigd
oao-bracket-reason-first-year = je hebt de tweede graad van het secundair onderwijs nog niet met succes beëindigd en zit in het eerste opleidingsjaar
oao-line-bracket = Leervergoeding schaal { $bracket }, want { $reason }: { $amount } per maand
oao-line-bracket-not-computed = Schaal { $bracket }, want { $reason }

## The adult-education allowances.
odo-line-odos-monthly = Leervergoeding ODOS: een vast bedrag van { $amount } per maand
# $weeks is a number (1 to 52).
odo-line-hourly = Leervergoeding ODO: { $rate } per uur × { $hours } per week × { $weeks } weken = { $total } op de werkplek
odo-line-monthly-average = Gemiddeld per maand: { $amount } ÷ { $months }
odo-line-odow-wage = Je loon loopt door: brutoloon { $amount } per maand, door jou ingevuld
odo-line-odow-per-school-year = Per schooljaar: { $months } × { $amount } (zonder vakantiegeld en eindejaarspremie)
odo-not-computed-wage = Niet berekend: vul je brutoloon per maand in. Bij een ODOW behoud je je loon.

## The rules of each agreement in words: the topics, then one message per agreement and
## topic, with .note where the source needs a word of explanation.
dual-topic-components = Les en werkplek
dual-topic-social-security = Sociale zekerheid
dual-topic-holidays = Vakantie
dual-topic-workplace = Werkplekcomponent
dual-topic-duration = Duur
dual-topic-allowance = Vergoeding
dual-source-webinar = Uit de vergelijkingstabel van het webinar 'Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht' voor de sector van de gezinszorg (2025), niet van de gelinkte pagina.

dual-fact-oao-allowance = Een leervergoeding: een vast bedrag per maand in drie schalen, naargelang je vooropleiding. De werkgever betaalt ze ook voor de lesuren.
dual-fact-oao-social-security = Ja: je bouwt sociale zekerheidsrechten op, bijvoorbeeld voor je pensioen.
    .note = Het webinar voor de sector van de gezinszorg (2025) zegt hetzelfde: 'Sociale zekerheidsrechten'.
dual-fact-oao-holidays = De schoolvakantiedagen, tenzij het opleidingstraject anders bepaalt.
dual-fact-oao-workplace = Minstens 20 uur per week op de werkplek (gemiddeld over het jaar), afwisselend met de lessen. Met minder uren is het een stageovereenkomst (SAO) zonder leervergoeding.
    .note = Het webinar voor de sector van de gezinszorg (2025): 'Component werkplekleren - Min. 20u./week - Alternerend'.
dual-fact-oao-components = Lessen op school en opleiding op de werkplek.
dual-fact-oao-duration = Hangt af van de opleiding, bijvoorbeeld kinderbegeleider duaal 1 jaar, assistentie in wonen, zorg en welzijn 2 jaar.

dual-fact-odos-allowance = Een leervergoeding: een vast bedrag per maand.
dual-fact-odos-social-security = Ja: je hebt het socialezekerheidsstatuut van een leerling in een alternerende opleiding.
    .note = Het webinar voor de sector van de gezinszorg (2025): 'Sociale zekerheidsrechten'.
dual-fact-odos-holidays = Je bouwt betaalde vakantiedagen op en mag werken tijdens de schoolvakanties.
dual-fact-odos-workplace = Gemiddeld minstens 20 uur per week op de werkplek over het jaar, afwisselend met de lessen.
    .note = Het webinar voor de sector van de gezinszorg (2025): 'Min. 20u./week - Alternerend'.
dual-fact-odos-components = Lessen in het centrum voor volwassenenonderwijs en opleiding op de werkplek.
dual-fact-odos-duration = Hangt af van je leertraject.

dual-fact-odo-allowance = Een leervergoeding per uur: een minimumbedrag, vermenigvuldigd met het aantal uren opleiding op de werkplek. Je kan er geheel of gedeeltelijk afstand van doen.
dual-fact-odo-social-security = Nee: je bouwt geen sociale zekerheidsrechten op.
dual-fact-odo-holidays = Je bouwt geen betaalde vakantiedagen op; je mag werken tijdens de schoolvakanties.
dual-fact-odo-workplace = Minder dan 20 uur per week op de werkplek; volgens het webinar minstens 50 % van de lestijd, afhankelijk van het leertraject, en het kan in blokperiodes.
    .note = De grens van 20 uur staat op de gelinkte pagina van de Vlaamse overheid (bevestigd). 'Minstens 50% vd lestijd - Afhankelijk van leertraject - Kan in blokperiodes' komt alleen uit de vergelijkingstabel van het webinar voor de sector van de gezinszorg (2025).
dual-fact-odo-components = Lessen in het centrum voor volwassenenonderwijs en opleiding op de werkplek; de leervergoeding geldt alleen voor de uren op de werkplek.
    .note = De vergelijkingstabel van het webinar voor de sector van de gezinszorg (2025) zegt bij de ODO 'Enkel werkplekcomponent'; de pagina van de Vlaamse overheid zegt dat de ODO beide omvat. Wij volgen de overheid.
dual-fact-odo-duration = Hangt af van het beroep: meestal 1 tot in principe hoogstens 3 jaar. De overeenkomst loopt niet langer dan de opleiding.

dual-fact-odow-allowance = Je loon: je blijft werknemer van je eigen werkgever.
    .note = Uit de vergelijkingstabel van het webinar voor de sector van de gezinszorg (2025). partena-professional.be: 'Als de cursist reeds werknemer is en de opleiding op de werkvloer wenst in te vullen bij de eigen werkgever, sluit u een Overeenkomst van Duale Opleiding met de eigen werkgever (ODOW).' Dat het loon doorloopt, staat niet uitdrukkelijk in een officiële bron.
dual-fact-odow-social-security = Ja: als werknemer bouw je sociale zekerheidsrechten op.
dual-fact-odow-holidays = Je bouwt betaalde vakantiedagen op.
dual-fact-odow-workplace = De uren in het centrum voor volwassenenonderwijs en op de werkplek vormen samen een voltijdse overeenkomst; het aantal uren op de werkplek is niet bepalend.
    .note = Het webinar voor de sector van de gezinszorg (2025): 'Uren opleiding in CVO + uren werkplekcomponent = voltijdse overeenkomst'.
dual-fact-odow-components = Lessen in het centrum voor volwassenenonderwijs en opleiding op de werkplek bij je eigen werkgever.
dual-fact-odow-duration = Hangt af van je leertraject.

## A short reading of the comparison.
dual-reading-per-week = { $hours } per week op de werkplek
dual-reading-none-open = Met deze gegevens is geen van de vier overeenkomsten mogelijk{ $who ->
    [employer] { "" } voor deze lerende
   *[learner] { "" } voor jou
}; bij elke overeenkomst staat welke voorwaarde niet vervuld is.
dual-reading-amounts-waived = je doet afstand van de leervergoeding, dus de onderneming betaalt je niets en je behoudt je uitkering of loon
# $average: yes for the ODO (an average of an hourly allowance), no otherwise; $months is a number.
dual-reading-amounts = { $monthly } per maand{ $average ->
    [yes] { " " }gemiddeld
   *[no] { "" }
}, { $yearly } per schooljaar van { $months } maanden
dual-reading-amount-not-computed = het bedrag is niet berekend
# $agreement: the agreement's name inside a sentence; $short: OAO, ODOS, ODO or ODOW.
dual-reading-open = { $who ->
    [employer] Voor deze lerende kan de { $agreement } ({ $short }), bij { $per_week }: { $amounts }.
   *[learner] Voor jou staat de { $agreement } ({ $short }) open, bij { $per_week }: { $amounts }.
}
dual-reading-most-least = Voor dezelfde { $per_week } brengt de { $most } per schooljaar het meest op ({ $most_amount }) en de { $least } het minst ({ $least_amount }).
dual-reading-odo-social-security = De ODO betaalt per uur op de werkplek; met een ODO bouw je geen sociale zekerheidsrechten en geen betaalde vakantie op. Met een OAO, ODOS of ODOW wel.
odo-reading-over-limit = Met { $per_week } is een ODO niet mogelijk: vanaf 20 uur sluit je in het volwassenenonderwijs een ODOS, met een vast bedrag per maand.
dual-reading-waived = Doe je afstand van de leervergoeding (in het volwassenenonderwijs), dan behoud je je uitkering of loon, en krijgt de onderneming de kleinere premie voor een lerende zonder vergoeding.
dual-reading-unconfirmed = Bedragen die alleen in een secundaire bron staan (een webinar uit 2025, een vraag-en-antwoordsite, een opleidingsverstrekker), zijn officieel niet bevestigd en staan zo gemarkeerd.

## Premiums. The value of a -name message is the premium's title; .plain is its name
## inside a sentence.
premium-count-learners = { $count ->
    [one] { $amount } lerende
   *[other] { $amount } lerenden
}
premium-count-pupils = { $count ->
    [one] { $amount } leerling
   *[other] { $amount } leerlingen
}
# $missing: "label (why)" for each figure, joined by dual-list-separator.
premium-not-computed = { $premium }: niet berekend, want niet gekend: { $missing }
# One figure in that list: its label (the reason it is missing).
premium-missing-item = { $label } ({ $reason })

premium-qualifying-workplace-name = Premie kwalificerend werkplekleren
    .plain = Premie kwalificerend werkplekleren
premium-why-waived = de lerende doet afstand van de leervergoeding en krijgt dus geen vergoeding van de onderneming
premium-why-wage = de lerende krijgt zijn loon van de onderneming (onze lezing: een loon is een vergoeding van de onderneming)
premium-why-allowance = de lerende krijgt een leervergoeding van de onderneming
# $answer: yes or no.
premium-condition-flemish-branch = De vestiging waar de lerende wordt opgeleid, ligt in het Vlaamse Gewest: { $answer ->
    [yes] ja
   *[no] nee
}
premium-condition-minimum-months = De onderneming leidt de lerende minstens { $minimum } op in het schooljaar (volgens de Dimona-aangifte): { $months } onder de overeenkomst
premium-condition-mentor = De onderneming wijst een mentor aan die een mentoropleiding volgde (of volgt vóór het einde van het traject): { $answer ->
    [yes] ja
   *[no] nee
}
# $before is a number (0 to 9).
premium-condition-max-times = Hoogstens { $maximum } per lerende (eerdere stagebonussen tellen mee): de onderneming kreeg de premie voor deze lerende al { $before } keer
premium-qualifying-line = { $learners } × { $amount }: { $why }
premium-qualifying-applies = De onderneming krijgt { $amount } premie kwalificerend werkplekleren voor dit schooljaar.
premium-qualifying-not-eligible = Geen premie kwalificerend werkplekleren: niet aan alle voorwaarden voldaan.

premium-learner-name = Leerlingenpremie alternerende opleiding
    .plain = Leerlingenpremie alternerende opleiding
premium-learner-oao-only = Geen leerlingenpremie: die is er alleen voor leerlingen in een alternerende opleiding van het secundair onderwijs.
premium-learner-condition-oao-only = Alleen voor leerlingen met een overeenkomst in een alternerende opleiding van het secundair onderwijs (OAO); cursisten in het volwassenenonderwijs krijgen ze niet
premium-learner-condition-oao = Een overeenkomst in een alternerende opleiding van het secundair onderwijs (OAO)
premium-learner-condition-resident = De leerling woont in het Vlaamse Gewest: { $answer ->
    [yes] ja
   *[no] nee
}
premium-learner-condition-minimum-months = Minstens { $minimum } opgeleid op de werkplek: { $months } onder de overeenkomst
# $before is a number (0 to 9).
premium-learner-condition-max-times = Hoogstens { $maximum } (eerdere startbonussen tellen mee): je kreeg ze al { $before } keer
premium-learner-line = Leerlingenpremie: één keer per schooljaar, voor de leerling zelf
premium-learner-applies = De leerling krijgt { $amount } leerlingenpremie voor dit schooljaar.
premium-learner-not-eligible = Geen leerlingenpremie: niet aan alle voorwaarden voldaan.

## The home-care measures.
premium-home-care-condition-oao-only = Voor leerlingen duaal leren met een overeenkomst alternerende opleiding (OAO): zo staat het in het webinar voor de sector van de gezinszorg; of het ook voor cursisten in het volwassenenonderwijs geldt, is niet bevestigd
# The employer, after "de onderneming is een".
premium-service-none = andere onderneming (geen dienst voor gezinszorg)
premium-service-public = publieke dienst voor gezinszorg of thuiszorg
premium-service-private = private dienst voor gezinszorg

premium-home-care-support-name = Ondersteuningspremie voor publieke diensten voor gezinszorg
    .plain = Ondersteuningspremie voor publieke diensten voor gezinszorg
premium-home-care-support-not-eligible = Geen ondersteuningspremie: niet aan alle voorwaarden voldaan.
premium-home-care-condition-public = Alleen voor publieke diensten voor gezinszorg of thuiszorg: de onderneming is een { $service }
premium-home-care-months = { $months } per leerling
premium-home-care-months-all = { $months } per leerling (alle maanden van de overeenkomst)
premium-home-care-condition-days = Alleen de maanden waarin de leerling minstens { $minimum } onder begeleiding van de mentor werkt: { $months }
premium-home-care-condition-days-unknown = Alleen de maanden waarin de leerling een minimum aantal dagen onder begeleiding van de mentor werkt: { $months }
# $pupil_months is a number.
premium-home-care-support-line = { $amount } per leerling per maand × { $months } × { $pupils } = { $pupil_months } leerlingmaanden
premium-home-care-support-capped = Begrensd tot het maximum van { $cap } per schooljaar voor de dienst als geheel, alle leerlingen samen
premium-home-care-support-under-cap = Onder het maximum van { $cap } per schooljaar voor de dienst als geheel (tel al je leerlingen duaal leren mee)
premium-home-care-support-applies = De dienst krijgt { $amount } ondersteuningspremie voor dit schooljaar.
premium-home-care-support-no-month = Geen ondersteuningspremie: geen enkele maand telt mee.

premium-home-care-hours-name = Subsidie per uur onder verwijderd toezicht (gezinszorg)
    .plain = Subsidie per uur onder verwijderd toezicht (gezinszorg)
premium-home-care-condition-service = Voor publieke en private diensten voor gezinszorg: de onderneming is een { $service }
premium-home-care-condition-remote = Alleen uren waarin de leerling stage loopt onder verwijderd toezicht (pas na een positieve tussentijdse evaluatie), plus wijkwerking of werkvergadering; de dienst meldt ze jaarlijks vóór 1 mei
premium-home-care-hours-cap-line = Jaarlijks maximum per leerling: gemiddeld { $average } per maand × { $months } = { $cap } uur
premium-home-care-hours-line-capped = { $given } opgegeven, { $counted } uur telt mee × { $rate } per uur × { $pupils }
premium-home-care-hours-line = { $counted } uur × { $rate } per uur × { $pupils }
premium-home-care-hours-enter = Vul de uren onder verwijderd toezicht per leerling in om de subsidie te berekenen.
premium-home-care-hours-applies = De dienst krijgt { $amount } subsidie voor de uren onder verwijderd toezicht.
premium-home-care-hours-not-eligible = Geen subsidie per uur: niet aan alle voorwaarden voldaan.

## What is wrong with the input.
dual-error-choice = "{ $value }" is geen toegestane waarde: kies { $choices }
# $value: hours with their word ("0,99 uur"); $min, $max: numbers of hours.
dual-error-hours-per-week = { $value } per week kan niet: geef een aantal uren op de werkplek van { $min } tot { $max }
dual-error-months = { $value } maanden kan niet: een schooljaar telt { $min } tot { $max } maanden onder de overeenkomst
dual-error-weeks = { $value } weken kan niet: geef een geheel aantal weken op de werkplek van { $min } tot { $max }
# $weeks, $months and $max are numbers.
dual-error-weeks-in-months = { $weeks } weken passen niet in { $months } maanden: hoogstens { $max } weken, of verhoog het aantal maanden
dual-error-wage = { $value } kan geen brutoloon per maand in eurocent zijn: geef een bedrag van { $min } tot { $max }, of laat het weg
dual-error-training-years = { $value } kan niet: geef het aantal geslaagde opleidingsjaren van een alternerende opleiding, van { $min } tot { $max }
dual-error-learner-premiums = { $value } kan niet: geef hoeveel keer je de leerlingenpremie (of startbonus) al kreeg, van { $min } tot { $max }
dual-error-reference-month = { $value } is geen maand: geef 1 (januari) tot 12 (december), of laat het weg voor september
dual-error-learners = { $value } leerlingen kan niet: geef een geheel aantal van { $min } tot { $max }
dual-error-employer-premiums = { $value } kan niet: geef hoeveel keer de onderneming de premie voor deze lerende al kreeg, van { $min } tot { $max }
dual-error-mentor-months = { $value } maanden kan niet: geef 0 tot { $max } maanden (niet meer dan de maanden onder de overeenkomst), of laat het weg voor alle maanden
dual-error-supervised-hours = { $value } uur kan niet: geef de uren onder verwijderd toezicht per leerling in het schooljaar, van { $min } tot { $max }

## Who is asking (the form's choice).
dual-perspective-learner = lerende
dual-perspective-employer = werkgever

## Whether an agreement is possible: one reason and one next step.
dual-reason-possible = Elke voorwaarde is vervuld.
dual-next-possible = { $who ->
    [employer] Bespreek de overeenkomst met de lerende en diens school of centrum.
   *[learner] Vraag je school of centrum naar een werkplek met deze overeenkomst.
}
dual-reason-education = Alleen in het { $needed }.
dual-next-education = In het { $education } { $others ->
    [oao] is het een OAO.
   *[adult] is het een ODOS, ODO of ODOW.
}
dual-reason-not-yet = Duaal leren in het volwassenenonderwijs bestaat pas sinds { $start }.
dual-next-not-yet = Kies bovenaan een schooljaar dat op of na { $start } begint.
dual-reason-fewer-hours = Minder dan { $limit } op de werkplek.
oao-next-hours = Vanaf { $limit } kan een OAO; met minder uren is het een stageovereenkomst zonder leervergoeding.
odo-next-odos-hours = Vanaf { $limit } is het een ODOS; met minder uren een ODO.
odo-reason-more-hours = { $limit } of meer op de werkplek.
odo-next-odo-hours = Met minder dan { $limit } is het een ODO; vanaf die grens een ODOS.
odo-reason-not-employed = Alleen met de eigen werkgever.
odo-next-not-employed = { $who ->
    [employer] Werkt de lerende al bij je onderneming? Vink dat aan.
   *[learner] Werk je al bij de onderneming? Vink dat aan.
}
odo-reason-employed = Wie al bij de onderneming werkt, sluit een ODOW.
odo-next-employed = Bekijk de ODOW.
dual-reason-unknown = Een grens of startdatum die nodig is, is niet gekend op de peildatum.
dual-next-unknown = Vraag het na bij de school of het centrum.

## What an agreement costs the employer in a school year.
dual-cost-allowance = Leervergoeding: { $yearly } per schooljaar × { $learners }
dual-cost-wage = Loon: { $yearly } per schooljaar × { $learners } (zonder werkgeversbijdragen)
dual-cost-waived = Leervergoeding: de lerende doet er afstand van
dual-cost-premium = Ontvangen: { $premium }
dual-cost-net = Netto kost per schooljaar
