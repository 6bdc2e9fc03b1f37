# exit status and last line for adding an int and a str (the line has carets, so no .err)
count = 3
label = 'items'
print(count + label)
