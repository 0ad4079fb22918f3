## The command-line tool's own messages (the outcome and its errors come from the core).
# $source: the file name, or cli-standard-input; $error: the system's reason, in English.
cli-cannot-read = kan { $source } niet lezen: { $error }
cli-standard-input = standaardinvoer
cli-invalid-input = ongeldige invoer
cli-cannot-write = kan de uitkomst niet als JSON schrijven: { $error }
# $tag: what was given after --lang.
cli-unknown-language = onbekende taal "{ $tag }": kies nl-BE, fr-BE of en (of een taalcode als nl, fr, en-GB)
# In the parameter list, for a value that is not published.
cli-no-amount = —
