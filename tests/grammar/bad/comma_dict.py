d = {1: a b}
