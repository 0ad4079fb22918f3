## app-fee
fee-inputs-title = Jouw situatie
fee-jump-to-result = Studiegeld: { $total } — naar de berekening

## The form: academic year, status, learning credit, enrolments.
form-year-label = Academiejaar
form-year-help = Een academiejaar loopt van september tot en met augustus.
form-status-legend = Jouw statuut
form-status-how = Hoe weet ik welk statuut ik heb?
form-status-how-text = Je hogeschool of universiteit bepaalt je statuut bij de inschrijving, op basis van je aanvraag voor een Vlaamse studietoelage. Vraag je geen studietoelage aan, dan betaal je het gewone tarief (niet-beurstariefstudent). Krijg je een studietoelage, of voldoe je aan de financiële voorwaarden maar niet aan de andere, dan ben je beurstariefstudent.
form-learning-credit-label = Leerkrediet dat je nog hebt (studiepunten, niet verplicht)
form-learning-credit-help = Je saldo staat op Mijn Burgerprofiel. Laat leeg als je genoeg leerkrediet hebt voor al je studiepunten. Het leerkrediet geldt alleen voor diploma- en creditcontracten in bachelor- en masteropleidingen.
form-enrolments-title = Je inschrijvingen
form-enrolments-help = Eén regel per contract. Schrijf je je bij dezelfde instelling in voor een diploma- en een creditcontract, voeg dan twee regels toe met dezelfde instelling: het vaste gedeelte betaal je er maar één keer.
form-add-enrolment = + Inschrijving toevoegen
form-enrolment-legend = Inschrijving { $number }
form-remove-enrolment = Inschrijving { $number } verwijderen
# The institution a new form starts with (the person can change it).
form-default-institution = Instelling A
form-institution-label = Hogeschool of universiteit
form-institution-help = Alleen om inschrijvingen bij dezelfde instelling samen te tellen.
form-contract-label = Contract
form-programme-label = Soort opleiding
form-programme-help = Ook schakel- en voorbereidingsprogramma's vallen onder bachelor, master of graduaat. Bachelor-na-bachelors, master-na-masters en examencontracten worden altijd apart aangerekend.
form-credits-label = Studiepunten
form-credits-help = Een volledig academiejaar is 60 studiepunten.
form-price-label = Prijs van de instelling in euro (niet verplicht)
# $example: an amount as typed in this language, "1.500,00".
form-price-help = Een postinitiële opleiding heeft geen wettelijk studiegeld; de instelling bepaalt de prijs, bijvoorbeeld { $example }.

## The choices of the form: statuses, contracts, programmes.
status-non-grant = Standaardtarief ({ -non-grant-name })
status-near-grant = Bijna-beursstudent
status-grant = Beurstariefstudent
status-non-grant-help = Je krijgt geen studietoelage en je gezinsinkomen ligt boven de grens ervoor: het gewone tarief.
status-near-grant-help = Je gezinsinkomen ligt net boven de grens voor een studietoelage (hoogstens een kleine, jaarlijks geïndexeerde marge erboven).
status-grant-help = Je krijgt een Vlaamse studietoelage, of je voldoet aan de financiële voorwaarden ervoor.
contract-diploma = Diplomacontract
contract-credit = Creditcontract
contract-exam = Examencontract
contract-diploma-help = Je volgt een opleiding om er een diploma mee te behalen.
contract-credit-help = Je volgt enkele opleidingsonderdelen (vakken) en krijgt per geslaagd vak een creditbewijs, geen diploma.
contract-exam-help = Je volgt geen lessen en legt alleen de examens af, voor een diploma of creditbewijs.
programme-initial = Bachelor, master of graduaat
programme-banaba = Bachelor-na-bachelor
programme-manama = Master-na-master
programme-postinitial = Postgraduaat (postinitieel)

## How far the figures of a result can be trusted, as a whole.
status-figures-confirmed = Alle gebruikte bedragen zijn bevestigd door een officiële of instellingsbron.
status-figures-estimated = Niet alle gebruikte bedragen zijn officieel bevestigd: sommige zijn afgeleid, geschat met die van een ander jaar of komen uit een secundaire bron. Ze zijn hieronder gemarkeerd.
status-figures-unavailable = Niet alle bedragen voor dit jaar zijn gepubliceerd. We schatten ze niet: wat ontbreekt, staat hieronder.

## The explained fee.
result-title-pending = Jouw studiegeld
# The fee result when every enrolment has been removed.
fee-no-enrolment = Geen inschrijving in het hoger onderwijs: er is geen studiegeld te berekenen.
fee-add-first-enrolment = Een inschrijving toevoegen
result-fix-errors = Verbeter eerst { $count ->
    [one] { $count } veld
   *[other] { $count } velden
} met een fout; dan rekenen we opnieuw.
result-title = Jouw studiegeld in { $year }
result-summary = Studiegeld { $year }: { $total }.
result-summary-not-computed = Studiegeld { $year }: niet berekend, de bedragen zijn niet gepubliceerd.
result-summary-grant-possible = Studietoelage mogelijk.
result-summary-grant-not-possible = Geen studietoelage mogelijk.
result-total-label = Wettelijk studiegeld
result-not-computed = niet berekend
result-how = Zo is het berekend
result-learning-credit-title = Leerkrediet: mogelijke toeslag
result-surcharge-max = Maximaal { $amount } extra
result-surcharge-not-included = — niet in het studiegeld hierboven.
result-no-surcharge = Geen toeslag
result-surcharge-not-computed = Niet berekend
result-grant-title = Studietoelage
result-condition-met = Voldaan:
result-condition-not-met = Niet voldaan:
result-notes-title = Goed om te weten
result-subtotal = Subtotaal
result-institution-price = Prijs van de instelling (geen wettelijk studiegeld)
# A figure used: its label, its amount with unit, and its academic year or date.
result-figure = { $label }: { $amount } · { $period }
result-source = bron: { $site }
result-source-says = Wat de bron zegt
result-quote = “{ $quote }”
result-missing-title = Niet gepubliceerd, dus niet berekend:
result-missing-figure = { $label } ({ $period })
result-missing-why = Waarom ontbreekt dit?

## The printed recap.
# One input on the printout: the field's label and what was filled in.
recap-pair = { $label }: { $value }
recap-title = Samenvatting van Studierekenaar
recap-printed-on = — afgedrukt op { $date }
recap-year = Academiejaar: { $year }
recap-status = Statuut: { $status }
recap-learning-credit = Leerkrediet: { $credit }
recap-learning-credit-enough = niet ingevuld (genoeg)
# $count chooses the plural form; $credits is the same number, written.
recap-enrolment = Inschrijving { $number }: { $institution }, { $contract }, { $programme }, { $count ->
    [one] { $credits } studiepunt
   *[other] { $credits } studiepunten
}

## Save, copy, print.
share-name-label = Naam voor deze berekening
share-name-placeholder = bv. Bachelor verpleegkunde, deeltijds
share-summary = Bewaren, link delen of afdrukken
share-save = Bewaar deze berekening
share-copy = Kopieer link
share-print = Afdrukken
share-print-overview = Print mijn overzicht
overview-title = Mijn overzicht: elk ingevuld onderdeel
share-help = De link bevat je invoer na het #-teken; dat deel stuurt een browser nooit naar een server. Deel hem alleen met wie je vertrouwt.
share-copied = De link is gekopieerd.
share-copy-failed = Kopiëren lukte niet; kopieer het adres uit de adresbalk.

## The saved scenarios and their comparison.
saved-title = Mijn berekeningen
saved-empty = Je hebt nog niets bewaard. Gebruik “{ share-save }” onderaan de pagina, bij “{ share-summary }”: je berekening blijft dan in deze browser, op dit toestel, en nergens anders.
saved-help = Bewaard in deze browser, op dit toestel. Ze verlaten je toestel niet.
saved-name-label = Naam (bewaard op { $date })
saved-open = Open “{ $name }”
saved-rename = Naam wijzigen
saved-delete = Verwijder “{ $name }”
saved-compare-title = Twee berekeningen naast elkaar
saved-compare-left = Berekening links
saved-compare-right = Berekening rechts
saved-compare-caption = Vergelijking van twee bewaarde berekeningen
saved-row-year = Academiejaar
saved-row-fee = Wettelijk studiegeld
saved-row-figures = Betrouwbaarheid van de cijfers
saved-row-grant = Studietoelage
saved-grant-possible = mogelijk
saved-grant-not-possible = niet mogelijk
saved-row-study-load = Studielast
saved-row-covered = Uren gedekt door verlof en minder werken
# "125 uur (40 tot 50 %)": the hours covered and their share of the study load.
saved-covered-share = { $hours } ({ $min } tot { $max } %)
saved-row-left-per-week = Uren per week over naast je werk (met verlof en minder werken)
saved-row-vok = Vlaams opleidingskrediet (VOK-premie)
saved-vok-yes = ja, { $amount } bruto per maand
saved-vok-no = nee
saved-vok-maybe = misschien: nog na te gaan
saved-vok-maybe-amount = misschien: { $amount } bruto per maand als de RVA je tijdskrediet goedkeurt
saved-vok-not-applicable = niet van toepassing
# After the label of a row whose two values differ.
saved-differs = (verschilt)
saved-row-allowance = Leervergoeding per schooljaar (open overeenkomsten)
saved-allowance = { $agreement }: { $amount }

## What is kept in this browser.
persist-unnamed = Naamloze berekening
# $day, $month, $hour and $minute have two digits: "23-11-2026 14:05".
persist-date-time = { $day }-{ $month }-{ $year } { $hour }:{ $minute }
persist-saved-damaged = De bewaarde berekeningen in deze browser waren beschadigd en zijn genegeerd.
persist-saved-unreadable = { $count } bewaarde berekening(en) konden niet volledig gelezen worden; wat ontbrak, staat op de standaardwaarde.
