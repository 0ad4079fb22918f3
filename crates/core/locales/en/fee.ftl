## The study fee (studiegeld): the bills, their lines and notes, the learning-credit
## surcharge, and whether a study grant is possible.
# $institution is the name the person typed. $credits is a counted number of credits
# ("60 credits"); $rate and $amount are already written ("€13.80 per credit").
# $kind chooses the programme billed on its own: banaba (bachelor-na-bachelor) or manama
# (master-na-master). $contract chooses the contract: diploma, credit or exam.

## Bill titles.
fee-bill-combined = { $institution }: diploma and credit contracts ({ -diploma-contract-name }, { -credit-contract-name }) together
fee-bill-separate = { $institution }: { $kind ->
    [banaba] advanced bachelor ({ -banaba-name })
   *[manama] advanced master ({ -manama-name })
} on { $contract ->
    [diploma] a diploma contract ({ -diploma-contract-name })
    [credit] a credit contract ({ -credit-contract-name })
   *[exam] an exam contract ({ -exam-contract-name })
}, billed separately
fee-bill-exam = { $institution }: exam contract ({ -exam-contract-name }), billed separately
fee-bill-postinitial = { $institution }: post-initial programme (price set by the institution)

## Notes on one bill.
# $maximum: one of the fee-maximum-… sentences.
fee-note-separate = { $kind ->
    [banaba] An advanced bachelor
   *[manama] An advanced master
} is always billed separately (the fixed part included) and has no reduction for grant-rate or near-grant students. The institution sets its own rate; we calculate with the standard rate, which most institutions apply. { $maximum }
# $period: the year of the figures; $status: how sure they are ("confirmed").
fee-maximum-banaba = The legal maximum in { $period } was { $fixed } + { $per_credit } ({ $status }).
fee-maximum-manama = The legal maximum in { $period } was { $maximum } in total ({ $status }).
fee-maximum-unknown = The legal maximum for { $year } was not found; ask the institution for its rate.
fee-note-exam = Every exam contract is billed separately, at one rate for all students. Some institutions charge a surcharge of their own (for example for the online learning environment).
fee-note-postinitial = Post-initial programmes (postgraduate and other programmes) have no statutory tuition fee: the institution sets the price. They give no right to a study grant.
fee-note-enter-price = Enter the price the institution charges to have it counted.

## Notes on the whole fee.
fee-note-fixed-part-yearly = The fixed part is owed per academic year, even if you only start in February.
# From the parameters fee/flat_fee*: $low and $high: the band of study points ("54", "66");
# $amount: the flat fee of UGent in $year ("2013-2014"); $reform: the first year without it ("2015-2016").
fee-note-no-flat-fee = A flat tuition fee for { $low } to { $high } credits existed before the { $reform } reform ({ $amount } at UGent in { $year }). Since { $reform } the tuition fee for any number of credits has been the fixed part plus an amount per credit; every table published since 2020-2021 works this way.

## The lines of a bill.
fee-line-fixed-part = Fixed part: once per academic year for all diploma and credit contracts at { $institution } together
fee-line-fixed-part-again = Fixed part, owed again for this { $kind ->
    [banaba] advanced bachelor
   *[manama] advanced master
}
fee-line-grant-flat = Grant rate: one reduced fixed amount covering { $credits } on a diploma contract at { $institution }, no amount per credit
# $reason: why this rate: credit-contract, near-grant or non-grant.
fee-line-per-credit = { $credits } on { $contract ->
    [diploma] a diploma contract
    [credit] a credit contract
   *[exam] an exam contract
} × { $rate } ({ $reason ->
    [credit-contract] credit contracts always pay the standard rate
    [near-grant] near-grant rate
   *[non-grant] standard rate
})
fee-line-grant-in-combined = { $credits } on a diploma contract at the grant rate: no amount per credit; the reduced fixed amount ({ $amount }) does not apply because the full fixed part is already owed for your credit contract at this institution
fee-line-per-credit-standard = { $credits } × { $rate } (standard rate, no reduction)
fee-line-exam-fixed = Fixed part of this exam contract (each exam contract separately)
fee-line-exam-per-credit = { $credits } on an exam contract × { $rate }
fee-line-institution-price = Price charged by the institution, as you entered it (no statutory tuition fee)

## The learning-credit surcharge.
# $balance: the learning credit left, a number of credits ("35"); $credits, $covered and
# $without: counted credits; $maximum: the highest surcharge in all.
fee-learning-credit-not-for-status = No surcharge: grant-rate and near-grant students are not subject to the surcharge for credits without learning credit ({ -learning-credit-name }).
fee-learning-credit-not-used = No surcharge: none of the credits you take use learning credit ({ -learning-credit-name }); only diploma and credit contracts in initial programmes do, not exam contracts, advanced bachelors, advanced masters or postgraduate programmes.
fee-learning-credit-not-entered = No learning credit ({ -learning-credit-name }) entered: we assume you have enough learning credit for all your credits.
fee-learning-credit-covered = No surcharge: your learning credit ({ -learning-credit-name }) of { $balance } covers the { $credits } you are taking.
fee-learning-credit-surcharge = Your learning credit ({ -learning-credit-name }) of { $balance } covers { $covered } of the { $credits } you are taking: for { $without } without learning credit the institution may charge at most { $rate } extra, { $maximum } in all. It is not obliged to, and you can then only enrol with its permission.
fee-learning-credit-unpublished = For { $without } without learning credit ({ -learning-credit-name }) the institution may charge a surcharge, but the maximum for { $year } has not been published.

## The study grant (studietoelage): only the study condition is checked.
# $label, $period, $reason: the figure that is missing, its year and why.
grant-not-computed = Not calculated: { $label } for { $period } is missing. { $reason }
# $needed, $have, $other, $short: numbers of credits (numbers, for the plural).
grant-condition-minimum = At least { $needed } credits on a diploma contract in an initial (fundable) programme: you have { $have }
grant-condition-not-counted = { $other ->
    [one] { $other } credit on a credit or exam contract, or in an advanced or post-initial programme, does
   *[other] { $other } credits on a credit or exam contract, or in an advanced or post-initial programme, do
} not count towards a study grant
grant-possible = A study grant ({ -study-grant-name }) is possible: your enrolment meets the study condition. Whether you get one also depends on your income, nationality and study-grant credit; that is for the Study Grants department (afdeling Studietoelagen) to assess.
grant-impossible-no-diploma = No study grant ({ -study-grant-name }) possible: for one you must be enrolled on a diploma contract for at least { $needed } credits in an initial programme.
grant-impossible-short = No study grant ({ -study-grant-name }) possible: you have { $have ->
    [one] { $have } credit
   *[other] { $have } credits
} on a diploma contract, and at least { $needed } are needed ({ $short } more). Exception: in your diploma year it may be fewer.
