# The sentence a language's own speakers read when its texts could not be fetched, in that
# language (shown next to the same message in the page's language). Unlike the rest of
# French and English, these few words are compiled into the app: they are needed exactly
# when the rest is missing. One message per language that is fetched: unavailable-<tag>.

unavailable-fr-BE = Le français n’a pas pu être chargé. Vérifiez votre connexion et choisissez à nouveau « Français ».
unavailable-en = English could not be loaded. Please check your connection and choose “English” again.
