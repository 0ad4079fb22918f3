## Mijn studietraject: de hele opleiding over de jaren.

## Wat niet kan in de invoer.
plan-error-programme-credits = { $value } studiepunten kan geen opleiding zijn: geef een geheel getal van { $min } tot { $max } (een bachelor telt 180)
plan-error-no-credits-per-year = met 0 studiepunten per jaar raakt de opleiding nooit af: geef minstens 1 studiepunt per jaar
plan-error-credits-per-year = { $value } studiepunten per jaar kan niet: geef hoogstens { $max }
plan-error-more-than-programme = { $value } studiepunten per jaar is meer dan de hele opleiding: geef hoogstens { $programme }
plan-error-pass-percent = { $value } % kan niet: geef een geheel percentage van { $min } tot { $max }
plan-error-start-year = { $year } wordt niet ondersteund: kies een startjaar van { $first } tot en met { $last }
plan-error-learning-credit-start = { $value } kan geen leerkrediet zijn: geef een geheel aantal studiepunten van { $min } tot { $max }
plan-error-too-many-years = { $count } aparte jaren is te veel: hoogstens { $max }
plan-error-year-credits = { $value } studiepunten in jaar { $number } kan niet: geef 0 tot { $max }
plan-error-too-long = zo duurt de opleiding langer dan { $max } jaar: neem meer studiepunten per jaar of slaag voor een groter deel

## Een gedeelde link of bewaarde berekening.
share-dropped-plan = je studietraject
