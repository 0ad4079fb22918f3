## Numbers, dates and units, and the words every calculator shares.

percent = { $value } %
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
period-from = à partir du { $date }
# The day amounts are read on: "op 1 mei 2024".
period-on-date = au { $date }

## A parameter's amount with its unit.
unit-eur = { $amount }
unit-eur-per-credit = { $amount } par crédit
unit-eur-per-month = { $amount } par mois
unit-eur-per-hour = { $amount } par heure
unit-eur-per-year = { $amount } par an
unit-hours = { $amount } heures
unit-hours-per-credit = { $amount } heures par crédit
unit-hours-per-week = { $amount } heures par semaine
unit-credits = { $amount } crédits
unit-weeks = { $amount } semaines
unit-months = { $amount } mois
unit-days = { $amount } jours
unit-times = { $amount } fois
unit-eur-per-lesson-period = { $amount } par période de cours
unit-hours-per-lesson-period = { $amount } heures par période de cours
unit-fraction = { $amount } %
unit-factor = × { $amount }
unit-yes-no = { $answer ->
    [yes] oui
   *[no] non
}

## How sure a figure is.
status-confirmed = confirmé
status-secondary = source secondaire
status-inferred = déduit, non lu dans une source officielle
status-unavailable = non publié
status-estimated = estimé : le chiffre d’une autre période

## A year whose own figure is not published uses the latest earlier one.
estimated-amount = Le montant pour { $asked } n'est pas encore publié : voici celui de { $period } ({ $status }). Avec l'indexation, le montant réel est généralement supérieur de quelques pour cent.
estimated-rule = La règle pour { $asked } n'est pas encore publiée : voici celle de { $period } ({ $status }).
estimated-from-next = Le montant { $asked } n’a pas été trouvé : voici le premier publié ensuite, { $period } ({ $status }). Le montant réel était sans doute inférieur de quelques pour cent.

## Why a figure is missing.
missing-parameter = Ce paramètre manque dans les données de cette version.
missing-unpublished = Non publié.
missing-not-covered = Cette version ne contient aucune valeur pour cette période ({ $period }).

## Counted things, in running text.
# $count chooses the plural form; $amount is the same number written with its separators.
count-credits = { $count ->
    [one] { $amount } crédit
   *[other] { $amount } crédits
}
count-hours = { $count ->
    [one] { $amount } heure
   *[other] { $amount } heures
}
count-months = { $amount } mois
count-weeks = { $count ->
    [one] { $amount } semaine
   *[other] { $amount } semaines
}
count-percentage-points = { $count ->
    [one] { $amount } point de pourcentage
   *[other] { $amount } points de pourcentage
}
count-lesson-periods = { $count ->
    [one] { $amount } période de cours
   *[other] { $amount } périodes de cours
}
hours-range = { $min } à { $max } heures
named = { $id }
