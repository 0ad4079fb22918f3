## The page around the calculators: header, navigation, notices, footer.

page-title = Studierekenaar — wat kost terug gaan studeren?
# The title of the page while a section is open: the section's name first.
page-title-section = { $section } — Studierekenaar
page-description = Reken uit wat een inschrijving aan een Vlaamse hogeschool of universiteit kost: het wettelijke studiegeld, lijn per lijn, met de bron van elk bedrag.
skip-to-content = Naar de inhoud
brand = Studierekenaar
tagline = Wat kost terug gaan studeren in Vlaanderen?
heading = Terug gaan studeren: wat kost het, wat krijg je?
lead = Reken uit wat een opleiding in het hoger onderwijs kost, hoeveel tijd ze vraagt naast je werk en wat verlof en premies daarvan dekken, en wat duaal leren oplevert. Lijn per lijn, met de bron van elk bedrag.
privacy = Alles wordt in je browser berekend. Wat je invult, verlaat je toestel niet.
language-switch = Taal
# $language: the language whose texts could not be fetched (fr-BE, en); $button: its name on the language switch.
language-unavailable = { $language ->
        [fr-BE] De Franse teksten
        [en] De Engelse teksten
       *[other] De teksten in { $button }
    } konden niet geladen worden, misschien omdat er geen verbinding is. De pagina blijft in het Nederlands; kies later opnieuw “{ $button }” om het nog eens te proberen.
close = Sluiten

sections = Onderdelen
section-fee = Studiegeld
section-leave = Studielast en verlof
section-dual = Duaal leren
section-saved = Mijn berekeningen

restored-from-link = Deze link: { $message }
restored-from-last-visit = Je vorige invoer: { $message }
year-warning = Let op: deze versie kent de bedragen tot en met { $last }. Voor { $today } zijn nog geen bedragen opgenomen; kijk of er een nieuwere versie is.
year-note-carried = Voor { $year } is nog niet alles gepubliceerd: waar een bedrag of regel ontbreekt, rekenen we met die van { $from }, gemarkeerd als geschat. Door de indexering liggen de echte bedragen meestal enkele procenten hoger.
year-note-estimated = Voor { $year } zijn niet alle bedragen officieel bevestigd: ze zijn hieronder gemarkeerd.
year-note-unavailable = Voor { $year } zijn niet alle bedragen gepubliceerd: wat ontbreekt, wordt niet berekend en staat hieronder.

saved-limit = Je kan hoogstens { $max } berekeningen bewaren; verwijder er eerst één.
saved-stored = “{ $name }” is bewaard in deze browser.
saved-not-stored = Bewaren lukte niet: deze browser laat geen opslag toe (privévenster?) of de opslag is vol.
saved-opened = “{ $name }” is geopend.
saved-renamed = “{ $name }” heeft een nieuwe naam.
saved-deleted = “{ $name }” is verwijderd.

full-app-link = Open deze berekening in de volledige Studierekenaar
opens-in-new-window = (opent in een nieuw venster)

footer-years = Deze versie bevat bedragen voor de academiejaren { $first } tot en met { $last }.
footer-sources = Bedragen zoals gepubliceerd door de Vlaamse en federale overheid en door de hogescholen en universiteiten, per academiejaar, met hun bron. Een afgeleid of niet-officieel bedrag staat altijd gemarkeerd. Dit is een hulpmiddel, geen beslissing: de instelling, je werkgever of de bevoegde overheid beslist.

## Texts outside the app, shown by plain scripts (index.html, assets/pwa.js).
crash-title = Er ging iets mis
crash-text = Studierekenaar liep onverwacht vast. Wat je had ingevuld, is bewaard in deze browser.
crash-restore = Herstel mijn invoer
crash-detail = Technische melding: { $detail }
update-available = Er is een nieuwe versie met nieuwe cijfers.
update-reload = Herladen

## The error summary at the top of a section's result: each error a link to its field.
error-summary-title = Dit moet je nog verbeteren
# $enrolment: "Inschrijving 2"; $field: the field's label.
error-summary-in-enrolment = { $enrolment }: { $field }
# A field in another section: $field its label, $section that section's name.
error-summary-other-section = { $field } (in { $section })
