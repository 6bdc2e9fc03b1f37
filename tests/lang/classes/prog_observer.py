# Observer pattern: subjects notify bound-method callbacks; unsubscribe.
class Event:
    def __init__(self, name):
        self.name = name
        self.handlers = []
    def subscribe(self, fn):
        self.handlers.append(fn)
        return fn
    def unsubscribe(self, fn):
        self.handlers.remove(fn)
    def fire(self, *args):
        return [h(*args) for h in self.handlers]
class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []
    def log(self, msg):
        self.lines.append(f'{self.prefix}{msg}')
        return len(self.lines)
class Stats:
    total = 0
    @classmethod
    def count(cls, msg):
        cls.total += len(msg)
        return cls.total
on_msg = Event('msg')
log1, log2 = Logger('1:'), Logger('2:')
on_msg.subscribe(log1.log)
on_msg.subscribe(log2.log)
on_msg.subscribe(Stats.count)
print(on_msg.fire('hello'))
on_msg.unsubscribe(log2.log)
print(on_msg.fire('bye'))
@on_msg.subscribe
def shout(msg):
    return msg.upper()
print(on_msg.fire('last'), log1.lines, log2.lines, Stats.total)
