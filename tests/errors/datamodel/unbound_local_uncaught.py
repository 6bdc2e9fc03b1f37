# exit status and message of a local read before assignment (carets on its line, so no .err)
total = 0
def add(n):
    total += n
add(5)
