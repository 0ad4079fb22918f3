## app-fee
fee-inputs-title = Jouw situatie
fee-jump-to-result = Studiegeld: { $total } — naar de berekening
