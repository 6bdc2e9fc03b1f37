# Large temporaries die when the function that owns them returns.
class Tracked:
    alive = 0
    def __init__(self):
        Tracked.alive += 1
    def __del__(self):
        Tracked.alive -= 1
def work(n):
    temp = [Tracked() for _ in range(n)]
    print('inside', Tracked.alive)
    return len(temp)
print(work(1000), Tracked.alive)
keep = [Tracked() for _ in range(10)]
print(Tracked.alive)
keep.clear()
print(Tracked.alive)
d = {i: Tracked() for i in range(5)}
print(Tracked.alive)
d = {}
print(Tracked.alive)
