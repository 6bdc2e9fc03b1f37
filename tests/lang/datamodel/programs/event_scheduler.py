# An event scheduler: time slots in a sorted list, overlap detection, tuples and f-strings.
class Conflict(Exception):
    def __init__(self, new, existing):
        super().__init__(f'{new.title!r} overlaps {existing.title!r}')
        self.new, self.existing = new, existing
class Event:
    def __init__(self, title, start, end):
        if end <= start:
            raise ValueError(f'event {title!r} ends before it starts')
        self.title, self.start, self.end = title, start, end
    def overlaps(self, other):
        return self.start < other.end and other.start < self.end
    def __repr__(self):
        return f'{self.title}[{fmt(self.start)}-{fmt(self.end)}]'
def fmt(minutes):
    h, m = divmod(minutes, 60)
    return f'{h:02d}:{m:02d}'
def parse(hhmm):
    h, m = hhmm.split(':')
    return int(h) * 60 + int(m)
class Calendar:
    def __init__(self):
        self.events = []
    def add(self, title, start, end):
        ev = Event(title, parse(start), parse(end))
        for other in self.events:
            if ev.overlaps(other):
                raise Conflict(ev, other)
        self.events.append(ev)
        self.events.sort(key=lambda e: (e.start, e.title))
        return ev
    def free_slots(self, day_start='09:00', day_end='17:00'):
        slots, t = [], parse(day_start)
        for ev in self.events:
            if ev.start > t:
                slots.append((fmt(t), fmt(ev.start)))
            t = max(t, ev.end)
        if t < parse(day_end):
            slots.append((fmt(t), day_end))
        return slots
cal = Calendar()
requests = [('standup', '09:30', '09:45'), ('lunch', '12:00', '13:00'), ('review', '09:40', '10:30'),
            ('design', '10:00', '11:30'), ('1:1', '13:00', '13:30'), ('oops', '15:00', '14:00'),
            ('retro', '16:00', '17:00'), ('late', '12:59', '13:01')]
for title, s, e in requests:
    try:
        print('added', cal.add(title, s, e))
    except Conflict as c:
        print(f'Conflict: {c}; keeps {c.existing!r}')
    except ValueError as e:
        print('ValueError:', e)
print(cal.events)
print(cal.free_slots())
busy = sum(e.end - e.start for e in cal.events)
print(f'busy {busy} min = {busy / 60:.2f} h; longest {max(cal.events, key=lambda e: e.end - e.start)}')
