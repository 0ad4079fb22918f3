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
