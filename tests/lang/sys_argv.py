# sys.argv for a script run as "pith NAME.py".
import sys
print(type(sys.argv), len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
print(sys.argv[0][-3:] == '.py')
print(sys.argv == [sys.argv[0]])
name = sys.argv[0]
print(name[:-3] + '.out' == 'sys_argv.out')
args = sys.argv
args.append('added')
print(len(sys.argv), sys.argv[-1])
print(isinstance(sys.argv[0], str))
