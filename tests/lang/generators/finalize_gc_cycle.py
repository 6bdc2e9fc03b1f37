# A suspended generator in a reference cycle is closed (finally runs) by gc.collect().
import gc
gc.disable()
gc.collect()

def selfish():
    me = yield
    try:
        yield 'holding myself'
    finally:
        print('finally during collect')

g = selfish()
next(g)
g.send(g)
del g
print('deleted; nothing yet')
print('collected', gc.collect() > 0)

def plain(tag):
    try:
        yield tag
    finally:
        print('plain finally', tag)

box = []
box.append(box)
g = plain('in list cycle')
next(g)
box.append(g)
del box, g
print('before collect')
gc.collect()
print('after collect')
