# A stack and a queue with error handling and dunder support.
class EmptyError(Exception):
    pass
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise EmptyError('pop from empty stack')
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f'Stack({self._items})'
class Queue:
    def __init__(self, *items):
        self._in, self._out = list(items), []
    def put(self, x):
        self._in.append(x)
    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise EmptyError('get from empty queue')
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
def balanced(text):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = Stack()
    for ch in text:
        if ch in '([{':
            st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return not st
for t in ['(a[b]{c})', '(]', '((', '', ')']:
    print(repr(t), balanced(t))
q = Queue(1, 2)
q.put(3)
print(q.get(), len(q), q.get(), q.get())
try:
    q.get()
except EmptyError as e:
    print('EmptyError:', e)
s = Stack()
s.push('x')
print(s, len(s), bool(s), s.pop(), bool(s))
