# A linked list class with iteration, indexing, len, reverse and repr.
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
            self.push_front(x)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('linked list index out of range')
    def __contains__(self, v):
        return any(x == v for x in self)
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
ll = LinkedList([1, 2, 3])
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), ll == LinkedList([3, 2, 1, 0]), ll != LinkedList())
try:
    ll[10]
except IndexError as e:
    print('IndexError:', e)
print(bool(LinkedList()), bool(ll), sum(ll))
