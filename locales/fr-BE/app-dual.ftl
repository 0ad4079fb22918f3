## app-dual: the dual-learning section (src/components/dual.rs, src/state/dual.rs): the
## learner's situation, the employer's side, and the four agreements side by side.
## The sentences of the outcome (lines, conditions, rules, premiums) come from the core.

dual-result-title = { $who ->
    [employer] Que coûte chaque contrat à votre entreprise ?
   *[learner] Que rapporte chaque contrat ?
}
# $count: how many fields of this section have an error; $amount: the same number, written.
dual-pending-fields = { $count ->
    [one] Corrigez d’abord { $amount } champ contenant une erreur ; nous recalculerons ensuite.
   *[other] Corrigez d’abord { $amount } champs contenant une erreur ; nous recalculerons ensuite.
}

## The learner's situation.
dual-inputs-title = { $who ->
    [employer] Apprentissage dual ({ -dual-learning-name }) : l’apprenant et votre entreprise
   *[learner] Apprentissage dual ({ -dual-learning-name }) : votre situation
}
dual-intro = L’OAO (enseignement secondaire) et les ODOS, ODO et ODOW (enseignement pour adultes) : quel contrat est possible, ce qu’il rapporte à l’apprenant et ce qu’il coûte à l’employeur.
dual-education-legend = { $who ->
    [employer] Où l’apprenant suit-il la formation duale ?
   *[learner] Où suivez-vous la formation duale ?
}
dual-education-adult-label = Enseignement pour adultes (un centre d’enseignement pour adultes, CVO)
dual-education-adult-help = { $who ->
    [employer] Le contrat de formation duale : ODOS à partir de 20 heures par semaine sur le lieu de travail, ODO en dessous, ODOW chez son propre employeur. Depuis le 1er septembre 2022.
   *[learner] Le contrat de formation duale : ODOS à partir de 20 heures par semaine sur le lieu de travail, ODO en dessous, ODOW chez votre propre employeur. Depuis le 1er septembre 2022.
}
dual-education-secondary-label = Enseignement secondaire
dual-education-secondary-help = Le contrat de formation en alternance (OAO), avec une indemnité d’apprentissage par mois.

dual-hours-legend = { $who ->
    [employer] Les heures de l’apprenant
   *[learner] Vos heures
}
dual-hours-label = Heures par semaine sur le lieu de travail
dual-hours-help = En moyenne sur l’année, sans les heures de cours. Par exemple 3 jours de 8 heures : 24 ; 3 jours de 7,5 heures : 22,5.
dual-weeks-label = Semaines sur le lieu de travail dans l’année scolaire
dual-weeks-help = Ne compte que pour l’ODO, qui paie à l’heure. 52 semaines moins 4 semaines de vacances : 48.
dual-months-label = Mois sous contrat
dual-months-help = Dans cette année scolaire, de 1 à 12. Une indemnité d’apprentissage mensuelle compte autant de fois.

dual-work-legend = Travail et indemnité
dual-employed-label = { $who ->
    [employer] L’apprenant travaille déjà dans mon entreprise
   *[learner] Je travaille déjà dans l’entreprise où j’apprendrai sur le lieu de travail
}
dual-employed-help = { $who ->
    [employer] Dans l’enseignement pour adultes, c’est alors un ODO avec son propre employeur (ODOW) : l’apprenant conserve son salaire.
   *[learner] Dans l’enseignement pour adultes, c’est alors un ODO avec votre propre employeur (ODOW) : vous conservez votre salaire.
}
dual-wage-label = { $who ->
    [employer] Salaire brut de l’apprenant par mois en euros (pour l’ODOW, facultatif)
   *[learner] Votre salaire brut par mois en euros (pour l’ODOW, facultatif)
}
# The example is written the way amounts are typed in this language.
dual-wage-help = Par exemple 2.000,00. Sans salaire, nous ne calculons pas l’ODOW.
dual-waive-label = { $who ->
    [employer] L’apprenant renonce à l’indemnité d’apprentissage pour conserver son allocation ou son salaire
   *[learner] Je renonce à l’indemnité d’apprentissage pour conserver mon allocation ou mon salaire
}
dual-waive-help = Possible dans l’enseignement pour adultes (ODOS, ODO). L’entreprise ne verse alors pas d’indemnité d’apprentissage et reçoit une prime plus petite.

## The day the amounts are read on.
dual-reference-month-label = Montants en vigueur au
# $date: "1er septembre 2025".
dual-reference-month-start = { $date } (début de l’année scolaire)
# Before a school year is known: "1er mai".
dual-reference-month-first = 1er { $month }
dual-reference-month-help = Les indemnités d’apprentissage augmentent de 2 % lorsque l’indice-pivot est dépassé. Choisissez un jour plus tard dans l’année scolaire pour calculer avec les montants de ce moment-là ; l’année scolaire se choisit en haut de la page.

## Prior education, premiums and the employer.
dual-more-title = Plus de données : semaines, salaire, primes, employeur
dual-prior-legend = Formation antérieure (détermine le barème de l’OAO)
dual-school-level-label = { $who ->
    [employer] Qu’a terminé l’apprenant avec succès dans l’enseignement secondaire ?
   *[learner] Qu’avez-vous terminé avec succès dans l’enseignement secondaire ?
}
dual-school-level-help = Le deuxième degré correspond aux troisième et quatrième années, le troisième degré aux cinquième et sixième.
dual-training-years-label = Années de formation réussies dans une formation en alternance
dual-training-years-help = { $who ->
    [employer] 0 si l’apprenant débute. Après une année réussie, barème 2 ; après deux, barème 3.
   *[learner] 0 si vous débutez. Après une année réussie, barème 2 ; après deux, barème 3.
}
dual-buso-label = { $who ->
    [employer] L’apprenant a terminé la phase de qualification de l’enseignement secondaire spécialisé (forme d’enseignement 3)
   *[learner] J’ai terminé la phase de qualification de l’enseignement secondaire spécialisé (forme d’enseignement 3)
}
dual-buso-help = Donne aussi le barème 3.

dual-learner-premium-legend = Prime pour les élèves (OAO uniquement)
dual-lives-flanders-label = { $who ->
    [employer] L’apprenant habite en Région flamande
   *[learner] J’habite en Région flamande
}
dual-lives-flanders-help = Une condition de la prime pour les élèves.
dual-learner-premiums-label = { $who ->
    [employer] Combien de fois l’apprenant a-t-il déjà reçu la prime pour les élèves ou le bonus de démarrage ?
   *[learner] Combien de fois avez-vous déjà reçu la prime pour les élèves ou le bonus de démarrage ?
}
dual-learner-premiums-help = { $who ->
    [employer] Un apprenant la reçoit au maximum trois fois.
   *[learner] Vous la recevez au maximum trois fois.
}

dual-employer-legend = Pour l’employeur
dual-learners-label = Nombre d’apprenants avec ce contrat dans l’année scolaire
dual-learners-help = Les primes s’appliquent par apprenant ; la prime de soutien ({ -home-care-premium-name }) d’un service d’aide aux familles a un seul maximum pour tous les apprenants ensemble.
dual-workplace-flanders-label = L’établissement où l’apprenant est formé se trouve en Région flamande
# The help of both conditions of the qualifying workplace-learning premium.
dual-qualifying-condition-help = Une condition de la prime pour l’apprentissage qualifiant sur le lieu de travail.
dual-mentor-label = Le mentor a suivi une formation de mentor (ou la suivra avant la fin du trajet)
dual-employer-premiums-label = Combien de fois l’entreprise a-t-elle déjà reçu la prime pour cet apprenant ?
dual-employer-premiums-help = Au maximum trois fois par apprenant ; les bonus de stage antérieurs comptent.
dual-home-care-label = L’entreprise est-elle un service d’aide aux familles ?
dual-home-care-help = Pour les élèves sous OAO, les services d’aide aux familles reçoivent aussi une prime de soutien (services publics) et une subvention par heure sous supervision à distance (selon un webinaire de 2025, non confirmé officiellement).
dual-mentor-months-label = Mois avec au moins 10 jours sous la supervision du mentor, par élève (facultatif)
dual-mentor-months-help = Vide : tous les mois du contrat. Seuls ces mois comptent pour la prime de soutien.
dual-supervised-hours-label = Heures sous supervision à distance par élève dans l’année scolaire
dual-supervised-hours-help = Stage sous supervision à distance, travail de quartier et réunions de travail. Au maximum 18 heures par mois en moyenne sont prises en compte.

## The summary (a live region).
dual-not-computed = non calculé
# $name: the agreement's name as a title; $short: OAO, ODOS, ODO or ODOW.
dual-total-label = Pour vous : { $short } — { $name }
# $average: yes for the ODO (an average of an hourly allowance), no otherwise.
dual-total-per = par mois{ $average ->
    [yes] { " " }(en moyenne)
   *[no] { "" }
} · { $yearly } par année scolaire
# $hours: the hours with their word ("22,5 heures"); $open: yes when the agreement is open to the learner.
dual-reading-title = En bref


## The table of the four agreements.
dual-comparison-title = Les quatre contrats côte à côte
# The name of the box around the table, which scrolls sideways on a narrow screen.
dual-table-region = Tableau des quatre contrats (défile horizontalement)
# $hours: the hours with their word ("22,5 heures"); $weeks and $months are numbers; $date: "1er septembre 2025".
dual-table-caption = Pour { $hours } par semaine sur le lieu de travail, { $weeks } { $weeks ->
    [one] semaine
   *[other] semaines
} et { $months } mois ; montants au { $date }
dual-row-monthly = Indemnité par mois
dual-waived = vous y renoncez
dual-short-missing = ? montant non publié ou introuvable
dual-short-wage = saisissez votre salaire brut
dual-short-not-yet = n’existait pas encore à la date de référence
dual-wage-entered = votre salaire, tel que vous l’avez saisi
dual-average = en moyenne
# $bracket: the learner's bracket (1 to 3); $low, $high: the lowest and highest monthly amounts.
dual-bracket-range = barème { $bracket } ; barèmes de { $low } à { $high }
dual-bracket-only = barème { $bracket }
dual-row-rate = Mode de calcul
# $rate: "€ 4,44 par heure".
dual-rate-hourly = { $rate } × heures sur le lieu de travail
dual-rate-fixed = { $rate } (montant fixe)
dual-rate-wage = Votre salaire
dual-row-yearly = Indemnité par année scolaire
dual-premium-row-learner = Prime pour les élèves (pour l’apprenant)
dual-premium-row-qualifying = Prime pour l’apprentissage qualifiant sur le lieu de travail (pour l’employeur)
dual-premium-row-support = Prime de soutien aide aux familles (pour le service)
dual-premium-row-hours = Subvention par heure sous supervision à distance (pour le service)
dual-not-applicable = non applicable
dual-yes = Oui
dual-no = Non
dual-table-help = Les sources et le calcul par contrat figurent ci-dessous. ✓ confirmé : lu dans une source officielle. ≈ source secondaire : lu uniquement sur une page non officielle ou dans un webinaire ; non confirmé officiellement.
dual-explained-title = Le calcul en détail
dual-notes-title = Bon à savoir

## One agreement explained.
dual-agreement-title = { $short } — { $name }
# After the title: "(enseignement pour adultes) :", then whether it is open.
dual-agreement-education = ({ $education }) :
dual-for-whom = Pour qui
dual-allowance-title = Indemnité
dual-not-computed-title = Non calculé.
dual-your-bracket = Votre barème :
# $bracket: 1 to 3; $amount: "€ 612,50", or dual-not-known.
dual-bracket = Barème { $bracket } : { $amount }
dual-not-known = inconnu
dual-your-bracket-marker = ← votre barème
dual-premiums-title = Primes
dual-no-premiums = Pas de primes : ce contrat n’existait pas encore à la date de référence.
dual-rules-title = Les règles
dual-applies = applicable
dual-condition-met = Remplie :
dual-condition-not-met = Non remplie :

## Where a figure comes from.
# $label: the figure's name; $display: its amount with its unit; $period: when it applies.
# $site: "vlaanderen.be".
# The source's own words, never translated.

## Who is asking, and the answer first.
dual-perspective-legend = Qui pose la question ?
dual-perspective-learner-label = Apprenant
dual-perspective-employer-label = Employeur
dual-answer-yes = ✓ oui
dual-answer-no = ✗ non
dual-answer-maybe = ? peut-être
dual-verdicts-title = Quel contrat est possible ?
dual-none-possible = Aucun contrat possible avec ces données
dual-pays-most = rapporte le plus
dual-costs-least = coûte le moins
dual-cost-label = Coût pour votre entreprise : { $short } — { $name }
dual-cost-parts = par année scolaire : { $allowances } { $wage ->
    [yes] de salaire
   *[no] d’indemnité
} − { $premiums } de primes
dual-sticky-allowance = { $short } : { $amount } par mois
dual-sticky-cost = { $short } : { $amount } par année scolaire
dual-not-possible = pas possible
dual-row-possible = Possible
dual-row-cost = Coût pour l’employeur par année scolaire
dual-how-title = Comment est-ce calculé ? Tous les contrats, montants et sources
