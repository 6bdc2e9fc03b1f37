# str/repr of ints of many sizes and their parse round trip; digit counts.
n = 1
for i in range(0, 400, 37):
    n = 7 ** i - 3 ** i
    s = str(n)
    print(i, len(s), s[:15], s[-15:], int(s) == n, repr(-n)[:8])
print(str(10**100), repr(-10**50), str(2**64), str(-(2**63)), str(0), str(-0))
print(int(str(2**1000)) == 2**1000, len(str(2**1000)), str(2**1000).count('0'))
