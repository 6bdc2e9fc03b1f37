# A running generator cannot be re-entered: ValueError: generator already executing.
def reenter():
    try:
        next(me)
    except ValueError as e:
        print('next:', e)
    try:
        me.send(None)
    except ValueError as e:
        print('send:', e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print('throw:', e)
    try:
        me.close()
    except ValueError as e:
        print('close:', e)
    print('running inside:', me.gi_running)
    yield 1

me = reenter()
print('running before:', me.gi_running)
print(next(me))
print('running after:', me.gi_running)

def self_loop():
    for x in g2:
        yield x
g2 = self_loop()
try:
    list(g2)
except ValueError as e:
    print('for over itself:', e)
print(g2.gi_frame)
