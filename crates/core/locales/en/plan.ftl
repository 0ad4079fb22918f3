## My study route: the whole programme over the years.

## What the input cannot be.
plan-error-programme-credits = { $value } credits cannot be a programme: give a whole number from { $min } to { $max } (a bachelor's is 180)
plan-error-no-credits-per-year = at 0 credits a year the programme never ends: give at least 1 credit a year
plan-error-credits-per-year = { $value } credits a year is not possible: give at most { $max }
plan-error-more-than-programme = { $value } credits a year is more than the whole programme: give at most { $programme }
plan-error-pass-percent = { $value }% is not possible: give a whole percentage from { $min } to { $max }
plan-error-start-year = { $year } is not supported: choose a start year from { $first } to { $last }
plan-error-learning-credit-start = { $value } cannot be a learning credit ({ -learning-credit-name }): give a whole number of credits from { $min } to { $max }
plan-error-too-many-years = { $count } separate years is too many: at most { $max }
plan-error-year-credits = { $value } credits in year { $number } is not possible: give 0 to { $max }
plan-error-too-long = the programme would take longer than { $max } years: take more credits a year or pass a larger share

## A shared link or saved scenario.
share-dropped-plan = your study route

## The words of the study route.
plan-count-years = { $count ->
    [one] { $amount } year
   *[other] { $amount } years
}
plan-contract-diploma = diploma contract ({ -diploma-contract-name })
plan-contract-credit = credit contract ({ -credit-contract-name })
plan-contract-exam = exam contract ({ -exam-contract-name })
plan-degree-bachelor = bachelor's
plan-degree-master = master's
plan-degree-graduaat = graduate programme ({ -graduaat-name })
plan-degree-bridging = bridging or preparatory programme
plan-step-taken = { $credits } taken: subtracted
plan-step-earned = { $credits } earned: back
plan-step-bonus = { $credits } count double (the first 60 earned on a diploma contract)
plan-step-master = the master's diploma costs { $credits }
plan-step-not-used = an exam contract uses no learning credit
plan-learning-credit-year = learning credit ({ -learning-credit-name }): { $before } → { $after } ({ $steps })
plan-consent = With a learning credit of 0 or below you can only enrol if the institution agrees, and it may charge a higher fee.
plan-impossible-more-than-programme = more credits a year than the whole programme
plan-impossible-too-long = would take longer than { $max } years
plan-option = { $contract }, { $credits } a year
plan-option-varies = { $option }, with choices of its own per year
plan-summary = Your study route takes { $years }, from { $first } to { $last }, and costs { $fee } in tuition fees ({ -studiegeld }). Afterwards you have { $end } credits of learning credit left.
plan-summary-not-computed = Your study route takes { $years }, from { $first } to { $last }; the fee of one year is not computed. Afterwards you have { $end } credits of learning credit left.
