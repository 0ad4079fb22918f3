## app-fee
fee-inputs-title = Votre situation
fee-jump-to-result = Droits d’inscription : { $total } — vers le calcul
