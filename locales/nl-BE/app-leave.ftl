## app-leave
