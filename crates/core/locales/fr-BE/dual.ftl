## Dual learning: the OAO of secondary education and the ODOS, ODO and ODOW of adult
## education compared, for the learner and for the employer.

# Between the items of a list inside a sentence: "a ; b".
dual-list-separator = { " ; " }
# "a, b ou c": the last two items of a list of choices.
dual-choice-or = { $rest } ou { $last }

## The four agreements. The value is the name as a title, with the Dutch legal name;
## .in-text is the name inside a sentence.
dual-agreement-oao = Contrat de formation en alternance ({ -oao-name })
    .in-text = contrat de formation en alternance
dual-agreement-odos = Contrat de formation duale avec statut d’apprenant ({ -odo-name })
    .in-text = contrat de formation duale avec statut d’apprenant
dual-agreement-odo = Contrat de formation duale ({ -odo-name })
    .in-text = contrat de formation duale
dual-agreement-odow = Contrat de formation duale avec votre propre employeur ({ -odo-name })
    .in-text = contrat de formation duale avec votre propre employeur

## The choices of the form, as it shows them (and as error messages name them).
dual-education-secondary = enseignement secondaire
dual-education-adult = enseignement pour adultes
dual-school-level-below-second-grade = deuxième degré non terminé avec succès
dual-school-level-second-grade = deuxième degré terminé avec succès
dual-school-level-third-grade-first-year = au moins la première année du troisième degré terminée avec succès
dual-home-care-none = pas de service d’aide aux familles
dual-home-care-public = service public d’aide aux familles ou de soins à domicile
dual-home-care-private = service privé d’aide aux familles

## The day the amounts are read on.
dual-reference-start = Montants tels qu’ils s’appliquaient au { $date }, début de l’année scolaire { $year }. Les indemnités d’apprentissage ({ -allowance-name }) et les primes augmentent lorsque l’indice-pivot est dépassé ; le montant annuel compte chaque mois au montant de ce jour.
dual-reference-chosen = Montants tels qu’ils s’appliquaient au { $date }, la date de référence que vous avez choisie dans l’année scolaire { $year }. Le montant annuel compte chaque mois au montant de ce jour.

## Notes on the whole comparison.
# $changes: "label : amount (status)" for each figure, joined by dual-list-separator.
dual-note-later-change = Plus tard dans cette année scolaire, à partir du { $date }, d’autres montants s’appliquent ({ $changes }). Choisissez ce mois comme date de référence pour calculer avec ces montants.
dual-later-change-item = { $label } : { $what }
dual-later-change-amount = { $amount } ({ $status })
dual-later-change-unpublished = aucun montant publié
dual-note-not-counted = Non pris en compte : pécule de vacances, prime de fin d’année, impôts et cotisations sociales. Ce qu’une indemnité d’apprentissage implique pour le Groeipakket (allocations familiales) et pour les impôts n’a pas été trouvé et n’est pas calculé.
dual-note-other-contracts = Également possibles, mais non comparés ici : un contrat de travail à temps partiel (salaire selon le secteur), dans le secteur non marchand un contrat de travail à temps partiel Maribel social, et dans l’enseignement secondaire, avec moins de 20 heures par semaine, une convention de stage (SAO) sans indemnité d’apprentissage.
oao-note-waiver = Selon le webinaire pour le secteur de l’aide aux familles, il est possible de renoncer à l’indemnité d’apprentissage dans l’enseignement pour adultes ; pour un OAO, nous calculons avec l’indemnité.
odo-note-workplace-hours-only = Un ODO ne rémunère que les heures sur le lieu de travail : les heures de cours et les semaines sans travail sur le lieu de travail ne rapportent rien.

## Who can use an agreement.
dual-condition-not-yet = L’apprentissage dual dans l’enseignement pour adultes existe depuis le { $start } ; la date de référence est le { $date }
dual-condition-adult-education = Uniquement pour les apprenants de l’enseignement pour adultes (un centre d’enseignement pour adultes) : vous suivez l’{ $education }
dual-condition-secondary-education = Uniquement pour les élèves de l’enseignement secondaire : vous suivez l’{ $education }
oao-condition-hours = Au moins { $minimum } sur le lieu de travail (en moyenne sur l’année) ; avec moins d’heures, c’est une convention de stage (SAO) sans indemnité d’apprentissage : vous indiquez { $hours } par semaine
odo-condition-odos-hours = En moyenne au moins { $minimum } sur le lieu de travail sur l’année ; avec moins d’heures, c’est un ODO : vous indiquez { $hours } par semaine
odo-condition-odo-hours = Moins de { $limit } sur le lieu de travail ; à partir de cette limite, c’est un ODOS : vous indiquez { $hours } par semaine
dual-condition-hours-unknown = Non vérifié : la limite en heures par semaine sur le lieu de travail n’est pas connue au { $date }
# $employed: yes or no.
odo-condition-odow-employed = Uniquement si vous êtes déjà salarié de l’entreprise où vous apprenez sur le lieu de travail (votre propre employeur) : { $employed ->
    [yes] c’est le cas
   *[no] ce n’est pas le cas
}
odo-condition-not-employed = Vous n’êtes pas encore salarié de l’entreprise où vous apprenez sur le lieu de travail ; qui l’est déjà conclut un ODOW (notre lecture) : { $employed ->
    [yes] vous y êtes déjà salarié
   *[no] vous n’y êtes pas encore salarié
}

## What an agreement pays.
dual-not-computed-not-yet = L’{ $agreement } n’existait pas encore au { $date } : l’apprentissage dual dans l’enseignement pour adultes a commencé le { $start }.
# $period: "au 1er mai 2024" (period-on-date).
dual-not-computed-missing = Non calculé, faute de valeur connue { $period } : { $label }. { $reason }
dual-not-computed-amount-missing = Non calculé : un montant manque.
dual-line-waived = Vous renoncez à l’indemnité d’apprentissage pour conserver votre allocation ou votre salaire : l’entreprise ne vous verse pas d’indemnité d’apprentissage. Nous ne calculons ni votre allocation ni votre salaire.
dual-line-per-school-year = Par année scolaire : { $months } × { $amount }

## The OAO brackets: who falls in each, in the words of the official table.
oao-bracket-1 = L’élève n’a pas encore terminé avec succès le deuxième degré de l’enseignement secondaire et est en première année de formation de la formation en alternance.
oao-bracket-2 = L’élève a terminé avec succès le deuxième degré de l’enseignement secondaire, ou a terminé avec succès une première année d’une formation en alternance.
oao-bracket-3 = L’élève a terminé avec succès la première année du troisième degré de l’enseignement secondaire, ou déjà deux années de formation d’une formation en alternance, ou la phase de qualification de l’enseignement secondaire spécialisé (OV3).
## Why this learner falls in a bracket ("car …").
oao-bracket-reason-third-grade = vous avez terminé avec succès la première année du troisième degré de l’enseignement secondaire
oao-bracket-reason-training-years = vous avez terminé avec succès { $years } années de formation d’une formation en alternance (deux ou plus)
oao-bracket-reason-buso = vous avez terminé avec succès la phase de qualification de l’enseignement secondaire spécialisé (OV3)
oao-bracket-reason-second-grade = vous avez terminé avec succès le deuxième degré de l’enseignement secondaire
oao-bracket-reason-first-training-year = vous avez terminé avec succès une première année d’une formation en alternance
oao-bracket-reason-first-year = vous n’avez pas encore terminé avec succès le deuxième degré de l’enseignement secondaire et êtes en première année de formation
oao-line-bracket = Indemnité d’apprentissage, barème { $bracket }, car { $reason } : { $amount } par mois
oao-line-bracket-not-computed = Barème { $bracket }, car { $reason }

## The adult-education allowances.
odo-line-odos-monthly = Indemnité d’apprentissage ODOS : un montant fixe de { $amount } par mois
# $weeks is a number (1 to 52).
odo-line-hourly = Indemnité d’apprentissage ODO : { $rate } par heure × { $hours } par semaine × { $weeks ->
    [one] { $weeks } semaine
   *[other] { $weeks } semaines
} = { $total } sur le lieu de travail
odo-line-monthly-average = Moyenne par mois : { $amount } ÷ { $months }
odo-line-odow-wage = Votre salaire continue : un salaire brut de { $amount } par mois, tel que vous l’avez indiqué
odo-line-odow-per-school-year = Par année scolaire : { $months } × { $amount } (sans pécule de vacances ni prime de fin d’année)
odo-not-computed-wage = Non calculé : indiquez votre salaire brut par mois. Avec un ODOW, vous conservez votre salaire.

## The rules of each agreement in words: the topics, then one message per agreement and
## topic, with .note where the source needs a word of explanation. Quotations from the
## sources stay in Dutch.
dual-topic-components = Cours et lieu de travail
dual-topic-social-security = Sécurité sociale
dual-topic-holidays = Vacances
dual-topic-workplace = Composante lieu de travail
dual-topic-duration = Durée
dual-topic-allowance = Indemnité
dual-source-webinar = Tiré du tableau comparatif du webinaire « Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht » pour le secteur de l’aide aux familles (2025), et non de la page liée.

dual-fact-oao-allowance = Une indemnité d’apprentissage : un montant fixe par mois en trois barèmes, selon votre formation antérieure. L’employeur la verse aussi pour les heures de cours.
dual-fact-oao-social-security = Oui : vous constituez des droits en sécurité sociale, par exemple pour votre pension.
    .note = Le webinaire pour le secteur de l’aide aux familles (2025) dit la même chose : « Sociale zekerheidsrechten ».
dual-fact-oao-holidays = Les jours de vacances scolaires, sauf si le trajet de formation en dispose autrement.
dual-fact-oao-workplace = Au moins 20 heures par semaine sur le lieu de travail (en moyenne sur l’année), en alternance avec les cours. Avec moins d’heures, c’est une convention de stage (SAO) sans indemnité d’apprentissage.
    .note = Le webinaire pour le secteur de l’aide aux familles (2025) : « Component werkplekleren - Min. 20u./week - Alternerend ».
dual-fact-oao-components = Des cours à l’école et une formation sur le lieu de travail.
dual-fact-oao-duration = Dépend de la formation, par exemple accompagnateur d’enfants en dual 1 an, assistance en logement, soins et bien-être 2 ans.

dual-fact-odos-allowance = Une indemnité d’apprentissage : un montant fixe par mois.
dual-fact-odos-social-security = Oui : vous avez le statut de sécurité sociale d’un élève en formation en alternance.
    .note = Le webinaire pour le secteur de l’aide aux familles (2025) : « Sociale zekerheidsrechten ».
dual-fact-odos-holidays = Vous constituez des jours de vacances payés et pouvez travailler pendant les vacances scolaires.
dual-fact-odos-workplace = En moyenne au moins 20 heures par semaine sur le lieu de travail sur l’année, en alternance avec les cours.
    .note = Le webinaire pour le secteur de l’aide aux familles (2025) : « Min. 20u./week - Alternerend ».
dual-fact-odos-components = Des cours au centre d’enseignement pour adultes et une formation sur le lieu de travail.
dual-fact-odos-duration = Dépend de votre parcours d’apprentissage.

dual-fact-odo-allowance = Une indemnité d’apprentissage par heure : un montant minimum, multiplié par le nombre d’heures de formation sur le lieu de travail. Vous pouvez y renoncer en tout ou en partie.
dual-fact-odo-social-security = Non : vous ne constituez pas de droits en sécurité sociale.
dual-fact-odo-holidays = Vous ne constituez pas de jours de vacances payés ; vous pouvez travailler pendant les vacances scolaires.
dual-fact-odo-workplace = Moins de 20 heures par semaine sur le lieu de travail ; selon le webinaire, au moins 50 % du temps de cours, selon le parcours d’apprentissage, et cela peut se faire par périodes groupées.
    .note = La limite de 20 heures figure sur la page liée de l’Autorité flamande (confirmé). « Minstens 50% vd lestijd - Afhankelijk van leertraject - Kan in blokperiodes » provient uniquement du tableau comparatif du webinaire pour le secteur de l’aide aux familles (2025).
dual-fact-odo-components = Des cours au centre d’enseignement pour adultes et une formation sur le lieu de travail ; l’indemnité d’apprentissage ne vaut que pour les heures sur le lieu de travail.
    .note = Pour l’ODO, le tableau comparatif du webinaire pour le secteur de l’aide aux familles (2025) indique « Enkel werkplekcomponent » ; la page de l’Autorité flamande dit que l’ODO couvre les deux. Nous suivons l’Autorité flamande.
dual-fact-odo-duration = Dépend du métier : généralement de 1 à, en principe, 3 ans au maximum. Le contrat ne dure pas plus longtemps que la formation.

dual-fact-odow-allowance = Votre salaire : vous restez salarié de votre propre employeur.
    .note = Tiré du tableau comparatif du webinaire pour le secteur de l’aide aux familles (2025). partena-professional.be : « Als de cursist reeds werknemer is en de opleiding op de werkvloer wenst in te vullen bij de eigen werkgever, sluit u een Overeenkomst van Duale Opleiding met de eigen werkgever (ODOW). » Que le salaire continue d’être versé ne figure pas expressément dans une source officielle.
dual-fact-odow-social-security = Oui : en tant que salarié, vous constituez des droits en sécurité sociale.
dual-fact-odow-holidays = Vous constituez des jours de vacances payés.
dual-fact-odow-workplace = Les heures au centre d’enseignement pour adultes et sur le lieu de travail forment ensemble un contrat à temps plein ; le nombre d’heures sur le lieu de travail n’est pas déterminant.
    .note = Le webinaire pour le secteur de l’aide aux familles (2025) : « Uren opleiding in CVO + uren werkplekcomponent = voltijdse overeenkomst ».
dual-fact-odow-components = Des cours au centre d’enseignement pour adultes et une formation sur le lieu de travail chez votre propre employeur.
dual-fact-odow-duration = Dépend de votre parcours d’apprentissage.

## A short reading of the comparison.
dual-reading-per-week = { $hours } par semaine sur le lieu de travail
dual-reading-none-open = Avec ces données, aucun des quatre contrats n’est possible{ $who ->
    [employer] { "" } pour cet apprenant
   *[learner] { "" } pour vous
} ; chaque contrat indique quelle condition n’est pas remplie.
dual-reading-amounts-waived = vous renoncez à l’indemnité d’apprentissage ; l’entreprise ne vous verse donc rien et vous conservez votre allocation ou votre salaire
# $average: yes for the ODO (an average of an hourly allowance), no otherwise; $months is a number.
dual-reading-amounts = { $monthly } par mois{ $average ->
    [yes] { " " }en moyenne
   *[no] { "" }
}, { $yearly } par année scolaire de { $months } mois
dual-reading-amount-not-computed = le montant n’est pas calculé
# $agreement: the agreement's name inside a sentence; $short: OAO, ODOS, ODO or ODOW.
dual-reading-open = { $who ->
    [employer] Pour cet apprenant, le { $agreement } ({ $short }) est possible, à raison de { $per_week } : { $amounts }.
   *[learner] Le { $agreement } ({ $short }) vous est ouvert, à raison de { $per_week } : { $amounts }.
}
dual-reading-most-least = Pour un même horaire ({ $per_week }), l’{ $most } rapporte le plus par année scolaire ({ $most_amount }) et l’{ $least } le moins ({ $least_amount }).
dual-reading-odo-social-security = L’ODO rémunère à l’heure sur le lieu de travail ; avec un ODO, vous ne constituez ni droits en sécurité sociale ni vacances payées. Avec un OAO, un ODOS ou un ODOW, vous en constituez.
odo-reading-over-limit = Avec { $per_week }, un ODO n’est pas possible : à partir de 20 heures, vous concluez dans l’enseignement pour adultes un ODOS, avec un montant fixe par mois.
dual-reading-waived = Si vous renoncez à l’indemnité d’apprentissage (dans l’enseignement pour adultes), vous conservez votre allocation ou votre salaire, et l’entreprise reçoit la prime plus faible prévue pour un apprenant sans indemnité.
dual-reading-unconfirmed = Les montants qui ne figurent que dans une source secondaire (un webinaire de 2025, un site de questions-réponses, un prestataire de formation) ne sont pas confirmés officiellement et sont signalés comme tels.

## Premiums. The value of a -name message is the premium's title, with the Dutch legal
## name; .plain is its name inside a sentence.
premium-count-learners = { $count ->
    [one] { $amount } apprenant
   *[other] { $amount } apprenants
}
premium-count-pupils = { $count ->
    [one] { $amount } élève
   *[other] { $amount } élèves
}
# $missing: "label (why)" for each figure, joined by dual-list-separator.
premium-not-computed = { $premium } : non calculée, car ces données ne sont pas connues : { $missing }
premium-missing-item = { $label } ({ $reason })

premium-qualifying-workplace-name = Prime pour l’apprentissage qualifiant sur le lieu de travail ({ -workplace-learning-premium-name })
    .plain = Prime pour l’apprentissage qualifiant sur le lieu de travail
premium-why-waived = l’apprenant renonce à l’indemnité d’apprentissage et ne reçoit donc aucune indemnité de l’entreprise
premium-why-wage = l’apprenant reçoit son salaire de l’entreprise (notre lecture : un salaire est une indemnité de l’entreprise)
premium-why-allowance = l’apprenant reçoit une indemnité d’apprentissage de l’entreprise
# $answer: yes or no.
premium-condition-flemish-branch = Le siège d’exploitation où l’apprenant est formé se situe en Région flamande : { $answer ->
    [yes] oui
   *[no] non
}
premium-condition-minimum-months = L’entreprise forme l’apprenant pendant au moins { $minimum } dans l’année scolaire (selon la déclaration Dimona) : { $months } sous contrat
premium-condition-mentor = L’entreprise désigne un mentor qui a suivi une formation de mentor (ou la suit avant la fin du trajet) : { $answer ->
    [yes] oui
   *[no] non
}
# $before is a number (0 to 9).
premium-condition-max-times = Au maximum { $maximum } par apprenant (les bonus de stage antérieurs comptent) : l’entreprise a déjà reçu la prime pour cet apprenant { $before } fois
premium-qualifying-line = { $learners } × { $amount } : { $why }
premium-qualifying-applies = L’entreprise reçoit { $amount } de prime pour l’apprentissage qualifiant sur le lieu de travail pour cette année scolaire.
premium-qualifying-not-eligible = Pas de prime pour l’apprentissage qualifiant sur le lieu de travail : toutes les conditions ne sont pas remplies.

premium-learner-name = Prime pour les élèves en formation en alternance ({ -learner-premium-name })
    .plain = Prime pour les élèves en formation en alternance
premium-learner-oao-only = Pas de prime pour les élèves : elle n’existe que pour les élèves d’une formation en alternance de l’enseignement secondaire.
premium-learner-condition-oao-only = Uniquement pour les élèves ayant un contrat dans une formation en alternance de l’enseignement secondaire (OAO) ; les apprenants de l’enseignement pour adultes ne la reçoivent pas
premium-learner-condition-oao = Un contrat dans une formation en alternance de l’enseignement secondaire (OAO)
premium-learner-condition-resident = L’élève habite en Région flamande : { $answer ->
    [yes] oui
   *[no] non
}
premium-learner-condition-minimum-months = Formé sur le lieu de travail pendant au moins { $minimum } : { $months } sous contrat
# $before is a number (0 to 9).
premium-learner-condition-max-times = Au maximum { $maximum } (les bonus de démarrage antérieurs comptent) : vous l’avez déjà reçue { $before } fois
premium-learner-line = Prime pour les élèves : une fois par année scolaire, pour l’élève lui-même
premium-learner-applies = L’élève reçoit { $amount } de prime pour les élèves pour cette année scolaire.
premium-learner-not-eligible = Pas de prime pour les élèves : toutes les conditions ne sont pas remplies.

## The home-care measures.
premium-home-care-condition-oao-only = Pour les élèves en apprentissage dual avec un contrat de formation en alternance (OAO) : c’est ce qu’indique le webinaire pour le secteur de l’aide aux familles ; qu’elle vaille aussi pour les apprenants de l’enseignement pour adultes n’est pas confirmé
# The employer, after "l’entreprise est".
premium-service-none = une autre entreprise (pas un service d’aide aux familles)
premium-service-public = un service public d’aide aux familles ou de soins à domicile
premium-service-private = un service privé d’aide aux familles

premium-home-care-support-name = Prime de soutien pour les services publics d’aide aux familles ({ -home-care-premium-name })
    .plain = Prime de soutien pour les services publics d’aide aux familles
premium-home-care-support-not-eligible = Pas de prime de soutien : toutes les conditions ne sont pas remplies.
premium-home-care-condition-public = Uniquement pour les services publics d’aide aux familles ou de soins à domicile : l’entreprise est { $service }
premium-home-care-months = { $months } par élève
premium-home-care-months-all = { $months } par élève (tous les mois du contrat)
premium-home-care-condition-days = Uniquement les mois où l’élève travaille au moins { $minimum } sous la supervision du mentor : { $months }
premium-home-care-condition-days-unknown = Uniquement les mois où l’élève travaille un nombre minimum de jours sous la supervision du mentor : { $months }
# $pupil_months is a number.
premium-home-care-support-line = { $amount } par élève par mois × { $months } × { $pupils } = { $pupil_months } mois-élèves
premium-home-care-support-capped = Plafonné au maximum de { $cap } par année scolaire pour l’ensemble du service, tous les élèves confondus
premium-home-care-support-under-cap = Sous le maximum de { $cap } par année scolaire pour l’ensemble du service (comptez tous vos élèves en apprentissage dual)
premium-home-care-support-applies = Le service reçoit { $amount } de prime de soutien pour cette année scolaire.
premium-home-care-support-no-month = Pas de prime de soutien : aucun mois ne compte.

premium-home-care-hours-name = Subvention par heure sous supervision à distance (aide aux familles)
    .plain = Subvention par heure sous supervision à distance (aide aux familles)
premium-home-care-condition-service = Pour les services publics et privés d’aide aux familles : l’entreprise est { $service }
premium-home-care-condition-remote = Uniquement les heures où l’élève effectue son stage sous supervision à distance (seulement après une évaluation intermédiaire positive), plus le travail de quartier ou les réunions de travail ; le service les déclare chaque année avant le 1er mai
premium-home-care-hours-cap-line = Maximum annuel par élève : en moyenne { $average } par mois × { $months } = { $cap } heures
premium-home-care-hours-line-capped = { $given } indiquées, { $counted } heures comptent × { $rate } par heure × { $pupils }
premium-home-care-hours-line = { $counted } heures × { $rate } par heure × { $pupils }
premium-home-care-hours-enter = Indiquez les heures sous supervision à distance par élève pour calculer la subvention.
premium-home-care-hours-applies = Le service reçoit { $amount } de subvention pour les heures sous supervision à distance.
premium-home-care-hours-not-eligible = Pas de subvention par heure : toutes les conditions ne sont pas remplies.

## What is wrong with the input.
dual-error-choice = "{ $value }" n’est pas une valeur autorisée : choisissez { $choices }
# $value: hours with their word ("0,99 uur"); $min, $max: numbers of hours.
dual-error-hours-per-week = { $value } par semaine, ce n’est pas possible : indiquez un nombre d’heures sur le lieu de travail de { $min } à { $max }
dual-error-months = { $value } mois, ce n’est pas possible : une année scolaire compte de { $min } à { $max } mois sous contrat
dual-error-weeks = { $value } semaines, ce n’est pas possible : indiquez un nombre entier de semaines sur le lieu de travail de { $min } à { $max }
# $weeks, $months and $max are numbers.
dual-error-weeks-in-months = { $weeks } semaines ne tiennent pas en { $months } mois : au maximum { $max } semaines, ou augmentez le nombre de mois
dual-error-wage = { $value } ne peut pas être un salaire brut mensuel en centimes d’euro : indiquez un montant de { $min } à { $max }, ou laissez le champ vide
dual-error-training-years = { $value }, ce n’est pas possible : indiquez le nombre d’années réussies d’une formation en alternance, de { $min } à { $max }
dual-error-learner-premiums = { $value }, ce n’est pas possible : indiquez combien de fois vous avez déjà reçu la prime pour les élèves (ou le bonus de démarrage), de { $min } à { $max }
dual-error-reference-month = { $value } n’est pas un mois : indiquez 1 (janvier) à 12 (décembre), ou laissez le champ vide pour septembre
dual-error-learners = { $value } apprenants, ce n’est pas possible : indiquez un nombre entier de { $min } à { $max }
dual-error-employer-premiums = { $value }, ce n’est pas possible : indiquez combien de fois l’entreprise a déjà reçu la prime pour cet apprenant, de { $min } à { $max }
dual-error-mentor-months = { $value } mois, ce n’est pas possible : indiquez de 0 à { $max } mois (pas plus que les mois sous contrat), ou laissez le champ vide pour tous les mois
dual-error-supervised-hours = { $value } heures, ce n’est pas possible : indiquez les heures sous supervision à distance par élève dans l’année scolaire, de { $min } à { $max }

## Who is asking (the form's choice).
dual-perspective-learner = apprenant
dual-perspective-employer = employeur

## Whether an agreement is possible: one reason and one next step.
dual-reason-possible = Toutes les conditions sont remplies.
dual-next-possible = { $who ->
    [employer] Discutez du contrat avec l’apprenant et son école ou centre.
   *[learner] Demandez à votre école ou centre un lieu de travail avec ce contrat.
}
dual-reason-education = Uniquement dans l’{ $needed }.
dual-next-education = Dans l’{ $education }, { $others ->
    [oao] c’est un OAO.
   *[adult] c’est un ODOS, un ODO ou un ODOW.
}
dual-reason-not-yet = La formation en alternance dans l’enseignement pour adultes n’existe que depuis le { $start }.
dual-next-not-yet = Choisissez en haut une année scolaire qui commence le { $start } ou après.
dual-reason-fewer-hours = Moins de { $limit } sur le lieu de travail.
oao-next-hours = À partir de { $limit }, un OAO est possible ; avec moins d’heures, c’est une convention de stage sans indemnité.
odo-next-odos-hours = À partir de { $limit }, c’est un ODOS ; avec moins d’heures, un ODO.
odo-reason-more-hours = { $limit } ou plus sur le lieu de travail.
odo-next-odo-hours = Avec moins de { $limit }, c’est un ODO ; à partir de ce seuil, un ODOS.
odo-reason-not-employed = Uniquement avec son propre employeur.
odo-next-not-employed = { $who ->
    [employer] L’apprenant travaille déjà dans votre entreprise ? Cochez-le.
   *[learner] Vous travaillez déjà dans l’entreprise ? Cochez-le.
}
odo-reason-employed = Qui travaille déjà dans l’entreprise conclut un ODOW.
odo-next-employed = Consultez l’ODOW.
dual-reason-unknown = Un seuil ou une date de début nécessaire n’est pas connu à la date de référence.
dual-next-unknown = Renseignez-vous auprès de l’école ou du centre.

## What an agreement costs the employer in a school year.
dual-cost-allowance = Indemnité : { $yearly } par année scolaire × { $learners }
dual-cost-wage = Salaire : { $yearly } par année scolaire × { $learners } (sans cotisations patronales)
dual-cost-waived = Indemnité : l’apprenant y renonce
dual-cost-premium = Déduit : { $premium }
dual-cost-net = Coût net par année scolaire
