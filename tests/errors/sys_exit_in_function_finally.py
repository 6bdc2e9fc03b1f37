# SystemExit passes through finally blocks, which still run.
import sys
def leave(code):
    try:
        print('leaving with', code)
        sys.exit(code)
    finally:
        print('finally ran')
leave(4)
