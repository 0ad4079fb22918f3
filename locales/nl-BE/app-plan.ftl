## Mijn studietraject: de hele opleiding over de jaren.
section-plan = Mijn studietraject
plan-inputs-title = Je opleiding en je tempo
plan-preset-legend = Begin van een gewone opleiding
plan-preset-bachelor-180 = Bachelor (180)
plan-preset-master-60 = Master (60)
plan-preset-master-120 = Master (120)
plan-preset-graduaat-90 = Graduaat (90)
plan-preset-graduaat-120 = Graduaat (120)
plan-preset-bridging-60 = Schakelprogramma (60)
plan-degree-label = Soort opleiding
plan-degree-help = Een masterdiploma kost 140 studiepunten { -learning-credit-name }; een bachelordiploma verandert niets.
plan-programme-credits-label = Studiepunten van de hele opleiding
plan-programme-credits-help = Een bachelor telt 180 studiepunten, een master 60 of 120. Zie het studieprogramma van je opleiding.
plan-credits-per-year-label = Studiepunten per jaar
plan-credits-per-year-help = Voltijds is 60; naast een job kiezen velen 30 of 45. Het laatste jaar neem je wat nog overblijft.
plan-pass-percent-label = Deel waarvoor je slaagt (%)
plan-pass-percent-help = 100 als je voor alles slaagt. Studiepunten waarvoor je niet slaagt, neem je opnieuw op; ze kosten { -learning-credit-name }.
plan-contract-label = Contract
plan-contract-help = Met een { -diploma-contract-name } haal je het diploma; een { -credit-contract-name } geeft creditbewijzen; met een { -exam-contract-name } leg je alleen de examens af.
plan-start-year-label = Startjaar
plan-start-year-same = Het academiejaar bovenaan
plan-start-year-help = Latere jaren zonder gepubliceerde bedragen worden geschat met de laatst bekende.
plan-learning-credit-start-label = Leerkrediet bij de start (studiepunten)
plan-learning-credit-start-help = Laat leeg als je voor het eerst in het hoger onderwijs begint (140). Je saldo staat op je studievoortgangsdossier.
plan-work-from-leave = Je werksituatie komt uit Studielast en verlof: elk jaar telt het { -vov-name } en het { -time-credit-name } mee.
plan-work-none = Zonder werksituatie telt geen verlof mee. Vul ze in bij Studielast en verlof.
plan-work-edit = Werksituatie aanpassen
plan-result-title = Je studietraject
plan-pending = { $count ->
    [one] Verbeter het veld met een fout, dan volgt je studietraject.
   *[other] Verbeter de { $amount } velden met een fout, dan volgt je studietraject.
}
plan-estimated-from = geschat met de bedragen van { $from }
plan-not-computed = niet berekend
plan-estimated = geschat
plan-surcharge = (zonder { -learning-credit-name } tot { $amount } meer)
plan-yes = ja
plan-no = nee
plan-per-week = { $hours } per week
plan-years-region = Tabel van je studietraject per jaar (schuift opzij)
plan-years-caption = Per academiejaar
plan-col-year = Academiejaar
plan-col-credits = Studiepunten (geslaagd)
plan-col-contract = Contract
plan-col-fee = Studiegeld
plan-col-learning-credit = Leerkrediet
plan-col-grant = Studietoelage mogelijk
plan-col-vov = { -vov }
plan-col-time-credit = Tijdskrediet
plan-col-left = Studie-uren per week na verlof
plan-credits-passed = { $taken } ({ $passed })
plan-consent-short = toestemming van de instelling nodig
plan-total = Totaal, { $years ->
    [one] { $amount } jaar
   *[other] { $amount } jaar
}
plan-study-hours = { $hours } studie
plan-grant-years = { $count ->
    [one] { $amount } jaar
   *[other] { $amount } jaar
}
plan-average = gemiddeld { $hours }
plan-explained-title = Zo is elk jaar berekend
plan-explained-year = { $year }: { -learning-credit-name } en de gebruikte cijfers
plan-compare-title = Dezelfde opleiding, anders aangepakt
plan-compare-help = Elk contract aan 30, 45 en 60 studiepunten per jaar, met hetzelfde deel geslaagd. Klik op een kolomtitel om te sorteren, of op “Jaar per jaar” om te zien hoe een rij berekend is.
plan-compare-region = Vergelijking van contracten en tempo's (schuift opzij)
plan-compare-caption = Vergelijking
plan-col-option = Aanpak
plan-col-years = Duur
plan-col-fee-total = Studiegeld in totaal
plan-col-grant-years = Studietoelage mogelijk
plan-col-learning-credit-end = Leerkrediet op het einde
plan-col-vov-total = { -vov } in totaal
plan-col-left-average = Studie-uren per week na verlof
plan-own = jouw plan
plan-years-until = { $count ->
    [one] { $amount } jaar
   *[other] { $amount } jaar
}, tot { $last }
plan-impossible = Kan niet: { $reason }.
plan-chart-title = Leerkrediet en studie-uren per week, per jaar
plan-chart-desc = Van { $first } tot { $last } gaat je { -learning-credit-name } van { $start } naar { $end } studiepunten; de staven zijn de studie-uren per week na verlof. De tabel ernaast geeft dezelfde cijfers.
plan-chart-legend-credit = Leerkrediet na het jaar (lijn met vierkantjes)
plan-chart-legend-hours = Studie-uren per week na verlof, laagste schatting (staven met stippen)
plan-chart-table-caption = De cijfers van de grafiek
plan-chart-col-credit = Leerkrediet na het jaar
recap-plan = Studietraject: { $degree } van { $programme } studiepunten, { $pace } per jaar, { $contract }, { $pass } geslaagd
saved-row-plan = Studietraject
saved-plan = { $years ->
    [one] { $amount } jaar
   *[other] { $amount } jaar
}, { $fee }
plan-year-choices = Aanpassen per jaar
plan-year-choices-help = Geef een jaar eigen studiepunten, een ander contract of een andere status. Wat je leeg laat of op de eerste keuze laat staan, volgt je plan.
plan-year-credits-label = Studiepunten dit jaar
plan-year-credits-help = Leeg: { $pace } zoals je plan. Met 0 schrijf je je dat jaar niet in.
plan-year-contract-label = Contract dit jaar
plan-year-as-plan = Zoals je plan ({ $choice })
plan-year-status-label = Status dit jaar
plan-year-as-fee = Zoals bij Studiegeld ({ $choice })
plan-year-clear = Alle jaren volgen weer je plan
plan-year-field = { $field } in { $year }
plan-how = Zo is het berekend, jaar per jaar (met bronnen)
plan-answer-grant-years = ja, in { $count ->
    [one] { $amount } jaar
   *[other] { $amount } jaar
}
plan-jump-to-result = Studietraject: { $count ->
    [one] { $amount } jaar
   *[other] { $amount } jaar
}, { $fee } — naar het antwoord
plan-option-show = Jaar per jaar
plan-option-route-title = Jaar per jaar: { $option }
plan-compare-cheapest = Het goedkoopst: { $option }, { $fee } in totaal
