## My study route: the whole programme over the years.
section-plan = My study route
plan-inputs-title = Your programme and your pace
plan-preset-legend = Start from a usual programme
plan-preset-bachelor-180 = Bachelor's (180)
plan-preset-master-60 = Master's (60)
plan-preset-master-120 = Master's (120)
plan-preset-graduaat-90 = Graduate programme (90)
plan-preset-graduaat-120 = Graduate programme (120)
plan-preset-bridging-60 = Bridging programme (60)
plan-degree-label = Kind of programme
plan-degree-help = A master's diploma costs 140 credits of learning credit ({ -learning-credit-name }); a bachelor's diploma changes nothing.
plan-programme-credits-label = Credits of the whole programme
plan-programme-credits-help = A bachelor's is 180 credits, a master's 60 or 120. See your programme's curriculum.
plan-credits-per-year-label = Credits a year
plan-credits-per-year-help = Full time is 60; next to a job many choose 30 or 45. In the last year you take what is left.
plan-pass-percent-label = Share you pass (%)
plan-pass-percent-help = 100 if you pass everything. Credits you do not pass are taken again; they cost learning credit.
plan-contract-label = Contract
plan-contract-help = A diploma contract ({ -diploma-contract-name }) leads to the diploma; a credit contract ({ -credit-contract-name }) gives credit certificates; with an exam contract ({ -exam-contract-name }) you only sit the exams.
plan-start-year-label = Start year
plan-start-year-same = The academic year at the top
plan-start-year-help = Later years without published amounts are estimated with the latest known ones.
plan-learning-credit-start-label = Learning credit at the start (credits)
plan-learning-credit-start-help = Leave empty if you start higher education for the first time (140). Your balance is in your study progress file.
plan-work-from-leave = Your work situation comes from Study load and leave: each year counts Flemish training leave ({ -vov-name }) and time credit ({ -time-credit-name }).
plan-work-none = Without a work situation no leave counts. Fill it in under Study load and leave.
plan-work-edit = Change the work situation
plan-result-title = Your study route
plan-pending = { $count ->
    [one] Correct the field with an error and your study route follows.
   *[other] Correct the { $amount } fields with an error and your study route follows.
}
plan-estimated-from = estimated with the amounts of { $from }
plan-not-computed = not computed
plan-estimated = estimated
plan-surcharge = (without learning credit up to { $amount } more)
plan-yes = yes
plan-no = no
plan-per-week = { $hours } a week
plan-years-region = Table of your study route per year (scrolls sideways)
plan-years-caption = Per academic year
plan-col-year = Academic year
plan-col-credits = Credits (passed)
plan-col-contract = Contract
plan-col-fee = Tuition fee
plan-col-learning-credit = Learning credit
plan-col-grant = Study grant possible
plan-col-vov = { -vov }
plan-col-time-credit = Time credit
plan-col-left = Study hours a week after leave
plan-credits-passed = { $taken } ({ $passed })
plan-consent-short = the institution must agree
plan-total = Total, { $years ->
    [one] { $amount } year
   *[other] { $amount } years
}
plan-study-hours = { $hours } of study
plan-grant-years = { $count ->
    [one] { $amount } year
   *[other] { $amount } years
}
plan-average = on average { $hours }
plan-explained-title = How each year was computed
plan-explained-year = { $year }: learning credit and the figures used
plan-compare-title = The same programme, taken another way
plan-compare-help = Each contract at 30, 45 and 60 credits a year, with the same share passed. Choose a column title to sort, or “Year by year” to see how a row was computed.
plan-compare-region = Comparison of contracts and paces (scrolls sideways)
plan-compare-caption = Comparison
plan-col-option = Approach
plan-col-years = Duration
plan-col-fee-total = Tuition fee in total
plan-col-grant-years = Study grant possible
plan-col-learning-credit-end = Learning credit at the end
plan-col-vov-total = { -vov } in total
plan-col-left-average = Study hours a week after leave
plan-own = your plan
plan-years-until = { $count ->
    [one] { $amount } year
   *[other] { $amount } years
}, until { $last }
plan-impossible = Not possible: { $reason }.
plan-chart-title = Learning credit and study hours a week, per year
plan-chart-desc = From { $first } to { $last } your learning credit goes from { $start } to { $end } credits; the bars are the study hours a week after leave. The table beside it gives the same numbers.
plan-chart-legend-credit = Learning credit after the year (line with squares)
plan-chart-legend-hours = Study hours a week after leave, low estimate (dotted bars)
plan-chart-table-caption = The chart's numbers
plan-chart-col-credit = Learning credit after the year
recap-plan = Study route: { $degree } of { $programme } credits, { $pace } a year, { $contract }, { $pass } passed
saved-row-plan = Study route
saved-plan = { $years ->
    [one] { $amount } year
   *[other] { $amount } years
}, { $fee }
plan-year-choices = Adjust per year
plan-year-choices-help = Give a year its own credits, another contract or another status. What you leave empty or on the first choice follows your plan.
plan-year-credits-label = Credits this year
plan-year-credits-help = Empty: { $pace }, as in your plan. With 0 you do not enrol that year.
plan-year-contract-label = Contract this year
plan-year-as-plan = As your plan ({ $choice })
plan-year-status-label = Status this year
plan-year-as-fee = As in Tuition fee ({ $choice })
plan-year-clear = Every year follows your plan again
plan-year-field = { $field } in { $year }
plan-how = How it was calculated, year by year (with sources)
plan-answer-grant-years = yes, in { $count ->
    [one] { $amount } year
   *[other] { $amount } years
}
plan-jump-to-result = Study route: { $count ->
    [one] { $amount } year
   *[other] { $amount } years
}, { $fee } — to the answer
plan-option-show = Year by year
plan-option-route-title = Year by year: { $option }
plan-compare-cheapest = The cheapest: { $option }, { $fee } in total
