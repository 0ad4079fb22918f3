## Numbers, dates and units, and the words every calculator shares.

percent = { $value } %
date = { $day } { $month } { $year }
month = { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
# A period that starts on a date: "vanaf 1 mei 2024".
period-from = vanaf { $date }
# The day amounts are read on: "op 1 mei 2024".
period-on-date = op { $date }

## A parameter's amount with its unit: "€ 13,80 per studiepunt", "125 uur".
unit-eur = { $amount }
unit-eur-per-credit = { $amount } per studiepunt
unit-eur-per-month = { $amount } per maand
unit-eur-per-hour = { $amount } per uur
unit-eur-per-year = { $amount } per jaar
unit-hours = { $amount } uur
unit-hours-per-credit = { $amount } uur per studiepunt
unit-hours-per-week = { $amount } uur per week
unit-credits = { $amount } studiepunten
unit-weeks = { $amount } weken
unit-months = { $amount } maanden
unit-days = { $amount } dagen
unit-times = { $amount } keer
unit-eur-per-lesson-period = { $amount } per lestijd
unit-hours-per-lesson-period = { $amount } uur per lestijd
unit-fraction = { $amount } %
unit-factor = × { $amount }
# $answer: yes or no.
unit-yes-no = { $answer ->
    [yes] ja
   *[no] nee
}

## How sure a figure is.
status-confirmed = bevestigd
status-secondary = secundaire bron
status-inferred = afgeleid, niet officieel gelezen
status-unavailable = niet gepubliceerd
status-estimated = geschat: het cijfer van een andere periode

## A year whose own figure is not published uses the latest earlier one.
estimated-amount = Het bedrag voor { $asked } is nog niet gepubliceerd: dit is dat van { $period } ({ $status }). Door de indexering ligt het echte bedrag meestal enkele procenten hoger.
estimated-rule = De regel voor { $asked } is nog niet gepubliceerd: dit is die van { $period } ({ $status }).
estimated-from-next = Het bedrag { $asked } is niet gevonden: dit is het eerste dat erna gepubliceerd werd, { $period } ({ $status }). Het echte bedrag lag toen wellicht enkele procenten lager.

## Why a figure is missing.
missing-parameter = Deze parameter ontbreekt in de gegevens van deze versie.
missing-unpublished = Niet gepubliceerd.
missing-not-covered = Deze versie bevat geen waarde voor deze periode ({ $period }).

## Counted things, in running text.
# $count chooses the plural form; $amount is the same number written with its separators.
count-credits = { $count ->
    [one] { $amount } studiepunt
   *[other] { $amount } studiepunten
}
count-hours = { $count ->
   *[other] { $amount } uur
}
count-months = { $count ->
    [one] { $amount } maand
   *[other] { $amount } maanden
}
count-weeks = { $count ->
    [one] { $amount } week
   *[other] { $amount } weken
}
count-percentage-points = { $count ->
    [one] { $amount } procentpunt
   *[other] { $amount } procentpunten
}
count-lesson-periods = { $count ->
    [one] { $amount } lestijd
   *[other] { $amount } lestijden
}
# "750 tot 900 uur"
hours-range = { $min } tot { $max } uur
# A message whose id the data files give (an agreement's fact): its words as they are.
named = { $id }
