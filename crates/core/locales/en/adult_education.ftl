# A secondary-school diploma through adult education: enrolment fee, premium, time and training leave.

## Input errors
adult-error-too-many-modules = { $count } modules is too many: at most { $maximum }.
adult-error-lesson-periods = { $value } lesson periods is not possible: a module has { $min } to { $max } lesson periods.
adult-error-amount = { $value } cents is not possible: enter an amount from €0.00 to { $max_amount }.

## Names
adult-area-vocational = Vocational programme (towards the diploma)
adult-area-aav = Supplementary general education (aanvullende algemene vorming, AAV)
adult-area-av = General education (algemene vorming, AV, ASO level)
adult-area-nt2 = Dutch as a second language (NT2)
adult-area-basic = Basic education (basiseducatie)
adult-area-literacy = Literacy (geletterdheid)
adult-area-shortage = Programme for a shortage occupation
adult-area-leisure = Leisure study area (languages, photography, cooking, fashion…)
adult-category-standard = Standard
adult-category-partial = Partial exemption
adult-category-full = Full exemption
adult-category-standard-who = Anyone not in an exemption category.
adult-category-partial-who = Among others, people on unemployment benefit or with a disability.
adult-category-full-who = Among others, people on the living wage (leefloon) or material aid, job seekers in their waiting period or on a recognised path to work, people on a civic integration course (inburgeraars) and detainees.
adult-organisation-modular = Modular (module by module)
adult-organisation-linear = Linear (per school year)
adult-semester = { $number ->
    [1] first semester
   *[other] second semester
}
adult-scope-school-year = the school year
adult-rate-standard = standard rate
adult-rate-nt2 = NT2 rate
adult-rate-partial = rate with a partial exemption
adult-rate-full = rate with a full exemption
adult-rate-fourth = rate for a fourth enrolment
adult-rate-fourth-full = rate for a fourth enrolment, fully exempt
adult-rate-shortage = shortage-occupation rate
adult-rate-shortage-exemption = shortage-occupation rate with an exemption
adult-rate-leisure = leisure rate, without reduction or cap

## Enrolment fee
adult-line-charged = Module { $number } ({ $area }, { $semester }): { $periods } × { $rate } ({ $kind })
adult-line-free = Module { $number } ({ $area }, { $semester }): { $periods }, no enrolment fee without a secondary-school diploma
adult-line-exempted = Module { $number } ({ $area }, { $semester }): exempted for prior learning (EVC); the { $periods } do not count
adult-line-not-computed = Module { $number } ({ $area }, { $semester }): { $periods }; the rate for { $year } is not published, not calculated
adult-cap-within = { $scope }: { $fees } stays under the maximum of { $cap } per programme
adult-cap-applied = { $scope }: { $fees } is more than the maximum; you pay { $cap }
adult-cap-unpublished = { $scope }: { $fees }. The maximum for { $year } is not published: we do not apply the earlier maximum
adult-fee-upper-bound = The maximum per programme is not published for this school year. The enrolment fee above is calculated without a maximum: the real amount may be lower.
adult-fee-incomplete = The rate of at least one module is not published for this school year: that part is not in the total.

## Premium
adult-premium-eligible = Premium for your first secondary-school diploma: { $amount }.
adult-premium-not-eligible = No premium: not every condition is met.
adult-premium-condition-first = You obtain your first secondary-school diploma through adult education ({ -adult-education-name })
adult-premium-condition-passed = Passed modules of the diploma programme for which you paid an enrolment fee: { $count }
adult-premium-condition-apply = You apply for the premium within { $months } of receiving your diploma (a form and a copy of the diploma)
adult-premium-refund = { $scope }: { $paid } paid for passed modules, at most { $maximum } per semester
adult-premium-refund-year = { $scope }: { $paid } paid for passed modules
adult-premium-vouchers = Paid with training vouchers (opleidingscheques): { $amount }, not refunded
adult-premium-year-maximum = Together { $before }, at most { $maximum } per programme per school year
adult-premium-timing = You apply within { $apply } of your diploma; the payment may then take up to { $payment }. So count on it at the latest { $latest } after your diploma.
adult-premium-not-refunded = Course materials and the part paid with training vouchers are not refunded.

## Time
adult-time-hours = { $periods } = { $hours } of classes over { $weeks }: on average { $per_week } a week
adult-time-exempted = Exempted (EVC): { $periods } fewer

## Flemish training leave
adult-vov-planned = { $periods } planned in the modules that count = { $hours }
adult-vov-too-small = Modules too small to count (fewer than { $minimum }): { $count }
adult-vov-maximum = Personal maximum: { $full_time } × { $percent } employment = { $maximum }
adult-vov-maximum-full-time = Personal maximum for full-time work: { $full_time } × { $percent } = { $maximum } (enter your employment under Study load and leave)
adult-vov-hours = Hours of Flemish training leave ({ -vov-name }, { -vov }) for this programme: { $hours }. Whether you are entitled (sector, employment): see Study load and leave.

## The alternative
adult-alternative-title = The alternative: the secondary-education examination board ({ -examencommissie-name })
adult-alternative-text = With the examination board ({ -examencommissie-name }) you sit exams at your own pace, without attending classes. It also awards a KSO diploma, which adult education cannot. What it costs is not in our sources.
