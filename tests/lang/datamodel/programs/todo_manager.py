# A to-do manager: commands parsed from strings, validation errors, priorities and filtering.
class TodoError(Exception):
    pass
class Todo:
    PRIORITIES = {'low': 3, 'normal': 2, 'high': 1}
    _ids = 0
    def __init__(self, text, priority='normal', tags=()):
        if priority not in self.PRIORITIES:
            raise TodoError(f'bad priority {priority!r}; choose from {", ".join(self.PRIORITIES)}')
        Todo._ids += 1
        self.id, self.text, self.priority, self.tags, self.done = Todo._ids, text, priority, tuple(tags), False
    def __str__(self):
        mark = 'x' if self.done else ' '
        tags = ' ' + ' '.join('#' + t for t in self.tags) if self.tags else ''
        return f'[{mark}] {self.id:>2} ({self.priority[0].upper()}) {self.text}{tags}'
class TodoList:
    def __init__(self):
        self.items = {}
    def run(self, line):
        cmd, *rest = line.split()
        try:
            handler = {'add': self.add, 'done': self.finish, 'del': self.delete, 'list': self.show}[cmd]
        except KeyError:
            raise TodoError(f'unknown command {cmd!r}') from None
        return handler(*rest)
    def add(self, *words):
        prio = 'normal'
        tags = [w[1:] for w in words if w.startswith('#')]
        words = [w for w in words if not w.startswith('#')]
        if words and words[0].startswith('!'):
            prio, words = words[0][1:], words[1:]
        if not words:
            raise TodoError('nothing to do')
        t = Todo(' '.join(words), prio, tags)
        self.items[t.id] = t
        return f'added {t.id}'
    def _get(self, ident):
        try:
            return self.items[int(ident)]
        except ValueError:
            raise TodoError(f'not a number: {ident!r}')
        except KeyError:
            raise TodoError(f'no item {ident}')
    def finish(self, ident):
        self._get(ident).done = True
        return f'finished {ident}'
    def delete(self, ident):
        del self.items[self._get(ident).id]
        return f'deleted {ident}'
    def show(self, tag=None):
        todo = [t for t in self.items.values() if tag is None or tag in t.tags]
        todo.sort(key=lambda t: (t.done, Todo.PRIORITIES[t.priority], t.id))
        return '\n'.join(str(t) for t in todo) or '(empty)'
tl = TodoList()
for line in ['add buy milk #home', 'add !high fix prod bug #work #urgent', 'add !urgent panic', 'add',
             'add !low water plants #home', 'done 1', 'done x', 'done 99', 'list', 'list home', 'del 3',
             'list work', 'explode now', 'list nothing']:
    try:
        print(f'$ {line}\n{tl.run(line)}')
    except TodoError as e:
        print(f'error: {e}', '(context suppressed)' if e.__suppress_context__ else f'(context {type(e.__context__).__name__})')
