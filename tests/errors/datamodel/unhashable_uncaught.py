# exit status and message for a list used as a dict key
seen = {}
key = [1, 2]
seen[key] = True
