## Checking a scenario: each message says what is wrong with one field and what is allowed.
# Numbers are written as the person gave them, without thousands separators.
scenario-too-large = the input is too large ({ $size } bytes; maximum { $maximum })
scenario-year-unsupported = { $year } is not supported: choose an academic year from { $first } to { $last }
scenario-learning-credit-range = { $balance } cannot be a learning credit: give a whole number of credits from { $min } to { $max }, or leave it out if you have enough learning credit
scenario-enrolments-too-many = { $count } enrolments are too many: at most { $maximum }
scenario-institution-empty = enter the name of the university college or university
scenario-institution-too-long = the name is too long: at most { $maximum } characters
scenario-credits-range = { $credits } credits is not possible: give a whole number from { $min } to { $max } (a full academic year is 60)
scenario-price-range = { $price } cannot be a price in euro cents: give an amount from 0 to { $maximum }
scenario-price-not-postinitial = a price of the institution's own is only possible for a post-initial programme; the other programmes have a statutory tuition fee
scenario-language-tests-too-many = { $count } language tests are too many: at most { $maximum }
# "open" and "individual" are the values the scenario takes, not translated.
scenario-itace-no-group = the ITACE test has no group sessions: choose open or individual

## JSON that does not read as a scenario. Field names and values are the JSON's own
## ("academic_year", "non_grant"), never translated; $detail is the reader's technical
## description, in English.
scenario-json-syntax = this is not valid JSON ({ $detail })
scenario-json-missing-field = the field "{ $field }" is missing: give { $hint }
scenario-json-unknown-variant = "{ $value }" is not an allowed value: choose { $choices }
scenario-json-unknown-field = the field "{ $field }" does not exist (allowed: { $allowed })
scenario-json-wrong-type = wrong kind of value ({ $detail }): expected { $hint }
# The last two of a list of choices: "\"diploma\", \"credit\" or \"exam\"".
scenario-choice-or = { $rest } or { $last }
# What a field takes, after "give" or "expected".
scenario-hint-academic-year = an academic year such as "2024-2025" ({ $first } to { $last })
scenario-hint-student = an object with "status" and optionally "learning_credit"
scenario-hint-enrolments = a list of enrolments
scenario-hint-institution = the name of the institution
scenario-hint-credits = a whole number of credits from { $min } to { $max }
scenario-hint-learning-credit = a whole number of credits
scenario-hint-any = a valid value

## An academic year that does not read. $text is what was given.
year-format = "{ $text }" is not an academic year: write it as "2024-2025"
year-not-consecutive = "{ $text }" is not an academic year: the second year must be the first plus one

## What a person types in a form field. $text is what was typed; $example, $whole and
## $decimal are examples written the way this language writes numbers.
input-number-empty = enter a number
input-number-invalid = "{ $text }" is not a whole number: type digits only, such as 60
input-number-too-large = "{ $text }" is too large
input-amount-empty = enter an amount
input-amount-invalid = "{ $text }" is not an amount: type it like { $example }
input-decimal-invalid = "{ $text }" is not a number: type it like { $whole } or { $decimal }
input-hours-empty = enter a number of hours
input-hours-invalid = "{ $text }" is not a number of hours: type it like { $whole } or { $decimal }

## A shared link or a stored scenario that could not be read whole.
# $dropped: the parts reset, joined by share-list-separator.
share-message = Not everything could be taken over; this was reset to the default: { $dropped }.
share-list-separator = { "; " }
share-dropped-newer-format = the link comes from a newer version (format { $version }); only what this version knows has been read
share-dropped-unknown-format = unknown format
share-dropped-too-large = the data was too large
share-dropped-damaged = the data was damaged and could not be read
share-dropped-academic-year = the academic year
share-dropped-status = your status
share-dropped-learning-credit = your learning credit
share-dropped-enrolments-after = enrolments after number { $maximum }
share-dropped-enrolment = enrolment { $number }
share-dropped-enrolments = the enrolments
share-dropped-language-tests = the language tests
share-dropped-leave = your work situation and leave
share-dropped-dual = your dual-learning details
share-dropped-adult-education = your details on the secondary-school diploma in adult education
# $keys: the names of the unknown parts, as the data names them.
share-dropped-unknown-data = unknown data ({ $keys })
share-dropped-inconsistent = a combination that did not fit together
share-dropped-stored-input-damaged = your previous input in this browser was damaged
