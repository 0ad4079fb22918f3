## The page around the calculators: header, navigation, notices, footer.

page-title = Studierekenaar — what does going back to study cost?
# The title of the page while a section is open: the section's name first.
page-title-section = { $section } — Studierekenaar
page-description = Work out what enrolling at a Flemish university college or university costs: the statutory tuition fee ({ -studiegeld }), line by line, with the source of every amount.
skip-to-content = Skip to content
brand = Studierekenaar
tagline = What does going back to study in Flanders cost?
heading = Going back to study: what does it cost, what do you get?
lead = Work out what a programme in Flemish higher education costs, how much time it takes next to your job and how much of that leave and premiums cover, and what dual learning pays. Line by line, with the source of every amount.
privacy = Everything is calculated in your browser. What you enter never leaves your device.
language-switch = Language
# $language: the language whose texts could not be fetched (nl-BE, fr-BE); $button: its name on the language switch.
language-unavailable = { $language ->
        [nl-BE] The Dutch texts
        [fr-BE] The French texts
       *[other] The texts in { $button }
    } could not be loaded, perhaps because there is no connection. The page stays in English; choose “{ $button }” again later to try once more.
close = Close

sections = Sections
section-fee = Tuition fee
section-leave = Study load and leave
section-dual = Dual learning
section-saved = My calculations

restored-from-link = This link: { $message }
restored-from-last-visit = Your previous input: { $message }
year-warning = Please note: this version knows the amounts up to and including { $last }. No amounts for { $today } have been included yet; check whether there is a newer version.
year-note-carried = Not everything for { $year } has been published yet: where an amount or rule is missing, we use the one for { $from }, marked as estimated. Because of indexation the real amounts are usually a few percent higher.
year-note-estimated = Not all amounts for { $year } are officially confirmed: they are marked below.
year-note-unavailable = Not all amounts for { $year } are published: what is missing is not calculated and is listed below.

saved-limit = You can keep at most { $max } calculations; delete one first.
saved-stored = “{ $name }” is saved in this browser.
saved-not-stored = Saving failed: this browser does not allow storage (private window?) or the storage is full.
saved-opened = “{ $name }” is open.
saved-renamed = “{ $name }” has a new name.
saved-deleted = “{ $name }” is deleted.

full-app-link = Open this calculation in the full Studierekenaar
opens-in-new-window = (opens in a new window)

footer-years = This version holds amounts for the academic years { $first } to { $last }.
footer-sources = Amounts as published by the Flemish and federal governments and by the university colleges and universities, per academic year, with their source. An inferred or unofficial amount is always marked. This is an aid, not a decision: the institution, your employer or the competent authority decides.

## Texts outside the app, shown by plain scripts (index.html, assets/pwa.js).
crash-title = Something went wrong
crash-text = Studierekenaar stopped unexpectedly. What you had entered is kept in this browser.
crash-restore = Restore my input
crash-detail = Technical message: { $detail }
update-available = There is a new version with new figures.
update-reload = Reload

## The error summary at the top of a section's result: each error a link to its field.
error-summary-title = Still to correct
# $enrolment: "Enrolment 2"; $field: the field's label.
error-summary-in-enrolment = { $enrolment }: { $field }
# A field in another section: $field its label, $section that section's name.
error-summary-other-section = { $field } (in { $section })
