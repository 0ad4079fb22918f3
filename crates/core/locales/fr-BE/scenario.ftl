## Checking a scenario: each message says what is wrong with one field and what is allowed.
# Numbers are written as the person gave them, without thousands separators.
# French: a no-break space (U+00A0) before : ; ? ! and inside « ».
scenario-too-large = les données sont trop volumineuses ({ $size } octets ; maximum { $maximum })
scenario-year-unsupported = { $year } n'est pas pris en charge : choisissez une année académique de { $first } à { $last } inclus
scenario-learning-credit-range = { $balance } ne peut pas être un crédit d'apprentissage : indiquez un nombre entier de crédits de { $min } à { $max }, ou laissez-le vide si votre crédit d'apprentissage suffit
scenario-enrolments-too-many = { $count } inscriptions, c'est trop : { $maximum } au maximum
scenario-institution-empty = indiquez le nom de la haute école ou de l'université
scenario-institution-too-long = le nom est trop long : { $maximum } caractères au maximum
scenario-credits-range = { $credits } crédits, ce n'est pas possible : indiquez un nombre entier de { $min } à { $max } (une année académique complète compte 60 crédits)
scenario-price-range = { $price } ne peut pas être un prix en cents d'euro : indiquez un montant de 0 à { $maximum }
scenario-price-not-postinitial = un prix propre à l'établissement n'est possible que pour une formation postinitiale ; les autres formations ont des droits d'inscription légaux
scenario-language-tests-too-many = { $count } tests de langue, c'est trop : { $maximum } au maximum
# "open" and "individual" are the values the scenario takes, not translated.
scenario-itace-no-group = le test ITACE n'a pas de session de groupe : choisissez open ou individual

## JSON that does not read as a scenario. Field names and values are the JSON's own
## ("academic_year", "non_grant"), never translated; $detail is the reader's technical
## description, in English.
scenario-json-syntax = ce n'est pas du JSON valable ({ $detail })
scenario-json-missing-field = le champ "{ $field }" manque : indiquez { $hint }
scenario-json-unknown-variant = "{ $value }" n'est pas une valeur autorisée : choisissez { $choices }
scenario-json-unknown-field = le champ "{ $field }" n'existe pas (autorisés : { $allowed })
scenario-json-wrong-type = type de valeur incorrect ({ $detail }) : attendu { $hint }
# The last two of a list of choices: "\"diploma\", \"credit\" ou \"exam\"".
scenario-choice-or = { $rest } ou { $last }
# What a field takes, after "indiquez" or "attendu".
scenario-hint-academic-year = une année académique comme "2024-2025" (de { $first } à { $last })
scenario-hint-student = un objet avec "status" et éventuellement "learning_credit"
scenario-hint-enrolments = une liste d'inscriptions
scenario-hint-institution = le nom de l'établissement
scenario-hint-credits = un nombre entier de crédits de { $min } à { $max }
scenario-hint-learning-credit = un nombre entier de crédits
scenario-hint-any = une valeur valable

## An academic year that does not read. $text is what was given.
year-format = « { $text } » n'est pas une année académique : écrivez-la sous la forme « 2024-2025 »
year-not-consecutive = « { $text } » n'est pas une année académique : la seconde année doit suivre la première

## What a person types in a form field. $text is what was typed; $example, $whole and
## $decimal are examples written the way this language writes numbers.
input-number-empty = indiquez un nombre
input-number-invalid = « { $text } » n'est pas un nombre entier : tapez uniquement des chiffres, par exemple 60
input-number-too-large = « { $text } » est trop grand
input-amount-empty = indiquez un montant
input-amount-invalid = « { $text } » n'est pas un montant : tapez-le par exemple ainsi : { $example }
input-decimal-invalid = « { $text } » n'est pas un nombre : tapez-le par exemple ainsi : { $whole } ou { $decimal }
input-hours-empty = indiquez un nombre d'heures
input-hours-invalid = « { $text } » n'est pas un nombre d'heures : tapez-le par exemple ainsi : { $whole } ou { $decimal }

## A shared link or a stored scenario that could not be read whole.
# $dropped: the parts reset, joined by share-list-separator.
share-message = Tout n'a pas pu être repris ; ceci a été remis à la valeur par défaut : { $dropped }.
share-list-separator = { " ; " }
share-dropped-newer-format = le lien provient d'une version plus récente (format { $version }) ; seul ce que cette version connaît a été lu
share-dropped-unknown-format = format inconnu
share-dropped-too-large = les données étaient trop volumineuses
share-dropped-damaged = les données étaient endommagées et n'ont pas pu être lues
share-dropped-academic-year = l'année académique
share-dropped-status = votre statut
share-dropped-learning-credit = votre crédit d'apprentissage
share-dropped-enrolments-after = les inscriptions après le numéro { $maximum }
share-dropped-enrolment = l'inscription { $number }
share-dropped-enrolments = les inscriptions
share-dropped-language-tests = les tests de langue
share-dropped-leave = votre situation de travail et votre congé
share-dropped-dual = vos données sur l'apprentissage dual
share-dropped-adult-education = vos données sur le diplôme secondaire dans l'enseignement pour adultes
# $keys: the names of the unknown parts, as the data names them.
share-dropped-unknown-data = des données inconnues ({ $keys })
share-dropped-inconsistent = une combinaison qui ne tenait pas
share-dropped-stored-input-damaged = votre saisie précédente dans ce navigateur était endommagée
