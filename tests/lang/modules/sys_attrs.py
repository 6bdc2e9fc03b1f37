# sys: version_info, implementation, maxsize, platform, byteorder, path, modules
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8), sys.version_info < (4,))
print(len(sys.version_info), sys.version_info[0], tuple(sys.version_info)[:2], isinstance(sys.version_info, tuple))
print(type(sys.implementation.name).__name__, sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys)
print(isinstance(sys.executable, str), sys.getrecursionlimit(), sys.argv[0].endswith('sys_attrs.py'))
import math
print(sys.modules['math'] is math, 'math' in sys.modules)
