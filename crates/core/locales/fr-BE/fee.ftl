## The study fee (studiegeld): the bills, their lines and notes, the learning-credit
## surcharge, and whether a study grant is possible.
# $institution is the name the person typed. $credits is a counted number of credits
# ("60 crédits"); $rate and $amount are already written ("€ 13,80 par crédit").
# $kind chooses the programme billed on its own: banaba (bachelor-na-bachelor) or manama
# (master-na-master). $contract chooses the contract: diploma, credit or exam.
# French: a no-break space (U+00A0) before : ; ? !

## Bill titles.
fee-bill-combined = { $institution } : contrats de diplôme et de crédits ({ -diploma-contract-name }, { -credit-contract-name }) ensemble
fee-bill-separate = { $institution } : { $kind ->
    [banaba] bachelier de spécialisation ({ -banaba-name })
   *[manama] master de spécialisation ({ -manama-name })
} en { $contract ->
    [diploma] contrat de diplôme ({ -diploma-contract-name })
    [credit] contrat de crédits ({ -credit-contract-name })
   *[exam] contrat d'examen ({ -exam-contract-name })
}, facturé à part
fee-bill-exam = { $institution } : contrat d'examen ({ -exam-contract-name }), facturé à part
fee-bill-postinitial = { $institution } : formation postinitiale (prix fixé par l'établissement)

## Notes on one bill.
# $maximum: one of the fee-maximum-… sentences.
fee-note-separate = Un { $kind ->
    [banaba] bachelier de spécialisation
   *[manama] master de spécialisation
} est toujours facturé à part (partie fixe comprise) et ne connaît aucune réduction pour les étudiants boursiers ou presque boursiers. L'établissement fixe son tarif ; nous calculons avec le tarif standard, que la plupart des établissements appliquent. { $maximum }
# $period: the year of the figures; $status: how sure they are ("confirmé").
fee-maximum-banaba = Le maximum légal en { $period } était de { $fixed } + { $per_credit } ({ $status }).
fee-maximum-manama = Le maximum légal en { $period } était de { $maximum } au total ({ $status }).
fee-maximum-unknown = Le maximum légal pour { $year } n'a pas été trouvé ; demandez le tarif à l'établissement.
fee-note-exam = Chaque contrat d'examen est facturé séparément, à un tarif unique pour tous les étudiants. Certains établissements demandent un supplément qui leur est propre (par exemple pour l'environnement d'apprentissage en ligne).
fee-note-postinitial = Les formations postinitiales (postgraduats et autres) n'ont pas de droits d'inscription légaux : l'établissement fixe le prix. Elles ne donnent pas droit à une allocation d'études.
fee-note-enter-price = Indiquez le prix demandé par l'établissement pour qu'il soit compté.

## Notes on the whole fee.
fee-note-fixed-part-yearly = La partie fixe est due par année académique, même si vous ne commencez qu'en février.
# From the parameters fee/flat_fee*: $low and $high: the band of study points ("54", "66");
# $amount: the flat fee of UGent in $year ("2013-2014"); $reform: the first year without it ("2015-2016").
fee-note-no-flat-fee = Des droits d'inscription forfaitaires pour { $low } à { $high } crédits existaient avant la réforme de { $reform } ({ $amount } à l'UGent en { $year }). Depuis { $reform }, les droits d'inscription sont, quel que soit le nombre de crédits, la partie fixe plus un montant par crédit ; tous les tableaux publiés depuis 2020-2021 calculent ainsi.

## The lines of a bill.
fee-line-fixed-part = Partie fixe : une seule fois par année académique pour l'ensemble des contrats de diplôme et de crédits auprès de { $institution }
fee-line-fixed-part-again = Partie fixe, due une nouvelle fois pour ce { $kind ->
    [banaba] bachelier de spécialisation
   *[manama] master de spécialisation
}
fee-line-grant-flat = Tarif boursier : un seul montant fixe réduit pour { $credits } au total en contrat de diplôme auprès de { $institution }, aucun montant par crédit
# $reason: why this rate: credit-contract, near-grant or non-grant.
fee-line-per-credit = { $credits } en { $contract ->
    [diploma] contrat de diplôme
    [credit] contrat de crédits
   *[exam] contrat d'examen
} × { $rate } ({ $reason ->
    [credit-contract] les contrats de crédits paient toujours le tarif standard
    [near-grant] tarif presque boursier
   *[non-grant] tarif standard
})
fee-line-grant-in-combined = { $credits } en contrat de diplôme au tarif boursier : aucun montant par crédit ; le montant fixe réduit ({ $amount }) disparaît parce que la partie fixe complète est déjà due pour votre contrat de crédits dans cet établissement
fee-line-per-credit-standard = { $credits } × { $rate } (tarif standard, sans réduction)
fee-line-exam-fixed = Partie fixe de ce contrat d'examen (chaque contrat d'examen séparément)
fee-line-exam-per-credit = { $credits } en contrat d'examen × { $rate }
fee-line-institution-price = Prix de l'établissement, tel que vous l'avez indiqué (pas de droits d'inscription légaux)

## The learning-credit surcharge.
# $balance: the learning credit left, a number of credits ("35"); $credits, $covered and
# $without: counted credits; $maximum: the highest surcharge in all.
fee-learning-credit-not-for-status = Pas de supplément : les étudiants au tarif boursier et presque boursiers ne sont pas soumis au supplément pour les crédits sans crédit d'apprentissage ({ -learning-credit-name }).
fee-learning-credit-not-used = Pas de supplément : aucun des crédits que vous prenez n'utilise de crédit d'apprentissage ({ -learning-credit-name }) ; seuls les contrats de diplôme et de crédits des formations initiales en utilisent, pas les contrats d'examen, les bacheliers et masters de spécialisation ni les postgraduats.
fee-learning-credit-not-entered = Aucun crédit d'apprentissage ({ -learning-credit-name }) indiqué : nous supposons que vous en avez assez pour tous vos crédits.
fee-learning-credit-covered = Pas de supplément : votre crédit d'apprentissage ({ -learning-credit-name }) de { $balance } couvre tous les crédits que vous prenez ({ $credits }).
fee-learning-credit-surcharge = Votre crédit d'apprentissage ({ -learning-credit-name }) de { $balance } couvre { $covered } sur les { $credits } que vous prenez : pour { $without } sans crédit d'apprentissage, l'établissement peut demander au maximum { $rate } en plus, soit au plus { $maximum } au total. Il n'y est pas obligé, et vous ne pouvez alors vous inscrire qu'avec son accord.
fee-learning-credit-unpublished = Pour { $without } sans crédit d'apprentissage ({ -learning-credit-name }), l'établissement peut demander un supplément, mais le maximum pour { $year } n'est pas publié.

## The study grant (studietoelage): only the study condition is checked.
# $label, $period, $reason: the figure that is missing, its year and why.
grant-not-computed = Non calculé : { $label } pour { $period } fait défaut. { $reason }
# $needed, $have, $other, $short: numbers of credits (numbers, for the plural).
grant-condition-minimum = Au moins { $needed } crédits en contrat de diplôme dans une formation initiale (finançable) : vous en avez { $have }
grant-condition-not-counted = { $other ->
    [one] { $other } crédit en contrat de crédits ou d'examen, ou dans une formation de spécialisation ou postinitiale, ne compte
   *[other] { $other } crédits en contrat de crédits ou d'examen, ou dans une formation de spécialisation ou postinitiale, ne comptent
} pas pour une allocation d'études
grant-possible = Une allocation d'études ({ -study-grant-name }) est possible : votre inscription remplit la condition d'études. L'obtenir dépend aussi de vos revenus, de votre nationalité et de votre crédit d'allocations d'études ; c'est le service des allocations d'études (afdeling Studietoelagen) qui en juge.
grant-impossible-no-diploma = Pas d'allocation d'études ({ -study-grant-name }) possible : il faut pour cela être inscrit en contrat de diplôme pour au moins { $needed } crédits dans une formation initiale.
grant-impossible-short = Pas d'allocation d'études ({ -study-grant-name }) possible : vous avez { $have ->
    [one] { $have } crédit
   *[other] { $have } crédits
} en contrat de diplôme, il en faut au moins { $needed } ({ $short } de plus). Exception : l'année où vous obtenez votre diplôme, il peut y en avoir moins.
