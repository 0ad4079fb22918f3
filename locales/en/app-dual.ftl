## app-dual: the dual-learning section (src/components/dual.rs, src/state/dual.rs): the
## learner's situation, the employer's side, and the four agreements side by side.
## The sentences of the outcome (lines, conditions, rules, premiums) come from the core.

dual-result-title = { $who ->
    [employer] What does each agreement cost your company?
   *[learner] What does each agreement give you?
}
# $count: how many fields of this section have an error; $amount: the same number, written.
dual-pending-fields = { $count ->
    [one] First correct { $amount } field with an error; then we calculate again.
   *[other] First correct { $amount } fields with an error; then we calculate again.
}

## The learner's situation.
dual-inputs-title = { $who ->
    [employer] Dual learning ({ -dual-learning-name }): the learner and your company
   *[learner] Dual learning ({ -dual-learning-name }): your situation
}
dual-intro = The OAO (secondary education) and the ODOS, ODO and ODOW (adult education): which agreement is possible, what it gives the learner and what it costs the employer.
dual-education-legend = { $who ->
    [employer] Where does the learner follow the dual training?
   *[learner] Where do you follow the dual training?
}
dual-education-adult-label = Adult education (a centre for adult education, CVO)
dual-education-adult-help = { $who ->
    [employer] The dual-training agreement: ODOS from 20 hours a week at the workplace, ODO with fewer, ODOW with the learner’s own employer. Since 1 September 2022.
   *[learner] The dual-training agreement: ODOS from 20 hours a week at the workplace, ODO with fewer, ODOW with your own employer. Since 1 September 2022.
}
dual-education-secondary-label = Secondary education
dual-education-secondary-help = The alternating-training agreement (OAO), with a learning allowance per month.

dual-hours-legend = { $who ->
    [employer] The learner’s hours
   *[learner] Your hours
}
dual-hours-label = Hours a week at the workplace
dual-hours-help = On average over the year, without the lesson hours. For example 3 days of 8 hours: 24; 3 days of 7.5 hours: 22.5.
dual-weeks-label = Weeks at the workplace in the school year
dual-weeks-help = Counts only for the ODO, which pays per hour. 52 weeks minus 4 weeks of holiday: 48.
dual-months-label = Months under the agreement
dual-months-help = In this school year, from 1 to 12. A learning allowance per month counts that many times.

dual-work-legend = Work and allowance
dual-employed-label = { $who ->
    [employer] The learner already works at my company
   *[learner] I already work at the company where I will learn at the workplace
}
dual-employed-help = { $who ->
    [employer] Then, in adult education, it is an ODO with the own employer (ODOW): the learner keeps the wage.
   *[learner] Then, in adult education, it is an ODO with your own employer (ODOW): you keep your wage.
}
dual-wage-label = { $who ->
    [employer] The learner’s gross wage per month in euros (for the ODOW, optional)
   *[learner] Your gross wage per month in euros (for the ODOW, optional)
}
# The example is written the way amounts are typed in this language.
dual-wage-help = For example 2,000.00. Without a wage we do not calculate the ODOW.
dual-waive-label = { $who ->
    [employer] The learner waives the learning allowance to keep a benefit or wage
   *[learner] I waive the learning allowance to keep my benefit or wage
}
dual-waive-help = Possible in adult education (ODOS, ODO). The company then pays no learning allowance and receives a smaller premium.

## The day the amounts are read on.
dual-reference-month-label = Amounts as they stood on
# $date: "1 September 2025".
dual-reference-month-start = { $date } (start of the school year)
# Before a school year is known: "1 May".
dual-reference-month-first = 1 { $month }
dual-reference-month-help = Learning allowances rise by 2% when the pivot index is exceeded. Choose a day later in the school year to calculate with the amounts of that time; you choose the school year at the top.

## Prior education, premiums and the employer.
dual-more-title = More details: weeks, wage, premiums, employer
dual-prior-legend = Prior education (sets the OAO bracket)
dual-school-level-label = { $who ->
    [employer] What did the learner successfully complete in secondary education?
   *[learner] What did you successfully complete in secondary education?
}
dual-school-level-help = The second stage is the third and fourth year, the third stage the fifth and sixth.
dual-training-years-label = Training years successfully completed in an alternating training
dual-training-years-help = { $who ->
    [employer] 0 if the learner is just starting. After one successful year bracket 2, after two bracket 3.
   *[learner] 0 if you are just starting. After one successful year bracket 2, after two bracket 3.
}
dual-buso-label = { $who ->
    [employer] The learner has completed the qualification phase of special secondary education (training form 3)
   *[learner] I have completed the qualification phase of special secondary education (training form 3)
}
dual-buso-help = Also gives bracket 3.

dual-learner-premium-legend = Learner premium (OAO only)
dual-lives-flanders-label = { $who ->
    [employer] The learner lives in the Flemish Region
   *[learner] I live in the Flemish Region
}
dual-lives-flanders-help = A condition for the learner premium.
dual-learner-premiums-label = { $who ->
    [employer] How many times has the learner already received the learner premium or start bonus?
   *[learner] How many times have you already received the learner premium or start bonus?
}
dual-learner-premiums-help = { $who ->
    [employer] A learner receives it at most three times.
   *[learner] You receive it at most three times.
}

dual-employer-legend = For the employer
dual-learners-label = Number of learners with this agreement in the school year
dual-learners-help = The premiums apply per learner; the support premium ({ -home-care-premium-name }) of a home-care service has one maximum for all learners together.
dual-workplace-flanders-label = The site where the learner is trained is in the Flemish Region
# The help of both conditions of the qualifying workplace-learning premium.
dual-qualifying-condition-help = A condition for the qualifying workplace-learning premium.
dual-mentor-label = The mentor followed mentor training (or follows it before the end of the pathway)
dual-employer-premiums-label = How many times has the company already received the premium for this learner?
dual-employer-premiums-help = At most three times per learner; earlier work-placement bonuses count.
dual-home-care-label = Is the company a home-care service?
dual-home-care-help = For pupils with an OAO, home-care services also receive a support premium (public services) and a subsidy per hour under remote supervision (according to a webinar from 2025, not officially confirmed).
dual-mentor-months-label = Months with at least 10 days under the mentor, per pupil (optional)
dual-mentor-months-help = Empty: every month of the agreement. Only those months count for the support premium.
dual-supervised-hours-label = Hours under remote supervision per pupil in the school year
dual-supervised-hours-help = Work placement under remote supervision, neighbourhood work and work meetings. At most 18 hours a month on average count.

## The summary (a live region).
dual-not-computed = not computed
# $name: the agreement's name as a title; $short: OAO, ODOS, ODO or ODOW.
dual-total-label = For you: { $short } — { $name }
# $average: yes for the ODO (an average of an hourly allowance), no otherwise.
dual-total-per = per month{ $average ->
    [yes] { " " }(on average)
   *[no] { "" }
} · { $yearly } per school year
# $hours: the hours with their word ("22.5 hours"); $open: yes when the agreement is open to the learner.
dual-reading-title = In short


## The table of the four agreements.
dual-comparison-title = The four agreements side by side
# The name of the box around the table, which scrolls sideways on a narrow screen.
dual-table-region = Table of the four agreements (scrolls sideways)
# $hours: the hours with their word ("22.5 hours"); $weeks and $months are numbers; $date: "1 September 2025".
dual-table-caption = For { $hours } a week at the workplace, { $weeks } { $weeks ->
    [one] week
   *[other] weeks
} and { $months } { $months ->
    [one] month
   *[other] months
}; amounts on { $date }
dual-row-monthly = Allowance per month
dual-waived = you waive it
dual-short-missing = ? amount not published or not found
dual-short-wage = enter your gross wage
dual-short-not-yet = did not exist yet on the reference date
dual-wage-entered = your wage, as you entered it
dual-average = on average
# $bracket: the learner's bracket (1 to 3); $low, $high: the lowest and highest monthly amounts.
dual-bracket-range = bracket { $bracket }; brackets { $low } to { $high }
dual-bracket-only = bracket { $bracket }
dual-row-rate = How it is set
# $rate: "€4.44 per hour".
dual-rate-hourly = { $rate } × hours at the workplace
dual-rate-fixed = { $rate } (fixed amount)
dual-rate-wage = Your wage
dual-row-yearly = Allowance per school year
dual-premium-row-learner = Learner premium (for the learner)
dual-premium-row-qualifying = Qualifying workplace-learning premium (for the employer)
dual-premium-row-support = Support premium, home care (for the service)
dual-premium-row-hours = Subsidy per hour under remote supervision (for the service)
dual-not-applicable = not applicable
dual-yes = Yes
dual-no = No
dual-table-help = The sources and the calculation of each agreement are below. ✓ confirmed: read in an official source. ≈ secondary source: read only on a non-official page or in a webinar; not officially confirmed.
dual-explained-title = How it was calculated
dual-notes-title = Good to know

## One agreement explained.
dual-agreement-title = { $short } — { $name }
# After the title: "(adult education):", then whether it is open.
dual-agreement-education = ({ $education }):
dual-for-whom = Who it is for
dual-allowance-title = Allowance
dual-not-computed-title = Not computed.
dual-your-bracket = Your bracket:
# $bracket: 1 to 3; $amount: "€612.50", or dual-not-known.
dual-bracket = Bracket { $bracket }: { $amount }
dual-not-known = not known
dual-your-bracket-marker = ← your bracket
dual-premiums-title = Premiums
dual-no-premiums = No premiums: this agreement did not exist yet on the reference date.
dual-rules-title = The rules
dual-applies = applies
dual-condition-met = Met:
dual-condition-not-met = Not met:

## Where a figure comes from.
# $label: the figure's name; $display: its amount with its unit; $period: when it applies.
# $site: "vlaanderen.be".
# The source's own words, never translated.

## Who is asking, and the answer first.
dual-perspective-legend = Who is asking?
dual-perspective-learner-label = Learner
dual-perspective-employer-label = Employer
dual-answer-yes = ✓ yes
dual-answer-no = ✗ no
dual-answer-maybe = ? maybe
dual-verdicts-title = Which agreement is possible?
dual-none-possible = No agreement possible with these details
dual-pays-most = pays the most
dual-costs-least = costs the least
dual-cost-label = Cost to your company: { $short } — { $name }
dual-cost-parts = per school year: { $allowances } { $wage ->
    [yes] wage
   *[no] allowance
} − { $premiums } premiums
dual-sticky-allowance = { $short }: { $amount } a month
dual-sticky-cost = { $short }: { $amount } per school year
dual-not-possible = not possible
dual-row-possible = Possible
dual-row-cost = Cost to the employer per school year
dual-how-title = How is this calculated? All agreements, amounts and sources
