# exit status and message when calling an int
count = 5
count()
