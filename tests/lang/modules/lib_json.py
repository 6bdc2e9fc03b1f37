# json: dumps (indent, sort_keys, separators, ensure_ascii, default) and loads with CPython's errors
import json
data = {'name': 'pith', 'tags': ['a', 'b'], 'n': 3, 'f': 2.5, 'ok': True, 'none': None, 'nested': {'x': [1, {'y': []}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps(data, separators=(',', ':'), sort_keys=True), json.dumps([1, 2], indent='\t'))
print(json.dumps('é\U0001f600\n"\\'), json.dumps('é', ensure_ascii=False), json.dumps({1: 2, 1.5: 3, None: 4, False: 5}))
print(json.dumps([float('nan'), float('inf'), -float('inf'), 1e100, 1.0, -0.0, 10**20]), json.dumps((1, 2)), json.dumps('\x00\x1f'))
print(json.dumps({'s': {1, 2}}, default=sorted), json.dumps({(1, 2): 3}, skipkeys=True))
for o in [{(1, 2): 3}, {1, 2}, object]:
    try:
        json.dumps(o)
    except TypeError as e:
        print(e)
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
print(json.loads(' {"a": [1, 2.5, -3e2, true, false, null, "\\u00e9\\n\\ud83d\\ude00"]} '))
print(json.loads('"x"'), json.loads('12'), json.loads('-0.5'), json.loads('[]'), json.loads('{}'), json.loads('NaN'), json.loads('1E3'))
print(json.loads(json.dumps(data)) == data, json.loads('{"a": 1, "a": 2}'), json.loads('[1, 2]', parse_int=str))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
for s in ['', '[1,]', '{"a":1,}', '{a:1}', '{"a" 1}', '[1 2]', '"abc', '"a\x01"', '"\\q"', '"\\u12"', '1 2',
          '-', '01', 'nul', '{"a":}', '[', '{', '  ', '\ufeff1', '[1, 2', '{"a": 1', '\n\n  [1,\n  x]']:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
