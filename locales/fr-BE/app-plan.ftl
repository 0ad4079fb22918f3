## Mon parcours d’études : tout le programme au fil des années.
section-plan = Mon parcours d’études
plan-inputs-title = Votre programme et votre rythme
plan-preset-legend = Partir d’un programme courant
plan-preset-bachelor-180 = Bachelier (180)
plan-preset-master-60 = Master (60)
plan-preset-master-120 = Master (120)
plan-preset-graduaat-90 = Graduat (90)
plan-preset-graduaat-120 = Graduat (120)
plan-preset-bridging-60 = Programme passerelle (60)
plan-degree-label = Type de programme
plan-degree-help = Un diplôme de master coûte 140 crédits de crédit d’apprentissage ({ -learning-credit-name }) ; un diplôme de bachelier ne change rien.
plan-programme-credits-label = Crédits de tout le programme
plan-programme-credits-help = Un bachelier compte 180 crédits, un master 60 ou 120. Voir le programme de votre formation.
plan-credits-per-year-label = Crédits par an
plan-credits-per-year-help = Le temps plein, c’est 60 ; à côté d’un emploi, beaucoup choisissent 30 ou 45. La dernière année, vous prenez ce qui reste.
plan-pass-percent-label = Part réussie (%)
plan-pass-percent-help = 100 si vous réussissez tout. Les crédits non réussis sont repris ; ils coûtent du crédit d’apprentissage.
plan-contract-label = Contrat
plan-contract-help = Un contrat de diplôme ({ -diploma-contract-name }) mène au diplôme ; un contrat de crédits ({ -credit-contract-name }) donne des attestations de crédits ; avec un contrat d’examen ({ -exam-contract-name }), vous ne passez que les examens.
plan-start-year-label = Année de début
plan-start-year-same = L’année académique en haut
plan-start-year-help = Les années ultérieures sans montants publiés sont estimées avec les derniers connus.
plan-learning-credit-start-label = Crédit d’apprentissage au début (crédits)
plan-learning-credit-start-help = Laissez vide si vous commencez l’enseignement supérieur pour la première fois (140). Votre solde figure dans votre dossier de progression.
plan-work-from-leave = Votre situation de travail vient de Charge d’études et congés : chaque année compte le congé-éducation flamand ({ -vov-name }) et le crédit-temps ({ -time-credit-name }).
plan-work-none = Sans situation de travail, aucun congé ne compte. Remplissez-la sous Charge d’études et congés.
plan-work-edit = Modifier la situation de travail
plan-result-title = Votre parcours d’études
plan-pending = { $count ->
    [one] Corrigez le champ en erreur et votre parcours suivra.
   *[other] Corrigez les { $amount } champs en erreur et votre parcours suivra.
}
plan-estimated-from = estimé avec les montants de { $from }
plan-not-computed = non calculé
plan-estimated = estimé
plan-surcharge = (sans crédit d’apprentissage, jusqu’à { $amount } de plus)
plan-yes = oui
plan-no = non
plan-per-week = { $hours } par semaine
plan-years-region = Tableau de votre parcours par année (défile sur le côté)
plan-years-caption = Par année académique
plan-col-year = Année académique
plan-col-credits = Crédits (réussis)
plan-col-contract = Contrat
plan-col-fee = Droits d’inscription
plan-col-learning-credit = Crédit d’apprentissage
plan-col-grant = Allocation d’études possible
plan-col-vov = { -vov }
plan-col-time-credit = Crédit-temps
plan-col-left = Heures d’études par semaine après congé
plan-credits-passed = { $taken } ({ $passed })
plan-consent-short = accord de l’établissement requis
plan-total = Total, { $years ->
    [one] { $amount } an
   *[other] { $amount } ans
}
plan-study-hours = { $hours } d’études
plan-grant-years = { $count ->
    [one] { $amount } an
   *[other] { $amount } ans
}
plan-average = en moyenne { $hours }
plan-explained-title = Comment chaque année est calculée
plan-explained-year = { $year } : crédit d’apprentissage et chiffres utilisés
plan-compare-title = Le même programme, autrement
plan-compare-help = Chaque contrat à 30, 45 et 60 crédits par an, avec la même part réussie. Choisissez un titre de colonne pour trier, ou « Année par année » pour voir comment une ligne est calculée.
plan-compare-region = Comparaison des contrats et des rythmes (défile sur le côté)
plan-compare-caption = Comparaison
plan-col-option = Approche
plan-col-years = Durée
plan-col-fee-total = Droits d’inscription au total
plan-col-grant-years = Allocation d’études possible
plan-col-learning-credit-end = Crédit d’apprentissage à la fin
plan-col-vov-total = { -vov } au total
plan-col-left-average = Heures d’études par semaine après congé
plan-own = votre plan
plan-years-until = { $count ->
    [one] { $amount } an
   *[other] { $amount } ans
}, jusqu’en { $last }
plan-impossible = Impossible : { $reason }.
plan-chart-title = Crédit d’apprentissage et heures d’études par semaine, par année
plan-chart-desc = De { $first } à { $last }, votre crédit d’apprentissage passe de { $start } à { $end } crédits ; les barres sont les heures d’études par semaine après congé. Le tableau à côté donne les mêmes chiffres.
plan-chart-legend-credit = Crédit d’apprentissage après l’année (ligne à carrés)
plan-chart-legend-hours = Heures d’études par semaine après congé, estimation basse (barres pointillées)
plan-chart-table-caption = Les chiffres du graphique
plan-chart-col-credit = Crédit d’apprentissage après l’année
recap-plan = Parcours d’études : { $degree } de { $programme } crédits, { $pace } par an, { $contract }, { $pass } réussis
saved-row-plan = Parcours d’études
saved-plan = { $years ->
    [one] { $amount } an
   *[other] { $amount } ans
}, { $fee }
plan-year-choices = Adapter par année
plan-year-choices-help = Donnez à une année ses propres crédits, un autre contrat ou un autre statut. Ce que vous laissez vide ou sur le premier choix suit votre plan.
plan-year-credits-label = Crédits cette année
plan-year-credits-help = Vide : { $pace } comme dans votre plan. Avec 0, vous ne vous inscrivez pas cette année-là.
plan-year-contract-label = Contrat cette année
plan-year-as-plan = Comme votre plan ({ $choice })
plan-year-status-label = Statut cette année
plan-year-as-fee = Comme dans Droits d’inscription ({ $choice })
plan-year-clear = Toutes les années suivent à nouveau votre plan
plan-year-field = { $field } en { $year }
plan-how = Le calcul, année par année (avec les sources)
plan-answer-grant-years = oui, { $count ->
    [one] { $amount } an
   *[other] { $amount } ans
}
plan-jump-to-result = Parcours : { $count ->
    [one] { $amount } an
   *[other] { $amount } ans
}, { $fee } — vers la réponse
plan-option-show = Année par année
plan-option-route-title = Année par année : { $option }
plan-compare-cheapest = Le moins cher : { $option }, { $fee } au total
