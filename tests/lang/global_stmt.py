# global rebinds module-level names from inside functions.
counter = 0
def bump():
    global counter
    counter += 1
for i in range(5):
    bump()
print(counter)
def read_only():
    return counter * 2
print(read_only())
def create():
    global created
    created = 'made inside'
create()
print(created)
config = {'debug': False}
def enable():
    config['debug'] = True
enable()
print(config)
x = 'global x'
def shadow():
    x = 'local x'
    return x
print(shadow(), x)
def reset():
    global counter, x
    counter = 0
    x = 'reset'
reset()
print(counter, x)
