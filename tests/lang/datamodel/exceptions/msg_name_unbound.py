# NameError and UnboundLocalError messages: globals, locals, free variables, del.
def show(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
def global_missing():
    return undefined_thing
def local_before_assign():
    v = v + 1
def local_later():
    print(w)
    w = 1
def deleted():
    x = 1
    del x
    return x
def free_unbound():
    def inner():
        return z
    r = inner
    z = 1
    del z
    return r()
def closure_before():
    def inner():
        return late
    res = inner()
    late = 1
    return res
def cond_assign(flag=False):
    if flag:
        q = 1
    return q
def del_global():
    global gone
    del gone
for f in (global_missing, local_before_assign, local_later, deleted, free_unbound, closure_before,
          cond_assign, del_global):
    show(f)
print(issubclass(UnboundLocalError, NameError))
