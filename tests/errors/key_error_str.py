# A missing string key: the message is the key's repr.
ages = {'ann': 31}
print(ages['ann'])
ages['bob']
