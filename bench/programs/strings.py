# Building and splitting strings.
parts = []
for i in range(200000):
    parts.append(str(i))
s = ",".join(parts)
back = s.split(",")
print(len(s), len(back), back[12345])
