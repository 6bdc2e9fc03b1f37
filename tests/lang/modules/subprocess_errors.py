# subprocess: CalledProcessError, TimeoutExpired and exec failures, as CPython words them
import subprocess
import sys

e = subprocess.CalledProcessError(3, ['prog', 'arg'])
print(str(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr, isinstance(e, subprocess.SubprocessError))
print(str(subprocess.CalledProcessError(-9, 'prog')))
print(str(subprocess.CalledProcessError(-15, ['a'])))
print(str(subprocess.CalledProcessError(-99, 'x')))
e = subprocess.CalledProcessError(1, 'c', output=b'o', stderr=b'e')
print(e.stdout, e.output, e.stderr)
e.stdout = b'new'
print(e.output)
t = subprocess.TimeoutExpired(['sleep', '5'], 0.5)
print(str(t), t.cmd, t.timeout, t.output, t.stdout, t.stderr, isinstance(t, subprocess.SubprocessError))
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', e.cmd, type(e.timeout).__name__)
try:
    subprocess.run(['sh', '-c', 'sleep 5'], timeout=0.1, capture_output=True)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', e.cmd, e.timeout)
try:
    subprocess.check_output([sys.executable, '-c', 'import time; time.sleep(5)'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', e.timeout, e.cmd[1:])
try:
    subprocess.run(['pith-no-such-program-xyz'])
except FileNotFoundError as e:
    print('FileNotFoundError:', e, e.errno, e.filename)
try:
    subprocess.run(['ls'], cwd='/pith/no/such/dir')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
try:
    subprocess.run(['./'])
except PermissionError as e:
    print('PermissionError:', e)
r = subprocess.run(['sh', '-c', 'kill -9 $$'])
print(r.returncode)
try:
    subprocess.run(['sh', '-c', 'kill -TERM $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
