## app-fee
fee-inputs-title = Votre situation
fee-jump-to-result = Droits d’inscription : { $total } — vers le calcul

## The form: academic year, status, learning credit, enrolments.
form-year-label = Année académique
form-year-help = Une année académique va de septembre à août inclus.
form-status-legend = Votre statut
form-status-how = Comment savoir quel est mon statut ?
form-status-how-text = Votre haute école ou université détermine votre statut lors de l’inscription, sur la base de votre demande d’allocation d’études flamande ({ -study-grant-name }). Si vous ne demandez pas d’allocation d’études, vous payez le tarif ordinaire (étudiant au tarif standard). Si vous recevez une allocation d’études, ou si vous remplissez les conditions financières mais pas les autres, vous êtes étudiant au tarif boursier.
form-learning-credit-label = Crédit d’apprentissage qui vous reste ({ -learning-credit-name } ; en crédits, facultatif)
form-learning-credit-help = Votre solde figure sur Mijn Burgerprofiel. Laissez ce champ vide si votre crédit d’apprentissage suffit pour tous vos crédits. Le crédit d’apprentissage ne s’applique qu’aux contrats de diplôme et de crédits dans les formations de bachelier et de master.
form-enrolments-title = Vos inscriptions
form-enrolments-help = Une ligne par contrat. Si vous vous inscrivez dans le même établissement pour un contrat de diplôme et un contrat de crédits, ajoutez deux lignes avec le même établissement : vous n’y payez la partie fixe qu’une seule fois.
form-add-enrolment = + Ajouter une inscription
form-enrolment-legend = Inscription { $number }
form-remove-enrolment = Supprimer l’inscription { $number }
# The institution a new form starts with (the person can change it).
form-default-institution = Établissement A
form-institution-label = Haute école ou université
form-institution-help = Sert uniquement à additionner les inscriptions dans le même établissement.
form-contract-label = Contrat
form-programme-label = Type de formation
form-programme-help = Les programmes passerelles et préparatoires relèvent aussi du bachelier, du master ou du graduat. Les bacheliers de spécialisation, les masters de spécialisation et les contrats d’examen sont toujours facturés à part.
form-credits-label = Crédits
form-credits-help = Une année académique complète compte 60 crédits.
form-price-label = Prix de l’établissement en euros (facultatif)
# $example: an amount as typed in this language, "1.500,00".
form-price-help = Une formation postinitiale n’a pas de droits d’inscription légaux ; l’établissement fixe le prix, par exemple { $example }.

## The choices of the form: statuses, contracts, programmes.
status-non-grant = Tarif standard ({ -non-grant-name })
status-near-grant = Étudiant presque boursier ({ -near-grant-name })
status-grant = Étudiant au tarif boursier ({ -grant-name })
status-non-grant-help = Vous ne recevez pas d’allocation d’études et le revenu de votre ménage dépasse le plafond prévu pour celle-ci : le tarif ordinaire.
status-near-grant-help = Le revenu de votre ménage dépasse de peu le plafond de l’allocation d’études (au plus d’une petite marge, indexée chaque année).
status-grant-help = Vous recevez une allocation d’études flamande, ou vous en remplissez les conditions financières.
contract-diploma = Contrat de diplôme ({ -diploma-contract-name })
contract-credit = Contrat de crédits ({ -credit-contract-name })
contract-exam = Contrat d’examen ({ -exam-contract-name })
contract-diploma-help = Vous suivez une formation pour obtenir un diplôme.
contract-credit-help = Vous suivez quelques unités d’enseignement (cours) et recevez une attestation de crédits pour chaque cours réussi, pas de diplôme.
contract-exam-help = Vous ne suivez pas les cours et passez uniquement les examens, en vue d’un diplôme ou d’une attestation de crédits.
programme-initial = Bachelier, master ou graduat ({ -graduaat-name })
programme-banaba = Bachelier de spécialisation ({ -banaba-name })
programme-manama = Master de spécialisation ({ -manama-name })
programme-postinitial = Postgraduat (formation postinitiale)

## How far the figures of a result can be trusted, as a whole.
status-figures-confirmed = Tous les montants utilisés sont confirmés par une source officielle ou par l’établissement.
status-figures-estimated = Les montants utilisés ne sont pas tous confirmés officiellement : certains sont déduits, estimés d’après une autre année ou proviennent d’une source secondaire. Ils sont signalés ci-dessous.
status-figures-unavailable = Les montants de cette année ne sont pas tous publiés. Nous ne les estimons pas : ce qui manque figure ci-dessous.

## The explained fee.
result-title-pending = Vos droits d’inscription
# The fee result when every enrolment has been removed.
fee-no-enrolment = Aucune inscription dans l’enseignement supérieur : il n’y a pas de droits d’inscription à calculer.
fee-add-first-enrolment = Ajouter une inscription
result-fix-errors = Corrigez d’abord { $count ->
    [one] { $count } champ contenant une erreur
   *[other] { $count } champs contenant une erreur
} ; le calcul sera alors refait.
result-title = Vos droits d’inscription en { $year }
result-summary = Droits d’inscription { $year } : { $total }.
result-summary-not-computed = Droits d’inscription { $year } : non calculés, les montants ne sont pas publiés.
result-summary-grant-possible = Allocation d’études possible.
result-summary-grant-not-possible = Pas d’allocation d’études possible.
result-total-label = Droits d’inscription légaux
result-not-computed = non calculé
result-how = Le détail du calcul
result-learning-credit-title = Crédit d’apprentissage ({ -learning-credit-name }) : supplément possible
result-surcharge-max = Au maximum { $amount } en plus
result-surcharge-not-included = — non compris dans les droits d’inscription ci-dessus.
result-no-surcharge = Pas de supplément
result-surcharge-not-computed = Non calculé
result-grant-title = Allocation d’études ({ -study-grant-name })
result-condition-met = Remplie :
result-condition-not-met = Non remplie :
result-notes-title = Bon à savoir
result-subtotal = Sous-total
result-institution-price = Prix de l’établissement (pas des droits d’inscription légaux)
# A figure used: its label, its amount with unit, and its academic year or date.
result-figure = { $label } : { $amount } · { $period }
result-source = source : { $site }
result-source-says = Ce que dit la source
result-quote = « { $quote } »
result-missing-title = Non publié, donc non calculé :
result-missing-figure = { $label } ({ $period })
result-missing-why = Pourquoi ce chiffre manque-t-il ?

## The printed recap.
# One input on the printout: the field's label and what was filled in.
recap-pair = { $label } : { $value }
recap-title = Récapitulatif du Studierekenaar
recap-printed-on = — imprimé le { $date }
recap-year = Année académique : { $year }
recap-status = Statut : { $status }
recap-learning-credit = Crédit d’apprentissage : { $credit }
recap-learning-credit-enough = non indiqué (suffisant)
# $count chooses the plural form; $credits is the same number, written.
recap-enrolment = Inscription { $number } : { $institution }, { $contract }, { $programme }, { $count ->
    [one] { $credits } crédit
   *[other] { $credits } crédits
}

## Save, copy, print.
share-name-label = Nom de ce calcul
share-name-placeholder = p. ex. Bachelier en soins infirmiers, à temps partiel
share-summary = Conserver, partager le lien ou imprimer
share-save = Conserver ce calcul
share-copy = Copier le lien
share-print = Imprimer
share-print-overview = Imprimer mon aperçu
overview-title = Mon aperçu : chaque partie remplie
share-help = Le lien contient votre saisie après le signe # ; un navigateur n’envoie jamais cette partie à un serveur. Ne le partagez qu’avec des personnes de confiance.
share-copied = Le lien a été copié.
share-copy-failed = La copie n’a pas fonctionné ; copiez l’adresse depuis la barre d’adresse.

## The saved scenarios and their comparison.
saved-title = Mes calculs
saved-empty = Vous n’avez encore rien conservé. Utilisez « { share-save } » en bas de la page, sous « { share-summary } » : votre calcul reste alors dans ce navigateur, sur cet appareil, et nulle part ailleurs.
saved-help = Conservés dans ce navigateur, sur cet appareil. Ils ne quittent pas votre appareil.
saved-name-label = Nom (conservé le { $date })
saved-open = Ouvrir « { $name } »
saved-rename = Renommer
saved-delete = Supprimer « { $name } »
saved-compare-title = Deux calculs côte à côte
saved-compare-left = Calcul de gauche
saved-compare-right = Calcul de droite
saved-compare-caption = Comparaison de deux calculs conservés
saved-row-year = Année académique
saved-row-fee = Droits d’inscription légaux
saved-row-figures = Fiabilité des chiffres
saved-row-grant = Allocation d’études ({ -study-grant-name })
saved-grant-possible = possible
saved-grant-not-possible = pas possible
saved-row-study-load = Charge d’études
saved-row-covered = Heures couvertes par les congés et la réduction du temps de travail
# "125 uur (40 tot 50 %)": the hours covered and their share of the study load.
saved-covered-share = { $hours } ({ $min } à { $max } %)
saved-row-left-per-week = Heures par semaine restantes à côté du travail (avec congés et travail réduit)
saved-row-vok = Crédit-formation flamand (prime VOK, Vlaams opleidingskrediet)
saved-vok-yes = oui, { $amount } brut par mois
saved-vok-no = non
saved-vok-maybe = peut-être : encore à vérifier
saved-vok-maybe-amount = peut-être : { $amount } brut par mois si l’ONEM (RVA) accepte votre crédit-temps
saved-vok-not-applicable = sans objet
saved-differs = (diffère)
saved-row-allowance = Indemnité d’apprentissage ({ -allowance-name }) par année scolaire (contrats qui vous sont ouverts)
saved-allowance = { $agreement } : { $amount }

## What is kept in this browser.
persist-unnamed = Calcul sans nom
# $day, $month, $hour and $minute have two digits: "23-11-2026 14:05".
persist-date-time = { $day }/{ $month }/{ $year } { $hour }:{ $minute }
persist-saved-damaged = Les calculs conservés dans ce navigateur étaient endommagés et ont été ignorés.
persist-saved-unreadable = { $count ->
    [one] { $count } calcul conservé n’a pas pu être lu entièrement
   *[other] { $count } calculs conservés n’ont pas pu être lus entièrement
} ; ce qui manquait a repris sa valeur par défaut.
