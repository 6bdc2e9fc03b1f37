# Extended slices on strings: steps, negative steps, reversal.
s = '0123456789'
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], s[-1:-4:-1], s[:3:-1], s[3::-1])
print(s[1:9:3], s[9:0:-3], s[-2::-4], s[::10], s[::-10], s[::100])
word = 'racecar'
print(word == word[::-1], 'python'[::-1])
t = 'abcdefghij'
for step in [1, 2, 3, -1, -2, -3]:
    print(step, t[::step], t[1:8:step], t[8:1:step])
