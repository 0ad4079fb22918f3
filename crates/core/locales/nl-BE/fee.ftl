## The study fee (studiegeld): the bills, their lines and notes, the learning-credit
## surcharge, and whether a study grant is possible.
# $institution is the name the person typed. $credits is a counted number of study
# points ("60 studiepunten"); $rate and $amount are already written ("€ 13,80 per studiepunt").
# $kind chooses the programme billed on its own: banaba (bachelor-na-bachelor) or manama
# (master-na-master). $contract chooses the contract: diploma, credit or exam.

## Bill titles.
fee-bill-combined = { $institution }: diploma- en creditcontracten samen
fee-bill-separate = { $institution }: { $kind ->
    [banaba] { -banaba-name }
   *[manama] { -manama-name }
} ({ $contract ->
    [diploma] { -diploma-contract-name }
    [credit] { -credit-contract-name }
   *[exam] { -exam-contract-name }
}, apart aangerekend)
fee-bill-exam = { $institution }: { -exam-contract-name } (apart aangerekend)
fee-bill-postinitial = { $institution }: postinitiële opleiding (prijs van de instelling)

## Notes on one bill.
# $maximum: one of the fee-maximum-… sentences.
fee-note-separate = Een { $kind ->
    [banaba] { -banaba-name }
   *[manama] { -manama-name }
} wordt altijd apart aangerekend (ook het vaste gedeelte) en kent geen vermindering voor beurs- of bijna-beursstudenten. De instelling bepaalt haar tarief; wij rekenen met het standaardtarief, dat de meeste instellingen toepassen. { $maximum }
# $period: the year of the figures; $status: how sure they are ("bevestigd").
fee-maximum-banaba = Het wettelijke maximum in { $period } was { $fixed } + { $per_credit } ({ $status }).
fee-maximum-manama = Het wettelijke maximum in { $period } was { $maximum } in totaal ({ $status }).
fee-maximum-unknown = Het wettelijke maximum voor { $year } is niet gevonden; vraag het tarief op bij de instelling.
fee-note-exam = Elk examencontract wordt apart berekend, aan één tarief voor alle studenten. Sommige instellingen vragen een eigen toeslag (bijvoorbeeld voor de leeromgeving).
fee-note-postinitial = Voor postinitiële opleidingen (postgraduaten en andere) bestaat geen wettelijk studiegeld: de instelling bepaalt de prijs. Ze geven geen recht op een studietoelage.
fee-note-enter-price = Vul de prijs in die de instelling vraagt om hem mee te tellen.

## Notes on the whole fee.
fee-note-fixed-part-yearly = Het vaste gedeelte is per academiejaar verschuldigd, ook als je pas in februari begint.
# From the parameters fee/flat_fee*: $low and $high: the band of study points ("54", "66");
# $amount: the flat fee of UGent in $year ("2013-2014"); $reform: the first year without it ("2015-2016").
fee-note-no-flat-fee = Een forfaitair studiegeld voor { $low } tot { $high } studiepunten bestond vóór de hervorming van { $reform } (in { $year } bij UGent { $amount }). Sinds { $reform } is het studiegeld voor elk aantal studiepunten het vaste gedeelte plus een bedrag per studiepunt; alle gepubliceerde tabellen sinds 2020-2021 rekenen zo.

## The lines of a bill.
fee-line-fixed-part = Vast gedeelte: één keer per academiejaar voor alle diploma- en creditcontracten bij { $institution } samen
fee-line-fixed-part-again = Vast gedeelte, opnieuw verschuldigd voor deze { $kind ->
    [banaba] { -banaba-name }
   *[manama] { -manama-name }
}
fee-line-grant-flat = Beurstarief: één verminderd vast bedrag voor alle { $credits } op { -diploma-contract-name } bij { $institution }, geen bedrag per studiepunt
# $reason: why this rate: credit-contract, near-grant or non-grant.
fee-line-per-credit = { $credits } op { $contract ->
    [diploma] { -diploma-contract-name }
    [credit] { -credit-contract-name }
   *[exam] { -exam-contract-name }
} × { $rate } ({ $reason ->
    [credit-contract] creditcontracten betalen altijd het standaardtarief
    [near-grant] bijna-beurstarief
   *[non-grant] niet-beurstarief
})
fee-line-grant-in-combined = { $credits } op { -diploma-contract-name } aan beurstarief: geen bedrag per studiepunt; het verminderde vaste bedrag ({ $amount }) valt weg omdat het volle vaste gedeelte al verschuldigd is voor je creditcontract bij deze instelling
fee-line-per-credit-standard = { $credits } × { $rate } (standaardtarief, geen vermindering)
fee-line-exam-fixed = Vast gedeelte van dit examencontract (elk examencontract apart)
fee-line-exam-per-credit = { $credits } op { -exam-contract-name } × { $rate }
fee-line-institution-price = Prijs van de instelling, door jou ingevuld (geen wettelijk studiegeld)

## The learning-credit surcharge.
# $balance: the learning credit left, a number of study points ("35"); $credits, $covered and
# $without: counted study points; $maximum: the highest surcharge in all.
fee-learning-credit-not-for-status = Geen toeslag: beurstarief- en bijna-beursstudenten vallen niet onder de toeslag voor studiepunten zonder leerkrediet.
fee-learning-credit-not-used = Geen toeslag: je neemt geen studiepunten op die leerkrediet gebruiken (alleen diploma- en creditcontracten in initiële opleidingen doen dat; examencontracten, bachelor-na-bachelors, master-na-masters en postgraduaten niet).
fee-learning-credit-not-entered = Geen leerkrediet ingevuld: we gaan ervan uit dat je genoeg leerkrediet hebt voor al je studiepunten.
fee-learning-credit-covered = Geen toeslag: je leerkrediet ({ $balance }) dekt de { $credits } die je opneemt.
fee-learning-credit-surcharge = Je leerkrediet ({ $balance }) dekt { $covered } van de { $credits }: voor { $without } zonder leerkrediet mag de instelling maximaal { $rate } extra vragen, samen hoogstens { $maximum }. Ze is daartoe niet verplicht, en je kan je dan enkel inschrijven met haar toestemming.
fee-learning-credit-unpublished = Voor { $without } zonder leerkrediet kan de instelling een toeslag vragen, maar het maximum voor { $year } is niet gepubliceerd.

## The study grant (studietoelage): only the study condition is checked.
# $label, $period, $reason: the figure that is missing, its year and why.
grant-not-computed = Niet berekend: { $label } voor { $period } ontbreekt. { $reason }
# $needed, $have, $other, $short: numbers of study points (numbers, for the plural).
grant-condition-minimum = Minstens { $needed } studiepunten op diplomacontract in een initiële (financierbare) opleiding: jij hebt er { $have }
grant-condition-not-counted = { $other } studiepunten op een credit- of examencontract of in een vervolg- of postinitiële opleiding tellen niet mee voor een studietoelage
grant-possible = Een studietoelage is mogelijk: je inschrijving voldoet aan de studievoorwaarde. Of je ze krijgt, hangt ook af van je inkomen, nationaliteit en studiekrediet; dat beoordeelt de afdeling Studietoelagen.
grant-impossible-no-diploma = Geen studietoelage mogelijk: daarvoor moet je met een diplomacontract voor minstens { $needed } studiepunten in een initiële opleiding ingeschreven zijn.
grant-impossible-short = Geen studietoelage mogelijk: je hebt { $have } studiepunten op diplomacontract, er zijn er minstens { $needed } nodig ({ $short } meer). Uitzondering: in je diplomajaar mag het minder zijn.
