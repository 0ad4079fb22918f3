## app-fee
fee-inputs-title = Your situation
fee-jump-to-result = Tuition fee: { $total } — to the calculation

## The form: academic year, status, learning credit, enrolments.
form-year-label = Academic year
form-year-help = An academic year runs from September to August inclusive.
form-status-legend = Your status
form-status-how = How do I know which status I have?
form-status-how-text = Your university college or university determines your status when you enrol, based on your application for a Flemish study grant ({ -study-grant-name }). If you do not apply for a study grant, you pay the standard rate (standard-rate student). If you receive a study grant, or meet the financial conditions but not the others, you are a grant-rate student.
form-learning-credit-label = Learning credit you have left ({ -learning-credit-name }; in credits, optional)
form-learning-credit-help = Your balance is shown on Mijn Burgerprofiel. Leave this empty if you have enough learning credit for all your credits. Learning credit only applies to diploma and credit contracts in bachelor and master programmes.
form-enrolments-title = Your enrolments
form-enrolments-help = One line per contract. If you enrol at the same institution for a diploma contract and a credit contract, add two lines with the same institution: you pay the fixed part there only once.
form-add-enrolment = + Add an enrolment
form-enrolment-legend = Enrolment { $number }
form-remove-enrolment = Remove enrolment { $number }
# The institution a new form starts with (the person can change it).
form-default-institution = Institution A
form-institution-label = University college or university
form-institution-help = Only used to add up enrolments at the same institution.
form-contract-label = Contract
form-programme-label = Type of programme
form-programme-help = Bridging and preparatory programmes also count as a bachelor, master or graduate programme. Advanced bachelors, advanced masters and exam contracts are always charged separately.
form-credits-label = Credits
form-credits-help = A full academic year is 60 credits.
form-price-label = Institution’s price in euros (optional)
# $example: an amount as typed in this language, "1,500.00".
form-price-help = A post-initial programme has no statutory tuition fee; the institution sets the price, for example { $example }.

## The choices of the form: statuses, contracts, programmes.
status-non-grant = Standard rate ({ -non-grant-name })
status-near-grant = Near-grant student ({ -near-grant-name })
status-grant = Grant-rate student ({ -grant-name })
status-non-grant-help = You receive no study grant and your household income is above its ceiling: the standard rate.
status-near-grant-help = Your household income is just above the ceiling for a study grant (at most a small margin above it, indexed every year).
status-grant-help = You receive a Flemish study grant, or you meet its financial conditions.
contract-diploma = Diploma contract ({ -diploma-contract-name })
contract-credit = Credit contract ({ -credit-contract-name })
contract-exam = Exam contract ({ -exam-contract-name })
contract-diploma-help = You follow a programme to obtain a diploma.
contract-credit-help = You follow a few course units (subjects) and receive a credit certificate for each one you pass, not a diploma.
contract-exam-help = You attend no classes and only sit the exams, for a diploma or a credit certificate.
programme-initial = Bachelor, master or graduate programme ({ -graduaat-name })
programme-banaba = Advanced bachelor ({ -banaba-name })
programme-manama = Advanced master ({ -manama-name })
programme-postinitial = Postgraduate (post-initial programme)

## How far the figures of a result can be trusted, as a whole.
status-figures-confirmed = All amounts used are confirmed by an official or institutional source.
status-figures-estimated = Not all amounts used are officially confirmed: some are inferred, estimated from another year or come from a secondary source. They are marked below.
status-figures-unavailable = Not all amounts for this year are published. We do not estimate them: what is missing is listed below.

## The explained fee.
result-title-pending = Your tuition fee
# The fee result when every enrolment has been removed.
fee-no-enrolment = No enrolment in higher education: there is no tuition fee to calculate.
fee-add-first-enrolment = Add an enrolment
result-fix-errors = First correct { $count ->
    [one] { $count } field
   *[other] { $count } fields
} with an error; then we calculate again.
result-title = Your tuition fee in { $year }
result-summary = Tuition fee { $year }: { $total }.
result-summary-not-computed = Tuition fee { $year }: not calculated, the amounts are not published.
result-summary-grant-possible = A study grant is possible.
result-summary-grant-not-possible = No study grant possible.
result-total-label = Statutory tuition fee
result-not-computed = not calculated
result-how = How it is calculated
result-learning-credit-title = Learning credit ({ -learning-credit-name }): possible surcharge
result-surcharge-max = At most { $amount } extra
result-surcharge-not-included = — not included in the tuition fee above.
result-no-surcharge = No surcharge
result-surcharge-not-computed = Not calculated
result-grant-title = Study grant ({ -study-grant-name })
result-condition-met = Met:
result-condition-not-met = Not met:
result-notes-title = Good to know
result-subtotal = Subtotal
result-institution-price = Institution’s price (not a statutory tuition fee)
# A figure used: its label, its amount with unit, and its academic year or date.
result-figure = { $label }: { $amount } · { $period }
result-source = source: { $site }
result-source-says = What the source says
result-quote = “{ $quote }”
result-missing-title = Not published, so not calculated:
result-missing-figure = { $label } ({ $period })
result-missing-why = Why is this missing?

## The printed recap.
# One input on the printout: the field's label and what was filled in.
recap-pair = { $label }: { $value }
recap-title = Studierekenaar summary
recap-printed-on = — printed on { $date }
recap-year = Academic year: { $year }
recap-status = Status: { $status }
recap-learning-credit = Learning credit: { $credit }
recap-learning-credit-enough = not filled in (enough)
# $count chooses the plural form; $credits is the same number, written.
recap-enrolment = Enrolment { $number }: { $institution }, { $contract }, { $programme }, { $count ->
    [one] { $credits } credit
   *[other] { $credits } credits
}

## Save, copy, print.
share-name-label = Name for this calculation
share-name-placeholder = e.g. Bachelor in nursing, part-time
share-summary = Save, share the link or print
share-save = Save this calculation
share-copy = Copy link
share-print = Print
share-print-overview = Print my overview
overview-title = My overview: every section filled in
share-help = The link holds your input after the # sign; a browser never sends that part to a server. Share it only with people you trust.
share-copied = The link has been copied.
share-copy-failed = Copying did not work; copy the address from the address bar.

## The saved scenarios and their comparison.
saved-title = My calculations
saved-empty = You have not saved anything yet. Use “{ share-save }” at the bottom of the page, under “{ share-summary }”: your calculation then stays in this browser, on this device, and nowhere else.
saved-help = Kept in this browser, on this device. They never leave your device.
saved-name-label = Name (saved on { $date })
saved-open = Open “{ $name }”
saved-rename = Rename
saved-delete = Delete “{ $name }”
saved-compare-title = Two calculations side by side
saved-compare-left = Calculation on the left
saved-compare-right = Calculation on the right
saved-compare-caption = Comparison of two saved calculations
saved-row-year = Academic year
saved-row-fee = Statutory tuition fee
saved-row-figures = Reliability of the figures
saved-row-grant = Study grant ({ -study-grant-name })
saved-grant-possible = possible
saved-grant-not-possible = not possible
saved-row-study-load = Study load
saved-row-covered = Hours covered by leave and working less
# "125 uur (40 tot 50 %)": the hours covered and their share of the study load.
saved-covered-share = { $hours } ({ $min } to { $max }%)
saved-row-left-per-week = Hours a week left next to work (with leave and working less)
saved-row-vok = Flemish training-credit premium (VOK, Vlaams opleidingskrediet)
saved-vok-yes = yes, { $amount } gross a month
saved-vok-no = no
saved-vok-maybe = maybe: still to check
saved-vok-maybe-amount = maybe: { $amount } gross a month if the RVA approves your time credit
saved-vok-not-applicable = not applicable
saved-differs = (differs)
saved-row-allowance = Learning allowance ({ -allowance-name }) per school year (agreements open to you)
saved-allowance = { $agreement }: { $amount }

## What is kept in this browser.
persist-unnamed = Unnamed calculation
# $day, $month, $hour and $minute have two digits: "23-11-2026 14:05".
persist-date-time = { $day }/{ $month }/{ $year } { $hour }:{ $minute }
persist-saved-damaged = The calculations saved in this browser were damaged and have been ignored.
persist-saved-unreadable = { $count ->
    [one] { $count } saved calculation could not be read completely
   *[other] { $count } saved calculations could not be read completely
}; what was missing is set to its default value.
