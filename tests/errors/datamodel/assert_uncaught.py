# exit status and last line of a failing assert with a message (its line has carets, so no .err)
def check(n):
    assert n > 0, f'expected positive, got {n}'
check(5)
check(-3)
