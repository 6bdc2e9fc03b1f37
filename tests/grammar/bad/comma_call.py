f(a b c)
