## The command-line tool's own messages (the outcome and its errors come from the core).
# $source: the file name, or cli-standard-input; $error: the system's reason, in English.
cli-cannot-read = impossible de lire { $source } : { $error }
cli-standard-input = l'entrée standard
cli-invalid-input = données non valables
cli-cannot-write = impossible d'écrire le résultat en JSON : { $error }
# $tag: what was given after --lang.
cli-unknown-language = langue inconnue « { $tag } » : choisissez nl-BE, fr-BE ou en (ou un code de langue comme nl, fr, en-GB)
# In the parameter list, for a value that is not published.
cli-no-amount = —
