## Study load against leave: Vlaams opleidingsverlof (VOV), tijdskrediet met motief
## opleiding with the VOK premium, Vlaams zorgkrediet, and how much of the study load
## they cover. Hours, amounts and percentages come in already written ("7,6 uur",
## "€ 1.116,00", "80 %"); $year is an academic year ("2024-2025").

# Between the items of a list inside a sentence: "a; b".
leave-list-separator = { "; " }
# A figure that is not published: "label (period): reason".
leave-missing-figure = { $label } ({ $period }): { $reason }

## The schemes, as named inside a sentence (a shortfall: "… kom je in aanmerking voor …").
leave-scheme-vov = Vlaams opleidingsverlof (VOV)
leave-scheme-time-credit = tijdskrediet met motief opleiding
leave-scheme-vok = Vlaams opleidingskrediet (VOK)
leave-scheme-care-credit = Vlaams zorgkrediet

## The contracts of an enrolment, inside a sentence.
leave-contract-diploma = diplomacontract
leave-contract-credit = creditcontract
leave-contract-exam = examencontract

## The forms of an interruption, inside a sentence ("Met 1/5 tijdskrediet …").
time-credit-form-one-fifth = 1/5 tijdskrediet
time-credit-form-half-time = halftijds tijdskrediet
time-credit-form-full-time = voltijds tijdskrediet
time-credit-form-not-chosen = tijdskrediet (niet gekozen)
care-credit-form-one-fifth = 1/5 zorgkrediet
care-credit-form-half-time = halftijds zorgkrediet
care-credit-form-full-time = voltijds zorgkrediet
care-credit-form-not-chosen = zorgkrediet (niet gekozen)

## The input, checked field by field. Values the person entered ($value, $weeks, $months,
## $wage, $allowance, $periods) and the limits ($min, $max) are written as in the JSON,
## without separators; $max_amount is the same limit as an amount.
leave-error-employment-percent = { $value } % kan geen tewerkstellingspercentage zijn: geef een geheel getal van { $min } tot { $max } (voltijds is 100)
# $hours: "0 uur"; $max: "60".
leave-error-weekly-hours = { $hours } per week kan niet: geef de uren per week uit je arbeidsovereenkomst, meer dan 0 en hoogstens { $max }
leave-error-weeks = { $weeks } weken kan niet: geef een geheel aantal weken van { $min } tot { $max } (een academiejaar telt { $year_weeks } weken)
leave-error-seniority = { $months } maanden kan niet: geef het aantal maanden bij je huidige werkgever, van 0 tot { $max }, of laat het leeg
leave-error-wage = { $wage } kan geen brutoloon in eurocent zijn: geef een bedrag van 0 tot { $max } ({ $max_amount }), of laat het leeg
leave-error-allowance = { $allowance } kan geen uitkering in eurocent zijn: geef een bedrag van 0 tot { $max } ({ $max_amount }), of laat het leeg
leave-error-allowance-without-interruption = een uitkering voor tijdskrediet of zorgkrediet kan alleen als je je werk onderbreekt: kies een vorm van onderbreking, of laat de uitkering leeg
# $planned: "1.200 uur"; $max: "1.000".
vov-error-planned-range = { $planned } kan niet: geef een aantal uren Vlaams opleidingsverlof van 0 tot { $max }, of laat het leeg voor je maximum
vov-error-not-private = Vlaams opleidingsverlof bestaat alleen voor werknemers in de privésector: laat dit leeg of kies de privésector
leave-error-lesson-periods = { $periods } lestijden kan niet: geef een geheel aantal van { $min } tot { $max }, of laat het leeg

## A number of hours that cannot be read from the JSON. Serde gives no language: the
## reader writes these Dutch forms, and they are reworded for the other languages, so
## each must keep $value as its only variable. $value is the number as written in the JSON.
leave-error-hours-too-large = { $value } uur is te groot
leave-error-hours-not-a-number = { $value } is geen aantal uren
leave-error-hours-decimals = { $value } uur: geef hoogstens twee decimalen
# What serde says it expected: "invalid type: string "38", expected …".
leave-error-hours-expected = een aantal uren, zoals 38 of 30.4

## Notes on the whole leave outcome.
leave-note-study-load = Een studiepunt staat voor 25 tot 30 uur studeren: lessen, voorbereiden en instuderen, examens en opdrachten samen. Vlaams opleidingsverlof geeft 4 uur per studiepunt: de echte studielast is dus veel hoger (SERV, 'Een leven lang student', 2021).
leave-note-other-public = Voor een andere overheid dan de Vlaamse beschrijven onze bronnen geen opleidingsverlof of loopbaanonderbreking: vraag het aan je personeelsdienst.

## The study load. $credits: "30 studiepunten"; $per_credit: "25 uur per studiepunt".
leave-study-load-low = { $credits } × { $per_credit } = { $hours } (laag)
leave-study-load-high = { $credits } × { $per_credit } = { $hours } (hoog)
# $periods: a number of lesson periods (a number, for the plural).
leave-study-load-lessons = Volwassenenonderwijs: { $periods } lestijden, als { $hours } geteld (alleen de lessen; de studietijd ernaast is niet in een officieel cijfer gevat)
# $load: "750 tot 900 uur"; $weeks: "52 weken"; $per_week: "14,42 tot 17,31 uur".
leave-study-load-per-week-year = { $load } gespreid over { $weeks } (het hele academiejaar, 1 september tot 31 augustus): { $per_week } per week
leave-study-load-per-week = { $load } gespreid over { $weeks }: { $per_week } per week

## Vlaams opleidingsverlof.
vov-not-private = Geen Vlaams opleidingsverlof: dat bestaat alleen voor werknemers in de privésector (ook de private social profit) in het Vlaams Gewest.
vov-condition-private-sector = Je werkt in de privésector (ook de private social profit)
vov-condition-private-sector-flanders = Je werkt in de privésector (ook de private social profit), in een vestiging in het Vlaams Gewest (dat laatste gaan we niet na)
# $points: "1 procentpunt"; $minimum and $percent: "50 %".
vov-shortfall-employment = Met { $points } meer tewerkstelling ({ $minimum } in plaats van { $percent }) kom je in { $year } in aanmerking voor Vlaams opleidingsverlof.
vov-condition-employment = Tewerkstelling van minstens { $minimum } in { $year }: jij werkt { $percent }
vov-note-exactly-half = Je werkt precies { $percent }: met een vast uurrooster kan je VOV alleen opnemen voor werkuren die samenvallen met lessen of examens (vlaanderen.be).
# $short: "0,5 uur"; $minimum and $hours: numbers of hours ("28", "27,5").
vov-shortfall-weekly-hours = Met { $short } per week meer ({ $minimum } in plaats van { $hours }) kom je in { $year } in aanmerking voor Vlaams opleidingsverlof.
# $minimum and $hours: "28 uur".
vov-condition-weekly-hours = Minstens { $minimum } per week werken in { $year }: jij werkt { $hours }
# $number: the enrolment's number in the list; $institution: the name the person gave.
vov-enrolment-name = Inschrijving { $number } ({ $institution })
# $name: vov-enrolment-name; $points: "30 studiepunten".
vov-line-exam-contract = { $name }: { $points } op examencontract geven geen VOV (examencontracten komen niet in aanmerking)
vov-line-too-small = { $name }: { $points } is minder dan { $minimum }: telt niet mee voor VOV
vov-shortfall-enrolment = Met { $points } meer telt inschrijving { $number } mee voor Vlaams opleidingsverlof (minstens { $minimum }).
# $contract: leave-contract-*; $per_credit: "4 uur per studiepunt".
vov-line-enrolment = { $name }: { $points } op { $contract } × { $per_credit } = { $hours }
vov-line-enrolment-graduaat = { $name }: { $points } op { $contract } (graduaat) × { $per_credit } = { $hours }
# $periods: a number of lesson periods (a number, for the plural).
vov-line-lessons = Volwassenenonderwijs: { $periods } voorziene lestijden = { $hours }
# $periods and $minimum: "20 lestijden", "32 lestijden".
vov-line-lessons-too-small = Volwassenenonderwijs: { $periods } is minder dan { $minimum }: telt niet mee voor VOV
vov-shortfall-lessons = Met { $periods } meer telt je opleiding in het volwassenenonderwijs mee voor Vlaams opleidingsverlof (minstens { $minimum }).
# $minimum: "3 studiepunten"; $counted: yes or no.
vov-condition-training = Een opleiding uit de opleidingsdatabank van minstens { $minimum } op diploma- of creditcontract (of minstens 32 lestijden in het volwassenenonderwijs): { $counted ->
    [yes] ja
   *[no] nee
}
# $full_time: "125 uur"; $percent: "80 %".
vov-line-personal-maximum = Persoonlijk maximum: { $full_time } × { $percent } tewerkstelling = { $maximum } per schooljaar
vov-line-entitlement-training = Je recht in { $year }: de uren van je opleiding, binnen je maximum ({ $training } voor je opleiding, { $maximum } persoonlijk maximum) = { $entitlement }
vov-line-entitlement-maximum = Je recht in { $year }: je persoonlijk maximum, want je opleiding geeft meer ({ $training } voor je opleiding, { $maximum } persoonlijk maximum) = { $entitlement }
vov-error-planned-not-eligible = { $planned } Vlaams opleidingsverlof kan niet: je komt in { $year } niet in aanmerking (zie de voorwaarden bij het resultaat). Laat dit leeg of vul 0 in
# $entitlement: "100 uur"; $entitlement_number: the same without the unit ("100").
vov-error-planned-above = { $planned } kan niet: in { $year } kan je hoogstens { $entitlement } Vlaams opleidingsverlof opnemen ({ $training } voor je opleiding, persoonlijk maximum { $maximum }). Vul 0 tot { $entitlement_number } in, of laat het leeg voor je maximum
vov-line-planned-above = Je plant { $planned }, meer dan je recht: we rekenen met { $entitlement }
vov-line-planned = Je plant { $planned } Vlaams opleidingsverlof: we rekenen daarmee
# $per_hour: "€ 21,30 per uur"; $amount: "€ 1.996,88".
vov-line-employer-refund = Voor je werkgever: { $hours } × { $per_hour } = { $amount }, terugbetaald door de Vlaamse overheid (afgerond op de cent)
vov-line-wage-above-ceiling = Je brutoloon ({ $wage }) ligt boven de loongrens van { $ceiling }: voor je VOV-uren mag je werkgever je loon tot die grens beperken
vov-line-wage-below-ceiling = Je brutoloon ({ $wage }) ligt niet boven de loongrens van { $ceiling }: je behoudt je volle loon tijdens je VOV-uren
vov-line-wage-ceiling = Tijdens je VOV-uren behoud je je loon; je werkgever mag het beperken tot de loongrens van { $ceiling }
vov-note-ceiling-missing = Tijdens je VOV-uren behoud je je loon, begrensd tot een loongrens die elk jaar op 1 september geïndexeerd wordt; de grens voor { $year } is niet gevonden.
vov-note-exams = De uren VOV gelden alleen voor studiepunten waarvoor je examen aflegt, niet voor alle studiepunten waarvoor je ingeschreven bent (SERV 2021, met verwijzing naar vlaanderen.be). Stop je of leg je een examen niet af, dan bepaalt je deelname aan de examens hoeveel uren je behoudt (odisee.be).
# The note of the year's rules, when an earlier year's stand in (the parameter's own words).
vov-note-estimated-rules = { $note }
vov-note-reference-month-march = Voor { $year } telt je tewerkstellingspercentage van de maand maart vóór het schooljaar (volgens sodalis.be, een secundaire bron; vóór 2023-2024 was dat september).
vov-note-reference-month-september = Voor { $year } telt je tewerkstellingspercentage van september (vanaf 2023-2024 wordt dat maart vóór het schooljaar, volgens sodalis.be).
vov-note-database = Je opleiding moet in de Vlaamse opleidingsdatabank staan (vlaanderen.be/opleidingsdatabank). Plan je verlofuren in overleg met je werkgever.
vov-text-eligible = In { $year } kan je { $entitlement } Vlaams opleidingsverlof opnemen: { $training } voor je opleiding, binnen je persoonlijk maximum van { $maximum }.
vov-text-eligible-planned = In { $year } kan je { $entitlement } Vlaams opleidingsverlof opnemen: { $training } voor je opleiding, binnen je persoonlijk maximum van { $maximum }. Je plant er { $planned }.
# $failed: the conditions not met, joined by leave-list-separator.
vov-text-not-eligible = Geen Vlaams opleidingsverlof in { $year }. Niet voldaan: { $failed }.
# $why: a leave-missing-figure for each figure that is not published, joined by spaces.
vov-text-not-computed = Niet berekend: de voorwaarden voor { $year } zijn niet gepubliceerd. { $why }

## Time credit with the training motive and Vlaams zorgkrediet: the hours they free.
leave-full-time-week = een voltijdse werkweek van { $week }
# $week: "30,4 uur"; $percent: "80 %"; $full_time_week: "38 uur".
leave-full-time-week-computed = een voltijdse werkweek ({ $week } / { $percent } = { $full_time_week })
leave-freed-none = Je onderbreekt je werk niet
leave-freed-full-time = Voltijds onderbreken: al je { $week } per week
# $full_time: leave-full-time-week or leave-full-time-week-computed.
leave-freed-half-time = Halftijds: je werkt nog de helft van { $full_time } = { $half }; { $week } − { $half } = { $freed } per week minder
leave-freed-one-fifth = 1/5: een vijfde van { $full_time } = { $freed } per week minder werken
# $weeks: "52 weken"; $number: the same number alone; $per_week and $total: "7,6 uur", "395,2 uur".
leave-line-freed-total = Over { $weeks } studie: { $per_week } × { $number } = { $total }

## The training-size condition of time credit and zorgkrediet. $credits: "27 studiepunten";
## $hours: "360 uur" ("?" when not published); $points: "24 studiepunten"; $periods: a number.
time-credit-condition-training = Een opleiding van minstens { $credits } of { $hours } (lestijden) per jaar: jij hebt { $points } op diploma- of creditcontract
time-credit-condition-training-lessons = Een opleiding van minstens { $credits } of { $hours } (lestijden) per jaar: jij hebt { $points } op diploma- of creditcontract en { $periods } lestijden
care-credit-condition-training = Een opleiding van minstens { $credits } of { $hours } (contacturen) per jaar: jij hebt { $points } op diploma- of creditcontract
care-credit-condition-training-lessons = Een opleiding van minstens { $credits } of { $hours } (contacturen) per jaar: jij hebt { $points } op diploma- of creditcontract en { $periods } lestijden
# $points: "3 studiepunten"; $needed and $credits: numbers; $scheme: leave-scheme-*.
leave-shortfall-training-credits = Met { $points } meer op diploma- of creditcontract ({ $needed } in plaats van { $credits }) kom je in { $year } in aanmerking voor { $scheme }.
# $threshold: "360 uur"; $periods: a number.
leave-line-hours-threshold = Drempel in uren: { $threshold } per jaar; jouw { $periods } lestijden tellen als uren
# $periods: "1 lestijd"; $needed and $lessons: numbers.
leave-shortfall-training-lessons = Of met { $periods } meer ({ $needed } in plaats van { $lessons }) kom je in { $year } in aanmerking voor { $scheme }.

## Time credit with the training motive.
time-credit-not-private = Tijdskrediet met motief opleiding (cao nr. 103) en de VOK-premie zijn er voor werknemers in de privésector en de private social profit. In de Vlaamse openbare sector is er Vlaams zorgkrediet.
# $credits: "9 studiepunten"; $hours: "120 uur".
time-credit-note-trimester = Haal je de jaardrempel niet, dan volstaat ook { $credits } of { $hours } per schooltrimester of per ononderbroken periode van 3 maanden (odisee.be). Dat kunnen we uit een jaartotaal niet nagaan: vraag het je onderwijsinstelling.
# $months: "1 maand"; $needed and $seniority: numbers of months.
time-credit-shortfall-seniority = Na nog { $months } bij je werkgever ({ $needed } in plaats van { $seniority }) voldoe je aan de anciënniteit voor tijdskrediet.
# $minimum: "24 maanden"; $months: "23 maanden".
time-credit-condition-seniority = Minstens { $minimum } bij je huidige werkgever: jij { $months }
# The seniority asked when its figure is not published.
time-credit-seniority-fallback = 2 jaar
time-credit-verify-seniority = Je werkt minstens { $minimum } bij je huidige werkgever (vul je anciënniteit in om het na te gaan).
time-credit-condition-half-time = Halftijds tijdskrediet vermindert je werk tot de helft van een voltijdse baan: jij werkt nu { $percent }, dus er valt niets te verminderen
time-credit-note-one-fifth-part-time = 1/5 tijdskrediet is een vermindering van een voltijdse baan; de VOK-premie bij 1/5 vraagt een tewerkstelling van 100 % bij de start (vlaanderen.be). Je werkt { $percent }: vraag bij de RVA na of 1/5 voor jou kan.
time-credit-verify-agreement = Voltijds of halftijds tijdskrediet met motief opleiding kan alleen als een cao van je sector of onderneming het toelaat (hetacv.be); voor 1/5 is dat niet nodig.
time-credit-verify-recognised = Je opleiding is erkend door de gemeenschappen of de sector, en je bent er aanwezig: hoogstens een tiende ongewettigd afwezig per trimester, met een aanwezigheidsattest binnen 20 kalenderdagen (odisee.be).
# $months: "36 maanden".
time-credit-line-max-months = Hoogstens { $months } tijdskrediet met motief opleiding over je hele loopbaan, in elke vorm
time-credit-text-no-form = Je opleiding en je situatie voldoen aan de voorwaarden voor tijdskrediet met motief opleiding die we kunnen nagaan. Kies een vorm (1/5, halftijds of voltijds) om te zien hoeveel uren het vrijmaakt.
# $form: time-credit-form-*; $weeks: "52 weken".
time-credit-text = Met { $form } met motief opleiding werk je { $per_week } per week minder: { $hours } over { $weeks }.
time-credit-text-not-eligible = Geen tijdskrediet met motief opleiding in { $year }. Niet voldaan: { $failed }.
time-credit-text-not-computed = Niet berekend: een voorwaarde voor tijdskrediet in { $year } is niet gepubliceerd.
time-credit-allowance-lookup = Het bedrag van je RVA-uitkering staat niet in onze bronnen; het hangt af van de vorm, je anciënniteit en je leeftijd. Zoek het op in het barema van de RVA (rva.be, 'Loopbaanonderbreking en tijdskrediet') en vul het in.
time-credit-allowance-reference = Het barema van de RVA (bedragen { $period }) geeft { $amount } bruto per maand voor { $form }; wie vóór 1 februari 2023 aanvroeg met minstens 5 jaar anciënniteit, kreeg { $seniority_amount }. Latere indexeringen zijn niet gevonden: neem het bedrag over of vul je eigen bedrag in.

## Vlaams zorgkrediet.
care-credit-not-flemish-public = Vlaams zorgkrediet is er voor de Vlaamse openbare sector (ook het onderwijspersoneel).
care-credit-verify-training = De opleiding is georganiseerd, gesubsidieerd of erkend door de Vlaamse overheid (werk.be).
care-credit-verify-attendance = Je bent aanwezig: per kwartaal hoogstens een tiende van de opleiding ongewettigd afwezig (vlaanderen.be).
care-credit-note-unknown = Hoe lang je zorgkrediet met motief opleiding kan opnemen en hoeveel de uitkering is, staat niet in onze bronnen: vraag het aan je personeelsdienst of kijk op vlaanderen.be/vlaams-zorgkrediet.
care-credit-text-no-form = Je opleiding is groot genoeg voor Vlaams zorgkrediet met motief opleiding. Kies een vorm (1/5, halftijds of voltijds) om te zien hoeveel uren het vrijmaakt.
# $form: care-credit-form-*; $weeks: "52 weken".
care-credit-text = Met { $form } met motief opleiding werk je { $per_week } per week minder: { $hours } over { $weeks }.
care-credit-text-not-eligible = Geen Vlaams zorgkrediet met motief opleiding in { $year }: je opleiding is te klein.
care-credit-text-not-computed = Niet berekend: de voorwaarde voor Vlaams zorgkrediet in { $year } is niet gepubliceerd.
care-credit-allowance-lookup = Het bedrag van de uitkering voor zorgkrediet staat niet in onze bronnen: vraag het aan je personeelsdienst of kijk op vlaanderen.be/vlaams-zorgkrediet, en vul het in.

## The VOK premium (aanmoedigingspremie Vlaams opleidingskrediet).
vok-not-private = Geen VOK-premie: die is er alleen voor werknemers in de privésector en de private social profit.
vok-condition-time-credit = Tijdskrediet met motief opleiding met een uitkering van de RVA (onder meer 360 uren of 27 studiepunten op jaarbasis)
vok-no-interruption = Geen VOK-premie: die komt bovenop tijdskrediet met motief opleiding. Kies een vorm van tijdskrediet om de premie te zien.
# The shortfalls in prior employment. $points: "10 procentpunten"; $needed and $percent: "75 %".
vok-shortfall-highest = Met { $points } meer tewerkstelling ({ $needed } in plaats van { $percent }) het jaar vóór je onderbreking krijg je de hoogste VOK-premie.
vok-shortfall-higher = Met { $points } meer tewerkstelling ({ $needed } in plaats van { $percent }) het jaar vóór je onderbreking krijg je een hogere VOK-premie.
vok-shortfall-full-break = Met { $points } meer tewerkstelling ({ $needed } in plaats van { $percent }) het jaar vóór je onderbreking krijg je een VOK-premie.
vok-shortfall-half-time = Met { $points } meer tewerkstelling ({ $needed } in plaats van { $percent }) het jaar vóór je halftijdse onderbreking krijg je een VOK-premie.
vok-shortfall-one-fifth = Met { $points } meer tewerkstelling ({ $needed } in plaats van { $percent }) bij de start van je 1/5 tijdskrediet krijg je een VOK-premie.
# $low, $high, $start and $percent: "20 %".
vok-condition-full-break = Voltijdse onderbreking: het jaar ervoor minstens { $low } gewerkt (de hoogste premie vanaf { $high }): jij { $percent }
vok-condition-half-time = Halftijdse onderbreking: het jaar ervoor minstens { $high } gewerkt: jij { $percent }
vok-condition-one-fifth = Vermindering met 1/5: het jaar ervoor minstens { $high } en bij de start { $start } gewerkt: jij { $percent }
# $training: diploma (a diploma contract), plan (a POP) or none.
vok-condition-training = Je opleiding leidt tot een diploma (onderwijskwalificerend) of staat in je persoonlijk ontwikkelingsplan (POP): { $training ->
    [diploma] diplomacontract
    [plan] POP
   *[none] geen diplomacontract en geen POP
}
# $level: low-or-middle, high-with-plan or high.
vok-condition-education = Kort- of middengeschoold, of hooggeschoold met een POP uit loopbaanbegeleiding: jij bent { $level ->
    [low-or-middle] kort- of middengeschoold
    [high-with-plan] hooggeschoold met een POP
   *[high] hooggeschoold zonder POP
}
# The rows of the premium table, inside vok-line-premium.
vok-row-full-high = voltijdse onderbreking, het jaar ervoor minstens 75 % gewerkt
vok-row-full-middle = voltijdse onderbreking, het jaar ervoor 50 tot 75 % gewerkt
vok-row-full-low = voltijdse onderbreking, het jaar ervoor 20 tot 50 % gewerkt
vok-row-half-time = halftijdse onderbreking, het jaar ervoor minstens 75 % gewerkt
vok-row-one-fifth = vermindering met 1/5, voltijds gewerkt
vok-line-premium = Premie voor { $row }
vok-line-living-alone = Toeslag omdat je alleen woont
# $months: "36 maanden".
vok-note-duration = De premie loopt zo lang als je tijdskrediet met motief opleiding, dus hoogstens { $months } (vlaanderen.be).
# $from: the day from which the amounts used apply, "1 september 2021" (their value's date in the parameters).
vok-note-amounts = Bedragen zoals ze sinds { $from } gelden (vlaanderen.be); of ze daarna nog geïndexeerd zijn, is niet bevestigd.
vok-note-other-trainings = Een opleiding die niet tot een diploma leidt, komt ook in aanmerking als ze opleidt tot een knelpuntberoep of past in een ondernemerschapstraject; dat gaan we niet na.
# Why the data does not confirm the rules for the year (the parameter's own words).
vok-note-rules-unconfirmed = { $reason }
# $form: time-credit-form-*; $gross and $net: amounts.
vok-text = Bij { $form } krijg je een VOK-premie van { $gross } bruto ({ $net } netto) per maand bovenop je tijdskrediet.
vok-text-not-eligible = Geen VOK-premie in { $year }. Niet voldaan: { $failed }.
vok-text-not-computed = Niet berekend: de VOK-bedragen voor { $year } zijn niet gevonden.
vok-line-money = VOK-premie (Vlaanderen), bruto

## What an interruption earns and costs per month.
leave-money-no-break = Geen onderbreking van je werk in onze berekening: je loon blijft gelijk.
leave-money-not-interrupting = Je onderbreekt je werk niet: je loon blijft gelijk. Tijdens je uren Vlaams opleidingsverlof behoud je je loon (tot de loongrens).
leave-money-not-eligible = Je komt niet in aanmerking voor de onderbreking die je koos: we rekenen er geen geld voor.
# $form: time-credit-form-* or care-credit-form-*.
leave-money-allowance = Je uitkering voor { $form }, door jou ingevuld
# $freed and $week: "7,6 uur", "38 uur"; $wage: an amount.
leave-money-wage-reduction = Loon dat je niet meer ontvangt: { $freed } van je { $week } per week, van { $wage } bruto
# $amount: the difference per month, without a sign; $lookup: time-credit-allowance-lookup
# or care-credit-allowance-lookup.
leave-money-balance-more = Met { $form } heb je per maand { $amount } bruto meer dan nu: premie en uitkering min het loon dat je niet meer ontvangt. Netto is het verschil kleiner door belastingen en bijdragen; dat rekenen we niet uit.
leave-money-balance-less = Met { $form } heb je per maand { $amount } bruto minder dan nu: premie en uitkering min het loon dat je niet meer ontvangt. Netto is het verschil kleiner door belastingen en bijdragen; dat rekenen we niet uit.
leave-money-balance-more-without-allowance = Met { $form } heb je per maand { $amount } bruto meer dan nu, zonder je uitkering meegeteld. { $lookup }
leave-money-balance-less-without-allowance = Met { $form } heb je per maand { $amount } bruto minder dan nu, zonder je uitkering meegeteld. { $lookup }
# $lookup is empty when the person entered their allowance.
leave-money-enter-wage = Vul je brutoloon in om te zien wat { $form } je per maand kost. { $lookup }
# With an allowance entered: where to look it up is not repeated.
leave-money-enter-wage-with-allowance = Vul je brutoloon in om te zien wat { $form } je per maand kost.

## Coverage: how much of the study load the schemes cover.
# $min and $max: whole percentages, written ("57", "68").
leave-share-range = { $min } tot { $max } %
leave-coverage-plan-vov-only = Jouw plan: alleen Vlaams opleidingsverlof
# $form: time-credit-form-*.
leave-coverage-plan-vov-and = Jouw plan: Vlaams opleidingsverlof en { $form }
leave-coverage-vov-alone = Alleen Vlaams opleidingsverlof
leave-coverage-break-alone = Alleen { $form }
# $form: care-credit-form-*.
leave-coverage-plan-care = Jouw plan: { $form }
# $label: one of the labels above; $covered: "100 uur"; $share: "11 tot 13 %";
# $left and $per_week: "650 tot 800 uur", "12,5 tot 15,38 uur".
leave-coverage-row-all = { $label }: { $covered }, de hele studielast ({ $share }).
leave-coverage-row = { $label }: { $covered } gedekt, { $share } van de studielast; er blijft { $left } over, { $per_week } per week.
leave-coverage-row-not-computed = { $label }: niet berekend, een bedrag voor dit jaar is niet gepubliceerd.
leave-coverage-summary = Je opleiding vraagt { $load } studie. Verlof en onderbreking dekken er { $covered } van ({ $share }). Er blijft { $per_week } per week over om naast je werk te studeren.
leave-coverage-summary-not-computed = Je opleiding vraagt { $load } studie. Hoeveel daarvan gedekt is, is niet berekend: een voorwaarde of bedrag voor dit jaar is niet gepubliceerd.
leave-coverage-summary-no-scheme = Je opleiding vraagt { $load } studie. Voor jouw sector vonden we in onze bronnen geen verlof of loopbaanonderbreking om ze te dekken.
leave-coverage-summary-no-load = De studielast is niet berekend: het aantal uren per studiepunt is niet gepubliceerd.

## Who is asking: outside the Flemish Region or without work

leave-not-working-scheme = Geen { $scheme }: dat is er voor werknemers, en je werkt nu niet.
vov-not-flemish-region = Geen Vlaams opleidingsverlof: dat geldt alleen als je in het Vlaams Gewest werkt.
vok-not-flemish-region = Geen VOK-premie: die geldt alleen als je in het Vlaams Gewest werkt.
leave-referral-brussels = Je werkt in het Brussels Hoofdstedelijk Gewest. Vlaams opleidingsverlof (VOV) en de VOK-premie gelden alleen als je in het Vlaams Gewest werkt: die berekenen we niet voor jou.
leave-referral-wallonia = Je werkt in het Waals Gewest. Vlaams opleidingsverlof (VOV) en de VOK-premie gelden alleen als je in het Vlaams Gewest werkt: die berekenen we niet voor jou.
leave-referral-not-working = Je werkt nu niet. Vlaams opleidingsverlof (VOV), tijdskrediet, de VOK-premie en Vlaams zorgkrediet zijn er voor werknemers: die berekenen we niet voor jou. Je studielast geldt wel.
leave-referral-time-credit = Tijdskrediet met motief opleiding is federaal: de RVA beslist erover voor werknemers in de privésector, in elk gewest. Dat berekenen we wel.
leave-service-brussels = Verlof om te studeren heet in Brussel betaald educatief verlof (congé-éducation payé), met Brusselse regels: Brussel Economie en Werk.
leave-service-wallonia = Verlof om te studeren heet in Wallonië betaald educatief verlof (congé-éducation payé), met Waalse regels: de Waalse overheidsdienst (SPW) erkent de opleidingen, de Forem betaalt je werkgever terug.
leave-service-vdab = Ben je werkzoekende en woon je in Vlaanderen? Vraag bij VDAB of je je uitkering behoudt terwijl je studeert (vrijstelling van beschikbaarheid).

## Each scheme's next step

leave-next-not-published = Kijk later opnieuw: een regel of bedrag voor dit jaar is nog niet gepubliceerd.
leave-next-ask-employer = Vraag je werkgever of personeelsdienst welk verlof om te studeren er voor jou wel is.
vov-next-yes = Zeg bij je inschrijving dat je Vlaams opleidingsverlof wil opnemen, geef het inschrijvingsbewijs aan je werkgever en plan je verlofuren samen.
time-credit-next-yes = Vraag het tijdskrediet aan bij je werkgever; de RVA beslist over je uitkering.
time-credit-next-maybe = Ga eerst na: { $check } Vraag het tijdskrediet dan aan bij je werkgever; de RVA beslist over je uitkering.
care-credit-next-yes = Vraag Vlaams zorgkrediet aan bij je personeelsdienst.
care-credit-next-maybe = Ga eerst na: { $check } Vraag Vlaams zorgkrediet dan aan bij je personeelsdienst.
vok-next = De premie volgt op je tijdskrediet: eerst moet de RVA het goedkeuren (beslissingsbrief C62), daarna vraag je de premie aan bij het Departement Werk en Sociale Economie (vlaanderen.be).
vok-next-choose-form = Kies hierboven 1/5, halftijds of voltijds minder werken om te zien of je de premie krijgt.
