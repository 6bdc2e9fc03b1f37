# Generator-based coroutines driven with send(): a tokenizer and a tiny scheduler.
def coroutine(fn):
    def start(*args):
        g = fn(*args)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)

@coroutine
def splitter(target):
    while True:
        text = yield
        for word in text.split():
            target.send(word)

s = splitter(printer('word:'))
s.send('hello generator world')
s.send('two words')

def task(name, n):
    for i in range(n):
        print(name, 'step', i)
        yield

def run(tasks):
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            next(t)
        except StopIteration:
            continue
        queue.append(t)
run([task('A', 2), task('B', 3), task('C', 1)])

def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
m = running_max()
next(m)
print([m.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
