## app-leave
## The section "Studielast en verlof": study load against Vlaams opleidingsverlof,
## tijdskrediet (or Vlaams zorgkrediet) and the VOK premium. The sentences of the
## outcome come from the core; these are the section's own words.

## While there is nothing to show.
leave-result-title = Charge d’études et congés
leave-pending-fee = Corrigez d’abord vos inscriptions dans la partie Droits d’inscription ; ensuite, nous recalculons.
leave-pending-errors = Corrigez d’abord { $count ->
    [one] { $amount } champ erroné
   *[other] { $amount } champs erronés
} ; ensuite, nous recalculons.

## The inputs.
leave-inputs-title = Votre travail et vos congés
leave-plan-intro = Votre plan d’études vient de la partie Droits d’inscription :
leave-plan-credits = { $count ->
    [one] { $amount } crédit
   *[other] { $amount } crédits
}
leave-plan-not-filled = pas encore rempli
leave-plan-none = aucune inscription dans l’enseignement supérieur
leave-plan-edit = Modifier le plan d’études

leave-sector-legend = Où travaillez-vous ?
leave-sector-private = Dans le secteur privé
leave-sector-private-help = Y compris le non-marchand privé (soins, aide sociale…). Ici s’appliquent le congé-éducation flamand ({ -vov-name }, { -vov }), le crédit-temps ({ -time-credit-name }) et la prime d’encouragement flamande pour crédit-formation ({ -vok-name }, { -vok }).
leave-sector-flemish-public = Auprès de l’Autorité flamande ou dans l’enseignement
leave-sector-flemish-public-help = Le secteur public flamand, y compris le personnel de l’enseignement : ici s’applique le crédit-soins flamand ({ -care-credit-name }).
leave-sector-other-public = Auprès d’une autre autorité
leave-sector-other-public-help = Par exemple l’autorité fédérale : nos sources ne décrivent aucun régime pour ce cas.

leave-employment-label = Taux d’occupation (%)
leave-employment-help = Temps plein : 100. Pour le congé-éducation flamand compte (depuis 2023-2024) votre pourcentage de mars avant l’année scolaire.
leave-weekly-hours-label = Heures par semaine dans votre contrat
leave-weekly-hours-help = Par exemple 38 ou 30,4. Ce nombre figure dans votre contrat de travail.

leave-interruption-label = Travaillez-vous moins pour étudier ?
leave-interruption-none = Non, je continue à travailler autant
leave-interruption-one-fifth = Travailler 1/5 de moins (un jour par semaine)
leave-interruption-half-time = Travailler à mi-temps
leave-interruption-full-time = Interrompre complètement
leave-interruption-help = Avec { $scheme ->
    [care-credit] le crédit-soins flamand
   *[time-credit] le crédit-temps avec motif formation
}. Pour 1/5, aucune convention collective de travail (CCT) n’est nécessaire ; travailler à mi-temps ou interrompre complètement n’est possible que si une CCT de votre secteur ou de votre entreprise le permet.

leave-education-label = Votre diplôme le plus élevé
leave-education-low = Pas de diplôme de l’enseignement supérieur
leave-education-high = Un diplôme de l’enseignement supérieur
leave-education-help = Sans diplôme du supérieur, vous êtes peu ou moyennement qualifié ; avec, hautement qualifié. Les hautement qualifiés n’ont la prime { -vok } qu’avec un plan de développement personnel issu d’un accompagnement de carrière.

leave-living-alone-label = Je vis seul(e)
leave-living-alone-help = Pour le supplément pour personne vivant seule de la prime { -vok }.

leave-weeks-label = Semaines pendant lesquelles vous étudiez
leave-weeks-help = Par défaut 52 : toute l’année académique, du 1er septembre au 31 août. Si vous n’étudiez que pendant les semaines de cours et d’examens, indiquez leur nombre (calendrier académique de votre établissement).

leave-more = Plus de données (facultatif)
leave-seniority-label = Mois chez votre employeur actuel
leave-seniority-help = Pour le crédit-temps, vous devez travailler depuis 2 ans (24 mois) chez votre employeur. Vide : non vérifié.
leave-wage-label = Salaire brut par mois en euros
leave-wage-help = Par exemple 3.200,00. Pour voir ce que coûte le fait de travailler moins, et si votre salaire dépasse le plafond salarial du congé-éducation flamand.
leave-allowance-label = Votre allocation par mois en euros (crédit-temps ou crédit-soins)
leave-allowance-help-before = Le montant dépend de la forme, de votre ancienneté et de votre âge. Cherchez-le dans le
leave-allowance-link = barème de l’ONEM (RVA, en néerlandais)
leave-allowance-help-after = pour le crédit-temps, ou renseignez-vous auprès de votre service du personnel pour le crédit-soins.
leave-allowance-reference = Le dernier barème de l’ONEM que nous avons lu donne { $amount } brut par mois (avec 5 ans d’ancienneté, demande introduite avant le 1er février 2023 : { $seniority }). Les indexations ultérieures n’ont pas été trouvées : le montant actuel est sans doute un peu plus élevé.
leave-allowance-take = Reprendre { $amount }
leave-vov-planned-label = Heures de congé-éducation flamand que vous voulez prendre
leave-vov-planned-help = Vide : votre maximum. Vous planifiez vos heures de congé en concertation avec votre employeur.
leave-development-plan-label = Ma formation figure dans un plan de développement personnel (POP)
leave-development-plan-help = Un POP s’établit lors d’un accompagnement de carrière. Il ouvre la prime { -vok } aux personnes hautement qualifiées et aux formations qui ne mènent pas à un diplôme.
leave-graduaat-label = Mon inscription en bachelier, master ou graduat est un graduat (HBO5)
leave-graduaat-help = Jusqu’en 2021-2022 inclus, un graduat donnait 6 heures de congé-éducation flamand par crédit au lieu de 4.
leave-lessons-label = Périodes de cours dans l’enseignement pour adultes (CVO), en plus de vos inscriptions
leave-lessons-help = Le nombre prévu de périodes de cours de la formation cette année scolaire. Vide : aucune.
leave-basic-label = Cette formation relève de l’éducation de base ou mène à un diplôme de l’enseignement secondaire
leave-basic-help = Dans ce cas, 300 heures par an suffisent pour le crédit-temps au lieu de 360.

## The result.
leave-result-title-year = Charge d’études et congés en { $year }
leave-load-label = Votre formation demande
leave-per-week = { $hours } par semaine
leave-covered-label = Couvert par les congés et le travail réduit
leave-left-label = Reste à étudier à côté de votre travail
leave-not-computed = non calculé
leave-share-range = { $min } à { $max } %
leave-problems-title = Ceci ne correspond pas aux règles de cette année :
leave-shortfalls-title = Ce qui vous manque de peu

## The chart: two bars, the study load and the covered hours.
leave-chart-title = La charge d’études face aux heures que libèrent les congés et le travail réduit
leave-chart-desc = Charge d’études de { $load } face à une couverture de { $covered } ({ $parts }) : { $share } de la charge d’études.
leave-chart-desc-vov-and-break = { $vov } de congé-éducation flamand et { $freed } de { $label }
leave-chart-desc-break = { $freed } de { $label }
leave-chart-desc-not-computed = Charge d’études de { $load } ; les heures couvertes ne sont pas calculées.
leave-chart-load = Charge d’études : { $load }
leave-chart-covered = Couvert : { $covered } ({ $parts })
leave-chart-covered-vov-and-break = { -vov } { $vov } + { $label } { $freed }
leave-chart-covered-break = { $label } { $freed }
leave-chart-covered-not-computed = Couvert : non calculé
leave-chart-break-none = { $scheme ->
    [care-credit] crédit-soins
   *[time-credit] crédit-temps
} (non choisi)
leave-chart-break-one-fifth = { $scheme ->
    [care-credit] crédit-soins
   *[time-credit] crédit-temps
} 1/5
leave-chart-break-half-time = { $scheme ->
    [care-credit] crédit-soins
   *[time-credit] crédit-temps
} à mi-temps
leave-chart-break-full-time = { $scheme ->
    [care-credit] crédit-soins
   *[time-credit] crédit-temps
} à temps plein
leave-legend-load-low = Charge d’études, estimation basse : { $hours }
leave-legend-load-high = jusqu’à l’estimation haute : { $hours }
leave-legend-vov = Congé-éducation flamand : { $hours }
leave-legend-break = { $label } : { $hours }
leave-legend-line = ligne pointillée : la charge d’études basse

## The table under the chart, with the same numbers.
# The name of the box around the table, which scrolls sideways on a narrow screen.
leave-table-region = Tableau de ce que couvre chaque régime (défile horizontalement)
leave-table-caption = Ce que couvre chaque régime, face à la charge d’études basse et haute
leave-table-scheme = Régime
leave-table-covered = Couvert
leave-table-share = Part de la charge d’études
leave-table-left-per-week = Reste par semaine

## One block per scheme.
leave-vov-title = Congé-éducation flamand ({ -vov-name }, { -vov })
leave-care-credit-title = Crédit-soins flamand avec motif formation ({ -care-credit-name })
leave-time-credit-title = Crédit-temps avec motif formation ({ -time-credit-name })
leave-to-verify-title = À vérifier vous-même :
leave-to-verify = À vérifier :
leave-vok-title = Prime d’encouragement flamande pour crédit-formation ({ -vok-name }, prime { -vok })
leave-gross-net = { $gross } brut · { $net } net
leave-vok-monthly = Prime { -vok } par mois
leave-money-title = Argent par mois
leave-balance = Solde par mois, brut
leave-study-load-title = Comment la charge d’études est calculée
leave-notes-title = Bon à savoir

## A verdict, shown with a symbol and these words.
leave-condition-met = Condition remplie :
leave-condition-not-met = Condition non remplie :

## Who is asking: the first question of the section.
leave-region-legend = Dans quelle région travaillez-vous ?
leave-region-help = Compte le lieu de travail, pas le domicile.
leave-region-flanders = En Flandre (Région flamande)
leave-region-brussels = À Bruxelles (Région de Bruxelles-Capitale)
leave-region-wallonia = En Wallonie (Région wallonne)
leave-region-not-working = Je ne travaille pas
leave-referral-title = Les règles qui valent pour vous

## The answer first: three states, one reason, one next step.
leave-verdict-yes = Oui
leave-verdict-no = Non
leave-verdict-maybe = Peut-être
leave-next = Étape suivante :
leave-answer-vok = Recevez-vous la prime { -vok } ?
leave-answer-care-credit = Pouvez-vous prendre du crédit-soins flamand ({ -care-credit-name }) ?
leave-how = Comment c’est calculé (avec les sources)
# The bar at the bottom of a phone's screen. $left: "4,52 à 7,4 heures".
leave-sticky = Reste { $left } par semaine · { $scheme ->
        [care] crédit-soins
       *[vok] { -vok }
    } : { $verdict ->
        [yes] oui
        [no] non
       *[maybe] peut-être
    }
leave-sticky-load = Votre formation demande { $load } par semaine
