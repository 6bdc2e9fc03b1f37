# A generator still suspended at exit is closed at shutdown: its finally runs.
def worker(name):
    try:
        yield 'working'
    finally:
        print('closing', name, 'at shutdown')

g = worker('global')
print(next(g))
holder = {'g': worker('in dict')}
next(holder['g'])
unstarted = worker('never started')
print('end of script')
