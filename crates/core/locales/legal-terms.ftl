# The Dutch names of schemes, contracts and statuses as they stand on official forms.
# They are the same in every language: a translation names the Dutch term next to its
# own words the first time it appears, for example
#     training leave ({ -vov-name }, { -vov })
# and front ends mark every term as Dutch (lang="nl") wherever it shows.

-studiegeld = studiegeld
-vov-name = Vlaams opleidingsverlof
-vov = VOV
-vok-name = Vlaams opleidingskrediet
-vok = VOK
-time-credit-name = tijdskrediet
-care-credit-name = Vlaams zorgkrediet
-study-grant-name = studietoelage
-learning-credit-name = leerkrediet
-diploma-contract-name = diplomacontract
-credit-contract-name = creditcontract
-exam-contract-name = examencontract
-non-grant-name = niet-beurstariefstudent
-near-grant-name = bijna-beursstudent
-grant-name = beurstariefstudent
-graduaat-name = graduaat
-banaba-name = bachelor-na-bachelor
-manama-name = master-na-master
-dual-learning-name = duaal leren
-oao-name = overeenkomst alternerende opleiding
-odo-name = overeenkomst duale opleiding
-allowance-name = leervergoeding
-workplace-learning-premium-name = premie kwalificerend werkplekleren
-learner-premium-name = leerlingenpremie
-home-care-premium-name = ondersteuningspremie
-adult-education-name = volwassenenonderwijs
-development-plan-name = persoonlijk ontwikkelingsplan
-examencommissie-name = Examencommissie secundair onderwijs
