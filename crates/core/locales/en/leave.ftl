## Study load against leave: Flemish training leave (VOV), time credit for training with
## the VOK premium, Flemish care credit, and how much of the study load they cover.
## Hours, amounts and percentages come in already written ("7.6 hours", "€1,116.00",
## "80%"); $year is an academic year ("2024-2025").

# Between the items of a list inside a sentence: "a; b".
leave-list-separator = { "; " }
# A figure that is not published: "label (period): reason".
leave-missing-figure = { $label } ({ $period }): { $reason }

## The schemes, as named inside a sentence, with the Dutch legal name.
leave-scheme-vov = Flemish training leave ({ -vov-name }, { -vov })
leave-scheme-time-credit = time credit for training ({ -time-credit-name })
leave-scheme-vok = Flemish training-credit premium ({ -vok-name }, { -vok })
leave-scheme-care-credit = Flemish care credit ({ -care-credit-name })

## The contracts of an enrolment, inside a sentence.
leave-contract-diploma = diploma contract
leave-contract-credit = credit contract
leave-contract-exam = exam contract

## The forms of an interruption, inside a sentence ("With 1/5 time credit …").
time-credit-form-one-fifth = 1/5 time credit
time-credit-form-half-time = half-time time credit
time-credit-form-full-time = full-time time credit
time-credit-form-not-chosen = time credit (not chosen)
care-credit-form-one-fifth = 1/5 care credit
care-credit-form-half-time = half-time care credit
care-credit-form-full-time = full-time care credit
care-credit-form-not-chosen = care credit (not chosen)

## The input, checked field by field. Values the person entered and the limits are
## written as in the JSON, without separators; $max_amount is the same limit as an amount.
leave-error-employment-percent = { $value }% cannot be an employment percentage: enter a whole number from { $min } to { $max } (full-time is 100)
leave-error-weekly-hours = { $hours } a week is not possible: enter the weekly hours of your employment contract, more than 0 and at most { $max }
leave-error-weeks = { $weeks } weeks is not possible: enter a whole number of weeks from { $min } to { $max } (an academic year has { $year_weeks } weeks)
leave-error-seniority = { $months } months is not possible: enter the number of months with your current employer, from 0 to { $max }, or leave it empty
leave-error-wage = { $wage } cannot be a gross wage in euro cents: enter an amount from 0 to { $max } ({ $max_amount }), or leave it empty
leave-error-allowance = { $allowance } cannot be an allowance in euro cents: enter an amount from 0 to { $max } ({ $max_amount }), or leave it empty
leave-error-allowance-without-interruption = an allowance for time credit or care credit is only possible if you interrupt your work: choose a form of interruption, or leave the allowance empty
vov-error-planned-range = { $planned } is not possible: enter a number of hours of Flemish training leave from 0 to { $max }, or leave it empty for your maximum
vov-error-not-private = Flemish training leave exists only for employees in the private sector: leave this empty or choose the private sector
leave-error-lesson-periods = { $periods } lesson periods is not possible: enter a whole number from { $min } to { $max }, or leave it empty

## A number of hours that cannot be read from the JSON (reworded from the Dutch form;
## $value is the number as written in the JSON).
leave-error-hours-too-large = { $value } hours is too large
leave-error-hours-not-a-number = { $value } is not a number of hours
leave-error-hours-decimals = { $value } hours: give at most two decimals
leave-error-hours-expected = a number of hours, such as 38 or 30.4

## Notes on the whole leave outcome.
leave-note-study-load = A credit stands for 25 to 30 hours of study: classes, preparation and revision, exams and assignments together. Flemish training leave ({ -vov-name }) gives 4 hours per credit, so the real study load is much higher (SERV, 'Een leven lang student', 2021).
leave-note-other-public = For a public employer other than the Flemish government, our sources describe no training leave or career break: ask your HR department.

## The study load.
leave-study-load-low = { $credits } × { $per_credit } = { $hours } (low estimate)
leave-study-load-high = { $credits } × { $per_credit } = { $hours } (high estimate)
leave-study-load-lessons = Adult education: { $periods ->
    [one] { $periods } lesson period
   *[other] { $periods } lesson periods
}, counted as { $hours } (the classes only; the study time around them is not captured in any official figure)
leave-study-load-per-week-year = { $load } spread over { $weeks } (the whole academic year, 1 September to 31 August): { $per_week } a week
leave-study-load-per-week = { $load } spread over { $weeks }: { $per_week } a week

## Flemish training leave.
vov-not-private = No Flemish training leave ({ -vov-name }, { -vov }): it exists only for employees in the private sector (including the private social-profit sector) in the Flemish Region.
vov-condition-private-sector = You work in the private sector (including the private social-profit sector)
vov-condition-private-sector-flanders = You work in the private sector (including the private social-profit sector), at a site in the Flemish Region (we do not check the latter)
vov-shortfall-employment = With { $points } more employment ({ $minimum } instead of { $percent }) you qualify for Flemish training leave ({ -vov-name }, { -vov }) in { $year }.
vov-condition-employment = Employment of at least { $minimum } in { $year }: you work { $percent }
vov-note-exactly-half = You work exactly { $percent }: with a fixed timetable you can only take training leave for working hours that coincide with classes or exams (vlaanderen.be).
vov-shortfall-weekly-hours = With { $short } more a week ({ $minimum } instead of { $hours }) you qualify for Flemish training leave ({ -vov-name }, { -vov }) in { $year }.
vov-condition-weekly-hours = Working at least { $minimum } a week in { $year }: you work { $hours }
vov-enrolment-name = Enrolment { $number } ({ $institution })
vov-line-exam-contract = { $name }: { $points } on an exam contract: no training leave (exam contracts do not qualify)
vov-line-too-small = { $name }: { $points } is less than { $minimum }: does not count towards training leave
vov-shortfall-enrolment = With { $points } more, enrolment { $number } counts towards Flemish training leave ({ -vov-name }, { -vov }), which needs at least { $minimum }.
vov-line-enrolment = { $name }: { $points } on a { $contract } × { $per_credit } = { $hours }
vov-line-enrolment-graduaat = { $name }: { $points } on a { $contract } (graduate programme, { -graduaat-name }) × { $per_credit } = { $hours }
vov-line-lessons = Adult education: { $periods ->
    [one] { $periods } planned lesson period
   *[other] { $periods } planned lesson periods
} = { $hours }
vov-line-lessons-too-small = Adult education: { $periods } is less than { $minimum }: does not count towards training leave
vov-shortfall-lessons = With { $periods } more, your adult-education course counts towards Flemish training leave ({ -vov-name }, { -vov }), which needs at least { $minimum }.
vov-condition-training = A programme from the training database (opleidingsdatabank) of at least { $minimum } on a diploma or credit contract (or at least 32 lesson periods in adult education): { $counted ->
    [yes] yes
   *[no] no
}
vov-line-personal-maximum = Personal maximum: { $full_time } × { $percent } employment = { $maximum } per school year
vov-line-entitlement-training = Your entitlement in { $year }: the hours of your programme, within your maximum ({ $training } for your programme, { $maximum } personal maximum) = { $entitlement }
vov-line-entitlement-maximum = Your entitlement in { $year }: your personal maximum, because your programme gives more ({ $training } for your programme, { $maximum } personal maximum) = { $entitlement }
vov-error-planned-not-eligible = { $planned } of Flemish training leave is not possible: you do not qualify in { $year } (see the conditions in the result). Leave this empty or enter 0
vov-error-planned-above = { $planned } is not possible: in { $year } you can take at most { $entitlement } of Flemish training leave ({ $training } for your programme, personal maximum { $maximum }). Enter 0 to { $entitlement_number }, or leave it empty for your maximum
vov-line-planned-above = You plan { $planned }, more than your entitlement: we use { $entitlement }
vov-line-planned = You plan { $planned } of Flemish training leave: we use that figure
vov-line-employer-refund = For your employer: { $hours } × { $per_hour } = { $amount }, refunded by the Flemish government (rounded to the cent)
vov-line-wage-above-ceiling = Your gross wage ({ $wage }) is above the wage ceiling of { $ceiling }: for your training-leave hours your employer may limit your wage to that ceiling
vov-line-wage-below-ceiling = Your gross wage ({ $wage }) is not above the wage ceiling of { $ceiling }: you keep your full wage during your training-leave hours
vov-line-wage-ceiling = During your training-leave hours you keep your wage; your employer may limit it to the wage ceiling of { $ceiling }
vov-note-ceiling-missing = During your training-leave hours you keep your wage, up to a wage ceiling that is indexed every year on 1 September; the ceiling for { $year } was not found.
vov-note-exams = Training-leave hours apply only to the credits you sit exams for, not to all the credits you are enrolled for (SERV 2021, referring to vlaanderen.be). If you stop, or do not sit an exam, your participation in the exams decides how many hours you keep (odisee.be).
vov-note-estimated-rules = { $note }
vov-note-reference-month-march = For { $year }, your employment percentage of March before the school year counts (according to sodalis.be, a secondary source; before 2023-2024 it was September).
vov-note-reference-month-september = For { $year }, your employment percentage of September counts (from 2023-2024 it is March before the school year, according to sodalis.be).
vov-note-database = Your programme must be listed in the Flemish training database (vlaanderen.be/opleidingsdatabank). Plan your leave hours together with your employer.
vov-text-eligible = In { $year } you can take { $entitlement } of Flemish training leave ({ -vov-name }, { -vov }): { $training } for your programme, within your personal maximum of { $maximum }.
vov-text-eligible-planned = In { $year } you can take { $entitlement } of Flemish training leave ({ -vov-name }, { -vov }): { $training } for your programme, within your personal maximum of { $maximum }. You plan to take { $planned }.
vov-text-not-eligible = No Flemish training leave ({ -vov-name }, { -vov }) in { $year }. Not met: { $failed }.
vov-text-not-computed = Not calculated: the conditions for { $year } have not been published. { $why }

## Time credit for training and Flemish care credit: the hours they free.
leave-full-time-week = a full-time working week of { $week }
leave-full-time-week-computed = a full-time working week ({ $week } / { $percent } = { $full_time_week })
leave-freed-none = You do not interrupt your work
leave-freed-full-time = Interrupting full-time: all your { $week } a week
leave-freed-half-time = Half-time: you still work half of { $full_time } = { $half }; { $week } − { $half } = { $freed } a week less
leave-freed-one-fifth = 1/5: one fifth of { $full_time } = { $freed } a week less work
leave-line-freed-total = Over { $weeks } of study: { $per_week } × { $number } = { $total }

## The training-size condition of time credit and care credit.
time-credit-condition-training = A programme of at least { $credits } or { $hours } (lesson periods) a year: you have { $points } on a diploma or credit contract
time-credit-condition-training-lessons = A programme of at least { $credits } or { $hours } (lesson periods) a year: you have { $points } on a diploma or credit contract and { $periods ->
    [one] { $periods } lesson period
   *[other] { $periods } lesson periods
}
care-credit-condition-training = A programme of at least { $credits } or { $hours } (contact hours) a year: you have { $points } on a diploma or credit contract
care-credit-condition-training-lessons = A programme of at least { $credits } or { $hours } (contact hours) a year: you have { $points } on a diploma or credit contract and { $periods ->
    [one] { $periods } lesson period
   *[other] { $periods } lesson periods
}
leave-shortfall-training-credits = With { $points } more on a diploma or credit contract ({ $needed } instead of { $credits }) you qualify for { $scheme } in { $year }.
leave-line-hours-threshold = Threshold in hours: { $threshold } a year; your { $periods ->
    [one] { $periods } lesson period counts
   *[other] { $periods } lesson periods count
} as hours
leave-shortfall-training-lessons = Or with { $periods } more ({ $needed } instead of { $lessons }) you qualify for { $scheme } in { $year }.

## Time credit for training.
time-credit-not-private = Time credit for training ({ -time-credit-name }, collective agreement no. 103) and the VOK premium are for employees in the private sector and the private social-profit sector. In the Flemish public sector there is Flemish care credit ({ -care-credit-name }).
time-credit-note-trimester = If you do not reach the yearly threshold, { $credits } or { $hours } per school term, or per uninterrupted period of 3 months, is also enough (odisee.be). We cannot check that from a yearly total: ask your educational institution.
time-credit-shortfall-seniority = After { $months } more with your employer ({ $needed } instead of { $seniority }) you meet the seniority condition for time credit ({ -time-credit-name }).
time-credit-condition-seniority = At least { $minimum } with your current employer: you have { $months }
time-credit-seniority-fallback = 2 years
time-credit-verify-seniority = You have worked at least { $minimum } for your current employer (enter your seniority to check it).
time-credit-condition-half-time = Half-time time credit reduces your work to half of a full-time job: you now work { $percent }, so there is nothing to reduce
time-credit-note-one-fifth-part-time = 1/5 time credit is a reduction of a full-time job; the VOK premium for 1/5 requires 100% employment at the start (vlaanderen.be). You work { $percent }: check with the RVA (the National Employment Office) whether 1/5 is possible for you.
time-credit-verify-agreement = Full-time or half-time time credit for training is only possible if a collective agreement (cao) of your sector or company allows it (hetacv.be); for 1/5 that is not needed.
time-credit-verify-recognised = Your programme is recognised by the Communities or the sector, and you attend it: at most a tenth unjustified absence per term, with an attendance certificate within 20 calendar days (odisee.be).
time-credit-line-max-months = At most { $months } of time credit for training over your whole career, in any form
time-credit-text-no-form = Your programme and your situation meet the conditions for time credit for training ({ -time-credit-name }) that we can check. Choose a form (1/5, half-time or full-time) to see how many hours it frees.
time-credit-text = With { $form } for training ({ -time-credit-name }) you work { $per_week } a week less: { $hours } over { $weeks }.
time-credit-text-not-eligible = No time credit for training ({ -time-credit-name }) in { $year }. Not met: { $failed }.
time-credit-text-not-computed = Not calculated: a condition for time credit ({ -time-credit-name }) in { $year } has not been published.
time-credit-allowance-lookup = The amount of your RVA allowance is not in our sources; it depends on the form, your seniority and your age. Look it up in the RVA's scale (rva.be, 'Loopbaanonderbreking en tijdskrediet') and enter it.
time-credit-allowance-reference = The RVA's scale (amounts { $period }) gives { $amount } gross per month for { $form }; a request made before 1 February 2023 with at least 5 years' seniority received { $seniority_amount }. Later indexations were not found: take this amount over or enter your own.

## Flemish care credit.
care-credit-not-flemish-public = Flemish care credit ({ -care-credit-name }) is for the Flemish public sector (including teaching staff).
care-credit-verify-training = The programme is organised, subsidised or recognised by the Flemish government (werk.be).
care-credit-verify-attendance = You attend: at most a tenth of the programme unjustified absence per quarter (vlaanderen.be).
care-credit-note-unknown = How long you can take care credit for training and how much the allowance is are not in our sources: ask your HR department or see vlaanderen.be/vlaams-zorgkrediet.
care-credit-text-no-form = Your programme is large enough for Flemish care credit ({ -care-credit-name }) for training. Choose a form (1/5, half-time or full-time) to see how many hours it frees.
care-credit-text = With { $form } for training ({ -care-credit-name }) you work { $per_week } a week less: { $hours } over { $weeks }.
care-credit-text-not-eligible = No Flemish care credit ({ -care-credit-name }) for training in { $year }: your programme is too small.
care-credit-text-not-computed = Not calculated: the condition for Flemish care credit ({ -care-credit-name }) in { $year } has not been published.
care-credit-allowance-lookup = The amount of the care-credit allowance is not in our sources: ask your HR department or see vlaanderen.be/vlaams-zorgkrediet, and enter it.

## The Flemish training-credit premium (VOK).
vok-not-private = No Flemish training-credit premium ({ -vok-name }, { -vok }): it is only for employees in the private sector and the private social-profit sector.
vok-condition-time-credit = Time credit for training with an allowance from the RVA (which requires, among other things, 360 hours or 27 credits a year)
vok-no-interruption = No Flemish training-credit premium ({ -vok-name }, { -vok }): it comes on top of time credit for training. Choose a form of time credit to see the premium.
vok-shortfall-highest = With { $points } more employment ({ $needed } instead of { $percent }) in the year before your break, you get the highest Flemish training-credit premium ({ -vok-name }, { -vok }).
vok-shortfall-higher = With { $points } more employment ({ $needed } instead of { $percent }) in the year before your break, you get a higher Flemish training-credit premium ({ -vok-name }, { -vok }).
vok-shortfall-full-break = With { $points } more employment ({ $needed } instead of { $percent }) in the year before your break, you get the Flemish training-credit premium ({ -vok-name }, { -vok }).
vok-shortfall-half-time = With { $points } more employment ({ $needed } instead of { $percent }) in the year before your half-time break, you get the Flemish training-credit premium ({ -vok-name }, { -vok }).
vok-shortfall-one-fifth = With { $points } more employment ({ $needed } instead of { $percent }) at the start of your 1/5 time credit, you get the Flemish training-credit premium ({ -vok-name }, { -vok }).
vok-condition-full-break = Full-time break: worked at least { $low } in the year before (the highest premium from { $high }): you: { $percent }
vok-condition-half-time = Half-time break: worked at least { $high } in the year before: you: { $percent }
vok-condition-one-fifth = Reduction by 1/5: worked at least { $high } in the year before and { $start } at the start: you: { $percent }
vok-condition-training = Your programme leads to a diploma (an educational qualification) or is part of your personal development plan ({ -development-plan-name }, POP): { $training ->
    [diploma] diploma contract
    [plan] POP
   *[none] no diploma contract and no POP
}
vok-condition-education = Low- or medium-qualified, or highly qualified with a POP from career guidance: you are { $level ->
    [low-or-middle] low- or medium-qualified
    [high-with-plan] highly qualified with a POP
   *[high] highly qualified without a POP
}
vok-row-full-high = a full-time break, after working at least 75% in the year before
vok-row-full-middle = a full-time break, after working 50 to 75% in the year before
vok-row-full-low = a full-time break, after working 20 to 50% in the year before
vok-row-half-time = a half-time break, after working at least 75% in the year before
vok-row-one-fifth = a reduction by 1/5, after working full-time
vok-line-premium = Premium for { $row }
vok-line-living-alone = Supplement because you live alone
vok-note-duration = The premium runs as long as your time credit for training, so at most { $months } (vlaanderen.be).
vok-note-amounts = Amounts as they have applied since { $from } (vlaanderen.be); whether they have been indexed since is not confirmed.
vok-note-other-trainings = A programme that does not lead to a diploma also qualifies if it trains for a shortage occupation or fits an entrepreneurship pathway; we do not check that.
vok-note-rules-unconfirmed = { $reason }
vok-text = With { $form } you get a Flemish training-credit premium ({ -vok-name }, { -vok }) of { $gross } gross ({ $net } net) a month on top of your time credit.
vok-text-not-eligible = No Flemish training-credit premium ({ -vok-name }, { -vok }) in { $year }. Not met: { $failed }.
vok-text-not-computed = Not calculated: the amounts of the Flemish training-credit premium ({ -vok-name }, { -vok }) for { $year } were not found.
vok-line-money = VOK premium (Flanders), gross

## What an interruption earns and costs per month.
leave-money-no-break = No interruption of your work in our calculation: your wage stays the same.
leave-money-not-interrupting = You do not interrupt your work: your wage stays the same. During your hours of Flemish training leave you keep your wage (up to the wage ceiling).
leave-money-not-eligible = You do not qualify for the interruption you chose: we count no money for it.
leave-money-allowance = Your allowance for { $form }, entered by you
leave-money-wage-reduction = Wage you no longer receive: { $freed } of your { $week } a week, of { $wage } gross
leave-money-balance-more = With { $form } you have { $amount } gross more a month than now: premium and allowance minus the wage you no longer receive. Net, the difference is smaller because of taxes and contributions; we do not calculate that.
leave-money-balance-less = With { $form } you have { $amount } gross less a month than now: premium and allowance minus the wage you no longer receive. Net, the difference is smaller because of taxes and contributions; we do not calculate that.
leave-money-balance-more-without-allowance = With { $form } you have { $amount } gross more a month than now, without your allowance. { $lookup }
leave-money-balance-less-without-allowance = With { $form } you have { $amount } gross less a month than now, without your allowance. { $lookup }
leave-money-enter-wage = Enter your gross wage to see what { $form } costs you a month. { $lookup }
leave-money-enter-wage-with-allowance = Enter your gross wage to see what { $form } costs you a month.

## Coverage: how much of the study load the schemes cover.
leave-share-range = { $min } to { $max }%
leave-coverage-plan-vov-only = Your plan: Flemish training leave ({ -vov-name }) only
leave-coverage-plan-vov-and = Your plan: Flemish training leave ({ -vov-name }) and { $form }
leave-coverage-vov-alone = Flemish training leave only
leave-coverage-break-alone = Only { $form }
leave-coverage-plan-care = Your plan: { $form }
leave-coverage-row-all = { $label }: { $covered }, the whole study load ({ $share }).
leave-coverage-row = { $label }: { $covered } covered, { $share } of the study load; { $left } left, { $per_week } a week.
leave-coverage-row-not-computed = { $label }: not calculated, an amount for this year has not been published.
leave-coverage-summary = Your programme takes { $load } of study. Leave and interruption cover { $covered } of it ({ $share }). That leaves { $per_week } a week to study alongside your work.
leave-coverage-summary-not-computed = Your programme takes { $load } of study. How much of it is covered is not calculated: a condition or amount for this year has not been published.
leave-coverage-summary-no-scheme = Your programme takes { $load } of study. For your sector we found no leave or career break in our sources to cover it.
leave-coverage-summary-no-load = The study load is not calculated: the number of hours per credit has not been published.

## Who is asking: outside the Flemish Region or without work

leave-not-working-scheme = No { $scheme }: it is for employees, and you are not working.
vov-not-flemish-region = No Flemish training leave ({ -vov-name }, { -vov }): it applies only if you work in the Flemish Region.
vok-not-flemish-region = No Flemish training-credit premium ({ -vok-name }, { -vok }): it applies only if you work in the Flemish Region.
leave-referral-brussels = You work in the Brussels-Capital Region. Flemish training leave ({ -vov-name }, { -vov }) and the { -vok } premium apply only if you work in the Flemish Region: we do not calculate them for you.
leave-referral-wallonia = You work in the Walloon Region. Flemish training leave ({ -vov-name }, { -vov }) and the { -vok } premium apply only if you work in the Flemish Region: we do not calculate them for you.
leave-referral-not-working = You are not working. Flemish training leave ({ -vov-name }, { -vov }), time credit ({ -time-credit-name }), the { -vok } premium and Flemish care credit ({ -care-credit-name }) are for employees: we do not calculate them for you. Your study load still holds.
leave-referral-time-credit = Time credit for training ({ -time-credit-name }) is federal: the National Employment Office (RVA/ONEM) decides on it for private-sector employees in every region. That one we do calculate.
leave-service-brussels = In Brussels, leave to study is paid educational leave (congé-éducation payé), under Brussels rules: Brussels Economy and Employment.
leave-service-wallonia = In Wallonia, leave to study is paid educational leave (congé-éducation payé), under Walloon rules: the Public Service of Wallonia (SPW) approves the trainings, and the Forem refunds your employer.
leave-service-vdab = Looking for work and living in Flanders? Ask VDAB whether you keep your benefit while you study (exemption from availability).

## Each scheme's next step

leave-next-not-published = Check again later: a rule or amount for this year is not published yet.
leave-next-ask-employer = Ask your employer or HR department which leave to study you can take instead.
vov-next-yes = Say when you enrol that you want to take Flemish training leave, give the proof of enrolment to your employer and plan your leave hours together.
time-credit-next-yes = Ask your employer for the time credit; the RVA decides on your allowance.
time-credit-next-maybe = First check: { $check } Then ask your employer for the time credit; the RVA decides on your allowance.
care-credit-next-yes = Ask your HR department for Flemish care credit ({ -care-credit-name }).
care-credit-next-maybe = First check: { $check } Then ask your HR department for Flemish care credit ({ -care-credit-name }).
vok-next = The premium follows your time credit: first the RVA must approve it (decision letter C62), then you apply for the premium to the Flemish Department of Work and Social Economy (Departement Werk en Sociale Economie, vlaanderen.be).
vok-next-choose-form = Choose above to work 1/5, half-time or full-time less to see whether you get the premium.
