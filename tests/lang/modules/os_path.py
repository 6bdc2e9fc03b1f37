# os.path (posixpath): join, split, splitext, basename, dirname, normpath, abspath, exists, isfile, isdir, getsize
import os
import os.path
import sys
print(os.path is sys.modules['os.path'], os.path.__name__)
print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'), os.path.join('', 'x'), os.path.join('a', ''))
print(os.path.split('/a/b/c.txt'), os.path.split('c.txt'), os.path.split('/'), os.path.split('a/b/'), os.path.split('//x'))
print(os.path.splitext('x/y.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('a.b/c'), os.path.splitext('f.'))
print(os.path.basename('/a/b'), os.path.basename('/a/b/'), os.path.dirname('/a/b'), os.path.dirname('a'), os.path.dirname('/'))
for p in ['/a/./b/../c//d', 'a/../..', '', '.', '//x/y', '///x', 'a/b/../../..', '/..', 'x/./']:
    print(repr(p), '->', repr(os.path.normpath(p)))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.abspath('x/../y') == os.path.join(os.getcwd(), 'y'))
print(os.path.abspath('/a/b/../c'), os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.commonprefix(['/usr/lib', '/usr/local']))
with open('f.txt', 'w') as f:
    f.write('abc')
os.mkdir('dd')
print(os.path.exists('f.txt'), os.path.exists('nope'), os.path.isfile('f.txt'), os.path.isfile('dd'), os.path.isdir('dd'), os.path.isdir('f.txt'))
print(os.path.getsize('f.txt'), os.path.islink('f.txt'), os.path.getmtime('f.txt') > 0)
try:
    os.path.getsize('nope')
except FileNotFoundError as e:
    print(e)
print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep)
