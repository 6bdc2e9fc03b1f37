# A singly linked list class with iteration, indexing, len, reversal and errors.
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError('LinkedList index out of range')
        for j, v in enumerate(self):
            if j == i:
                return v
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return 'LinkedList([' + ', '.join(repr(v) for v in self) + '])'
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
ll = LinkedList([1, 'two', 3.0])
print(ll, len(ll), ll[0], ll[-1], list(ll), 'two' in ll, 5 in ll)
ll.push(0)
ll.reverse()
print(ll, ll.pop(), ll, ll == LinkedList(['two', 1, 0]), ll == [1])
print(sum(LinkedList(range(10))), max(LinkedList('hello')), sorted(LinkedList([3, 1, 2])))
empty = LinkedList()
for f in [empty.pop, lambda: ll[10], lambda: ll[-10]]:
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)
