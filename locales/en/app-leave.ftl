## app-leave
## The section "Studielast en verlof": study load against Vlaams opleidingsverlof,
## tijdskrediet (or Vlaams zorgkrediet) and the VOK premium. The sentences of the
## outcome come from the core; these are the section's own words.

## While there is nothing to show.
leave-result-title = Study load and leave
leave-pending-fee = First correct your enrolments in the Tuition fee section; then we calculate again.
leave-pending-errors = First correct { $count ->
    [one] { $amount } field
   *[other] { $amount } fields
} with an error; then we calculate again.

## The inputs.
leave-inputs-title = Your job and your leave
leave-plan-intro = Your study plan comes from the Tuition fee section:
leave-plan-credits = { $count ->
    [one] { $amount } credit
   *[other] { $amount } credits
}
leave-plan-not-filled = not filled in yet
leave-plan-none = no enrolment in higher education
leave-plan-edit = Change the study plan

leave-sector-legend = Where do you work?
leave-sector-private = In the private sector
leave-sector-private-help = Including the private non-profit sector (care, welfare, …). Flemish training leave ({ -vov-name }, { -vov }), time credit ({ -time-credit-name }) and the Flemish training-credit premium ({ -vok-name }, { -vok }) apply here.
leave-sector-flemish-public = With the Flemish government or in education
leave-sector-flemish-public-help = The Flemish public sector, including teaching staff: Flemish care credit ({ -care-credit-name }) applies here.
leave-sector-other-public = With another government
leave-sector-other-public-help = For example the federal government: our sources describe no scheme for it.

leave-employment-label = Employment percentage (%)
leave-employment-help = Full-time is 100. For Flemish training leave, your percentage in March before the school year counts (from 2023-2024).
leave-weekly-hours-label = Hours per week in your contract
leave-weekly-hours-help = For example 38 or 30.4. It is in your employment contract.

leave-interruption-label = Do you work less in order to study?
leave-interruption-none = No, I keep working the same hours
leave-interruption-one-fifth = Work 1/5 less (one day a week)
leave-interruption-half-time = Work half-time
leave-interruption-full-time = Take a full break
leave-interruption-help = With { $scheme ->
    [care-credit] Flemish care credit
   *[time-credit] time credit for training
}. A 1/5 reduction needs no collective labour agreement (cao); working half-time or taking a full break is only possible if a collective labour agreement of your sector or company allows it.

leave-education-label = Your highest qualification
leave-education-low = No higher-education degree
leave-education-high = A higher-education degree
leave-education-help = Without a higher-education degree you count as low- or medium-skilled, with one as high-skilled. High-skilled people get the VOK premium only with a personal development plan from career guidance.

leave-living-alone-label = I live alone
leave-living-alone-help = For the supplement for people living alone with the VOK premium.

leave-weeks-label = Weeks in which you study
leave-weeks-help = 52 by default: the whole academic year, from 1 September to 31 August. If you study only in the teaching and exam weeks, enter that number (see your institution’s academic calendar).

leave-more = More details (optional)
leave-seniority-label = Months with your current employer
leave-seniority-help = For time credit you must have worked for your employer for 2 years (24 months). Empty: not checked.
leave-wage-label = Gross wage per month in euros
leave-wage-help = For example 3,200.00. To see what working less costs, and whether your wage is above the wage ceiling of Flemish training leave.
leave-allowance-label = Your allowance per month in euros (time credit or care credit)
leave-allowance-help-before = The amount depends on the form, your seniority and your age. Look it up in the
leave-allowance-link = rate table of the National Employment Office (RVA, in Dutch)
leave-allowance-help-after = for time credit, or ask your HR department about care credit.
leave-allowance-reference = The latest RVA rate table we read gives { $amount } gross per month (with 5 years' seniority, requested before 1 February 2023: { $seniority }). Later indexations were not found: today's amount is probably a little higher.
leave-allowance-take = Take { $amount } over
leave-vov-planned-label = Hours of Flemish training leave you want to take
leave-vov-planned-help = Empty: your maximum. You plan your leave hours in consultation with your employer.
leave-development-plan-label = My programme is in a personal development plan (POP)
leave-development-plan-help = You draw up a POP in career guidance. It opens the VOK premium to high-skilled people and to programmes that do not lead to a diploma.
leave-graduaat-label = My bachelor’s, master’s or graduate enrolment is a graduate programme (HBO5)
leave-graduaat-help = Up to and including 2021-2022, a graduate programme gave 6 hours of Flemish training leave per credit instead of 4.
leave-lessons-label = Lesson periods in adult education (CVO), besides your enrolments
leave-lessons-help = The planned number of lesson periods of the programme this school year. Empty: none.
leave-basic-label = That programme is basic education or leads to a secondary-education diploma
leave-basic-help = Then 300 hours a year are enough for time credit instead of 360.

## The result.
leave-result-title-year = Study load and leave in { $year }
leave-load-label = Your programme takes
leave-per-week = { $hours } per week
leave-covered-label = Covered by leave and working less
leave-left-label = Left to study next to your job
leave-not-computed = not calculated
leave-share-range = { $min } to { $max }%
leave-problems-title = This does not match this year’s rules:
leave-shortfalls-title = What you just miss

## The chart: two bars, the study load and the covered hours.
leave-chart-title = Study load against the hours that leave and working less free up
leave-chart-desc = Study load of { $load } against { $covered } covered ({ $parts }): { $share } of the study load.
leave-chart-desc-vov-and-break = { $vov } of Flemish training leave and { $freed } of { $label }
leave-chart-desc-break = { $freed } of { $label }
leave-chart-desc-not-computed = Study load of { $load }; the covered hours are not calculated.
leave-chart-load = Study load: { $load }
leave-chart-covered = Covered: { $covered } ({ $parts })
leave-chart-covered-vov-and-break = { -vov } { $vov } + { $label } { $freed }
leave-chart-covered-break = { $label } { $freed }
leave-chart-covered-not-computed = Covered: not calculated
leave-chart-break-none = { $scheme ->
    [care-credit] care credit
   *[time-credit] time credit
} (not chosen)
leave-chart-break-one-fifth = 1/5 { $scheme ->
    [care-credit] care credit
   *[time-credit] time credit
}
leave-chart-break-half-time = half-time { $scheme ->
    [care-credit] care credit
   *[time-credit] time credit
}
leave-chart-break-full-time = full-time { $scheme ->
    [care-credit] care credit
   *[time-credit] time credit
}
leave-legend-load-low = Study load, low estimate: { $hours }
leave-legend-load-high = up to the high estimate: { $hours }
leave-legend-vov = Flemish training leave: { $hours }
leave-legend-break = { $label }: { $hours }
leave-legend-line = dotted line: the low study load

## The table under the chart, with the same numbers.
# The name of the box around the table, which scrolls sideways on a narrow screen.
leave-table-region = Table of what each scheme covers (scrolls sideways)
leave-table-caption = What each scheme covers, against the low and the high study load
leave-table-scheme = Scheme
leave-table-covered = Covered
leave-table-share = Share of the study load
leave-table-left-per-week = Left per week

## One block per scheme.
leave-vov-title = Flemish training leave ({ -vov-name }, { -vov })
leave-care-credit-title = Flemish care credit for training ({ -care-credit-name })
leave-time-credit-title = Time credit for training ({ -time-credit-name })
leave-to-verify-title = To check yourself:
leave-to-verify = To check:
leave-vok-title = Flemish training-credit premium ({ -vok-name }, { -vok } premium)
leave-gross-net = { $gross } gross · { $net } net
leave-vok-monthly = { -vok } premium per month
leave-money-title = Money per month
leave-balance = Balance per month, gross
leave-study-load-title = How the study load is calculated
leave-notes-title = Good to know

## A verdict, shown with a symbol and these words.
leave-condition-met = Met:
leave-condition-not-met = Not met:

## Who is asking: the first question of the section.
leave-region-legend = In which region do you work?
leave-region-help = What counts is the address of the site where you work, not where you live.
leave-region-flanders = In Flanders (Flemish Region)
leave-region-brussels = In Brussels (Brussels-Capital Region)
leave-region-wallonia = In Wallonia (Walloon Region)
leave-region-not-working = I am not working
leave-referral-title = Which rules apply to you

## The answer first: three states, one reason, one next step.
leave-verdict-yes = Yes
leave-verdict-no = No
leave-verdict-maybe = Maybe
leave-next = Next step:
leave-answer-vok = Do you get the { -vok } premium?
leave-answer-care-credit = Can you take Flemish care credit ({ -care-credit-name })?
leave-how = How this was calculated (with sources)
# The bar at the bottom of a phone's screen. $left: "4.52 to 7.4 hours".
leave-sticky = { $left } a week left · { $scheme ->
        [care] care credit
       *[vok] { -vok }
    }: { $verdict ->
        [yes] yes
        [no] no
       *[maybe] maybe
    }
leave-sticky-load = Your training takes { $load } a week
