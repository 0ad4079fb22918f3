## The page around the calculators: header, navigation, notices, footer.

page-title = Studierekenaar — que coûte une reprise d’études ?
# The title of the page while a section is open: the section's name first.
page-title-section = { $section } — Studierekenaar
page-description = Calculez ce que coûte une inscription dans une haute école ou une université flamande : les droits d’inscription légaux ({ -studiegeld }), ligne par ligne, avec la source de chaque montant.
skip-to-content = Aller au contenu
brand = Studierekenaar
tagline = Que coûte une reprise d’études en Flandre ?
heading = Reprendre des études : combien cela coûte-t-il, que recevez-vous ?
lead = Calculez ce que coûte une formation dans l’enseignement supérieur flamand, combien de temps elle demande à côté de votre travail, ce que les congés et les primes en couvrent, et ce que rapporte l’apprentissage dual. Ligne par ligne, avec la source de chaque montant.
privacy = Tout est calculé dans votre navigateur. Ce que vous saisissez ne quitte pas votre appareil.
language-switch = Langue
# $language: the language whose texts could not be fetched (nl-BE, en); $button: its name on the language switch.
language-unavailable = { $language ->
        [nl-BE] Les textes en néerlandais
        [en] Les textes en anglais
       *[other] Les textes en { $button }
    } n’ont pas pu être chargés, peut-être faute de connexion. La page reste en français ; choisissez à nouveau « { $button } » plus tard pour réessayer.
close = Fermer

sections = Rubriques
section-fee = Droits d’inscription
section-leave = Charge d’études et congés
section-dual = Apprentissage dual
section-saved = Mes calculs

restored-from-link = Ce lien : { $message }
restored-from-last-visit = Votre saisie précédente : { $message }
year-warning = Attention : cette version connaît les montants jusqu’à { $last } inclus. Aucun montant n’est encore repris pour { $today } ; vérifiez s’il existe une version plus récente.
year-note-carried = Pour { $year }, tout n’est pas encore publié : là où un montant ou une règle manque, nous calculons avec ceux de { $from }, marqués comme estimés. Avec l’indexation, les montants réels sont généralement supérieurs de quelques pour cent.
year-note-estimated = Pour { $year }, tous les montants ne sont pas confirmés officiellement : ils sont signalés ci-dessous.
year-note-unavailable = Pour { $year }, tous les montants ne sont pas publiés : ce qui manque n’est pas calculé et figure ci-dessous.

saved-limit = Vous pouvez conserver au maximum { $max } calculs ; supprimez-en d’abord un.
saved-stored = « { $name } » est conservé dans ce navigateur.
saved-not-stored = La sauvegarde a échoué : ce navigateur n’autorise pas le stockage (fenêtre privée ?) ou le stockage est plein.
saved-opened = « { $name } » est ouvert.
saved-renamed = « { $name } » a un nouveau nom.
saved-deleted = « { $name } » est supprimé.

full-app-link = Ouvrir ce calcul dans le Studierekenaar complet
opens-in-new-window = (s’ouvre dans une nouvelle fenêtre)

footer-years = Cette version contient les montants des années académiques { $first } à { $last } incluse.
footer-sources = Montants tels que publiés par les autorités flamandes et fédérales et par les hautes écoles et universités, par année académique, avec leur source. Un montant déduit ou non officiel est toujours signalé. Ceci est un outil d’aide, pas une décision : l’établissement, votre employeur ou l’autorité compétente décide.

## Texts outside the app, shown by plain scripts (index.html, assets/pwa.js).
crash-title = Un problème est survenu
crash-text = Studierekenaar s’est arrêté de façon inattendue. Ce que vous aviez saisi est conservé dans ce navigateur.
crash-restore = Restaurer ma saisie
crash-detail = Message technique : { $detail }
update-available = Une nouvelle version avec de nouveaux chiffres est disponible.
update-reload = Recharger

## The error summary at the top of a section's result: each error a link to its field.
error-summary-title = À corriger
# $enrolment: "Inscription 2"; $field: the field's label.
error-summary-in-enrolment = { $enrolment } : { $field }
# A field in another section: $field its label, $section that section's name.
error-summary-other-section = { $field } (dans { $section })
