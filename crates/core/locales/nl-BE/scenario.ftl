## Checking a scenario: each message says what is wrong with one field and what is allowed.
# Numbers are written as the person gave them, without thousands separators.
scenario-too-large = de invoer is te groot ({ $size } bytes; maximum { $maximum })
scenario-year-unsupported = { $year } wordt niet ondersteund: kies een academiejaar van { $first } tot en met { $last }
scenario-learning-credit-range = { $balance } kan geen leerkrediet zijn: geef een geheel aantal studiepunten van { $min } tot { $max }, of laat het weg als je genoeg leerkrediet hebt
scenario-enrolments-too-many = { $count } inschrijvingen is te veel: maximaal { $maximum }
scenario-institution-empty = vul de naam van de hogeschool of universiteit in
scenario-institution-too-long = de naam is te lang: maximaal { $maximum } tekens
scenario-credits-range = { $credits } studiepunten kan niet: geef een geheel getal van { $min } tot { $max } (een volledig academiejaar is 60)
scenario-price-range = { $price } kan geen prijs in eurocent zijn: geef een bedrag van 0 tot { $maximum }
scenario-price-not-postinitial = een eigen prijs van de instelling kan alleen bij een postinitiële opleiding; de andere opleidingen hebben een wettelijk studiegeld
scenario-language-tests-too-many = { $count } taaltests is te veel: maximaal { $maximum }
# "open" and "individual" are the values the scenario takes, not translated.
scenario-itace-no-group = de ITACE-test kent geen groepsafspraak: kies open of individual

## JSON that does not read as a scenario. Field names and values are the JSON's own
## ("academic_year", "non_grant"), never translated; $detail is the reader's technical
## description, in English.
scenario-json-syntax = dit is geen geldige JSON ({ $detail })
scenario-json-missing-field = het veld "{ $field }" ontbreekt: geef { $hint }
scenario-json-unknown-variant = "{ $value }" is geen toegestane waarde: kies { $choices }
scenario-json-unknown-field = het veld "{ $field }" bestaat niet (toegestaan: { $allowed })
scenario-json-wrong-type = verkeerd soort waarde ({ $detail }): verwacht { $hint }
# The last two of a list of choices: "\"diploma\", \"credit\" of \"exam\"".
scenario-choice-or = { $rest } of { $last }
# What a field takes, after "geef" or "verwacht".
scenario-hint-academic-year = een academiejaar zoals "2024-2025" ({ $first } tot en met { $last })
scenario-hint-student = een object met "status" en eventueel "learning_credit"
scenario-hint-enrolments = een lijst van inschrijvingen
scenario-hint-institution = de naam van de instelling
scenario-hint-credits = een geheel aantal studiepunten van { $min } tot { $max }
scenario-hint-learning-credit = een geheel aantal studiepunten
scenario-hint-any = een geldige waarde

## An academic year that does not read. $text is what was given.
year-format = "{ $text }" is geen academiejaar: schrijf het als "2024-2025"
year-not-consecutive = "{ $text }" is geen academiejaar: het tweede jaar moet het eerste plus één zijn

## What a person types in a form field. $text is what was typed; $example, $whole and
## $decimal are examples written the way this language writes numbers.
input-number-empty = vul een getal in
input-number-invalid = "{ $text }" is geen geheel getal: typ alleen cijfers, zoals 60
input-number-too-large = "{ $text }" is te groot
input-amount-empty = vul een bedrag in
input-amount-invalid = "{ $text }" is geen bedrag: typ het zoals { $example }
input-decimal-invalid = "{ $text }" is geen getal: typ het zoals { $whole } of { $decimal }
input-hours-empty = vul een aantal uren in
input-hours-invalid = "{ $text }" is geen aantal uren: typ het zoals { $whole } of { $decimal }

## A shared link or a stored scenario that could not be read whole.
# $dropped: the parts reset, joined by share-list-separator.
share-message = Niet alles kon worden overgenomen; dit is teruggezet naar de standaardwaarde: { $dropped }.
share-list-separator = { "; " }
share-dropped-newer-format = de link komt uit een nieuwere versie (formaat { $version }); alleen wat deze versie kent, is gelezen
share-dropped-unknown-format = onbekend formaat
share-dropped-too-large = de gegevens waren te groot
share-dropped-damaged = de gegevens waren beschadigd en konden niet gelezen worden
share-dropped-academic-year = het academiejaar
share-dropped-status = je statuut
share-dropped-learning-credit = je leerkrediet
share-dropped-enrolments-after = inschrijvingen na nummer { $maximum }
share-dropped-enrolment = inschrijving { $number }
share-dropped-enrolments = de inschrijvingen
share-dropped-language-tests = de taaltests
share-dropped-leave = je werksituatie en verlof
share-dropped-dual = je gegevens over duaal leren
share-dropped-adult-education = je gegevens over het secundair diploma in het volwassenenonderwijs
# $keys: the names of the unknown parts, as the data names them.
share-dropped-unknown-data = onbekende gegevens ({ $keys })
share-dropped-inconsistent = een combinatie die niet klopte
share-dropped-stored-input-damaged = je vorige invoer in deze browser was beschadigd
