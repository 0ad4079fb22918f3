## La charge d’études face aux congés : congé-éducation flamand (VOV), crédit-temps avec
## motif formation et prime VOK, crédit-soins flamand, et la part de la charge d’études
## qu’ils couvrent. Les heures, montants et pourcentages arrivent déjà écrits
## (« 7,6 heures », « € 1.116,00 », « 80 % ») ; $year est une année académique (« 2024-2025 »).

# Entre les éléments d’une liste dans une phrase : « a ; b ».
leave-list-separator = { " ; " }
# Un chiffre non publié : « libellé (période) : raison ».
leave-missing-figure = { $label } ({ $period }) : { $reason }

## Les régimes, tels qu’ils sont nommés dans une phrase, avec le nom légal néerlandais.
## Tous masculins sauf la prime (leave-shortfall-training-credits dit « du { $scheme } »
## et ne nomme que le crédit-temps et le crédit-soins).
leave-scheme-vov = congé-éducation flamand ({ -vov-name }, { -vov })
leave-scheme-time-credit = crédit-temps avec motif formation ({ -time-credit-name })
leave-scheme-vok = prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok })
leave-scheme-care-credit = crédit-soins flamand ({ -care-credit-name })

## Les contrats d’une inscription, dans une phrase.
leave-contract-diploma = contrat de diplôme
leave-contract-credit = contrat de crédits
leave-contract-exam = contrat d’examen

## Les formes d’une interruption, dans une phrase (« Avec un crédit-temps à 1/5 … »).
time-credit-form-one-fifth = crédit-temps à 1/5
time-credit-form-half-time = crédit-temps à mi-temps
time-credit-form-full-time = crédit-temps à temps plein
time-credit-form-not-chosen = crédit-temps (non choisi)
care-credit-form-one-fifth = crédit-soins à 1/5
care-credit-form-half-time = crédit-soins à mi-temps
care-credit-form-full-time = crédit-soins à temps plein
care-credit-form-not-chosen = crédit-soins (non choisi)

## Les données, vérifiées champ par champ. Les valeurs saisies et les limites sont écrites
## comme dans le JSON, sans séparateurs ; $max_amount est la même limite en montant.
leave-error-employment-percent = { $value } % ne peut pas être un taux d’occupation : indiquez un nombre entier de { $min } à { $max } (temps plein = 100)
leave-error-weekly-hours = { $hours } par semaine, ce n’est pas possible : indiquez les heures par semaine de votre contrat de travail, plus de 0 et au plus { $max }
leave-error-weeks = { $weeks } semaines, ce n’est pas possible : indiquez un nombre entier de semaines de { $min } à { $max } (une année académique compte { $year_weeks } semaines)
leave-error-seniority = { $months } mois, ce n’est pas possible : indiquez le nombre de mois chez votre employeur actuel, de 0 à { $max }, ou laissez le champ vide
leave-error-wage = { $wage } ne peut pas être un salaire brut en centimes d’euro : indiquez un montant de 0 à { $max } ({ $max_amount }), ou laissez le champ vide
leave-error-allowance = { $allowance } ne peut pas être une allocation en centimes d’euro : indiquez un montant de 0 à { $max } ({ $max_amount }), ou laissez le champ vide
leave-error-allowance-without-interruption = une allocation de crédit-temps ou de crédit-soins n’est possible que si vous interrompez votre travail : choisissez une forme d’interruption, ou laissez l’allocation vide
vov-error-planned-range = { $planned }, ce n’est pas possible : indiquez un nombre d’heures de congé-éducation flamand de 0 à { $max }, ou laissez le champ vide pour votre maximum
vov-error-not-private = Le congé-éducation flamand n’existe que pour les travailleurs du secteur privé : laissez ce champ vide ou choisissez le secteur privé
leave-error-lesson-periods = { $periods } périodes de cours, ce n’est pas possible : indiquez un nombre entier de { $min } à { $max }, ou laissez le champ vide

## Un nombre d’heures illisible dans le JSON (reformulé à partir de la forme néerlandaise ;
## $value est le nombre tel qu’il est écrit dans le JSON).
leave-error-hours-too-large = { $value } heures, c’est trop grand
leave-error-hours-not-a-number = { $value } n’est pas un nombre d’heures
leave-error-hours-decimals = { $value } heures : indiquez au plus deux décimales
leave-error-hours-expected = un nombre d’heures, comme 38 ou 30.4

## Remarques sur l’ensemble du résultat.
leave-note-study-load = Un crédit représente 25 à 30 heures d’études : cours, préparation et étude, examens et travaux compris. Le congé-éducation flamand ({ -vov-name }) donne 4 heures par crédit : la charge d’études réelle est donc bien plus élevée (SERV, « Een leven lang student », 2021).
leave-note-other-public = Pour un employeur public autre que l’Autorité flamande, nos sources ne décrivent ni congé-éducation ni interruption de carrière : renseignez-vous auprès de votre service du personnel.

## La charge d’études.
leave-study-load-low = { $credits } × { $per_credit } = { $hours } (estimation basse)
leave-study-load-high = { $credits } × { $per_credit } = { $hours } (estimation haute)
leave-study-load-lessons = Enseignement pour adultes : { $periods ->
    [one] { $periods } période de cours, comptée
   *[other] { $periods } périodes de cours, comptées
} comme { $hours } (les cours seulement ; le temps d’étude à côté ne figure dans aucun chiffre officiel)
leave-study-load-per-week-year = { $load } réparties sur { $weeks } (toute l’année académique, du 1er septembre au 31 août) : { $per_week } par semaine
leave-study-load-per-week = { $load } réparties sur { $weeks } : { $per_week } par semaine

## Le congé-éducation flamand.
vov-not-private = Pas de congé-éducation flamand ({ -vov-name }, { -vov }) : il n’existe que pour les travailleurs du secteur privé (non-marchand privé compris) en Région flamande.
vov-condition-private-sector = Vous travaillez dans le secteur privé (non-marchand privé compris)
vov-condition-private-sector-flanders = Vous travaillez dans le secteur privé (non-marchand privé compris), dans un siège situé en Région flamande (ce dernier point, nous ne le vérifions pas)
vov-shortfall-employment = Avec { $points } d’occupation en plus ({ $minimum } au lieu de { $percent }), vous avez droit en { $year } au congé-éducation flamand ({ -vov-name }, { -vov }).
vov-condition-employment = Taux d’occupation d’au moins { $minimum } en { $year } : vous travaillez à { $percent }
vov-note-exactly-half = Vous travaillez à exactement { $percent } : avec un horaire fixe, vous ne pouvez prendre le congé-éducation que pour des heures de travail qui coïncident avec des cours ou des examens (vlaanderen.be).
vov-shortfall-weekly-hours = Avec { $short } de plus par semaine ({ $minimum } au lieu de { $hours }), vous avez droit en { $year } au congé-éducation flamand ({ -vov-name }, { -vov }).
vov-condition-weekly-hours = Travailler au moins { $minimum } par semaine en { $year } : vous travaillez { $hours }
vov-enrolment-name = Inscription { $number } ({ $institution })
vov-line-exam-contract = { $name } : { $points } en contrat d’examen : pas de congé-éducation (les contrats d’examen n’entrent pas en ligne de compte)
vov-line-too-small = { $name } : { $points }, c’est moins que { $minimum } : ne compte pas pour le congé-éducation
vov-shortfall-enrolment = Avec { $points } de plus, l’inscription { $number } compte pour le congé-éducation flamand ({ -vov-name }, { -vov }), qui exige au moins { $minimum }.
vov-line-enrolment = { $name } : { $points } en { $contract } × { $per_credit } = { $hours }
vov-line-enrolment-graduaat = { $name } : { $points } en { $contract } (graduat, { -graduaat-name }) × { $per_credit } = { $hours }
vov-line-lessons = Enseignement pour adultes : { $periods ->
    [one] { $periods } période de cours prévue
   *[other] { $periods } périodes de cours prévues
} = { $hours }
vov-line-lessons-too-small = Enseignement pour adultes : { $periods }, c’est moins que { $minimum } : ne compte pas pour le congé-éducation
vov-shortfall-lessons = Avec { $periods } de plus, votre formation dans l’enseignement pour adultes compte pour le congé-éducation flamand ({ -vov-name }, { -vov }), qui exige au moins { $minimum }.
vov-condition-training = Une formation de la base de données des formations (opleidingsdatabank) d’au moins { $minimum } en contrat de diplôme ou de crédits (ou d’au moins 32 périodes de cours dans l’enseignement pour adultes) : { $counted ->
    [yes] oui
   *[no] non
}
vov-line-personal-maximum = Maximum personnel : { $full_time } × { $percent } d’occupation = { $maximum } par année scolaire
vov-line-entitlement-training = Votre droit en { $year } : les heures de votre formation, dans les limites de votre maximum ({ $training } pour votre formation, maximum personnel de { $maximum }) = { $entitlement }
vov-line-entitlement-maximum = Votre droit en { $year } : votre maximum personnel, car votre formation donne davantage ({ $training } pour votre formation, maximum personnel de { $maximum }) = { $entitlement }
vov-error-planned-not-eligible = { $planned } de congé-éducation flamand, ce n’est pas possible : vous n’y avez pas droit en { $year } (voir les conditions dans le résultat). Laissez ce champ vide ou indiquez 0
vov-error-planned-above = { $planned }, ce n’est pas possible : en { $year }, vous pouvez prendre au plus { $entitlement } de congé-éducation flamand ({ $training } pour votre formation, maximum personnel de { $maximum }). Indiquez de 0 à { $entitlement_number }, ou laissez le champ vide pour votre maximum
vov-line-planned-above = Vous prévoyez { $planned }, plus que votre droit : nous calculons avec { $entitlement }
vov-line-planned = Vous prévoyez { $planned } de congé-éducation flamand : nous calculons avec ce chiffre
vov-line-employer-refund = Pour votre employeur : { $hours } × { $per_hour } = { $amount }, remboursés par l’Autorité flamande (arrondi au centime)
vov-line-wage-above-ceiling = Votre salaire brut ({ $wage }) dépasse le plafond salarial de { $ceiling } : pour vos heures de congé-éducation, votre employeur peut limiter votre salaire à ce plafond
vov-line-wage-below-ceiling = Votre salaire brut ({ $wage }) ne dépasse pas le plafond salarial de { $ceiling } : vous gardez votre salaire complet pendant vos heures de congé-éducation
vov-line-wage-ceiling = Pendant vos heures de congé-éducation, vous gardez votre salaire ; votre employeur peut le limiter au plafond salarial de { $ceiling }
vov-note-ceiling-missing = Pendant vos heures de congé-éducation, vous gardez votre salaire, limité à un plafond indexé chaque année au 1er septembre ; le plafond pour { $year } n’a pas été trouvé.
vov-note-exams = Les heures de congé-éducation ne valent que pour les crédits pour lesquels vous présentez l’examen, pas pour tous les crédits auxquels vous êtes inscrit (SERV 2021, qui renvoie à vlaanderen.be). Si vous arrêtez ou ne présentez pas un examen, votre participation aux examens détermine combien d’heures vous conservez (odisee.be).
vov-note-estimated-rules = { $note }
vov-note-reference-month-march = Pour { $year }, c’est votre taux d’occupation du mois de mars précédant l’année scolaire qui compte (selon sodalis.be, une source secondaire ; avant 2023-2024, c’était septembre).
vov-note-reference-month-september = Pour { $year }, c’est votre taux d’occupation de septembre qui compte (à partir de 2023-2024, ce sera mars précédant l’année scolaire, selon sodalis.be).
vov-note-database = Votre formation doit figurer dans la base de données flamande des formations (vlaanderen.be/opleidingsdatabank). Planifiez vos heures de congé en concertation avec votre employeur.
vov-text-eligible = En { $year }, vous pouvez prendre { $entitlement } de congé-éducation flamand ({ -vov-name }, { -vov }) : { $training } pour votre formation, dans les limites de votre maximum personnel de { $maximum }.
vov-text-eligible-planned = En { $year }, vous pouvez prendre { $entitlement } de congé-éducation flamand ({ -vov-name }, { -vov }) : { $training } pour votre formation, dans les limites de votre maximum personnel de { $maximum }. Vous en prévoyez { $planned }.
vov-text-not-eligible = Pas de congé-éducation flamand ({ -vov-name }, { -vov }) en { $year }. Conditions non remplies : { $failed }.
vov-text-not-computed = Non calculé : les conditions pour { $year } ne sont pas publiées. { $why }

## Crédit-temps avec motif formation et crédit-soins flamand : les heures qu’ils libèrent.
leave-full-time-week = une semaine de travail à temps plein de { $week }
leave-full-time-week-computed = une semaine de travail à temps plein ({ $week } / { $percent } = { $full_time_week })
leave-freed-none = Vous n’interrompez pas votre travail
leave-freed-full-time = Interruption à temps plein : toutes vos { $week } par semaine
leave-freed-half-time = Mi-temps : vous travaillez encore la moitié d’{ $full_time } = { $half } ; { $week } − { $half } = { $freed } de moins par semaine
leave-freed-one-fifth = 1/5 : un cinquième d’{ $full_time } = { $freed } de travail en moins par semaine
leave-line-freed-total = Sur { $weeks } d’études : { $per_week } × { $number } = { $total }

## La condition de taille de la formation, pour le crédit-temps et le crédit-soins.
time-credit-condition-training = Une formation d’au moins { $credits } ou { $hours } (périodes de cours) par an : vous avez { $points } en contrat de diplôme ou de crédits
time-credit-condition-training-lessons = Une formation d’au moins { $credits } ou { $hours } (périodes de cours) par an : vous avez { $points } en contrat de diplôme ou de crédits et { $periods ->
    [one] { $periods } période de cours
   *[other] { $periods } périodes de cours
}
care-credit-condition-training = Une formation d’au moins { $credits } ou { $hours } (heures de contact) par an : vous avez { $points } en contrat de diplôme ou de crédits
care-credit-condition-training-lessons = Une formation d’au moins { $credits } ou { $hours } (heures de contact) par an : vous avez { $points } en contrat de diplôme ou de crédits et { $periods ->
    [one] { $periods } période de cours
   *[other] { $periods } périodes de cours
}
leave-shortfall-training-credits = Avec { $points } de plus en contrat de diplôme ou de crédits ({ $needed } au lieu de { $credits }), vous avez droit en { $year } au { $scheme }.
leave-line-hours-threshold = Seuil en heures : { $threshold } par an ; les périodes de cours ({ $periods }) comptent comme des heures
leave-shortfall-training-lessons = Ou avec { $periods } de plus ({ $needed } au lieu de { $lessons }), vous avez droit en { $year } au { $scheme }.

## Crédit-temps avec motif formation.
time-credit-not-private = Le crédit-temps avec motif formation ({ -time-credit-name }, CCT n° 103) et la prime VOK sont destinés aux travailleurs du secteur privé et du non-marchand privé. Dans le secteur public flamand, il existe le crédit-soins flamand ({ -care-credit-name }).
time-credit-note-trimester = Si vous n’atteignez pas le seuil annuel, { $credits } ou { $hours } par trimestre scolaire ou par période ininterrompue de 3 mois suffisent aussi (odisee.be). Nous ne pouvons pas le vérifier à partir d’un total annuel : renseignez-vous auprès de votre établissement d’enseignement.
time-credit-shortfall-seniority = Après encore { $months } chez votre employeur ({ $needed } au lieu de { $seniority }), vous remplissez la condition d’ancienneté pour le crédit-temps ({ -time-credit-name }).
time-credit-condition-seniority = Au moins { $minimum } chez votre employeur actuel : vous avez { $months }
time-credit-seniority-fallback = 2 ans
time-credit-verify-seniority = Vous travaillez depuis au moins { $minimum } chez votre employeur actuel (indiquez votre ancienneté pour le vérifier).
time-credit-condition-half-time = Le crédit-temps à mi-temps réduit votre travail à la moitié d’un emploi à temps plein : vous travaillez actuellement à { $percent }, il n’y a donc rien à réduire
time-credit-note-one-fifth-part-time = Le crédit-temps à 1/5 est une réduction d’un emploi à temps plein ; la prime VOK pour un 1/5 exige une occupation de 100 % au début (vlaanderen.be). Vous travaillez à { $percent } : vérifiez auprès de l’ONEM si un 1/5 est possible pour vous.
time-credit-verify-agreement = Le crédit-temps à temps plein ou à mi-temps avec motif formation n’est possible que si une CCT de votre secteur ou de votre entreprise le permet (hetacv.be) ; pour un 1/5, ce n’est pas nécessaire.
time-credit-verify-recognised = Votre formation est reconnue par les Communautés ou par le secteur, et vous la suivez : au plus un dixième d’absences injustifiées par trimestre, avec une attestation de présence dans les 20 jours calendrier (odisee.be).
time-credit-line-max-months = Au plus { $months } de crédit-temps avec motif formation sur toute votre carrière, toutes formes confondues
time-credit-text-no-form = Votre formation et votre situation remplissent les conditions du crédit-temps avec motif formation ({ -time-credit-name }) que nous pouvons vérifier. Choisissez une forme (1/5, mi-temps ou temps plein) pour voir combien d’heures elle libère.
time-credit-text = Avec un { $form } avec motif formation ({ -time-credit-name }), vous travaillez { $per_week } de moins par semaine : { $hours } sur { $weeks }.
time-credit-text-not-eligible = Pas de crédit-temps avec motif formation ({ -time-credit-name }) en { $year }. Conditions non remplies : { $failed }.
time-credit-text-not-computed = Non calculé : une condition du crédit-temps ({ -time-credit-name }) en { $year } n’est pas publiée.
time-credit-allowance-lookup = Le montant de votre allocation de l’ONEM ne figure pas dans nos sources ; il dépend de la forme, de votre ancienneté et de votre âge. Cherchez-le dans le barème de l’ONEM (rva.be, « Loopbaanonderbreking en tijdskrediet ») et indiquez-le.
time-credit-allowance-reference = Le barème de l’ONEM (montants { $period }) donne { $amount } brut par mois pour { $form } ; qui l’a demandé avant le 1er février 2023 avec au moins 5 ans d’ancienneté recevait { $seniority_amount }. Les indexations ultérieures n’ont pas été trouvées : reprenez ce montant ou indiquez le vôtre.

## Crédit-soins flamand.
care-credit-not-flemish-public = Le crédit-soins flamand ({ -care-credit-name }) est destiné au secteur public flamand (personnel enseignant compris).
care-credit-verify-training = La formation est organisée, subventionnée ou reconnue par l’Autorité flamande (werk.be).
care-credit-verify-attendance = Vous êtes présent : par trimestre, au plus un dixième de la formation en absences injustifiées (vlaanderen.be).
care-credit-note-unknown = Combien de temps vous pouvez prendre un crédit-soins avec motif formation et le montant de l’allocation ne figurent pas dans nos sources : renseignez-vous auprès de votre service du personnel ou consultez vlaanderen.be/vlaams-zorgkrediet.
care-credit-text-no-form = Votre formation est suffisamment étendue pour le crédit-soins flamand ({ -care-credit-name }) avec motif formation. Choisissez une forme (1/5, mi-temps ou temps plein) pour voir combien d’heures elle libère.
care-credit-text = Avec un { $form } avec motif formation ({ -care-credit-name }), vous travaillez { $per_week } de moins par semaine : { $hours } sur { $weeks }.
care-credit-text-not-eligible = Pas de crédit-soins flamand ({ -care-credit-name }) avec motif formation en { $year } : votre formation est trop limitée.
care-credit-text-not-computed = Non calculé : la condition du crédit-soins flamand ({ -care-credit-name }) en { $year } n’est pas publiée.
care-credit-allowance-lookup = Le montant de l’allocation de crédit-soins ne figure pas dans nos sources : renseignez-vous auprès de votre service du personnel ou consultez vlaanderen.be/vlaams-zorgkrediet, et indiquez-le.

## La prime d’encouragement flamande pour crédit-formation (VOK).
vok-not-private = Pas de prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }) : elle n’existe que pour les travailleurs du secteur privé et du non-marchand privé.
vok-condition-time-credit = Un crédit-temps avec motif formation avec une allocation de l’ONEM (qui exige notamment 360 heures ou 27 crédits sur base annuelle)
vok-no-interruption = Pas de prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }) : elle s’ajoute au crédit-temps avec motif formation. Choisissez une forme de crédit-temps pour voir la prime.
vok-shortfall-highest = Avec { $points } d’occupation en plus ({ $needed } au lieu de { $percent }) l’année précédant votre interruption, vous recevez la prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }) la plus élevée.
vok-shortfall-higher = Avec { $points } d’occupation en plus ({ $needed } au lieu de { $percent }) l’année précédant votre interruption, vous recevez une prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }) plus élevée.
vok-shortfall-full-break = Avec { $points } d’occupation en plus ({ $needed } au lieu de { $percent }) l’année précédant votre interruption, vous recevez la prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }).
vok-shortfall-half-time = Avec { $points } d’occupation en plus ({ $needed } au lieu de { $percent }) l’année précédant votre interruption à mi-temps, vous recevez la prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }).
vok-shortfall-one-fifth = Avec { $points } d’occupation en plus ({ $needed } au lieu de { $percent }) au début de votre crédit-temps à 1/5, vous recevez la prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }).
vok-condition-full-break = Interruption à temps plein : avoir travaillé au moins { $low } l’année précédente (la prime la plus élevée à partir de { $high }) : vous, { $percent }
vok-condition-half-time = Interruption à mi-temps : avoir travaillé au moins { $high } l’année précédente : vous, { $percent }
vok-condition-one-fifth = Réduction d’1/5 : avoir travaillé au moins { $high } l’année précédente et { $start } au début : vous, { $percent }
vok-condition-training = Votre formation mène à un diplôme (qualification d’enseignement) ou figure dans votre plan de développement personnel ({ -development-plan-name }, POP) : { $training ->
    [diploma] contrat de diplôme
    [plan] POP
   *[none] ni contrat de diplôme ni POP
}
vok-condition-education = Peu ou moyennement qualifié, ou hautement qualifié avec un POP issu d’un accompagnement de carrière : vous êtes { $level ->
    [low-or-middle] peu ou moyennement qualifié
    [high-with-plan] hautement qualifié avec un POP
   *[high] hautement qualifié sans POP
}
vok-row-full-high = interruption à temps plein, au moins 75 % de travail l’année précédente
vok-row-full-middle = interruption à temps plein, 50 à 75 % de travail l’année précédente
vok-row-full-low = interruption à temps plein, 20 à 50 % de travail l’année précédente
vok-row-half-time = interruption à mi-temps, au moins 75 % de travail l’année précédente
vok-row-one-fifth = réduction d’1/5, travail à temps plein
vok-line-premium = Prime pour { $row }
vok-line-living-alone = Supplément parce que vous vivez seul
vok-note-duration = La prime dure aussi longtemps que votre crédit-temps avec motif formation, donc au plus { $months } (vlaanderen.be).
vok-note-amounts = Montants tels qu’ils s’appliquent depuis le { $from } (vlaanderen.be) ; leur indexation ultérieure n’est pas confirmée.
vok-note-other-trainings = Une formation qui ne mène pas à un diplôme entre aussi en ligne de compte si elle prépare à un métier en pénurie ou s’inscrit dans un parcours d’entrepreneuriat ; nous ne le vérifions pas.
vok-note-rules-unconfirmed = { $reason }
vok-text = Avec un { $form }, vous recevez une prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }) de { $gross } brut ({ $net } net) par mois en plus de votre crédit-temps.
vok-text-not-eligible = Pas de prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }) en { $year }. Conditions non remplies : { $failed }.
vok-text-not-computed = Non calculé : les montants de la prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }) pour { $year } n’ont pas été trouvés.
vok-line-money = Prime VOK (Flandre), brut

## Ce qu’une interruption rapporte et coûte par mois.
leave-money-no-break = Pas d’interruption de votre travail dans notre calcul : votre salaire reste le même.
leave-money-not-interrupting = Vous n’interrompez pas votre travail : votre salaire reste le même. Pendant vos heures de congé-éducation flamand, vous gardez votre salaire (jusqu’au plafond salarial).
leave-money-not-eligible = Vous n’avez pas droit à l’interruption que vous avez choisie : nous ne comptons aucun montant pour elle.
leave-money-allowance = Votre allocation pour le { $form }, indiquée par vous
leave-money-wage-reduction = Salaire que vous ne recevez plus : { $freed } sur vos { $week } par semaine, sur { $wage } brut
leave-money-balance-more = Avec un { $form }, vous avez par mois { $amount } brut de plus qu’aujourd’hui : prime et allocation moins le salaire que vous ne recevez plus. En net, la différence est plus petite à cause des impôts et des cotisations ; nous ne la calculons pas.
leave-money-balance-less = Avec un { $form }, vous avez par mois { $amount } brut de moins qu’aujourd’hui : prime et allocation moins le salaire que vous ne recevez plus. En net, la différence est plus petite à cause des impôts et des cotisations ; nous ne la calculons pas.
leave-money-balance-more-without-allowance = Avec un { $form }, vous avez par mois { $amount } brut de plus qu’aujourd’hui, sans compter votre allocation. { $lookup }
leave-money-balance-less-without-allowance = Avec un { $form }, vous avez par mois { $amount } brut de moins qu’aujourd’hui, sans compter votre allocation. { $lookup }
leave-money-enter-wage = Indiquez votre salaire brut pour voir ce que le { $form } vous coûte par mois. { $lookup }
leave-money-enter-wage-with-allowance = Indiquez votre salaire brut pour voir ce que le { $form } vous coûte par mois.

## La couverture : la part de la charge d’études que couvrent les régimes.
leave-share-range = { $min } à { $max } %
leave-coverage-plan-vov-only = Votre plan : uniquement le congé-éducation flamand ({ -vov-name })
leave-coverage-plan-vov-and = Votre plan : congé-éducation flamand ({ -vov-name }) et { $form }
leave-coverage-vov-alone = Congé-éducation flamand seul
leave-coverage-break-alone = Seul le { $form }
leave-coverage-plan-care = Votre plan : { $form }
leave-coverage-row-all = { $label } : { $covered }, toute la charge d’études ({ $share }).
leave-coverage-row = { $label } : couverture de { $covered }, soit { $share } de la charge d’études ; il reste { $left } ({ $per_week } par semaine).
leave-coverage-row-not-computed = { $label } : non calculé, un montant pour cette année n’est pas publié.
leave-coverage-summary = Votre formation demande { $load } d’études. Le congé et l’interruption en couvrent { $covered } ({ $share }). Il vous reste { $per_week } par semaine pour étudier à côté de votre travail.
leave-coverage-summary-not-computed = Votre formation demande { $load } d’études. La part couverte n’est pas calculée : une condition ou un montant pour cette année n’est pas publié.
leave-coverage-summary-no-scheme = Votre formation demande { $load } d’études. Pour votre secteur, nous n’avons trouvé dans nos sources aucun congé ni aucune interruption de carrière pour la couvrir.
leave-coverage-summary-no-load = La charge d’études n’est pas calculée : le nombre d’heures par crédit n’est pas publié.

## Who is asking: outside the Flemish Region or without work

leave-not-working-scheme = Pas de { $scheme } : il est réservé aux travailleurs, et vous ne travaillez pas.
vov-not-flemish-region = Pas de congé-éducation flamand ({ -vov-name }, { -vov }) : il ne vaut que si vous travaillez en Région flamande.
vok-not-flemish-region = Pas de prime flamande pour crédit-formation ({ -vok-name }, { -vok }) : elle ne vaut que si vous travaillez en Région flamande.
leave-referral-brussels = Vous travaillez en Région de Bruxelles-Capitale. Le congé-éducation flamand ({ -vov-name }, { -vov }) et la prime { -vok } ne valent que si vous travaillez en Région flamande : nous ne les calculons pas pour vous.
leave-referral-wallonia = Vous travaillez en Région wallonne. Le congé-éducation flamand ({ -vov-name }, { -vov }) et la prime { -vok } ne valent que si vous travaillez en Région flamande : nous ne les calculons pas pour vous.
leave-referral-not-working = Vous ne travaillez pas. Le congé-éducation flamand ({ -vov-name }, { -vov }), le crédit-temps ({ -time-credit-name }), la prime { -vok } et le crédit-soins flamand ({ -care-credit-name }) sont réservés aux travailleurs : nous ne les calculons pas pour vous. Votre charge d’études reste valable.
leave-referral-time-credit = Le crédit-temps avec motif formation ({ -time-credit-name }) est fédéral : l’ONEM (RVA) en décide pour les travailleurs du secteur privé, dans chaque région. Celui-là, nous le calculons.
leave-service-brussels = À Bruxelles, le congé pour étudier est le congé-éducation payé, avec des règles bruxelloises : Bruxelles Économie et Emploi.
leave-service-wallonia = En Wallonie, le congé pour étudier est le congé-éducation payé, avec des règles wallonnes : le Service public de Wallonie (SPW) agrée les formations, le Forem rembourse votre employeur.
leave-service-vdab = Vous cherchez un emploi et habitez en Flandre ? Demandez au VDAB si vous gardez votre allocation pendant vos études (dispense de disponibilité).

## Each scheme's next step

leave-next-not-published = Revenez plus tard : une règle ou un montant de cette année n’est pas encore publié.
leave-next-ask-employer = Demandez à votre employeur ou à votre service du personnel quel congé pour étudier vous est ouvert.
vov-next-yes = Dites à l’inscription que vous voulez prendre du congé-éducation flamand, remettez l’attestation d’inscription à votre employeur et planifiez ensemble vos heures de congé.
time-credit-next-yes = Demandez le crédit-temps à votre employeur ; l’ONEM (RVA) décide de votre allocation.
time-credit-next-maybe = Vérifiez d’abord : { $check } Demandez ensuite le crédit-temps à votre employeur ; l’ONEM (RVA) décide de votre allocation.
care-credit-next-yes = Demandez le crédit-soins flamand ({ -care-credit-name }) à votre service du personnel.
care-credit-next-maybe = Vérifiez d’abord : { $check } Demandez ensuite le crédit-soins flamand ({ -care-credit-name }) à votre service du personnel.
vok-next = La prime suit votre crédit-temps : l’ONEM (RVA) doit d’abord l’accepter (lettre de décision C62), puis vous demandez la prime au Département flamand Emploi et Économie sociale (Departement Werk en Sociale Economie, vlaanderen.be).
vok-next-choose-form = Choisissez plus haut de travailler 1/5, à mi-temps ou à temps plein en moins pour voir si vous recevez la prime.
