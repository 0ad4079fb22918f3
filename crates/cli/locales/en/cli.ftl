## The command-line tool's own messages (the outcome and its errors come from the core).
# $source: the file name, or cli-standard-input; $error: the system's reason, in English.
cli-cannot-read = cannot read { $source }: { $error }
cli-standard-input = standard input
cli-invalid-input = invalid input
cli-cannot-write = cannot write the outcome as JSON: { $error }
# $tag: what was given after --lang.
cli-unknown-language = unknown language "{ $tag }": choose nl-BE, fr-BE or en (or a language tag such as nl, fr, en-GB)
# In the parameter list, for a value that is not published.
cli-no-amount = —
