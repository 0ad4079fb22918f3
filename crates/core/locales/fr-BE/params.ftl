# Traductions françaises (Belgique) des libellés et des notes des paramètres
# (crates/core/params/**/*.toml). Le néerlandais reste dans le fichier du paramètre ;
# les citations des sources restent dans leur langue.

## dual

param-dual-adult_education = L’apprentissage dual (duaal leren) existe dans l’enseignement pour adultes
    .note-from-2020-09-01 = Avant le 1er septembre 2022, l’apprentissage dual n’existait que dans d’autres formes d’enseignement, comme l’enseignement secondaire, et pas dans l’enseignement pour adultes.
    .note-from-2022-09-01 = Lu auprès d’un secrétariat social. partena-professional.be et liantis.be indiquent aussi le 1er septembre 2022 ; l’autorité flamande (vlaanderen.be, « Duaal leren in volwassenenonderwijs ») parle des formations duales « die vanaf september 2022 kunnen worden ingericht » (qui peuvent être organisées à partir de septembre 2022).
param-dual-home_care_supervised_hour_subsidy = Subvention par heure sous supervision à distance pour les services d’aide aux familles
    .note-from-2020-09-01 = Avant le webinaire de 2025, rien n’a été trouvé sur cette mesure. Pas d’estimation.
    .note-from-2025-09-01 = Lu uniquement dans le webinaire « Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht » destiné au secteur de l’aide aux familles (2025), sous « Incentives voor werkgevers » (« Subsidie blijft behouden, in een andere vorm », c’est-à-dire que la subvention est maintenue sous une autre forme). Aucune source officielle trouvée ; le lien mène à Zorggezind, l’un des organisateurs, auprès duquel vous pouvez vous renseigner. La date d’entrée en vigueur n’est pas connue : nous l’appliquons à partir du 1er septembre 2025, début de l’année scolaire 2025-2026 dont parle le webinaire.

param-dual-home_care_supervised_hours_monthly_average = Subvention par heure sous supervision à distance : maximum annuel, en moyenne par mois
    .note-from-2020-09-01 = Avant le webinaire de 2025, rien n’a été trouvé sur cette mesure. Pas d’estimation.
    .note-from-2025-09-01 = Lu uniquement dans le webinaire « Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht » destiné au secteur de l’aide aux familles (2025), sous « Incentives voor werkgevers » (« Subsidie blijft behouden, in een andere vorm », c’est-à-dire que la subvention est maintenue sous une autre forme). Aucune source officielle trouvée ; le lien mène à Zorggezind, l’un des organisateurs, auprès duquel vous pouvez vous renseigner. La date d’entrée en vigueur n’est pas connue : nous l’appliquons à partir du 1er septembre 2025, début de l’année scolaire 2025-2026 dont parle le webinaire.

param-dual-home_care_support_minimum_days = Prime de soutien pour les services d’aide aux familles : nombre minimal de jours par mois auprès du tuteur
    .note-from-2020-09-01 = Avant le webinaire de 2025, rien n’a été trouvé sur cette mesure. Pas d’estimation.
    .note-from-2025-09-01 = Lu uniquement dans le webinaire « Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht » destiné au secteur de l’aide aux familles (2025), sous « Incentives voor werkgevers », dans la partie consacrée à l’apprentissage dual dans l’enseignement secondaire. Aucune source officielle trouvée ; le lien mène à Zorggezind, l’un des organisateurs, auprès duquel vous pouvez vous renseigner. La date d’entrée en vigueur n’est pas connue : nous l’appliquons à partir du 1er septembre 2025, début de l’année scolaire 2025-2026 dont parle le webinaire.

param-dual-home_care_support_premium = Prime de soutien pour les services d’aide aux familles (par élève et par mois)
    .note-from-2020-09-01 = Avant le webinaire de 2025, rien n’a été trouvé sur cette mesure. Pas d’estimation.
    .note-from-2025-09-01 = Lu uniquement dans le webinaire « Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht » destiné au secteur de l’aide aux familles (2025), sous « Incentives voor werkgevers », dans la partie consacrée à l’apprentissage dual dans l’enseignement secondaire. Aucune source officielle trouvée ; le lien mène à Zorggezind, l’un des organisateurs, auprès duquel vous pouvez vous renseigner. La date d’entrée en vigueur n’est pas connue : nous l’appliquons à partir du 1er septembre 2025, début de l’année scolaire 2025-2026 dont parle le webinaire.

param-dual-home_care_support_premium_cap = Prime de soutien pour les services d’aide aux familles : maximum par année scolaire
    .note-from-2020-09-01 = Avant le webinaire de 2025, rien n’a été trouvé sur cette mesure. Pas d’estimation.
    .note-from-2025-09-01 = Lu uniquement dans le webinaire « Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht » destiné au secteur de l’aide aux familles (2025), sous « Incentives voor werkgevers », dans la partie consacrée à l’apprentissage dual dans l’enseignement secondaire. Aucune source officielle trouvée ; le lien mène à Zorggezind, l’un des organisateurs, auprès duquel vous pouvez vous renseigner. La date d’entrée en vigueur n’est pas connue : nous l’appliquons à partir du 1er septembre 2025, début de l’année scolaire 2025-2026 dont parle le webinaire.

param-dual-learner_premium = Prime pour les élèves en formation en alternance (par année scolaire)
    .note-from-2020-09-01 = La prime pour les élèves en formation en alternance (leerlingenpremie) existe depuis le 1er septembre 2023. Auparavant, c’était le bonus de démarrage (startbonus) qui s’appliquait (500, 500 et 750 euros, uniquement pour les jeunes de moins de 18 ans) ; cette version ne le calcule pas.
    .note-from-2023-09-01 = Lu sur le site d’un prestataire de formation ; sociaalkantoor.be et des secrétariats sociaux signalent la prime à partir du 1er septembre 2023. Aucune page officielle indiquant le montant n’a été lue.

param-dual-learner_premium_max_times = Prime pour les élèves : nombre maximal d’octrois
    .note-from-2020-09-01 = La prime pour les élèves en formation en alternance (leerlingenpremie) existe depuis le 1er septembre 2023. Auparavant, c’était le bonus de démarrage (startbonus) qui s’appliquait (500, 500 et 750 euros, uniquement pour les jeunes de moins de 18 ans) ; cette version ne le calcule pas.
    .note-from-2023-09-01 = Lu sur le site d’un prestataire de formation ; sociaalkantoor.be et des secrétariats sociaux signalent la prime à partir du 1er septembre 2023. Aucune page officielle indiquant le montant n’a été lue.

param-dual-learner_premium_minimum_months = Prime pour les élèves : nombre minimal de mois de formation sur le lieu de travail
    .note-from-2020-09-01 = La prime pour les élèves en formation en alternance (leerlingenpremie) existe depuis le 1er septembre 2023. Auparavant, c’était le bonus de démarrage (startbonus) qui s’appliquait (500, 500 et 750 euros, uniquement pour les jeunes de moins de 18 ans) ; cette version ne le calcule pas.
    .note-from-2023-09-01 = Lu sur le site d’un prestataire de formation ; sociaalkantoor.be et des secrétariats sociaux signalent la prime à partir du 1er septembre 2023. Aucune page officielle indiquant le montant n’a été lue.

param-dual-oao_allowance_bracket_1 = Indemnité d’apprentissage OAO, barème 1 (par mois)
    .note-from-2020-09-01 = Aucun montant assorti d’une date de validité n’a été trouvé avant le 1er décembre 2022. Le site onderwijskiezer.be mentionne 480,90 euros, sans date : ce montant n’est donc pas utilisé.
    .note-from-2022-12-01 = Lu auprès d’un secrétariat social (Groups), et non sur une page des autorités : 29 % du revenu minimum mensuel moyen garanti (GGMMI).
    .note-from-2023-11-01 = Lu sur le site d’un prestataire de formation qui reprend le tableau officiel, et non sur une page des autorités.
    .note-from-2025-09-01 = Lu sur un site de questions-réponses (message de novembre 2025) ; le webinaire destiné au secteur de l’aide aux familles (2025) mentionne lui aussi « Tussen € 612,50 en € 728,70 » (entre € 612,50 et € 728,70). Non confirmé officiellement. La date d’entrée en vigueur n’est pas connue : le montant correspond aux 600,50 euros du 1er mai 2024 majorés de 2 % (une indexation). Nous l’appliquons à partir du 1er septembre 2025, début de l’année scolaire 2025-2026 dont parle le webinaire ; si l’indice-pivot a été dépassé plus tôt, il s’appliquait déjà auparavant.

param-dual-oao_allowance_bracket_2 = Indemnité d’apprentissage OAO, barème 2 (par mois)
    .note-from-2020-09-01 = Aucun montant assorti d’une date de validité n’a été trouvé avant le 1er décembre 2022. Le site onderwijskiezer.be mentionne 530,70 euros, sans date : ce montant n’est donc pas utilisé.
    .note-from-2022-12-01 = Lu auprès d’un secrétariat social (Groups), et non sur une page des autorités : 32 % du revenu minimum mensuel moyen garanti (GGMMI).
    .note-from-2023-11-01 = Lu sur le site d’un prestataire de formation qui reprend le tableau officiel, et non sur une page des autorités.
    .note-from-2025-09-01 = Lu sur un site de questions-réponses (message de novembre 2025). Non confirmé officiellement. La date d’entrée en vigueur n’est pas connue : le montant correspond aux 662,60 euros du 1er mai 2024 majorés de 2 % (une indexation). Nous l’appliquons à partir du 1er septembre 2025, début de l’année scolaire 2025-2026 dont parle le webinaire destiné au secteur de l’aide aux familles (2025) ; si l’indice-pivot a été dépassé plus tôt, il s’appliquait déjà auparavant.

param-dual-oao_allowance_bracket_3 = Indemnité d’apprentissage OAO, barème 3 (par mois)
    .note-from-2020-09-01 = Aucun montant assorti d’une date de validité n’a été trouvé avant le 1er décembre 2022. Le site onderwijskiezer.be mentionne 572,10 euros, sans date : ce montant n’est donc pas utilisé.
    .note-from-2022-12-01 = Lu auprès d’un secrétariat social (Groups), et non sur une page des autorités : 34,5 % du revenu minimum mensuel moyen garanti (GGMMI).
    .note-from-2023-11-01 = Lu sur le site d’un prestataire de formation qui reprend le tableau officiel, et non sur une page des autorités.
    .note-from-2025-09-01 = Lu sur un site de questions-réponses (message de novembre 2025) ; le webinaire destiné au secteur de l’aide aux familles (2025) mentionne lui aussi « Tussen € 612,50 en € 728,70 » (entre € 612,50 et € 728,70). Non confirmé officiellement. La date d’entrée en vigueur n’est pas connue : le montant correspond aux 714,40 euros du 1er mai 2024 majorés de 2 % (une indexation). Nous l’appliquons à partir du 1er septembre 2025, début de l’année scolaire 2025-2026 dont parle le webinaire ; si l’indice-pivot a été dépassé plus tôt, il s’appliquait déjà auparavant.

param-dual-oao_minimum_workplace_hours = Nombre minimal d’heures par semaine sur le lieu de travail pour un OAO
    .note-from-2020-09-01 = Lu sur le site d’un syndicat de jeunes ; le webinaire destiné au secteur de l’aide aux familles (2025) indique lui aussi « Minimum 20u of meer op de werkvloer » (au moins 20 heures sur le lieu de travail). La règle s’appliquait déjà avant 2020 ; cette version la reprend à partir de la première année scolaire qu’elle couvre.

param-dual-odo_hourly_allowance = Indemnité d’apprentissage ODO (par heure sur le lieu de travail)
    .note-from-2020-09-01 = L’apprentissage dual dans l’enseignement pour adultes (duaal leren in het volwassenenonderwijs) n’existait pas encore : il a débuté le 1er septembre 2022.
    .note-from-2022-09-01 = Aucun montant daté n’a été trouvé pour cette période. La page de l’Autorité flamande indique « Het bedrag van de leervergoeding bedraagt momenteel 4,27 euro per uur » (le montant de l’indemnité d’apprentissage s’élève actuellement à 4,27 euros par heure), sans préciser depuis ou jusqu’à quand : ce montant n’est donc utilisé pour aucune date.
    .note-from-2025-09-01 = Lu uniquement dans le webinaire « Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht » destiné au secteur de l’aide aux familles (2025), dans le tableau « Vergelijking overeenkomst alternerende opleiding (OAO), overeenkomst van duale opleiding (ODO), … », colonne ODO (V.O.). Le montant officiel n’est pas confirmé : la page liée de l’Autorité flamande indique « Het bedrag van de leervergoeding bedraagt momenteel 4,27 euro per uur » (actuellement 4,27 euros par heure), sans date. 4,44 correspond à 4,27 majoré de deux indexations de 2 % (déduit, non lu). La date d’entrée en vigueur n’est pas connue : nous l’appliquons à partir du 1er septembre 2025, début de l’année scolaire 2025-2026 dont parle le webinaire.

param-dual-odo_workplace_hours_limit = Limite entre ODO et ODOS (heures par semaine sur le lieu de travail)
    .note-from-2020-09-01 = L’apprentissage dual dans l’enseignement pour adultes (duaal leren in het volwassenenonderwijs) n’existait pas encore : il a débuté le 1er septembre 2022.
    .note-from-2022-09-01 = partena-professional.be : « Als de cursist op jaarbasis gemiddeld meer dan 20 uur per week op de werkplek doorbrengt, geldt de … ODOS » (si l’apprenant passe en moyenne plus de 20 heures par semaine sur le lieu de travail sur base annuelle, c’est l’ODOS qui s’applique) ; le webinaire destiné au secteur de l’aide aux familles (2025) indique pour l’ODOS « Min. 20u./week » (au moins 20 heures par semaine). Exactement 20 heures relève donc de l’ODOS.

param-dual-odos_monthly_allowance = Indemnité d’apprentissage ODOS (par mois)
    .note-from-2020-09-01 = L’apprentissage dual dans l’enseignement pour adultes (duaal leren in het volwassenenonderwijs) n’existait pas encore : il a débuté le 1er septembre 2022.
    .note-from-2022-09-01 = Le montant mensuel officiel de l’ODOS n’a pas été trouvé. hln.be (septembre 2022) écrivait seulement « Voor volwassenen bedraagt die 21 procent van het minimumloon » (pour les adultes, elle s’élève à 21 % du salaire minimum) ; le salaire minimum lui-même ne figure pas dans ces données.
    .note-from-2025-09-01 = Lu uniquement dans le webinaire « Opleidingstrajecten in het secundair onderwijs en de beroepskwalificerende trajecten in kaart gebracht » destiné au secteur de l’aide aux familles (2025), dans le tableau « Vergelijking overeenkomst alternerende opleiding (OAO), overeenkomst van duale opleiding (ODO), … », colonne ODOS (V.O.) ; pas sur la page liée, qui se contente de décrire l’ODOS. Le montant officiel n’est pas confirmé. La date d’entrée en vigueur n’est pas connue : nous l’appliquons à partir du 1er septembre 2025, début de l’année scolaire 2025-2026 dont parle le webinaire.

param-dual-qualifying_workplace_premium_max_times = Prime pour l’apprentissage qualifiant sur le lieu de travail : nombre maximal d’octrois par apprenant
    .note-from-2020-09-01 = La prime pour l’apprentissage qualifiant sur le lieu de travail (premie kwalificerend werkplekleren) existe depuis le 1er septembre 2023. Auparavant s’appliquaient le bonus de stage (stagebonus), la réduction pour tuteur (mentorkorting) et des réductions groupes-cibles (suppression au 1er juillet 2023) ; cette version ne les calcule pas.

param-dual-qualifying_workplace_premium_minimum_months = Prime pour l’apprentissage qualifiant sur le lieu de travail : nombre minimal de mois de formation dans l’année scolaire
    .note-from-2020-09-01 = La prime pour l’apprentissage qualifiant sur le lieu de travail (premie kwalificerend werkplekleren) existe depuis le 1er septembre 2023. Auparavant s’appliquaient le bonus de stage (stagebonus), la réduction pour tuteur (mentorkorting) et des réductions groupes-cibles (suppression au 1er juillet 2023) ; cette version ne les calcule pas.

param-dual-qualifying_workplace_premium_with_allowance = Prime pour l’apprentissage qualifiant sur le lieu de travail, apprenant avec indemnité (par apprenant et par année scolaire)
    .note-from-2020-09-01 = La prime pour l’apprentissage qualifiant sur le lieu de travail (premie kwalificerend werkplekleren) existe depuis le 1er septembre 2023. Auparavant s’appliquaient le bonus de stage (stagebonus), la réduction pour tuteur (mentorkorting) et des réductions groupes-cibles (suppression au 1er juillet 2023) ; cette version ne les calcule pas.

param-dual-qualifying_workplace_premium_without_allowance = Prime pour l’apprentissage qualifiant sur le lieu de travail, apprenant sans indemnité (par apprenant et par année scolaire)
    .note-from-2020-09-01 = La prime pour l’apprentissage qualifiant sur le lieu de travail (premie kwalificerend werkplekleren) existe depuis le 1er septembre 2023. Auparavant s’appliquaient le bonus de stage (stagebonus), la réduction pour tuteur (mentorkorting) et des réductions groupes-cibles (suppression au 1er juillet 2023) ; cette version ne les calcule pas.

## extra_costs

param-extra_costs-itace_individual = Test de langue ITACE, rendez-vous individuel
    .note-2020-2021 = Montant tiré de l’avis du SERV « Een leven lang student » (2021), §2.3.1 : « €230 voor een individuele afspraak » (€230 pour un rendez-vous individuel). Aucun prix n’a été trouvé sur le site du test lui-même.
    .note-2021-2022 = Le prix pour cette année n’a pas été trouvé. Renseignez-vous auprès du centre de langues où vous passez le test.
    .note-2022-2023 = { param-extra_costs-itace_individual.note-2021-2022 }
    .note-2023-2024 = { param-extra_costs-itace_individual.note-2021-2022 }
    .note-2024-2025 = { param-extra_costs-itace_individual.note-2021-2022 }
    .note-2025-2026 = { param-extra_costs-itace_individual.note-2021-2022 }
    .note-2026-2027 = { param-extra_costs-itace_individual.note-2021-2022 }

param-extra_costs-itace_open_session = Test de langue ITACE, session de test ouverte
    .note-2020-2021 = Montant tiré de l’avis du SERV « Een leven lang student » (2021), §2.3.1 : « €130 tijdens een open testmoment » (€130 lors d’une session de test ouverte). Aucun prix n’a été trouvé sur le site du test lui-même.
    .note-2021-2022 = Le prix pour cette année n’a pas été trouvé. Renseignez-vous auprès du centre de langues où vous passez le test.
    .note-2022-2023 = { param-extra_costs-itace_open_session.note-2021-2022 }
    .note-2023-2024 = { param-extra_costs-itace_open_session.note-2021-2022 }
    .note-2024-2025 = { param-extra_costs-itace_open_session.note-2021-2022 }
    .note-2025-2026 = { param-extra_costs-itace_open_session.note-2021-2022 }
    .note-2026-2027 = { param-extra_costs-itace_open_session.note-2021-2022 }

param-extra_costs-itna_group = Test de langue ITNA, groupe sur rendez-vous
    .note-2020-2021 = Montant tiré de l’avis du SERV « Een leven lang student » (2021), §2.3.1 : « €100 per deelnemer voor een groep van minimum 15 deelnemers op een datum op afspraak » (€100 par participant pour un groupe d’au moins 15 participants, à une date fixée sur rendez-vous). Aucun prix n’a été trouvé sur le site du test lui-même.
    .note-2021-2022 = Le prix pour cette année n’a pas été trouvé. Renseignez-vous auprès du centre de langues où vous passez le test.
    .note-2022-2023 = { param-extra_costs-itna_group.note-2021-2022 }
    .note-2023-2024 = { param-extra_costs-itna_group.note-2021-2022 }
    .note-2024-2025 = { param-extra_costs-itna_group.note-2021-2022 }
    .note-2025-2026 = { param-extra_costs-itna_group.note-2021-2022 }
    .note-2026-2027 = { param-extra_costs-itna_group.note-2021-2022 }

param-extra_costs-itna_individual = Test de langue ITNA, rendez-vous individuel
    .note-2020-2021 = Montant tiré de l’avis du SERV « Een leven lang student » (2021), §2.3.1 : « €185 voor een individuele afspraak » (€185 pour un rendez-vous individuel). Aucun prix n’a été trouvé sur le site du test lui-même.
    .note-2021-2022 = Le prix pour cette année n’a pas été trouvé. Renseignez-vous auprès du centre de langues où vous passez le test.
    .note-2022-2023 = { param-extra_costs-itna_individual.note-2021-2022 }
    .note-2023-2024 = { param-extra_costs-itna_individual.note-2021-2022 }
    .note-2024-2025 = { param-extra_costs-itna_individual.note-2021-2022 }
    .note-2025-2026 = { param-extra_costs-itna_individual.note-2021-2022 }
    .note-2026-2027 = { param-extra_costs-itna_individual.note-2021-2022 }

param-extra_costs-itna_open_session = Test de langue ITNA, session de test ouverte
    .note-2020-2021 = Montant tiré de l’avis du SERV « Een leven lang student » (2021), §2.3.1 : « €85 tijdens een open testmoment » (€85 lors d’une session de test ouverte). Aucun prix n’a été trouvé sur le site du test lui-même.
    .note-2021-2022 = Le prix pour cette année n’a pas été trouvé. Renseignez-vous auprès du centre de langues où vous passez le test.
    .note-2022-2023 = { param-extra_costs-itna_open_session.note-2021-2022 }
    .note-2023-2024 = { param-extra_costs-itna_open_session.note-2021-2022 }
    .note-2024-2025 = { param-extra_costs-itna_open_session.note-2021-2022 }
    .note-2025-2026 = { param-extra_costs-itna_open_session.note-2021-2022 }
    .note-2026-2027 = { param-extra_costs-itna_open_session.note-2021-2022 }

## fee

param-fee-bachelor_after_bachelor_max_fixed = Partie fixe maximale d’un bachelier de spécialisation
    .note-2020-2021 = Lu dans le tableau 1 de l’avis du SERV « Een leven lang student » (2021), qui cite onderwijs.vlaanderen.be comme source ; non lu sur la page officielle elle-même.
    .note-2021-2022 = Le maximum légal pour cette année n’a pas été trouvé ; seuls des tarifs propres à certains établissements l’ont été.
    .note-2022-2023 = { param-fee-bachelor_after_bachelor_max_fixed.note-2021-2022 }
    .note-2023-2024 = { param-fee-bachelor_after_bachelor_max_fixed.note-2021-2022 }
    .note-2024-2025 = { param-fee-bachelor_after_bachelor_max_fixed.note-2021-2022 }
    .note-2025-2026 = { param-fee-bachelor_after_bachelor_max_fixed.note-2021-2022 }
    .note-2026-2027 = { param-fee-bachelor_after_bachelor_max_fixed.note-2021-2022 }

param-fee-bachelor_after_bachelor_max_per_credit = Partie variable maximale d’un bachelier de spécialisation
    .note-2020-2021 = Lu dans le tableau 1 de l’avis du SERV « Een leven lang student » (2021), qui cite onderwijs.vlaanderen.be comme source ; non lu sur la page officielle elle-même.
    .note-2021-2022 = Le maximum légal pour cette année n’a pas été trouvé ; seuls des tarifs propres à certains établissements l’ont été.
    .note-2022-2023 = { param-fee-bachelor_after_bachelor_max_per_credit.note-2021-2022 }
    .note-2023-2024 = { param-fee-bachelor_after_bachelor_max_per_credit.note-2021-2022 }
    .note-2024-2025 = { param-fee-bachelor_after_bachelor_max_per_credit.note-2021-2022 }
    .note-2025-2026 = { param-fee-bachelor_after_bachelor_max_per_credit.note-2021-2022 }
    .note-2026-2027 = { param-fee-bachelor_after_bachelor_max_per_credit.note-2021-2022 }

param-fee-exam_fixed = Partie fixe du contrat d’examen
    .note-2024-2025 = Non lu. Chaque année publiée, la partie fixe du contrat d’examen était égale au tarif boursier ; celui-ci s’élevait en 2024-2025 à € 131,50.
    .note-2026-2027 = Non lu. Chaque année publiée, la partie fixe du contrat d’examen était égale au tarif boursier ; celui-ci s’élève en 2026-2027 à € 139,40.

param-fee-exam_per_credit = Partie variable par crédit (contrat d’examen)
    .note-2024-2025 = Non lu. Chaque année publiée, le montant par crédit du contrat d’examen était égal à celui de l’étudiant presque boursier ; il s’élevait en 2024-2025 à € 5,00.
    .note-2026-2027 = Non lu. Chaque année où les deux ont été lus (2020-2021 à 2023-2024 et 2025-2026), le montant par crédit du contrat d’examen était égal à celui de l’étudiant presque boursier : 4 € × 1,32783 = 5,311 €, arrondi à 0,10 € : 5,30 €.

param-fee-flat_fee = Droits d’inscription forfaitaires pour 54 à 66 crédits (avant 2015-2016)
    .note-from-2013-09-01 = Droits d’inscription de l’UGent pour l’année académique 2013-2014 (archives de l’UGent).
    .note-from-2014-09-01 = Non vérifié pour 2014-2015, la dernière année académique avant la réforme.
    .note-from-2015-09-01 = Supprimés par la réforme de 2015-2016, qui a porté la partie fixe de 62 à 230 euros. Depuis, les droits d’inscription sont, quel que soit le nombre de crédits, la partie fixe plus un montant par crédit ; c’est ainsi que calculent tous les tableaux qu’utilise ce calculateur (2020-2021 et après).
param-fee-flat_fee_max_credits = Droits d’inscription forfaitaires avant 2015-2016 : limite supérieure de la tranche (crédits)
    .note-from-2013-09-01 = { param-fee-flat_fee.note-from-2013-09-01 }
    .note-from-2014-09-01 = { param-fee-flat_fee.note-from-2014-09-01 }
    .note-from-2015-09-01 = { param-fee-flat_fee.note-from-2015-09-01 }
param-fee-flat_fee_min_credits = Droits d’inscription forfaitaires avant 2015-2016 : limite inférieure de la tranche (crédits)
    .note-from-2013-09-01 = { param-fee-flat_fee.note-from-2013-09-01 }
    .note-from-2014-09-01 = { param-fee-flat_fee.note-from-2014-09-01 }
    .note-from-2015-09-01 = { param-fee-flat_fee.note-from-2015-09-01 }
param-fee-grant_flat = Tarif boursier (montant fixe pour l’ensemble des crédits)

param-fee-index_factor = Facteur d’indexation des droits d’inscription
    .note-2020-2021 = Calculé, non lu : partie fixe 245,20 € / 230 € = 1,06609 (à cinq décimales).
    .note-2021-2022 = Calculé, non lu : partie fixe 247,90 € / 230 € = 1,07783 (à cinq décimales).
    .note-2022-2023 = Calculé, non lu : partie fixe 253,60 € / 230 € = 1,10261 (à cinq décimales).
    .note-2023-2024 = Calculé, non lu : partie fixe 282,10 € / 230 € = 1,22652 (à cinq décimales).
    .note-2024-2025 = Calculé, non lu : partie fixe 288,00 € / 230 € = 1,25217 (à cinq décimales).
    .note-2025-2026 = Calculé, non lu : partie fixe 299,00 € / 230 € = 1,30000 (à cinq décimales).
    .note-2026-2027 = Calculé, non lu : partie fixe 305,40 € / 230 € = 1,32783 (à cinq décimales).
param-fee-learning_credit_surcharge_per_credit = Supplément maximal par crédit sans crédit d’apprentissage
    .note-2021-2022 = UCLL 2021-2022 : « het variabel gedeelte verdubbeld voor elk opgenomen studiepunt waarvoor de student geen leerkrediet meer heeft » (la partie variable est doublée pour chaque crédit pris pour lequel l’étudiant n’a plus de crédit d’apprentissage) ; la partie variable était de € 11,90.
    .note-2022-2023 = Non lu : égal au montant variable indexé de cette année-là (€ 12,10), comme l’appliquent les établissements.
    .note-2023-2024 = Non lu : égal au montant variable indexé de cette année-là (€ 13,50), comme l’appliquent les établissements.
    .note-2024-2025 = Non lu : égal au montant variable indexé de cette année-là (€ 13,80), comme l’appliquent les établissements.
    .note-2026-2027 = Non lu : le maximum légal de 11 € × facteur d’indexation 1,32783 = 14,606 €, arrondi à 0,10 € : 14,60 € ; égal au montant variable par crédit, comme chez KdG en 2025-2026.

param-fee-master_after_master_max_total = Droits d’inscription maximaux d’un master de spécialisation
    .note-2020-2021 = Lu dans le tableau 1 de l’avis du SERV « Een leven lang student » (2021), qui cite onderwijs.vlaanderen.be comme source ; non lu sur la page officielle elle-même.
    .note-2021-2022 = Le maximum légal pour cette année n’a pas été trouvé ; seuls des tarifs propres à certains établissements l’ont été.
    .note-2022-2023 = { param-fee-master_after_master_max_total.note-2021-2022 }
    .note-2023-2024 = { param-fee-master_after_master_max_total.note-2021-2022 }
    .note-2024-2025 = { param-fee-master_after_master_max_total.note-2021-2022 }
    .note-2025-2026 = { param-fee-master_after_master_max_total.note-2021-2022 }
    .note-2026-2027 = { param-fee-master_after_master_max_total.note-2021-2022 }

param-fee-near_grant_per_credit = Partie variable par crédit (étudiant presque boursier)
    .note-2026-2027 = Non lu : déduit par la règle d’indexation. Montant de base du Codex 4 € × facteur d’indexation 1,32783 (305,40 € / 230 €, la partie fixe confirmée de 2026-2027) = 5,311 €, arrondi à 0,10 € : 5,30 €. Les « 7,30 € » de la page de l’UGent sont son demi-tarif pour le master de spécialisation (master-na-master), pas le tarif « presque boursier ».

param-fee-standard_fixed = Partie fixe des droits d’inscription (contrat de diplôme et contrat de crédits)
    .note-2026-2027 = Lu sur la page des masters de spécialisation de l’UGent ; l’UGent y applique le tarif standard des formations initiales (c’était déjà le cas en 2023-2024 : € 282,10 + € 13,50).

param-fee-standard_per_credit = Partie variable par crédit (tarif standard)
    .note-2026-2027 = Lu sur la page des masters de spécialisation de l’UGent, qui applique le tarif standard des formations initiales.

## grant

param-grant-minimum_diploma_credits = Nombre minimal de crédits en contrat de diplôme pour une allocation d’études
    .note-2020-2021 = La même règle figure dans l’avis du SERV « Een leven lang student » (2021), §2.2.
    .note-2026-2027 = Le Gouvernement flamand a approuvé en 2026 une réforme des allocations d’études ; il n’est pas confirmé qu’elle modifie cette condition d’études.

## leave

param-leave-care_credit_min_contact_hours = Volume minimal de la formation pour le crédit-soins flamand (heures de contact par an)
    .note-2020-2021 = Questions fréquentes sans date, lues en novembre 2026. La formation doit être organisée, subventionnée ou reconnue par l’Autorité flamande. La durée pour le motif formation et les montants n’ont pas été trouvés.
    .note-2021-2022 = { param-leave-care_credit_min_contact_hours.note-2020-2021 }
    .note-2022-2023 = { param-leave-care_credit_min_contact_hours.note-2020-2021 }
    .note-2023-2024 = { param-leave-care_credit_min_contact_hours.note-2020-2021 }
    .note-2024-2025 = { param-leave-care_credit_min_contact_hours.note-2020-2021 }
    .note-2025-2026 = { param-leave-care_credit_min_contact_hours.note-2020-2021 }
    .note-2026-2027 = { param-leave-care_credit_min_contact_hours.note-2020-2021 }

param-leave-care_credit_min_credits = Volume minimal de la formation pour le crédit-soins flamand (crédits par an)
    .note-2020-2021 = Questions fréquentes sans date, lues en novembre 2026. La formation doit être organisée, subventionnée ou reconnue par l’Autorité flamande. La durée pour le motif formation et les montants n’ont pas été trouvés.
    .note-2021-2022 = { param-leave-care_credit_min_credits.note-2020-2021 }
    .note-2022-2023 = { param-leave-care_credit_min_credits.note-2020-2021 }
    .note-2023-2024 = { param-leave-care_credit_min_credits.note-2020-2021 }
    .note-2024-2025 = { param-leave-care_credit_min_credits.note-2020-2021 }
    .note-2025-2026 = { param-leave-care_credit_min_credits.note-2020-2021 }
    .note-2026-2027 = { param-leave-care_credit_min_credits.note-2020-2021 }

param-leave-study_load_max_hours_per_credit = Charge d’études par crédit (limite supérieure)
    .note-2020-2021 = Page sans date, lue en novembre 2026. Même description sur uantwerpen.be (« Eén studiepunt staat voor 25 à 30 uren studietijd. », soit un crédit pour 25 à 30 heures d’études) et dans l’avis du SERV « Een leven lang student » (2021, §3.1.2). La règle du Codex Hoger Onderwijs elle-même n’a pas été lue.
    .note-2021-2022 = { param-leave-study_load_max_hours_per_credit.note-2020-2021 }
    .note-2022-2023 = { param-leave-study_load_max_hours_per_credit.note-2020-2021 }
    .note-2023-2024 = { param-leave-study_load_max_hours_per_credit.note-2020-2021 }
    .note-2024-2025 = { param-leave-study_load_max_hours_per_credit.note-2020-2021 }
    .note-2025-2026 = { param-leave-study_load_max_hours_per_credit.note-2020-2021 }
    .note-2026-2027 = { param-leave-study_load_max_hours_per_credit.note-2020-2021 }

param-leave-study_load_min_hours_per_credit = Charge d’études par crédit (limite inférieure)
    .note-2020-2021 = Page sans date, lue en novembre 2026. Même description sur uantwerpen.be (« Eén studiepunt staat voor 25 à 30 uren studietijd. », soit un crédit pour 25 à 30 heures d’études) et dans l’avis du SERV « Een leven lang student » (2021, §3.1.2). La règle du Codex Hoger Onderwijs elle-même n’a pas été lue.
    .note-2021-2022 = { param-leave-study_load_min_hours_per_credit.note-2020-2021 }
    .note-2022-2023 = { param-leave-study_load_min_hours_per_credit.note-2020-2021 }
    .note-2023-2024 = { param-leave-study_load_min_hours_per_credit.note-2020-2021 }
    .note-2024-2025 = { param-leave-study_load_min_hours_per_credit.note-2020-2021 }
    .note-2025-2026 = { param-leave-study_load_min_hours_per_credit.note-2020-2021 }
    .note-2026-2027 = { param-leave-study_load_min_hours_per_credit.note-2020-2021 }

param-leave-time_credit_allowance_full_time = Allocation de crédit-temps, interruption complète (brut par mois)
    .note-from-2020-09-01 = Aucun barème avec une date de validité antérieure au 1er septembre 2021 n’a été lu.
    .note-from-2022-05-01 = Le dernier barème lu. Les montants suivent l’indice-pivot ; les indexations ultérieures n’ont pas été trouvées : le montant actuel est donc probablement supérieur de quelques pour cent.
param-leave-time_credit_allowance_full_time_seniority = Allocation de crédit-temps, interruption complète, avec 5 ans d’ancienneté (brut par mois)
    .note-from-2020-09-01 = Aucun barème avec une date de validité antérieure au 1er septembre 2021 n’a été lu.
    .note-from-2022-05-01 = Le dernier barème lu. Les montants suivent l’indice-pivot ; les indexations ultérieures n’ont pas été trouvées : le montant actuel est donc probablement supérieur de quelques pour cent.
param-leave-time_credit_allowance_half_time = Allocation de crédit-temps, réduction à mi-temps (brut par mois)
    .note-from-2020-09-01 = Aucun barème avec une date de validité antérieure au 1er septembre 2021 n’a été lu.
    .note-from-2022-05-01 = Le dernier barème lu. Les montants suivent l’indice-pivot ; les indexations ultérieures n’ont pas été trouvées : le montant actuel est donc probablement supérieur de quelques pour cent.
param-leave-time_credit_allowance_half_time_seniority = Allocation de crédit-temps, réduction à mi-temps, avec 5 ans d’ancienneté (brut par mois)
    .note-from-2020-09-01 = Aucun barème avec une date de validité antérieure au 1er septembre 2021 n’a été lu.
    .note-from-2022-05-01 = Le dernier barème lu. Les montants suivent l’indice-pivot ; les indexations ultérieures n’ont pas été trouvées : le montant actuel est donc probablement supérieur de quelques pour cent.
param-leave-time_credit_max_months = Durée maximale du crédit-temps avec motif formation
    .note-2020-2021 = Aussi sur hetacv.be : « Het motief opleiding geeft je recht op maximaal 36 maanden tijdskrediet. » (le motif formation donne droit à 36 mois de crédit-temps au maximum). Le SERV (2021) mentionne également 36 mois. Pages sans date.
    .note-2021-2022 = { param-leave-time_credit_max_months.note-2020-2021 }
    .note-2022-2023 = { param-leave-time_credit_max_months.note-2020-2021 }
    .note-2023-2024 = { param-leave-time_credit_max_months.note-2020-2021 }
    .note-2024-2025 = { param-leave-time_credit_max_months.note-2020-2021 }
    .note-2025-2026 = { param-leave-time_credit_max_months.note-2020-2021 }
    .note-2026-2027 = { param-leave-time_credit_max_months.note-2020-2021 }

param-leave-time_credit_min_credits_per_trimester = Volume minimal par trimestre scolaire pour le crédit-temps avec motif formation (crédits)
    .note-2020-2021 = Page sans date, lue en novembre 2026 ; le même seuil (360 heures ou 27 crédits sur base annuelle) figure dans l’avis du SERV « Een leven lang student » (2021, §3.1.2). Même seuil pour chaque forme (temps plein, mi-temps, 1/5).
    .note-2021-2022 = { param-leave-time_credit_min_credits_per_trimester.note-2020-2021 }
    .note-2022-2023 = { param-leave-time_credit_min_credits_per_trimester.note-2020-2021 }
    .note-2023-2024 = { param-leave-time_credit_min_credits_per_trimester.note-2020-2021 }
    .note-2024-2025 = { param-leave-time_credit_min_credits_per_trimester.note-2020-2021 }
    .note-2025-2026 = { param-leave-time_credit_min_credits_per_trimester.note-2020-2021 }
    .note-2026-2027 = { param-leave-time_credit_min_credits_per_trimester.note-2020-2021 }

param-leave-time_credit_min_credits_per_year = Volume minimal de la formation pour le crédit-temps avec motif formation (crédits par an)
    .note-2020-2021 = Page sans date, lue en novembre 2026 ; le même seuil (360 heures ou 27 crédits sur base annuelle) figure dans l’avis du SERV « Een leven lang student » (2021, §3.1.2). Même seuil pour chaque forme (temps plein, mi-temps, 1/5).
    .note-2021-2022 = { param-leave-time_credit_min_credits_per_year.note-2020-2021 }
    .note-2022-2023 = { param-leave-time_credit_min_credits_per_year.note-2020-2021 }
    .note-2023-2024 = { param-leave-time_credit_min_credits_per_year.note-2020-2021 }
    .note-2024-2025 = { param-leave-time_credit_min_credits_per_year.note-2020-2021 }
    .note-2025-2026 = { param-leave-time_credit_min_credits_per_year.note-2020-2021 }
    .note-2026-2027 = { param-leave-time_credit_min_credits_per_year.note-2020-2021 }

param-leave-time_credit_min_hours_basic_education = Volume minimal pour le crédit-temps en cas de formation en éducation de base ou menant à un diplôme de l’enseignement secondaire
    .note-2020-2021 = Page sans date, lue en novembre 2026.
    .note-2021-2022 = { param-leave-time_credit_min_hours_basic_education.note-2020-2021 }
    .note-2022-2023 = { param-leave-time_credit_min_hours_basic_education.note-2020-2021 }
    .note-2023-2024 = { param-leave-time_credit_min_hours_basic_education.note-2020-2021 }
    .note-2024-2025 = { param-leave-time_credit_min_hours_basic_education.note-2020-2021 }
    .note-2025-2026 = { param-leave-time_credit_min_hours_basic_education.note-2020-2021 }
    .note-2026-2027 = { param-leave-time_credit_min_hours_basic_education.note-2020-2021 }

param-leave-time_credit_min_hours_per_trimester = Volume minimal par trimestre scolaire pour le crédit-temps avec motif formation (heures)
    .note-2020-2021 = Page sans date, lue en novembre 2026 ; le même seuil (360 heures ou 27 crédits sur base annuelle) figure dans l’avis du SERV « Een leven lang student » (2021, §3.1.2). Même seuil pour chaque forme (temps plein, mi-temps, 1/5).
    .note-2021-2022 = { param-leave-time_credit_min_hours_per_trimester.note-2020-2021 }
    .note-2022-2023 = { param-leave-time_credit_min_hours_per_trimester.note-2020-2021 }
    .note-2023-2024 = { param-leave-time_credit_min_hours_per_trimester.note-2020-2021 }
    .note-2024-2025 = { param-leave-time_credit_min_hours_per_trimester.note-2020-2021 }
    .note-2025-2026 = { param-leave-time_credit_min_hours_per_trimester.note-2020-2021 }
    .note-2026-2027 = { param-leave-time_credit_min_hours_per_trimester.note-2020-2021 }

param-leave-time_credit_min_hours_per_year = Volume minimal de la formation pour le crédit-temps avec motif formation (heures par an)
    .note-2020-2021 = Page sans date, lue en novembre 2026 ; le même seuil (360 heures ou 27 crédits sur base annuelle) figure dans l’avis du SERV « Een leven lang student » (2021, §3.1.2). Même seuil pour chaque forme (temps plein, mi-temps, 1/5).
    .note-2021-2022 = { param-leave-time_credit_min_hours_per_year.note-2020-2021 }
    .note-2022-2023 = { param-leave-time_credit_min_hours_per_year.note-2020-2021 }
    .note-2023-2024 = { param-leave-time_credit_min_hours_per_year.note-2020-2021 }
    .note-2024-2025 = { param-leave-time_credit_min_hours_per_year.note-2020-2021 }
    .note-2025-2026 = { param-leave-time_credit_min_hours_per_year.note-2020-2021 }
    .note-2026-2027 = { param-leave-time_credit_min_hours_per_year.note-2020-2021 }

param-leave-time_credit_min_seniority_months = Ancienneté minimale chez l’employeur pour le crédit-temps
    .note-2020-2021 = Odisee : 2 ans chez l’employeur, repris ici sous la forme de 24 mois. Page sans date.
    .note-2021-2022 = { param-leave-time_credit_min_seniority_months.note-2020-2021 }
    .note-2022-2023 = { param-leave-time_credit_min_seniority_months.note-2020-2021 }
    .note-2023-2024 = { param-leave-time_credit_min_seniority_months.note-2020-2021 }
    .note-2024-2025 = { param-leave-time_credit_min_seniority_months.note-2020-2021 }
    .note-2025-2026 = { param-leave-time_credit_min_seniority_months.note-2020-2021 }
    .note-2026-2027 = { param-leave-time_credit_min_seniority_months.note-2020-2021 }

param-leave-vok_gross_full_break_high = Prime d’encouragement flamande pour crédit-formation : interruption à temps plein après une occupation d’au moins 75 % (brut par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : interruption à temps plein, au moins 75 % de travail l’année précédente. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_gross_full_break_low = Prime d’encouragement flamande pour crédit-formation : interruption à temps plein après une occupation de 20 à 50 % (brut par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : interruption à temps plein, 20 à 50 % de travail l’année précédente. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_gross_full_break_middle = Prime d’encouragement flamande pour crédit-formation : interruption à temps plein après une occupation de 50 à 75 % (brut par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : interruption à temps plein, au moins 50 % de travail l’année précédente. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_gross_half_time = Prime d’encouragement flamande pour crédit-formation : interruption à mi-temps après une occupation d’au moins 75 % (brut par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : interruption à mi-temps (vous travaillez à 50 %), au moins 75 % de travail l’année précédente. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_gross_living_alone = Supplément pour personne vivant seule de la prime d’encouragement flamande pour crédit-formation (brut par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : supplément pour les personnes vivant seules, quelle que soit la forme. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_gross_one_fifth = Prime d’encouragement flamande pour crédit-formation : réduction d’1/5 après une occupation à temps plein (brut par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : réduction d’1/5 (vous travaillez à 80 %), au moins 75 % de travail l’année précédente et 100 % au début. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_net_full_break_high = Prime d’encouragement flamande pour crédit-formation : interruption à temps plein après une occupation d’au moins 75 % (net par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : interruption à temps plein, au moins 75 % de travail l’année précédente. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_net_full_break_low = Prime d’encouragement flamande pour crédit-formation : interruption à temps plein après une occupation de 20 à 50 % (net par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : interruption à temps plein, 20 à 50 % de travail l’année précédente. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_net_full_break_middle = Prime d’encouragement flamande pour crédit-formation : interruption à temps plein après une occupation de 50 à 75 % (net par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : interruption à temps plein, au moins 50 % de travail l’année précédente. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_net_half_time = Prime d’encouragement flamande pour crédit-formation : interruption à mi-temps après une occupation d’au moins 75 % (net par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : interruption à mi-temps (vous travaillez à 50 %), au moins 75 % de travail l’année précédente. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_net_living_alone = Supplément pour personne vivant seule de la prime d’encouragement flamande pour crédit-formation (net par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : supplément pour les personnes vivant seules, quelle que soit la forme. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_net_one_fifth = Prime d’encouragement flamande pour crédit-formation : réduction d’1/5 après une occupation à temps plein (net par mois)
    .note-from-2020-09-01 = Les montants de départ de 2019 sont connus (werk.be : « 566,62 euro bruto (504,29 euro netto) bij volledige onderbreking; 300,14 .. bij halftijdse; 168,24 .. bij vermindering met 1/5; Alleenstaanden .. 49,80 euro bruto (44,32 euro netto) », soit 566,62 euros brut (504,29 euros net) en cas d’interruption complète, 300,14 en cas d’interruption à mi-temps, 168,24 en cas de réduction d’1/5 et, pour les isolés, 49,80 euros brut (44,32 euros net)), mais on ne sait pas s’ils s’appliquaient encore au 1er septembre 2020.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), ligne : réduction d’1/5 (vous travaillez à 80 %), au moins 75 % de travail l’année précédente et 100 % au début. Montant en vigueur depuis le 1er septembre 2021 ; une indexation ultérieure n’est pas confirmée.

param-leave-vok_one_fifth_start_employment = Occupation au début de l’interruption pour la prime VOK en cas de réduction d’1/5
    .note-from-2020-09-01 = Le tableau des seuils d’occupation a été lu pour les montants en vigueur depuis le 1er septembre 2021 ; pour 2020-2021, ni les montants ni les seuils n’ont été trouvés.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), colonne « gewerkt in het jaar ervoor » (travaillé l’année précédente). S’applique aux montants en vigueur depuis le 1er septembre 2021. Ligne « ≥ 75% (100% bij de start) », « werkt tijdens de onderbreking 80% » (au moins 75 %, 100 % au début ; travaille à 80 % pendant l’interruption).

param-leave-vok_prior_employment_high = Occupation l’année précédente pour la prime VOK la plus élevée
    .note-from-2020-09-01 = Le tableau des seuils d’occupation a été lu pour les montants en vigueur depuis le 1er septembre 2021 ; pour 2020-2021, ni les montants ni les seuils n’ont été trouvés.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), colonne « gewerkt in het jaar ervoor » (travaillé l’année précédente). S’applique aux montants en vigueur depuis le 1er septembre 2021. Lignes « ≥ 75% ».

param-leave-vok_prior_employment_low = Occupation l’année précédente pour la prime VOK la plus basse en cas d’interruption à temps plein
    .note-from-2020-09-01 = Le tableau des seuils d’occupation a été lu pour les montants en vigueur depuis le 1er septembre 2021 ; pour 2020-2021, ni les montants ni les seuils n’ont été trouvés.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), colonne « gewerkt in het jaar ervoor » (travaillé l’année précédente). S’applique aux montants en vigueur depuis le 1er septembre 2021. Ligne « 20–50% ».

param-leave-vok_prior_employment_middle = Occupation l’année précédente pour la prime VOK intermédiaire en cas d’interruption à temps plein
    .note-from-2020-09-01 = Le tableau des seuils d’occupation a été lu pour les montants en vigueur depuis le 1er septembre 2021 ; pour 2020-2021, ni les montants ni les seuils n’ont été trouvés.
    .note-from-2021-09-01 = Tableau sur vlaanderen.be (lu en novembre 2026), colonne « gewerkt in het jaar ervoor » (travaillé l’année précédente). S’applique aux montants en vigueur depuis le 1er septembre 2021. Ligne « ≥ 50% ».

param-leave-vok_rules_unchanged = Les règles de la prime d’encouragement flamande pour crédit-formation (VOK) du 1er septembre 2019 s’appliquent
    .note-from-2025-09-01 = On ne sait pas avec certitude si les économies de 2025 sur les primes du marché du travail ont modifié la prime VOK.
param-leave-vov_employer_refund_per_hour = Remboursement à l’employeur par heure de congé-éducation flamand
    .note-2020-2021 = Le montant de 2018-2019 reste d’application jusqu’à l’approbation d’un nouveau montant ; cela ne s’est produit qu’avec la réforme de 2025.
    .note-2021-2022 = { param-leave-vov_employer_refund_per_hour.note-2020-2021 }
    .note-2022-2023 = { param-leave-vov_employer_refund_per_hour.note-2020-2021 }
    .note-2023-2024 = { param-leave-vov_employer_refund_per_hour.note-2020-2021 }
    .note-2024-2025 = { param-leave-vov_employer_refund_per_hour.note-2020-2021 }
    .note-2025-2026 = Décidé par le Gouvernement flamand le 25 avril 2025. L’application à partir de l’année scolaire 2025-2026 est déduite de besox.storychief.io : « Vanaf het schooljaar 2025-2026 zijn er heel wat, al dan niet tijdelijke, wijzigingen » (à partir de l’année scolaire 2025-2026, de nombreux changements, temporaires ou non, interviennent).
    .note-2026-2027 = Les adaptations d’avril 2025 ont été annoncées comme temporaires (« tijdelijk ») ; ce qui s’applique à partir de 2026-2027 n’est pas encore publié.

param-leave-vov_hours_per_credit = Heures de congé-éducation flamand par crédit (enseignement supérieur)
    .note-2020-2021 = ucll.be/vlaamsopleidingsverlof : « Creditcontracten komen in aanmerking voor 4 uren per studiepunt. Examencontracten komen niet in aanmerking. » (les contrats de crédits donnent droit à 4 heures par crédit ; les contrats d’examen n’y donnent pas droit).
    .note-2021-2022 = { param-leave-vov_hours_per_credit.note-2020-2021 }
    .note-2022-2023 = { param-leave-vov_hours_per_credit.note-2020-2021 }
    .note-2023-2024 = { param-leave-vov_hours_per_credit.note-2020-2021 }
    .note-2024-2025 = { param-leave-vov_hours_per_credit.note-2020-2021 }
    .note-2025-2026 = { param-leave-vov_hours_per_credit.note-2020-2021 }
    .note-2026-2027 = { param-leave-vov_hours_per_credit.note-2020-2021 }

param-leave-vov_hours_per_credit_graduaat = Heures de congé-éducation flamand par crédit (graduat/HBO5)
    .note-2022-2023 = Après 2021-2022, la règle générale de 4 heures s’applique aux graduats. securex.be : « daarna ook 4 uur opleidingsverlof per studiepunt » (ensuite, 4 heures de congé-éducation par crédit également).
    .note-2023-2024 = { param-leave-vov_hours_per_credit_graduaat.note-2022-2023 }
    .note-2024-2025 = { param-leave-vov_hours_per_credit_graduaat.note-2022-2023 }
    .note-2025-2026 = { param-leave-vov_hours_per_credit_graduaat.note-2022-2023 }
    .note-2026-2027 = { param-leave-vov_hours_per_credit_graduaat.note-2022-2023 }

param-leave-vov_max_hours_full_time = Maximum personnel de congé-éducation flamand en cas d’occupation à temps plein
    .note-2020-2021 = ucll.be/vlaamsopleidingsverlof : « Vb. Tewerkstellingspercentage van 80% in september: 80% * 125 = 100 uren VOV » (par exemple, avec un taux d’occupation de 80 % en septembre, 80 % × 125 = 100 heures de congé-éducation). En vigueur depuis 2019-2020.
    .note-2021-2022 = { param-leave-vov_max_hours_full_time.note-2020-2021 }
    .note-2022-2023 = { param-leave-vov_max_hours_full_time.note-2020-2021 }
    .note-2023-2024 = { param-leave-vov_max_hours_full_time.note-2020-2021 }
    .note-2024-2025 = { param-leave-vov_max_hours_full_time.note-2020-2021 }
    .note-2025-2026 = { param-leave-vov_max_hours_full_time.note-2020-2021 }
    .note-2026-2027 = { param-leave-vov_max_hours_full_time.note-2020-2021 }

param-leave-vov_min_employment_fraction = Occupation minimale pour le congé-éducation flamand
    .note-2020-2021 = Aussi sur vlaanderen.be : au moins à mi-temps. Une personne qui travaille exactement à 50 % avec un horaire fixe ne peut prendre de congé-éducation flamand (Vlaams opleidingsverlof, VOV) que pour les heures de travail qui coïncident avec des cours ou des examens.
    .note-2021-2022 = { param-leave-vov_min_employment_fraction.note-2020-2021 }
    .note-2022-2023 = { param-leave-vov_min_employment_fraction.note-2020-2021 }
    .note-2023-2024 = { param-leave-vov_min_employment_fraction.note-2020-2021 }
    .note-2024-2025 = { param-leave-vov_min_employment_fraction.note-2020-2021 }
    .note-2025-2026 = Décidé par le Gouvernement flamand le 25 avril 2025. L’application à partir de l’année scolaire 2025-2026 est déduite de besox.storychief.io : « Vanaf het schooljaar 2025-2026 zijn er heel wat, al dan niet tijdelijke, wijzigingen » (à partir de l’année scolaire 2025-2026, de nombreux changements, temporaires ou non, interviennent).
    .note-2026-2027 = Les adaptations d’avril 2025 ont été annoncées comme temporaires (« tijdelijk ») ; ce qui s’applique à partir de 2026-2027 n’est pas encore publié.

param-leave-vov_min_training_credits = Volume minimal d’une formation pour le congé-éducation flamand (crédits)
    .note-2020-2021 = Lu sur le site du secrétariat social asap.be (la page précise n’a pas été conservée) ; les pages des établissements donnent le même seuil. Chaque unité d’enseignement compte au moins 3 crédits (onderwijskiezer.be).
    .note-2021-2022 = { param-leave-vov_min_training_credits.note-2020-2021 }
    .note-2022-2023 = { param-leave-vov_min_training_credits.note-2020-2021 }
    .note-2023-2024 = { param-leave-vov_min_training_credits.note-2020-2021 }
    .note-2024-2025 = { param-leave-vov_min_training_credits.note-2020-2021 }
    .note-2025-2026 = { param-leave-vov_min_training_credits.note-2020-2021 }
    .note-2026-2027 = { param-leave-vov_min_training_credits.note-2020-2021 }

param-leave-vov_min_training_lesson_periods = Volume minimal d’une formation dans l’enseignement pour adultes pour le congé-éducation flamand
    .note-2020-2021 = Aussi sur asap.be : « minstens 3 studiepunten, 32 contacturen of 32 lestijden » (au moins 3 crédits, 32 heures de contact ou 32 périodes de cours).
    .note-2021-2022 = { param-leave-vov_min_training_lesson_periods.note-2020-2021 }
    .note-2022-2023 = { param-leave-vov_min_training_lesson_periods.note-2020-2021 }
    .note-2023-2024 = { param-leave-vov_min_training_lesson_periods.note-2020-2021 }
    .note-2024-2025 = { param-leave-vov_min_training_lesson_periods.note-2020-2021 }
    .note-2025-2026 = { param-leave-vov_min_training_lesson_periods.note-2020-2021 }
    .note-2026-2027 = { param-leave-vov_min_training_lesson_periods.note-2020-2021 }

param-leave-vov_min_weekly_hours = Nombre minimal d’heures de travail par semaine pour le congé-éducation flamand
    .note-2020-2021 = Avant la réforme de 2025, il n’y avait pas de nombre minimal d’heures par semaine : la seule condition d’occupation était de travailler au moins à 50 %. D’où 0 heure.
    .note-2021-2022 = { param-leave-vov_min_weekly_hours.note-2020-2021 }
    .note-2022-2023 = { param-leave-vov_min_weekly_hours.note-2020-2021 }
    .note-2023-2024 = { param-leave-vov_min_weekly_hours.note-2020-2021 }
    .note-2024-2025 = { param-leave-vov_min_weekly_hours.note-2020-2021 }
    .note-2025-2026 = Décidé par le Gouvernement flamand le 25 avril 2025. L’application à partir de l’année scolaire 2025-2026 est déduite de besox.storychief.io : « Vanaf het schooljaar 2025-2026 zijn er heel wat, al dan niet tijdelijke, wijzigingen » (à partir de l’année scolaire 2025-2026, de nombreux changements, temporaires ou non, interviennent).
    .note-2026-2027 = Les adaptations d’avril 2025 ont été annoncées comme temporaires (« tijdelijk ») ; ce qui s’applique à partir de 2026-2027 n’est pas encore publié.

param-leave-vov_wage_ceiling = Plafond salarial pendant le congé-éducation flamand (brut par mois)
    .note-2020-2021 = vlaanderen.be mentionne « een maximum van 2.928 euro bruto per maand » (un maximum de 2.928 euros brut par mois) sans année scolaire ; ce montant n’est attribué à aucune année. Aucun montant trouvé pour 2020-2021.
    .note-2021-2022 = Article de septembre 2021, au début de l’année scolaire 2021-2022.
    .note-2022-2023 = Aucun plafond salarial trouvé pour 2022-2023. Le plafond est indexé chaque année au 1er septembre.
    .note-2023-2024 = Aucun plafond salarial trouvé pour 2023-2024. Le plafond est indexé chaque année au 1er septembre.
    .note-2026-2027 = Non trouvé. Selon besox.storychief.io, le plafond salarial est « jaarlijks op 1 september automatisch geïndexeerd » (indexé automatiquement chaque année au 1er septembre).

## learning_credit
param-learning_credit-start = Crédit d’apprentissage (leerkrediet) au début des études supérieures
    .note-2020-2021 = Page non datée, lue en novembre 2026. La même règle figure sur les pages de l’UAntwerpen et d’onderwijskiezer.be.
    .note-2021-2022 = { param-learning_credit-start.note-2020-2021 }
    .note-2022-2023 = { param-learning_credit-start.note-2020-2021 }
    .note-2023-2024 = { param-learning_credit-start.note-2020-2021 }
    .note-2024-2025 = { param-learning_credit-start.note-2020-2021 }
    .note-2025-2026 = { param-learning_credit-start.note-2020-2021 }
    .note-2026-2027 = { param-learning_credit-start.note-2020-2021 }
param-learning_credit-first_credits_bonus = Premiers crédits acquis qui comptent double (contrat de diplôme)
    .note-2020-2021 = Page non datée, lue en novembre 2026. Vives.be : « inschrijvingen via creditcontract worden ook afgetrokken van het initiële leerkrediet, maar de 60 eerst verworven studiepunten worden niet dubbel geteld » (les contrats de crédits sont déduits aussi, mais les 60 premiers crédits acquis ne comptent pas double).
    .note-2021-2022 = { param-learning_credit-first_credits_bonus.note-2020-2021 }
    .note-2022-2023 = { param-learning_credit-first_credits_bonus.note-2020-2021 }
    .note-2023-2024 = { param-learning_credit-first_credits_bonus.note-2020-2021 }
    .note-2024-2025 = { param-learning_credit-first_credits_bonus.note-2020-2021 }
    .note-2025-2026 = { param-learning_credit-first_credits_bonus.note-2020-2021 }
    .note-2026-2027 = { param-learning_credit-first_credits_bonus.note-2020-2021 }
param-learning_credit-master_diploma_deduction = Crédit d’apprentissage que coûte un diplôme de master
    .note-2020-2021 = Page non datée, lue en novembre 2026.
    .note-2021-2022 = { param-learning_credit-master_diploma_deduction.note-2020-2021 }
    .note-2022-2023 = { param-learning_credit-master_diploma_deduction.note-2020-2021 }
    .note-2023-2024 = { param-learning_credit-master_diploma_deduction.note-2020-2021 }
    .note-2024-2025 = { param-learning_credit-master_diploma_deduction.note-2020-2021 }
    .note-2025-2026 = { param-learning_credit-master_diploma_deduction.note-2020-2021 }
    .note-2026-2027 = { param-learning_credit-master_diploma_deduction.note-2020-2021 }
## adult_education

param-adult_education-rate_standard = Droit d’inscription dans l’enseignement pour adultes par période de cours, tarif standard
    .note-2026-2027 = Le tarif de cette année scolaire n’est pas encore publié.
param-adult_education-rate_nt2 = Droit d’inscription dans l’enseignement pour adultes par période de cours, néerlandais langue seconde (NT2)
    .note-2025-2026 = La citation est coupée dans la source après « 1,50 e » ; lue comme 1,50 euro par période de cours.
    .note-2026-2027 = Le tarif de cette année scolaire n’est pas encore publié.
param-adult_education-rate_partial_exemption = Droit d’inscription dans l’enseignement pour adultes par période de cours en cas d’exemption partielle
    .note-2025-2026 = À partir de 2025-2026, la source cite un seul tarif pour toute catégorie d’exemption ; nous l’appliquons aux exemptions partielles et totales (notre lecture).
    .note-2026-2027 = Le tarif de cette année scolaire n’est pas encore publié.
param-adult_education-rate_full_exemption = Droit d’inscription dans l’enseignement pour adultes par période de cours en cas d’exemption totale
    .note-2025-2026 = À partir de 2025-2026, la source cite un seul tarif pour toute catégorie d’exemption ; nous l’appliquons aux exemptions partielles et totales (notre lecture).
    .note-2026-2027 = Le tarif de cette année scolaire n’est pas encore publié.
param-adult_education-rate_fourth_enrolment = Droit d’inscription dans l’enseignement pour adultes par période de cours lors d’une quatrième inscription au même module
    .note-2025-2026 = Le tarif d’une quatrième inscription à partir de 2025-2026 n’a pas été trouvé.
    .note-2026-2027 = { param-adult_education-rate_fourth_enrolment.note-2025-2026 }
param-adult_education-rate_fourth_enrolment_full_exemption = Droit d’inscription dans l’enseignement pour adultes par période de cours lors d’une quatrième inscription, exemption totale
    .note-2020-2021 = Sur la même page de tarifs, pour qui était totalement exempté du droit d’inscription.
    .note-2021-2022 = { param-adult_education-rate_fourth_enrolment_full_exemption.note-2020-2021 }
    .note-2022-2023 = { param-adult_education-rate_fourth_enrolment_full_exemption.note-2020-2021 }
    .note-2023-2024 = { param-adult_education-rate_fourth_enrolment_full_exemption.note-2020-2021 }
    .note-2024-2025 = { param-adult_education-rate_fourth_enrolment_full_exemption.note-2020-2021 }
    .note-2025-2026 = Le tarif d’une quatrième inscription à partir de 2025-2026 n’a pas été trouvé.
    .note-2026-2027 = { param-adult_education-rate_fourth_enrolment_full_exemption.note-2025-2026 }
param-adult_education-free_general_education_without_diploma = Pas de droit d’inscription pour la formation générale, la formation générale complémentaire, l’éducation de base et l’alphabétisation sans diplôme de l’enseignement secondaire
    .note-2025-2026 = Pour 2025-2026, un centre (edukempen.be) imprime « 0,03 euro per lestijd » pour la formation générale complémentaire, la formation générale et l’alphabétisation, sans doute une coquille pour 0 euro ; aucune source officielle n’a été trouvée.
    .note-2026-2027 = Pas trouvé pour cette année scolaire.
param-adult_education-rate_shortage = Droit d’inscription dans l’enseignement pour adultes par période de cours, formation menant à un métier en pénurie structurelle
    .note-2020-2021 = Ce tarif n’existait pas encore : avant 2025-2026, une formation menant à un métier en pénurie structurelle payait le tarif ordinaire.
    .note-2021-2022 = { param-adult_education-rate_shortage.note-2020-2021 }
    .note-2022-2023 = { param-adult_education-rate_shortage.note-2020-2021 }
    .note-2023-2024 = { param-adult_education-rate_shortage.note-2020-2021 }
    .note-2024-2025 = { param-adult_education-rate_shortage.note-2020-2021 }
    .note-2026-2027 = Le tarif de cette année scolaire n’est pas encore publié.
param-adult_education-rate_shortage_exemption = Droit d’inscription dans l’enseignement pour adultes par période de cours, formation en pénurie avec exemption
    .note-2020-2021 = Ce tarif n’existait pas encore : avant 2025-2026, une formation menant à un métier en pénurie structurelle payait le tarif ordinaire.
    .note-2021-2022 = { param-adult_education-rate_shortage_exemption.note-2020-2021 }
    .note-2022-2023 = { param-adult_education-rate_shortage_exemption.note-2020-2021 }
    .note-2023-2024 = { param-adult_education-rate_shortage_exemption.note-2020-2021 }
    .note-2024-2025 = { param-adult_education-rate_shortage_exemption.note-2020-2021 }
    .note-2026-2027 = Le tarif de cette année scolaire n’est pas encore publié.
param-adult_education-rate_leisure = Droit d’inscription dans l’enseignement pour adultes par période de cours, domaines de loisirs
    .note-2020-2021 = Ce tarif n’existait pas encore : avant 2025-2026, une formation dans un domaine de loisirs payait le tarif ordinaire.
    .note-2021-2022 = { param-adult_education-rate_leisure.note-2020-2021 }
    .note-2022-2023 = { param-adult_education-rate_leisure.note-2020-2021 }
    .note-2023-2024 = { param-adult_education-rate_leisure.note-2020-2021 }
    .note-2024-2025 = { param-adult_education-rate_leisure.note-2020-2021 }
    .note-2026-2027 = Le tarif de cette année scolaire n’est pas encore publié.
param-adult_education-cap_modular_semester = Droit d’inscription maximal par semestre par formation modulaire
    .note-2025-2026 = Pas trouvé : le plafond à partir de 2025-2026 ne figure pas dans les sources lues (edukempen.be parle d’une « begrenzing », mais le texte est coupé). Le maximum d’avant 2025-2026 n’est pas appliqué.
    .note-2026-2027 = { param-adult_education-cap_modular_semester.note-2025-2026 }
    .note-2027-2028 = { param-adult_education-cap_modular_semester.note-2025-2026 }
param-adult_education-cap_linear_year = Droit d’inscription maximal par année scolaire par formation linéaire
    .note-2025-2026 = Pas trouvé : le plafond à partir de 2025-2026 ne figure pas dans les sources lues (edukempen.be parle d’une « begrenzing », mais le texte est coupé). Le maximum d’avant 2025-2026 n’est pas appliqué.
    .note-2026-2027 = { param-adult_education-cap_linear_year.note-2025-2026 }
    .note-2027-2028 = { param-adult_education-cap_linear_year.note-2025-2026 }
param-adult_education-premium_max_per_year = Prime pour un premier diplôme de l’enseignement secondaire : maximum par formation et par année scolaire
    .note-2025-2026 = Nous n’avons pas trouvé si ce maximum a changé après la réforme du droit d’inscription de 2025.
    .note-2026-2027 = { param-adult_education-premium_max_per_year.note-2025-2026 }
param-adult_education-premium_max_per_semester = Prime pour un premier diplôme de l’enseignement secondaire : maximum par semestre
    .note-2025-2026 = Nous n’avons pas trouvé si ce maximum a changé après la réforme du droit d’inscription de 2025.
    .note-2026-2027 = { param-adult_education-premium_max_per_semester.note-2025-2026 }
param-adult_education-premium_application_months = Prime pour un premier diplôme de l’enseignement secondaire : à demander au plus tard tant de mois après le diplôme
param-adult_education-premium_payment_months = Prime pour un premier diplôme de l’enseignement secondaire : délai de paiement
param-adult_education-vov_hours_per_lesson_period = Congé-éducation flamand pour l’enseignement pour adultes : heures par période de cours prévue
