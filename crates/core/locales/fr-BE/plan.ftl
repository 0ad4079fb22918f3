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

## Les mots du parcours d’études.
plan-count-years = { $count ->
    [one] { $amount } an
   *[other] { $amount } ans
}
plan-contract-diploma = contrat de diplôme ({ -diploma-contract-name })
plan-contract-credit = contrat de crédits ({ -credit-contract-name })
plan-contract-exam = contrat d’examen ({ -exam-contract-name })
plan-degree-bachelor = bachelier
plan-degree-master = master
plan-degree-graduaat = graduat ({ -graduaat-name })
plan-degree-bridging = programme passerelle ou préparatoire
plan-step-taken = { $credits } pris : déduits
plan-step-earned = { $credits } acquis : rendus
plan-step-bonus = { $credits } comptent double (les 60 premiers acquis en contrat de diplôme)
plan-step-master = le diplôme de master coûte { $credits }
plan-step-not-used = un contrat d’examen n’utilise pas de crédit d’apprentissage
plan-learning-credit-year = crédit d’apprentissage ({ -learning-credit-name }) : { $before } → { $after } ({ $steps })
plan-consent = Avec un crédit d’apprentissage de 0 ou moins, vous ne pouvez vous inscrire qu’avec l’accord de l’établissement, qui peut demander des droits d’inscription plus élevés.
plan-impossible-more-than-programme = plus de crédits par an que tout le programme
plan-impossible-too-long = durerait plus de { $max } ans
plan-option = { $contract }, { $credits } par an
plan-option-varies = { $option }, avec des choix propres par année
plan-summary = Votre parcours d’études dure { $years }, de { $first } à { $last }, et coûte { $fee } de droits d’inscription ({ -studiegeld }). Il vous reste ensuite { $end } crédits de crédit d’apprentissage.
plan-summary-not-computed = Votre parcours d’études dure { $years }, de { $first } à { $last } ; les droits d’inscription d’une année ne sont pas calculés. Il vous reste ensuite { $end } crédits de crédit d’apprentissage.
