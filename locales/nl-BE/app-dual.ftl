## app-dual
