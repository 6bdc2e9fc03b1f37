# Building, sorting and summing lists.
data = [(i * 7919) % 100003 for i in range(300000)]
data.sort()
squares = [x * x for x in data if x % 3 == 0]
print(len(squares), sum(squares) % 1000003, data[1000], data[-1])
