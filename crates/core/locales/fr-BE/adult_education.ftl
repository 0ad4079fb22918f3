# Diplôme de l’enseignement secondaire dans l’enseignement pour adultes : droit d’inscription, prime, temps et congé-éducation.

## Erreurs de saisie
adult-error-too-many-modules = { $count } modules, c’est trop : au plus { $maximum }.
adult-error-lesson-periods = { $value } périodes de cours, ce n’est pas possible : un module compte de { $min } à { $max } périodes de cours.
adult-error-amount = { $value } cents, ce n’est pas possible : indiquez un montant de € 0,00 à { $max_amount }.

## Noms
adult-area-vocational = Formation professionnelle (menant au diplôme)
adult-area-aav = Formation générale complémentaire (aanvullende algemene vorming, AAV)
adult-area-av = Formation générale (algemene vorming, AV, niveau ASO)
adult-area-nt2 = Néerlandais langue seconde (NT2)
adult-area-basic = Éducation de base (basiseducatie)
adult-area-literacy = Alphabétisation (geletterdheid)
adult-area-shortage = Formation menant à un métier en pénurie
adult-area-leisure = Domaine de loisirs (langues, photographie, cuisine, mode…)
adult-category-standard = Standard
adult-category-partial = Exemption partielle
adult-category-full = Exemption totale
adult-category-standard-who = Qui ne relève d’aucune catégorie d’exemption.
adult-category-partial-who = Notamment qui perçoit une allocation de chômage ou a un handicap.
adult-category-full-who = Notamment : revenu d’intégration ou aide matérielle, demandeurs d’emploi en stage d’insertion ou en parcours reconnu vers l’emploi, parcours d’intégration civique (inburgeraars), détenus.
adult-organisation-modular = Modulaire (par module)
adult-organisation-linear = Linéaire (par année scolaire)
adult-semester = semestre { $number }
adult-scope-school-year = l’année scolaire
adult-rate-standard = tarif standard
adult-rate-nt2 = tarif NT2
adult-rate-partial = tarif en cas d’exemption partielle
adult-rate-full = tarif en cas d’exemption totale
adult-rate-fourth = tarif d’une quatrième inscription
adult-rate-fourth-full = tarif d’une quatrième inscription, exemption totale
adult-rate-shortage = tarif des formations en pénurie
adult-rate-shortage-exemption = tarif des formations en pénurie avec exemption
adult-rate-leisure = tarif des domaines de loisirs, sans réduction ni plafond

## Droit d’inscription
adult-line-charged = Module { $number } ({ $area }, { $semester }) : { $periods } × { $rate } ({ $kind })
adult-line-free = Module { $number } ({ $area }, { $semester }) : { $periods }, pas de droit d’inscription sans diplôme de l’enseignement secondaire
adult-line-exempted = Module { $number } ({ $area }, { $semester }) : dispense sur la base de compétences acquises (EVC) ; les { $periods } ne comptent pas
adult-line-not-computed = Module { $number } ({ $area }, { $semester }) : { $periods } ; le tarif de { $year } n’est pas publié, pas calculé
adult-cap-within = { $scope } : { $fees } reste sous le maximum de { $cap } par formation
adult-cap-applied = { $scope } : { $fees } dépasse le maximum ; vous payez { $cap }
adult-cap-unpublished = { $scope } : { $fees }. Le maximum de { $year } n’est pas publié : nous n’appliquons pas l’ancien maximum
adult-fee-upper-bound = Le maximum par formation n’est pas publié pour cette année : le droit d’inscription ci-dessus est calculé sans maximum et peut être plus bas en réalité.
adult-fee-incomplete = Le tarif d’au moins un module n’est pas publié pour cette année scolaire : cette partie n’est pas dans le total.

## Prime
adult-premium-eligible = Prime pour votre premier diplôme de l’enseignement secondaire : { $amount }.
adult-premium-not-eligible = Pas de prime : toutes les conditions ne sont pas remplies.
adult-premium-condition-first = Vous obtenez votre premier diplôme de l’enseignement secondaire dans l’enseignement pour adultes ({ -adult-education-name })
adult-premium-condition-passed = Modules réussis de la formation menant au diplôme pour lesquels vous avez payé un droit d’inscription : { $count }
adult-premium-condition-apply = Vous demandez la prime dans les { $months } qui suivent la remise de votre diplôme (formulaire et copie du diplôme)
adult-premium-refund = { $scope } : { $paid } payés pour des modules réussis, au plus { $maximum } par semestre
adult-premium-refund-year = { $scope } : { $paid } payés pour des modules réussis
adult-premium-vouchers = Payé avec des chèques-formation (opleidingscheques) : { $amount }, non remboursé
adult-premium-year-maximum = Ensemble { $before }, au plus { $maximum } par formation et par année scolaire
adult-premium-timing = Demandez la prime dans les { $apply } après votre diplôme ; le paiement peut prendre jusqu’à { $payment } de plus : comptez au plus tard { $latest } après le diplôme.
adult-premium-not-refunded = Le matériel de cours et la part payée avec des chèques-formation ne sont pas remboursés.

## Temps
adult-time-hours = { $periods } = { $hours } de cours sur { $weeks } : en moyenne { $per_week } par semaine
adult-time-exempted = Dispense (EVC) : { $periods } de cours en moins

## Congé-éducation flamand
adult-vov-planned = { $periods } prévues dans les modules qui comptent = { $hours }
adult-vov-too-small = Modules trop petits pour compter (moins de { $minimum }) : { $count }
adult-vov-maximum = Maximum personnel : { $full_time } × { $percent } d’occupation = { $maximum }
adult-vov-maximum-full-time = Maximum personnel à temps plein : { $full_time } × { $percent } = { $maximum } (indiquez votre occupation dans Charge d’études et congés)
adult-vov-hours = Heures de congé-éducation flamand ({ -vov-name }, { -vov }) pour cette formation : { $hours }. Si vous y avez droit (secteur, occupation) : voir Charge d’études et congés.

## L’alternative
adult-alternative-title = L’alternative : le jury de l’enseignement secondaire ({ -examencommissie-name })
adult-alternative-text = Devant le jury ({ -examencommissie-name }), vous passez des examens à votre rythme, sans suivre de cours. Vous pouvez aussi y obtenir un diplôme KSO, ce qui n’est pas possible dans l’enseignement pour adultes. Son coût ne figure pas dans nos sources.
