# sort and sorted are stable, with key and reverse; reverse keeps equal items in order.
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22), ('frank', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: len(p[0])))
print(sorted(people, key=lambda p: len(p[0]), reverse=True))
words = ['Banana', 'apple', 'cherry', 'Apple', 'banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: -x), sorted(nums, reverse=True))
pairs = [(x % 3, i) for i, x in enumerate(range(20))]
s = sorted(pairs, key=lambda p: p[0])
print(s == sorted(pairs), s)
data = list(range(30))
data.sort(key=lambda x: x % 4, reverse=True)
print(data)
print(sorted('hello world'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted(range(5, 0, -1)))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([2.5, 1, True, -0.5]))
