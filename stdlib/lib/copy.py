# copy: shallow and deep copies, as CPython's Lib/copy.py (lists, dicts, sets,
# tuples, instances with __dict__/__slots__, __copy__/__deepcopy__ hooks).
__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex if 'complex' in dir(__builtins__) else int, str, bytes,
           type, range, type(len), type(Ellipsis), type(NotImplemented), type(lambda: None))


def _reconstruct_instance(x, cls):
    y = object.__new__(cls)
    return y


def _copy_state(x, y, deep, memo):
    d = getattr(x, '__dict__', None)
    if d is not None:
        for k, v in d.items():
            setattr(y, k, deepcopy(v, memo) if deep else v)
    for klass in type(x).__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                v = getattr(x, name)
            except AttributeError:
                continue
            setattr(y, name, deepcopy(v, memo) if deep else v)


def copy(x):
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, set)):
        y = _reconstruct_instance(x, cls)
        if isinstance(x, list):
            y.extend(x)
        elif isinstance(x, dict):
            y.update(x)
        else:
            y.update(x)
        _copy_state(x, y, False, None)
        return y
    y = _reconstruct_instance(x, cls)
    _copy_state(x, y, False, None)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct_instance(x, cls)
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(a, memo) for a in x)
            elif isinstance(x, dict):
                for key, value in x.items():
                    y[deepcopy(key, memo)] = deepcopy(value, memo)
            _copy_state(x, y, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
