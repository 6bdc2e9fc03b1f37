#!/usr/bin/env python3
"""Regenerates tests/grammar/bad/*.expect from CPython (run with python3.11).

Each .expect holds one line "LINE:COL:MSG" with COL = SyntaxError.offset - 1,
exactly what pith's ParseError must report.  Never edit them by hand."""
import glob, os, sys

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, 'bad', '*.py'))):
    src = open(path, 'rb').read()
    try:
        compile(src, 'x.py', 'exec')
    except SyntaxError as e:
        expect = '%d:%d:%s\n' % (e.lineno, (e.offset or 1) - 1, e.msg)
    else:
        sys.exit('%s compiles: not a bad case' % path)
    with open(path[:-3] + '.expect', 'w', encoding='utf-8') as f:
        f.write(expect)
