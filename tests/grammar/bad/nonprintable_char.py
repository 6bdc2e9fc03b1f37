a b = 1
