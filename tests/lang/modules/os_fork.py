# os.fork, os._exit, os.waitpid and the status macros; os.kill
import os
import sys
pid = os.fork()
if pid == 0:
    os._exit(7)
p, status = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status))
pid = os.fork()
if pid == 0:
    print('child writes')
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print('parent after child')
pid = os.fork()
if pid == 0:
    import time
    time.sleep(10)
    os._exit(0)
os.kill(pid, 9)
p, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFEXITED(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno)
