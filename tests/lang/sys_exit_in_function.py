# sys.exit() raises SystemExit, which finally blocks see and except can catch.
import sys
def leave():
    try:
        sys.exit(0)
    finally:
        print('finally runs')
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('no arg code', e.code)
print('still running')
leave()
print('not reached')
