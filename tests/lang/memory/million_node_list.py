# A million-node linked list of instances is freed by `del head` without crashing.
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next
head = None
for i in range(1000000):
    head = Node(i, head)
print(head.value, head.next.value)
del head
print('freed')
class Counted:
    alive = 0
    def __init__(self, next):
        self.next = next
        Counted.alive += 1
    def __del__(self):
        Counted.alive -= 1
h = None
for i in range(100000):
    h = Counted(h)
print(Counted.alive)
h = None
print(Counted.alive)
