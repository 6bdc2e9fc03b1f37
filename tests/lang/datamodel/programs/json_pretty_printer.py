# A JSON-like pretty printer using recursion, with cycle detection and escaping.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append(f'\\u{ord(ch):04x}')
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'
class CycleError(ValueError):
    pass
def dump(obj, indent=0, seen=None):
    seen = seen if seen is not None else set()
    pad = '  ' * indent
    if obj is None:
        return 'null'
    if obj is True or obj is False:
        return 'true' if obj else 'false'
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if id(obj) in seen:
        raise CycleError('circular reference detected')
    seen.add(id(obj))
    try:
        if isinstance(obj, (list, tuple)):
            if not obj:
                return '[]'
            inner = [pad + '  ' + dump(x, indent + 1, seen) for x in obj]
            return '[\n' + ',\n'.join(inner) + '\n' + pad + ']'
        if isinstance(obj, dict):
            if not obj:
                return '{}'
            inner = [f'{pad}  {escape(str(k))}: {dump(v, indent + 1, seen)}' for k, v in obj.items()]
            return '{\n' + ',\n'.join(inner) + '\n' + pad + '}'
    finally:
        seen.discard(id(obj))
    raise TypeError(f'Object of type {type(obj).__name__} is not serializable')
doc = {'name': 'pith', 'version': [0, 1, 2], 'tags': [], 'meta': {}, 'ok': True, 'none': None,
       'nested': {'pi': 3.14159, 'list': [1, [2, [3, {'deep': 'é\n"q"'}]]]}, 7: 'int key'}
print(dump(doc))
shared = [1, 2]
print(dump({'a': shared, 'b': shared}))
loop = {'self': None}
loop['self'] = [loop]
for bad in [loop, {'s': {1, 2}}, [object]]:
    try:
        dump(bad)
    except (CycleError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(loop)
