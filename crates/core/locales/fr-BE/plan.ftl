## Mon parcours d’études : tout le programme au fil des années.

## Ce qui n’est pas possible dans la saisie.
plan-error-programme-credits = { $value } crédits ne peut pas être un programme : indiquez un nombre entier de { $min } à { $max } (un bachelier compte 180 crédits)
plan-error-no-credits-per-year = avec 0 crédit par an, le programme ne se termine jamais : indiquez au moins 1 crédit par an
plan-error-credits-per-year = { $value } crédits par an, ce n’est pas possible : indiquez au plus { $max }
plan-error-more-than-programme = { $value } crédits par an, c’est plus que tout le programme : indiquez au plus { $programme }
plan-error-pass-percent = { $value } %, ce n’est pas possible : indiquez un pourcentage entier de { $min } à { $max }
plan-error-start-year = { $year } n’est pas pris en charge : choisissez une année de début de { $first } à { $last }
plan-error-learning-credit-start = { $value } ne peut pas être un crédit d’apprentissage ({ -learning-credit-name }) : indiquez un nombre entier de crédits de { $min } à { $max }
plan-error-too-many-years = { $count } années distinctes, c’est trop : au plus { $max }
plan-error-year-credits = { $value } crédits l’année { $number }, ce n’est pas possible : indiquez de 0 à { $max }
plan-error-too-long = le programme durerait ainsi plus de { $max } ans : prenez plus de crédits par an ou réussissez une plus grande part

## A shared link or saved scenario.
share-dropped-plan = votre parcours d’études
