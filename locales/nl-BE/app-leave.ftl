## app-leave
## The section "Studielast en verlof": study load against Vlaams opleidingsverlof,
## tijdskrediet (or Vlaams zorgkrediet) and the VOK premium. The sentences of the
## outcome come from the core; these are the section's own words.

## While there is nothing to show.
leave-result-title = Studielast en verlof
leave-pending-fee = Verbeter eerst je inschrijvingen in het onderdeel Studiegeld; dan rekenen we opnieuw.
# $count: the number of fields with an error; $amount: the same number, written.
leave-pending-errors = Verbeter eerst { $count ->
    [one] { $amount } veld
   *[other] { $amount } velden
} met een fout; dan rekenen we opnieuw.

## The inputs.
leave-inputs-title = Je werk en je verlof
# Followed by the study points of the plan, in bold, and a full stop.
leave-plan-intro = Je studieplan komt uit het onderdeel Studiegeld:
leave-plan-credits = { $count ->
    [one] { $amount } studiepunt
   *[other] { $amount } studiepunten
}
leave-plan-not-filled = nog niet ingevuld
leave-plan-none = geen inschrijving in het hoger onderwijs
leave-plan-edit = Studieplan aanpassen

leave-sector-legend = Waar werk je?
leave-sector-private = In de privésector
leave-sector-private-help = Ook de private social profit (zorg, welzijn, …). Hier gelden Vlaams opleidingsverlof, tijdskrediet en de VOK-premie.
leave-sector-flemish-public = Bij de Vlaamse overheid of in het onderwijs
leave-sector-flemish-public-help = De Vlaamse openbare sector, ook het onderwijspersoneel: hier geldt Vlaams zorgkrediet.
leave-sector-other-public = Bij een andere overheid
leave-sector-other-public-help = Bijvoorbeeld de federale overheid: onze bronnen beschrijven daarvoor geen regeling.

leave-employment-label = Tewerkstellingspercentage (%)
leave-employment-help = Voltijds is 100. Voor VOV telt (vanaf 2023-2024) je percentage van maart vóór het schooljaar.
leave-weekly-hours-label = Uren per week in je contract
leave-weekly-hours-help = Bijvoorbeeld 38 of 30,4. Staat in je arbeidsovereenkomst.

leave-interruption-label = Werk je minder om te studeren?
leave-interruption-none = Nee, ik blijf even veel werken
leave-interruption-one-fifth = 1/5 minder werken (één dag per week)
leave-interruption-half-time = Halftijds werken
leave-interruption-full-time = Volledig onderbreken
# $scheme: "care-credit" in the Flemish public sector, "time-credit" otherwise.
leave-interruption-help = Met { $scheme ->
    [care-credit] Vlaams zorgkrediet
   *[time-credit] tijdskrediet met motief opleiding
}. Voor 1/5 is geen cao nodig; halftijds werken of volledig onderbreken kan alleen als een cao van je sector of onderneming het toelaat.

leave-education-label = Je hoogste diploma
leave-education-low = Geen diploma hoger onderwijs
leave-education-high = Een diploma hoger onderwijs
leave-education-help = Zonder diploma hoger onderwijs ben je kort- of middengeschoold, met een diploma hooggeschoold. Hooggeschoolden krijgen de VOK-premie alleen met een persoonlijk ontwikkelingsplan uit loopbaanbegeleiding.

leave-living-alone-label = Ik woon alleen
leave-living-alone-help = Voor de toeslag voor alleenwonenden bij de VOK-premie.

leave-weeks-label = Weken waarin je studeert
leave-weeks-help = Standaard 52: het hele academiejaar, van 1 september tot 31 augustus. Studeer je alleen in de les- en examenweken, vul dan dat aantal in (zie de academische kalender van je instelling).

leave-more = Meer gegevens (niet verplicht)
leave-seniority-label = Maanden bij je huidige werkgever
leave-seniority-help = Voor tijdskrediet moet je 2 jaar (24 maanden) bij je werkgever werken. Leeg: niet nagegaan.
leave-wage-label = Brutoloon per maand in euro
leave-wage-help = Bijvoorbeeld 3.200,00. Om te zien wat minder werken kost, en of je loon boven de loongrens van VOV ligt.
leave-allowance-label = Je uitkering per maand in euro (tijdskrediet of zorgkrediet)
# The help is: leave-allowance-help-before, a link (leave-allowance-link), leave-allowance-help-after.
leave-allowance-help-before = Het bedrag hangt af van de vorm, je anciënniteit en je leeftijd. Zoek het op in het
leave-allowance-link = barema van de RVA
leave-allowance-help-after = (tijdskrediet) of vraag het aan je personeelsdienst (zorgkrediet).
leave-allowance-reference = Het laatste barema van de RVA dat we lazen, geeft { $amount } bruto per maand (met 5 jaar anciënniteit, aangevraagd vóór 1 februari 2023: { $seniority }). Latere indexeringen zijn niet gevonden: het bedrag van vandaag ligt wellicht iets hoger.
leave-allowance-take = Neem { $amount } over
leave-vov-planned-label = Uren Vlaams opleidingsverlof die je wil opnemen
leave-vov-planned-help = Leeg: je maximum. Je plant je verlofuren in overleg met je werkgever.
leave-development-plan-label = Mijn opleiding staat in een persoonlijk ontwikkelingsplan (POP)
leave-development-plan-help = Een POP maak je in loopbaanbegeleiding. Het opent de VOK-premie voor hooggeschoolden en voor opleidingen zonder diploma.
leave-graduaat-label = Mijn bachelor-, master- of graduaatsinschrijving is een graduaat (HBO5)
leave-graduaat-help = Tot en met 2021-2022 gaf een graduaat 6 uur VOV per studiepunt in plaats van 4.
leave-lessons-label = Lestijden in het volwassenenonderwijs (CVO), naast je inschrijvingen
leave-lessons-help = Het voorziene aantal lestijden van de opleiding dit schooljaar. Leeg: geen.
leave-basic-label = Die opleiding is basiseducatie of leidt tot een diploma secundair onderwijs
leave-basic-help = Dan volstaat 300 uur per jaar voor tijdskrediet in plaats van 360.

## The result.
leave-result-title-year = Studielast en verlof in { $year }
leave-load-label = Je opleiding vraagt
# $hours: "14,42 tot 17,31 uur".
leave-per-week = { $hours } per week
leave-covered-label = Gedekt door verlof en minder werken
leave-left-label = Blijft over om naast je werk te studeren
leave-not-computed = niet berekend
# Two whole percentages: "57 tot 68 %".
leave-share-range = { $min } tot { $max } %
leave-problems-title = Dit klopt niet met de regels van dit jaar:
leave-shortfalls-title = Wat je net mist

## The chart: two bars, the study load and the covered hours.
leave-chart-title = Studielast tegenover de uren die verlof en minder werken vrijmaken
# $parts: leave-chart-desc-vov-and-break or leave-chart-desc-break; $share: "57 tot 68 %".
leave-chart-desc = Studielast { $load } tegenover { $covered } gedekt ({ $parts }): { $share } van de studielast.
leave-chart-desc-vov-and-break = { $vov } via Vlaams opleidingsverlof en { $freed } via { $label }
leave-chart-desc-break = { $freed } via { $label }
leave-chart-desc-not-computed = Studielast { $load }; de gedekte uren zijn niet berekend.
leave-chart-load = Studielast: { $load }
# $parts: leave-chart-covered-vov-and-break or leave-chart-covered-break (numbers without "uur").
leave-chart-covered = Gedekt: { $covered } ({ $parts })
leave-chart-covered-vov-and-break = VOV { $vov } + { $label } { $freed }
leave-chart-covered-break = { $label } { $freed }
leave-chart-covered-not-computed = Gedekt: niet berekend
# The part that working less frees, by its form; $scheme: "care-credit" or "time-credit".
leave-chart-break-none = { $scheme ->
    [care-credit] zorgkrediet
   *[time-credit] tijdskrediet
} (niet gekozen)
leave-chart-break-one-fifth = 1/5 { $scheme ->
    [care-credit] zorgkrediet
   *[time-credit] tijdskrediet
}
leave-chart-break-half-time = halftijds { $scheme ->
    [care-credit] zorgkrediet
   *[time-credit] tijdskrediet
}
leave-chart-break-full-time = voltijds { $scheme ->
    [care-credit] zorgkrediet
   *[time-credit] tijdskrediet
}
leave-legend-load-low = Studielast laag: { $hours }
leave-legend-load-high = tot hoog: { $hours }
leave-legend-vov = Vlaams opleidingsverlof: { $hours }
leave-legend-break = { $label }: { $hours }
leave-legend-line = stippellijn: de lage studielast

## The table under the chart, with the same numbers.
# The name of the box around the table, which scrolls sideways on a narrow screen.
leave-table-region = Tabel van wat elke regeling dekt (schuift opzij)
leave-table-caption = Wat elke regeling dekt, tegenover de lage en de hoge studielast
leave-table-scheme = Regeling
leave-table-covered = Gedekt
leave-table-share = Deel van de studielast
leave-table-left-per-week = Blijft over per week

## One block per scheme.
leave-vov-title = Vlaams opleidingsverlof (VOV)
leave-care-credit-title = Vlaams zorgkrediet met motief opleiding
leave-time-credit-title = Tijdskrediet met motief opleiding
leave-to-verify-title = Zelf na te gaan:
# Read by screen readers before each point to check (a question mark is shown instead).
leave-to-verify = Na te gaan:
leave-vok-title = Vlaams opleidingskrediet (VOK-premie)
leave-gross-net = { $gross } bruto · { $net } netto
leave-vok-monthly = VOK-premie per maand
leave-money-title = Geld per maand
leave-balance = Saldo per maand, bruto
leave-study-load-title = Zo is de studielast berekend
leave-notes-title = Goed om te weten

## A verdict, shown with a symbol and these words.
# Read by screen readers before each condition (a ✓ or ✗ is shown instead).
leave-condition-met = Voldaan:
leave-condition-not-met = Niet voldaan:

## Who is asking: the first question of the section.
leave-region-legend = In welk gewest werk je?
leave-region-help = Het adres van de vestiging waar je werkt telt, niet waar je woont.
leave-region-flanders = In Vlaanderen (Vlaams Gewest)
leave-region-brussels = In Brussel (Brussels Hoofdstedelijk Gewest)
leave-region-wallonia = In Wallonië (Waals Gewest)
leave-region-not-working = Ik werk niet
leave-referral-title = Welke regels voor jou gelden

## The answer first: three states, one reason, one next step.
leave-verdict-yes = Ja
leave-verdict-no = Nee
leave-verdict-maybe = Misschien
leave-next = Volgende stap:
leave-answer-vok = Krijg je de VOK-premie?
leave-answer-care-credit = Kan je Vlaams zorgkrediet nemen?
leave-how = Hoe is dit berekend (met bronnen)
# The bar at the bottom of a phone's screen. $left: "4,52 tot 7,4 uur".
leave-sticky = Nog { $left } per week over · { $scheme ->
        [care] zorgkrediet
       *[vok] VOK
    }: { $verdict ->
        [yes] ja
        [no] nee
       *[maybe] misschien
    }
leave-sticky-load = Je opleiding vraagt { $load } per week
