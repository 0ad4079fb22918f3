## Dual learning: the OAO of secondary education and the ODOS, ODO and ODOW of adult
## education compared, for the learner and for the employer.

# Between the items of a list inside a sentence: "a; b".
dual-list-separator = { "; " }
# "a, b or c": the last two items of a list of choices.
dual-choice-or = { $rest } or { $last }

## The four agreements. The value is the name as a title, with the Dutch legal name;
## .in-text is the name inside a sentence.
dual-agreement-oao = Alternating-training agreement ({ -oao-name })
    .in-text = alternating-training agreement
dual-agreement-odos = Dual-training agreement with learner status ({ -odo-name })
    .in-text = dual-training agreement with learner status
dual-agreement-odo = Dual-training agreement ({ -odo-name })
    .in-text = dual-training agreement
dual-agreement-odow = Dual-training agreement with your own employer ({ -odo-name })
    .in-text = dual-training agreement with your own employer

## The choices of the form, as it shows them (and as error messages name them).
dual-education-secondary = secondary education
dual-education-adult = adult education
dual-school-level-below-second-grade = the second stage not successfully completed
dual-school-level-second-grade = the second stage successfully completed
dual-school-level-third-grade-first-year = at least the first year of the third stage successfully completed
dual-home-care-none = no home-care service
dual-home-care-public = public service for family care or home care
dual-home-care-private = private home-care service

## The day the amounts are read on.
dual-reference-start = Amounts as they stood on { $date }, the start of the school year { $year }. Learning allowances ({ -allowance-name }) and premiums rise when the pivot index is exceeded; the yearly amount counts every month at the amount of this day.
dual-reference-chosen = Amounts as they stood on { $date }, the reference date you chose in the school year { $year }. The yearly amount counts every month at the amount of this day.

## Notes on the whole comparison.
# $changes: "label: amount (status)" for each figure, joined by dual-list-separator.
dual-note-later-change = Later in this school year, from { $date }, other amounts apply ({ $changes }). Choose that month as the reference date to calculate with them.
dual-later-change-item = { $label }: { $what }
dual-later-change-amount = { $amount } ({ $status })
dual-later-change-unpublished = no amount published
dual-note-not-counted = Not included: holiday pay, end-of-year bonus, taxes and social contributions. What a learning allowance means for the Groeipakket (child benefit) and for taxes was not found and is not calculated.
dual-note-other-contracts = Also possible, but not compared here: a part-time employment contract (wage set by the sector), in the social-profit sector a part-time social Maribel employment contract, and in secondary education with fewer than 20 hours a week a work-placement agreement (SAO) without a learning allowance.
oao-note-waiver = According to the webinar for the home-care sector, waiving the learning allowance is possible in adult education; under an OAO we calculate with the allowance.
odo-note-workplace-hours-only = An ODO pays only for the hours at the workplace: lesson hours and weeks without work at the workplace earn nothing.

## Who can use an agreement.
dual-condition-not-yet = Dual learning in adult education has existed since { $start }; the reference date is { $date }
dual-condition-adult-education = Only for learners in adult education (a centre for adult education): you are in { $education }
dual-condition-secondary-education = Only for pupils in secondary education: you are in { $education }
oao-condition-hours = At least { $minimum } at the workplace (on average over the year); with fewer hours it is a work-placement agreement (SAO) without a learning allowance: you entered { $hours } per week
odo-condition-odos-hours = On average at least { $minimum } at the workplace over the year; with fewer hours it is an ODO: you entered { $hours } per week
odo-condition-odo-hours = Fewer than { $limit } at the workplace; from that limit on it is an ODOS: you entered { $hours } per week
dual-condition-hours-unknown = Not checked: the limit in hours per week at the workplace is not known on { $date }
# $employed: yes or no.
odo-condition-odow-employed = Only if you are already an employee of the company where you learn at the workplace (your own employer): { $employed ->
    [yes] you are
   *[no] you are not
}
odo-condition-not-employed = You are not yet an employee of the company where you learn at the workplace; whoever already is signs an ODOW (our reading): { $employed ->
    [yes] you are already an employee there
   *[no] you are not an employee there yet
}

## What an agreement pays.
dual-not-computed-not-yet = The { $agreement } did not exist yet on { $date }: dual learning in adult education started on { $start }.
# $period: "on 1 May 2024" (period-on-date).
dual-not-computed-missing = Not computed: { $label } is not known { $period }. { $reason }
dual-not-computed-amount-missing = Not computed: an amount is missing.
dual-line-waived = You waive the learning allowance to keep your benefit or wage: the company pays you no learning allowance. We do not calculate your benefit or wage.
dual-line-per-school-year = Per school year: { $months } × { $amount }

## The OAO brackets: who falls in each, in the words of the official table.
oao-bracket-1 = The pupil has not yet successfully completed the second stage of secondary education and is in the first training year of the alternating training.
oao-bracket-2 = The pupil has successfully completed the second stage of secondary education, or has successfully completed a first year of an alternating training.
oao-bracket-3 = The pupil has successfully completed the first year of the third stage of secondary education, or already two training years of an alternating training, or the qualification phase of special secondary education (OV3).
## Why this learner falls in a bracket ("because …").
oao-bracket-reason-third-grade = you have successfully completed the first year of the third stage of secondary education
oao-bracket-reason-training-years = you have successfully completed { $years } training years of an alternating training (two or more)
oao-bracket-reason-buso = you have successfully completed the qualification phase of special secondary education (OV3)
oao-bracket-reason-second-grade = you have successfully completed the second stage of secondary education
oao-bracket-reason-first-training-year = you have successfully completed a first year of an alternating training
oao-bracket-reason-first-year = you have not yet successfully completed the second stage of secondary education and are in the first training year
oao-line-bracket = Learning allowance, bracket { $bracket }, because { $reason }: { $amount } per month
oao-line-bracket-not-computed = Bracket { $bracket }, because { $reason }

## The adult-education allowances.
odo-line-odos-monthly = ODOS learning allowance: a fixed amount of { $amount } per month
# $weeks is a number (1 to 52).
odo-line-hourly = ODO learning allowance: { $rate } per hour × { $hours } per week × { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} = { $total } at the workplace
odo-line-monthly-average = Average per month: { $amount } ÷ { $months }
odo-line-odow-wage = Your wage continues: a gross wage of { $amount } per month, as you entered it
odo-line-odow-per-school-year = Per school year: { $months } × { $amount } (without holiday pay and end-of-year bonus)
odo-not-computed-wage = Not computed: enter your gross wage per month. Under an ODOW you keep your wage.

## The rules of each agreement in words: the topics, then one message per agreement and
## topic, with .note where the source needs a word of explanation. Quotations from the
## sources stay in Dutch.
dual-topic-components = Lessons and workplace
dual-topic-social-security = Social security
dual-topic-holidays = Holidays
dual-topic-workplace = Workplace component
dual-topic-duration = Duration
dual-topic-allowance = Allowance
dual-source-webinar = From the comparison table of the webinar ‘Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht’ for the home-care sector (2025), not from the linked page.

dual-fact-oao-allowance = A learning allowance: a fixed amount per month in three brackets, depending on your prior education. The employer also pays it for the lesson hours.
dual-fact-oao-social-security = Yes: you build up social-security rights, for example for your pension.
    .note = The webinar for the home-care sector (2025) says the same: ‘Sociale zekerheidsrechten’.
dual-fact-oao-holidays = The school holidays, unless the training pathway provides otherwise.
dual-fact-oao-workplace = At least 20 hours a week at the workplace (on average over the year), alternating with the lessons. With fewer hours it is a work-placement agreement (SAO) without a learning allowance.
    .note = The webinar for the home-care sector (2025): ‘Component werkplekleren - Min. 20u./week - Alternerend’.
dual-fact-oao-components = Lessons at school and training at the workplace.
dual-fact-oao-duration = Depends on the programme, for example childcare worker (dual) 1 year, assistance in living, care and welfare 2 years.

dual-fact-odos-allowance = A learning allowance: a fixed amount per month.
dual-fact-odos-social-security = Yes: you have the social-security status of a pupil in alternating training.
    .note = The webinar for the home-care sector (2025): ‘Sociale zekerheidsrechten’.
dual-fact-odos-holidays = You build up paid holiday and may work during the school holidays.
dual-fact-odos-workplace = On average at least 20 hours a week at the workplace over the year, alternating with the lessons.
    .note = The webinar for the home-care sector (2025): ‘Min. 20u./week - Alternerend’.
dual-fact-odos-components = Lessons at the centre for adult education and training at the workplace.
dual-fact-odos-duration = Depends on your learning pathway.

dual-fact-odo-allowance = A learning allowance per hour: a minimum amount, multiplied by the number of hours of training at the workplace. You can waive it in full or in part.
dual-fact-odo-social-security = No: you do not build up social-security rights.
dual-fact-odo-holidays = You do not build up paid holiday; you may work during the school holidays.
dual-fact-odo-workplace = Fewer than 20 hours a week at the workplace; according to the webinar at least 50% of the lesson time, depending on the learning pathway, and it can be done in blocks.
    .note = The 20-hour limit is on the linked page of the Flemish government (confirmed). ‘Minstens 50% vd lestijd - Afhankelijk van leertraject - Kan in blokperiodes’ comes only from the comparison table of the webinar for the home-care sector (2025).
dual-fact-odo-components = Lessons at the centre for adult education and training at the workplace; the learning allowance applies only to the hours at the workplace.
    .note = For the ODO, the comparison table of the webinar for the home-care sector (2025) says ‘Enkel werkplekcomponent’; the page of the Flemish government says that the ODO covers both. We follow the government.
dual-fact-odo-duration = Depends on the occupation: usually 1 to, in principle, at most 3 years. The agreement does not run longer than the training.

dual-fact-odow-allowance = Your wage: you remain an employee of your own employer.
    .note = From the comparison table of the webinar for the home-care sector (2025). partena-professional.be: ‘Als de cursist reeds werknemer is en de opleiding op de werkvloer wenst in te vullen bij de eigen werkgever, sluit u een Overeenkomst van Duale Opleiding met de eigen werkgever (ODOW).’ That the wage continues is not stated explicitly in an official source.
dual-fact-odow-social-security = Yes: as an employee you build up social-security rights.
dual-fact-odow-holidays = You build up paid holiday.
dual-fact-odow-workplace = The hours at the centre for adult education and at the workplace together make up a full-time agreement; the number of hours at the workplace does not matter.
    .note = The webinar for the home-care sector (2025): ‘Uren opleiding in CVO + uren werkplekcomponent = voltijdse overeenkomst’.
dual-fact-odow-components = Lessons at the centre for adult education and training at the workplace with your own employer.
dual-fact-odow-duration = Depends on your learning pathway.

## A short reading of the comparison.
dual-reading-per-week = { $hours } a week at the workplace
dual-reading-none-open = With these details, none of the four agreements is possible{ $who ->
    [employer] { "" } for this learner
   *[learner] { "" } for you
}; each agreement shows which condition is not met.
dual-reading-amounts-waived = you waive the learning allowance, so the company pays you nothing and you keep your benefit or wage
# $average: yes for the ODO (an average of an hourly allowance), no otherwise; $months is a number.
dual-reading-amounts = { $monthly } per month{ $average ->
    [yes] { " " }on average
   *[no] { "" }
}, { $yearly } per school year of { $months ->
    [one] { $months } month
   *[other] { $months } months
}
dual-reading-amount-not-computed = the amount is not computed
# $agreement: the agreement's name inside a sentence; $short: OAO, ODOS, ODO or ODOW.
dual-reading-open = { $who ->
    [employer] For this learner the { $agreement } ({ $short }) is possible, with { $per_week }: { $amounts }.
   *[learner] The { $agreement } ({ $short }) is open to you, with { $per_week }: { $amounts }.
}
dual-reading-most-least = For the same { $per_week }, the { $most } pays the most per school year ({ $most_amount }) and the { $least } the least ({ $least_amount }).
dual-reading-odo-social-security = The ODO pays per hour at the workplace; with an ODO you build up no social-security rights and no paid holiday. With an OAO, ODOS or ODOW you do.
odo-reading-over-limit = With { $per_week }, an ODO is not possible: from 20 hours on, in adult education you sign an ODOS, with a fixed amount per month.
dual-reading-waived = If you waive the learning allowance (in adult education), you keep your benefit or wage, and the company receives the smaller premium for a learner without an allowance.
dual-reading-unconfirmed = Amounts found only in a secondary source (a webinar from 2025, a question-and-answer site, a training provider) are not officially confirmed and are marked as such.

## Premiums. The value of a -name message is the premium's title, with the Dutch legal
## name; .plain is its name inside a sentence.
premium-count-learners = { $count ->
    [one] { $amount } learner
   *[other] { $amount } learners
}
premium-count-pupils = { $count ->
    [one] { $amount } pupil
   *[other] { $amount } pupils
}
# $missing: "label (why)" for each figure, joined by dual-list-separator.
premium-not-computed = { $premium }: not computed, because not known: { $missing }
premium-missing-item = { $label } ({ $reason })

premium-qualifying-workplace-name = Qualifying workplace-learning premium ({ -workplace-learning-premium-name })
    .plain = Qualifying workplace-learning premium
premium-why-waived = the learner waives the learning allowance and so receives no allowance from the company
premium-why-wage = the learner receives their wage from the company (our reading: a wage is an allowance from the company)
premium-why-allowance = the learner receives a learning allowance from the company
# $answer: yes or no.
premium-condition-flemish-branch = The branch where the learner is trained is in the Flemish Region: { $answer ->
    [yes] yes
   *[no] no
}
premium-condition-minimum-months = The company trains the learner for at least { $minimum } in the school year (according to the Dimona declaration): { $months } under the agreement
premium-condition-mentor = The company appoints a mentor who followed mentor training (or follows it before the end of the pathway): { $answer ->
    [yes] yes
   *[no] no
}
# $before is a number (0 to 9).
premium-condition-max-times = At most { $maximum } per learner (earlier work-placement bonuses count): the company already received the premium for this learner { $before ->
    [one] once
   *[other] { $before } times
}
premium-qualifying-line = { $learners } × { $amount }: { $why }
premium-qualifying-applies = The company receives { $amount } in qualifying workplace-learning premium for this school year.
premium-qualifying-not-eligible = No qualifying workplace-learning premium: not every condition is met.

premium-learner-name = Learner premium for alternating training ({ -learner-premium-name })
    .plain = Learner premium for alternating training
premium-learner-oao-only = No learner premium: it exists only for pupils in an alternating training of secondary education.
premium-learner-condition-oao-only = Only for pupils with an agreement in an alternating training of secondary education (OAO); learners in adult education do not receive it
premium-learner-condition-oao = An agreement in an alternating training of secondary education (OAO)
premium-learner-condition-resident = The pupil lives in the Flemish Region: { $answer ->
    [yes] yes
   *[no] no
}
premium-learner-condition-minimum-months = Trained at the workplace for at least { $minimum }: { $months } under the agreement
# $before is a number (0 to 9).
premium-learner-condition-max-times = At most { $maximum } (earlier start bonuses count): you already received it { $before ->
    [one] once
   *[other] { $before } times
}
premium-learner-line = Learner premium: once per school year, for the pupil themselves
premium-learner-applies = The pupil receives { $amount } in learner premium for this school year.
premium-learner-not-eligible = No learner premium: not every condition is met.

## The home-care measures.
premium-home-care-condition-oao-only = For dual-learning pupils with an alternating-training agreement (OAO): so says the webinar for the home-care sector; whether it also applies to learners in adult education is not confirmed
# The employer, after "the company is".
premium-service-none = another company (not a home-care service)
premium-service-public = a public service for family care or home care
premium-service-private = a private home-care service

premium-home-care-support-name = Support premium for public home-care services ({ -home-care-premium-name })
    .plain = Support premium for public home-care services
premium-home-care-support-not-eligible = No support premium: not every condition is met.
premium-home-care-condition-public = Only for public services for family care or home care: the company is { $service }
premium-home-care-months = { $months } per pupil
premium-home-care-months-all = { $months } per pupil (every month of the agreement)
premium-home-care-condition-days = Only the months in which the pupil works at least { $minimum } under the mentor’s supervision: { $months }
premium-home-care-condition-days-unknown = Only the months in which the pupil works a minimum number of days under the mentor’s supervision: { $months }
# $pupil_months is a number.
premium-home-care-support-line = { $amount } per pupil per month × { $months } × { $pupils } = { $pupil_months } pupil-months
premium-home-care-support-capped = Capped at the maximum of { $cap } per school year for the service as a whole, all pupils together
premium-home-care-support-under-cap = Below the maximum of { $cap } per school year for the service as a whole (count all your dual-learning pupils)
premium-home-care-support-applies = The service receives { $amount } in support premium for this school year.
premium-home-care-support-no-month = No support premium: no month counts.

premium-home-care-hours-name = Subsidy per hour under remote supervision (home care)
    .plain = Subsidy per hour under remote supervision (home care)
premium-home-care-condition-service = For public and private home-care services: the company is { $service }
premium-home-care-condition-remote = Only hours in which the pupil does a placement under remote supervision (only after a positive interim evaluation), plus neighbourhood work or staff meetings; the service reports them every year before 1 May
premium-home-care-hours-cap-line = Yearly maximum per pupil: on average { $average } per month × { $months } = { $cap } hours
premium-home-care-hours-line-capped = { $given } entered, { $counted } hours count × { $rate } per hour × { $pupils }
premium-home-care-hours-line = { $counted } hours × { $rate } per hour × { $pupils }
premium-home-care-hours-enter = Enter the hours under remote supervision per pupil to calculate the subsidy.
premium-home-care-hours-applies = The service receives { $amount } in subsidy for the hours under remote supervision.
premium-home-care-hours-not-eligible = No subsidy per hour: not every condition is met.

## What is wrong with the input.
dual-error-choice = "{ $value }" is not an allowed value: choose { $choices }
# $value: hours with their word ("0,99 uur"); $min, $max: numbers of hours.
dual-error-hours-per-week = { $value } per week is not possible: enter a number of hours at the workplace from { $min } to { $max }
dual-error-months = { $value } months is not possible: a school year has { $min } to { $max } months under the agreement
dual-error-weeks = { $value } weeks is not possible: enter a whole number of weeks at the workplace from { $min } to { $max }
# $weeks, $months and $max are numbers.
dual-error-weeks-in-months = { $weeks } weeks do not fit in { $months ->
    [one] { $months } month
   *[other] { $months } months
}: at most { $max } weeks, or increase the number of months
dual-error-wage = { $value } cannot be a gross monthly wage in euro cents: enter an amount from { $min } to { $max }, or leave it out
dual-error-training-years = { $value } is not possible: enter the number of training years of an alternating training you passed, from { $min } to { $max }
dual-error-learner-premiums = { $value } is not possible: enter how many times you already received the learner premium (or start bonus), from { $min } to { $max }
dual-error-reference-month = { $value } is not a month: enter 1 (January) to 12 (December), or leave it out for September
dual-error-learners = { $value } learners is not possible: enter a whole number from { $min } to { $max }
dual-error-employer-premiums = { $value } is not possible: enter how many times the company already received the premium for this learner, from { $min } to { $max }
dual-error-mentor-months = { $value } months is not possible: enter 0 to { $max } months (no more than the months under the agreement), or leave it out for every month
dual-error-supervised-hours = { $value } hours is not possible: enter the hours under remote supervision per pupil in the school year, from { $min } to { $max }

## Who is asking (the form's choice).
dual-perspective-learner = learner
dual-perspective-employer = employer

## Whether an agreement is possible: one reason and one next step.
dual-reason-possible = Every condition is met.
dual-next-possible = { $who ->
    [employer] Discuss the agreement with the learner and their school or centre.
   *[learner] Ask your school or centre for a workplace with this agreement.
}
dual-reason-education = Only in { $needed }.
dual-next-education = In { $education } { $others ->
    [oao] it is an OAO.
   *[adult] it is an ODOS, ODO or ODOW.
}
dual-reason-not-yet = Dual learning in adult education exists only since { $start }.
dual-next-not-yet = Choose a school year at the top that starts on or after { $start }.
dual-reason-fewer-hours = Fewer than { $limit } at the workplace.
oao-next-hours = From { $limit } an OAO is possible; with fewer hours it is an internship agreement without allowance.
odo-next-odos-hours = From { $limit } it is an ODOS; with fewer hours an ODO.
odo-reason-more-hours = { $limit } or more at the workplace.
odo-next-odo-hours = With fewer than { $limit } it is an ODO; from that limit an ODOS.
odo-reason-not-employed = Only with one’s own employer.
odo-next-not-employed = { $who ->
    [employer] Does the learner already work for your company? Tick that box.
   *[learner] Do you already work for the company? Tick that box.
}
odo-reason-employed = Whoever already works for the company signs an ODOW.
odo-next-employed = See the ODOW.
dual-reason-unknown = A limit or start date that is needed is not known on the reference date.
dual-next-unknown = Check with the school or centre.

## What an agreement costs the employer in a school year.
dual-cost-allowance = Allowance: { $yearly } per school year × { $learners }
dual-cost-wage = Wage: { $yearly } per school year × { $learners } (without employer’s contributions)
dual-cost-waived = Allowance: the learner waives it
dual-cost-premium = Received: { $premium }
dual-cost-net = Net cost per school year
