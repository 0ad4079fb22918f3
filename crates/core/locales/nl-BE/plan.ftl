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

## De woorden van het studietraject.
plan-count-years = { $count ->
    [one] { $amount } jaar
   *[other] { $amount } jaar
}
plan-contract-diploma = { -diploma-contract-name }
plan-contract-credit = { -credit-contract-name }
plan-contract-exam = { -exam-contract-name }
plan-degree-bachelor = bachelor
plan-degree-master = master
plan-degree-graduaat = { -graduaat-name }
plan-degree-bridging = schakel- of voorbereidingsprogramma
plan-step-taken = { $credits } opgenomen: eraf
plan-step-earned = { $credits } verworven: terug
plan-step-bonus = { $credits } tellen dubbel (de eerste 60 verworven op diplomacontract)
plan-step-master = het masterdiploma kost { $credits }
plan-step-not-used = een { -exam-contract-name } gebruikt geen { -learning-credit-name }
plan-learning-credit-year = { -learning-credit-name }: { $before } → { $after } ({ $steps })
plan-consent = Met { -learning-credit-name } op of onder 0 kan je alleen inschrijven als de instelling toestemming geeft, en zij mag meer { -studiegeld } vragen.
plan-impossible-more-than-programme = meer studiepunten per jaar dan de hele opleiding
plan-impossible-too-long = zou langer duren dan { $max } jaar
plan-option = { $contract }, { $credits } per jaar
plan-option-varies = { $option }, met eigen keuzes per jaar
plan-summary = Je studietraject duurt { $years }, van { $first } tot en met { $last }, en kost { $fee } { -studiegeld }. Daarna heb je { $end } studiepunten { -learning-credit-name }.
plan-summary-not-computed = Je studietraject duurt { $years }, van { $first } tot en met { $last }; het { -studiegeld } van een jaar is niet berekend. Daarna heb je { $end } studiepunten { -learning-credit-name }.
