# A state machine with state classes, class attributes and dispatch by method name.
class State:
    name = 'state'
    def on(self, machine, event):
        handler = getattr(self, 'on_' + event, None)
        if handler is None:
            raise ValueError(f'{self.name} cannot handle {event}')
        return handler(machine)
    def __repr__(self):
        return f'<{self.name}>'
class Idle(State):
    name = 'idle'
    def on_start(self, m):
        return Running()
class Running(State):
    name = 'running'
    def on_pause(self, m):
        return Paused()
    def on_stop(self, m):
        return Idle()
class Paused(Running):
    name = 'paused'
    def on_resume(self, m):
        return Running()
    def on_pause(self, m):
        return self
class Machine:
    def __init__(self):
        self.state = Idle()
        self.trail = [self.state]
    def send(self, event):
        try:
            self.state = self.state.on(self, event)
        except ValueError as e:
            print('error:', e)
        self.trail.append(self.state)
m = Machine()
for ev in ['start', 'pause', 'pause', 'resume', 'start', 'stop', 'resume']:
    m.send(ev)
print(m.trail)
print(isinstance(m.state, State), type(m.trail[3]).__mro__[1].__name__)
