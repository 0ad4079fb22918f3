## app-fee
fee-inputs-title = Your situation
fee-jump-to-result = Tuition fee: { $total } — to the calculation
