## app-dual: the dual-learning section (src/components/dual.rs, src/state/dual.rs): the
## learner's situation, the employer's side, and the four agreements side by side.
## The sentences of the outcome (lines, conditions, rules, premiums) come from the core.

dual-result-title = { $who ->
    [employer] Wat kost elke overeenkomst je onderneming?
   *[learner] Wat levert elke overeenkomst op?
}
# $count: how many fields of this section have an error; $amount: the same number, written.
dual-pending-fields = { $count ->
    [one] Verbeter eerst { $amount } veld met een fout; dan rekenen we opnieuw.
   *[other] Verbeter eerst { $amount } velden met een fout; dan rekenen we opnieuw.
}

## The learner's situation.
dual-inputs-title = { $who ->
    [employer] Duaal leren: de lerende en je onderneming
   *[learner] Duaal leren: jouw situatie
}
dual-intro = De OAO (secundair onderwijs) en de ODOS, ODO en ODOW (volwassenenonderwijs): welke overeenkomst mogelijk is, wat ze de lerende opbrengt en wat ze de werkgever kost.
dual-education-legend = { $who ->
    [employer] Waar volgt de lerende de duale opleiding?
   *[learner] Waar volg je de duale opleiding?
}
dual-education-adult-label = Volwassenenonderwijs (een centrum voor volwassenenonderwijs, CVO)
dual-education-adult-help = { $who ->
    [employer] De overeenkomst van duale opleiding: ODOS vanaf 20 uur per week op de werkplek, ODO bij minder, ODOW bij de eigen werkgever. Sinds 1 september 2022.
   *[learner] De overeenkomst van duale opleiding: ODOS vanaf 20 uur per week op de werkplek, ODO bij minder, ODOW bij je eigen werkgever. Sinds 1 september 2022.
}
dual-education-secondary-label = Secundair onderwijs
dual-education-secondary-help = De overeenkomst alternerende opleiding (OAO), met een leervergoeding per maand.

dual-hours-legend = { $who ->
    [employer] De uren van de lerende
   *[learner] Je uren
}
dual-hours-label = Uren per week op de werkplek
dual-hours-help = Gemiddeld over het jaar, zonder de lesuren. Bijvoorbeeld 3 dagen van 8 uur: 24; 3 dagen van 7,5 uur: 22,5.
dual-weeks-label = Weken op de werkplek in het schooljaar
dual-weeks-help = Telt alleen voor de ODO, die per uur betaalt. 52 weken min 4 weken vakantie: 48.
dual-months-label = Maanden onder de overeenkomst
dual-months-help = In dit schooljaar, van 1 tot 12. Een leervergoeding per maand telt zoveel keer.

dual-work-legend = Werk en vergoeding
dual-employed-label = { $who ->
    [employer] De lerende werkt al bij mijn onderneming
   *[learner] Ik werk al bij de onderneming waar ik op de werkplek zal leren
}
dual-employed-help = { $who ->
    [employer] Dan is het in het volwassenenonderwijs een ODO met de eigen werkgever (ODOW): de lerende behoudt het loon.
   *[learner] Dan is het in het volwassenenonderwijs een ODO met je eigen werkgever (ODOW): je behoudt je loon.
}
dual-wage-label = { $who ->
    [employer] Brutoloon van de lerende per maand in euro (voor de ODOW, niet verplicht)
   *[learner] Je brutoloon per maand in euro (voor de ODOW, niet verplicht)
}
# The example is written the way amounts are typed in this language.
dual-wage-help = Bijvoorbeeld 2.000,00. Zonder loon berekenen we de ODOW niet.
dual-waive-label = { $who ->
    [employer] De lerende doet afstand van de leervergoeding om een uitkering of loon te behouden
   *[learner] Ik doe afstand van de leervergoeding om mijn uitkering of loon te behouden
}
dual-waive-help = Kan in het volwassenenonderwijs (ODOS, ODO). De onderneming betaalt dan geen leervergoeding en krijgt een kleinere premie.

## The day the amounts are read on.
dual-reference-month-label = Bedragen zoals ze golden op
# $date: "1 september 2025".
dual-reference-month-start = { $date } (begin van het schooljaar)
# Before a school year is known: "1 mei".
dual-reference-month-first = 1 { $month }
dual-reference-month-help = Leervergoedingen stijgen met 2 % wanneer de spilindex wordt overschreden. Kies een dag later in het schooljaar om met de bedragen van dan te rekenen; het schooljaar kies je bovenaan.

## Prior education, premiums and the employer.
dual-more-title = Meer gegevens: weken, loon, premies, werkgever
dual-prior-legend = Vooropleiding (bepaalt de schaal van de OAO)
dual-school-level-label = { $who ->
    [employer] Wat heeft de lerende in het secundair onderwijs met succes beëindigd?
   *[learner] Wat heb je in het secundair onderwijs met succes beëindigd?
}
dual-school-level-help = De tweede graad is het derde en vierde jaar, de derde graad het vijfde en zesde.
dual-training-years-label = Geslaagde opleidingsjaren in een alternerende opleiding
dual-training-years-help = { $who ->
    [employer] 0 als de lerende pas begint. Na één geslaagd jaar schaal 2, na twee schaal 3.
   *[learner] 0 als je pas begint. Na één geslaagd jaar schaal 2, na twee schaal 3.
}
dual-buso-label = { $who ->
    [employer] De lerende heeft de kwalificatiefase van het buitengewoon secundair onderwijs (opleidingsvorm 3) beëindigd
   *[learner] Ik heb de kwalificatiefase van het buitengewoon secundair onderwijs (opleidingsvorm 3) beëindigd
}
dual-buso-help = Geeft ook schaal 3.

dual-learner-premium-legend = Leerlingenpremie (alleen OAO)
dual-lives-flanders-label = { $who ->
    [employer] De lerende woont in het Vlaamse Gewest
   *[learner] Ik woon in het Vlaamse Gewest
}
dual-lives-flanders-help = Een voorwaarde voor de leerlingenpremie.
dual-learner-premiums-label = { $who ->
    [employer] Hoeveel keer kreeg de lerende de leerlingenpremie of startbonus al?
   *[learner] Hoeveel keer kreeg je de leerlingenpremie of startbonus al?
}
dual-learner-premiums-help = { $who ->
    [employer] Een lerende krijgt ze hoogstens drie keer.
   *[learner] Je krijgt ze hoogstens drie keer.
}

dual-employer-legend = Voor de werkgever
dual-learners-label = Aantal lerenden met deze overeenkomst in het schooljaar
dual-learners-help = De premies gelden per lerende; de ondersteuningspremie van een dienst voor gezinszorg heeft één maximum voor alle lerenden samen.
dual-workplace-flanders-label = De vestiging waar de lerende wordt opgeleid, ligt in het Vlaamse Gewest
# The help of both conditions of the qualifying workplace-learning premium.
dual-qualifying-condition-help = Een voorwaarde voor de premie kwalificerend werkplekleren.
dual-mentor-label = De mentor volgde een mentoropleiding (of volgt ze vóór het einde van het traject)
dual-employer-premiums-label = Hoeveel keer kreeg de onderneming de premie voor deze lerende al?
dual-employer-premiums-help = Hoogstens drie keer per lerende; eerdere stagebonussen tellen mee.
dual-home-care-label = Is de onderneming een dienst voor gezinszorg?
dual-home-care-help = Diensten voor gezinszorg krijgen voor leerlingen met een OAO ook een ondersteuningspremie (publieke diensten) en een subsidie per uur onder verwijderd toezicht (volgens een webinar uit 2025, officieel niet bevestigd).
dual-mentor-months-label = Maanden met minstens 10 dagen onder de mentor, per leerling (niet verplicht)
dual-mentor-months-help = Leeg: alle maanden van de overeenkomst. Alleen die maanden tellen voor de ondersteuningspremie.
dual-supervised-hours-label = Uren onder verwijderd toezicht per leerling in het schooljaar
dual-supervised-hours-help = Stage onder verwijderd toezicht, wijkwerking en werkvergadering. Hoogstens gemiddeld 18 uur per maand telt mee.

## The summary (a live region).
dual-not-computed = niet berekend
# $name: the agreement's name as a title; $short: OAO, ODOS, ODO or ODOW.
dual-total-label = Voor jou: { $name } ({ $short })
# $average: yes for the ODO (an average of an hourly allowance), no otherwise.
dual-total-per = per maand{ $average ->
    [yes] { " " }(gemiddeld)
   *[no] { "" }
} · { $yearly } per schooljaar
dual-reading-title = Kort gezegd


## The table of the four agreements.
dual-comparison-title = De vier overeenkomsten naast elkaar
# The name of the box around the table, which scrolls sideways on a narrow screen.
dual-table-region = Tabel van de vier overeenkomsten (schuift opzij)
# $hours: the hours with their word ("22,5 uur"); $weeks and $months are numbers; $date: "1 september 2025".
dual-table-caption = Voor { $hours } per week op de werkplek, { $weeks } weken en { $months } maanden; bedragen op { $date }
dual-row-monthly = Vergoeding per maand
dual-waived = je doet afstand
dual-short-missing = ? bedrag niet gepubliceerd of niet gevonden
dual-short-wage = vul je brutoloon in
dual-short-not-yet = bestond nog niet op de peildatum
dual-wage-entered = je loon, door jou ingevuld
dual-average = gemiddeld
# $bracket: the learner's bracket (1 to 3); $low, $high: the lowest and highest monthly amounts.
dual-bracket-range = schaal { $bracket }; schalen { $low } tot { $high }
dual-bracket-only = schaal { $bracket }
dual-row-rate = Hoe ze wordt bepaald
# $rate: "€ 4,44 per uur".
dual-rate-hourly = { $rate } × uren op de werkplek
dual-rate-fixed = { $rate } (vast bedrag)
dual-rate-wage = Je loon
dual-row-yearly = Vergoeding per schooljaar
dual-premium-row-learner = Leerlingenpremie (voor de lerende)
dual-premium-row-qualifying = Premie kwalificerend werkplekleren (voor de werkgever)
dual-premium-row-support = Ondersteuningspremie gezinszorg (voor de dienst)
dual-premium-row-hours = Subsidie per uur onder verwijderd toezicht (voor de dienst)
dual-not-applicable = niet van toepassing
dual-yes = Ja
dual-no = Nee
dual-table-help = Bronnen en berekening per overeenkomst staan hieronder. ✓ bevestigd: gelezen in een officiële bron. ≈ secundaire bron: alleen gelezen op een niet-officiële pagina of in een webinar; officieel niet bevestigd.
dual-explained-title = Zo is het berekend
dual-notes-title = Goed om te weten

## One agreement explained.
dual-agreement-title = { $short } — { $name }
# After the title: "(volwassenenonderwijs):", then whether it is open.
dual-agreement-education = ({ $education }):
dual-for-whom = Voor wie
dual-allowance-title = Vergoeding
dual-not-computed-title = Niet berekend.
dual-your-bracket = Jouw schaal:
# $bracket: 1 to 3; $amount: "€ 612,50", or dual-not-known.
dual-bracket = Schaal { $bracket }: { $amount }
dual-not-known = niet gekend
dual-your-bracket-marker = ← jouw schaal
dual-premiums-title = Premies
dual-no-premiums = Geen premies: deze overeenkomst bestond nog niet op de peildatum.
dual-rules-title = De regels
dual-applies = van toepassing
dual-condition-met = Voldaan:
dual-condition-not-met = Niet voldaan:

## Where a figure comes from.
# $label: the figure's name; $display: its amount with its unit; $period: when it applies.
# $site: "vlaanderen.be".
# The source's own words, never translated.

## Who is asking, and the answer first.
dual-perspective-legend = Wie vraagt het?
dual-perspective-learner-label = Lerende
dual-perspective-employer-label = Werkgever
dual-answer-yes = ✓ ja
dual-answer-no = ✗ nee
dual-answer-maybe = ? misschien
dual-verdicts-title = Welke overeenkomst kan?
dual-none-possible = Geen overeenkomst mogelijk met deze gegevens
dual-pays-most = betaalt het meest
dual-costs-least = kost het minst
dual-cost-label = Kost voor je onderneming: { $name } ({ $short })
dual-cost-parts = per schooljaar: { $allowances } { $wage ->
    [yes] loon
   *[no] leervergoeding
} − { $premiums } premies
dual-sticky-allowance = { $short }: { $amount } per maand
dual-sticky-cost = { $short }: { $amount } per schooljaar
dual-not-possible = niet mogelijk
dual-row-possible = Mogelijk
dual-row-cost = Kost voor de werkgever per schooljaar
dual-how-title = Hoe is dit berekend? Alle overeenkomsten, bedragen en bronnen
