# A traffic-light controller: a transition table, timed ticks, invalid events raising errors.
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f'cannot {event!r} while {state}')
        self.state, self.event = state, event
TRANSITIONS = {
    ('red', 'tick'): 'green', ('green', 'tick'): 'yellow', ('yellow', 'tick'): 'red',
    ('red', 'fault'): 'flashing', ('green', 'fault'): 'flashing', ('yellow', 'fault'): 'flashing',
    ('flashing', 'repair'): 'red',
}
DURATION = {'red': 4, 'green': 3, 'yellow': 1, 'flashing': 0}
class Light:
    def __init__(self):
        self.state = 'red'
        self.remaining = DURATION['red']
        self.history = [self.state]
        self.counts = {}
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(self.state, event)
        self.state = TRANSITIONS[key]
        self.remaining = DURATION[self.state]
        self.history.append(self.state)
        self.counts[self.state] = self.counts.get(self.state, 0) + 1
    def tick(self):
        if self.state == 'flashing':
            return
        self.remaining -= 1
        if self.remaining <= 0:
            self.fire('tick')
light = Light()
timeline = []
for t in range(20):
    light.tick()
    timeline.append(light.state[0].upper())
print(''.join(timeline))
for event in ['fault', 'tick', 'repair', 'repair', 'fault', 'boom']:
    try:
        light.fire(event)
        print(f'{event:>7}: now {light.state}')
    except InvalidTransition as e:
        print(f'{event:>7}: {type(e).__name__}: {e} [{e.state}/{e.event}]')
print(light.history[-6:], dict(sorted(light.counts.items())), len(light.history))
print(sorted({s for s, _ in TRANSITIONS}), sorted(set(TRANSITIONS.values())) == sorted(DURATION))
