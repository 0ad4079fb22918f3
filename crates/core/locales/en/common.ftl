## Numbers, dates and units, and the words every calculator shares.

percent = { $value }%
date = { $day } { $month } { $year }
month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
period-from = from { $date }
# The day amounts are read on: "op 1 mei 2024".
period-on-date = on { $date }

## A parameter's amount with its unit.
unit-eur = { $amount }
unit-eur-per-credit = { $amount } per credit
unit-eur-per-month = { $amount } per month
unit-eur-per-hour = { $amount } per hour
unit-eur-per-year = { $amount } per year
unit-hours = { $amount } hours
unit-hours-per-credit = { $amount } hours per credit
unit-hours-per-week = { $amount } hours per week
unit-credits = { $amount } credits
unit-weeks = { $amount } weeks
unit-months = { $amount } months
unit-days = { $amount } days
unit-times = { $amount } times
unit-eur-per-lesson-period = { $amount } per lesson period
unit-hours-per-lesson-period = { $amount } hours per lesson period
unit-fraction = { $amount }%
unit-factor = × { $amount }
unit-yes-no = { $answer ->
    [yes] yes
   *[no] no
}

## How sure a figure is.
status-confirmed = confirmed
status-secondary = secondary source
status-inferred = inferred, not read in an official source
status-unavailable = not published
status-estimated = estimated: the figure of another period

## A year whose own figure is not published uses the latest earlier one.
estimated-amount = The amount for { $asked } is not published yet: this is the one for { $period } ({ $status }). Because of indexation the real amount is usually a few percent higher.
estimated-rule = The rule for { $asked } is not published yet: this is the one for { $period } ({ $status }).
estimated-from-next = The amount { $asked } was not found: this is the first one published after it, { $period } ({ $status }). The real amount was probably a few percent lower.

## Why a figure is missing.
missing-parameter = This parameter is missing from the data of this version.
missing-unpublished = Not published.
missing-not-covered = This version holds no value for this period ({ $period }).

## Counted things, in running text.
# $count chooses the plural form; $amount is the same number written with its separators.
count-credits = { $count ->
    [one] { $amount } credit
   *[other] { $amount } credits
}
count-hours = { $count ->
    [one] { $amount } hour
   *[other] { $amount } hours
}
count-months = { $count ->
    [one] { $amount } month
   *[other] { $amount } months
}
count-weeks = { $count ->
    [one] { $amount } week
   *[other] { $amount } weeks
}
count-percentage-points = { $count ->
    [one] { $amount } percentage point
   *[other] { $amount } percentage points
}
count-lesson-periods = { $count ->
    [one] { $amount } lesson period
   *[other] { $amount } lesson periods
}
hours-range = { $min } to { $max } hours
named = { $id }
