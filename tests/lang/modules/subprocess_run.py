# subprocess.run: capture_output, text, input, check, cwd, env, exit codes, CompletedProcess
import os
import subprocess
import sys

def py(code, **kw):
    return subprocess.run([sys.executable, '-c', code], **kw)

r = py('print("hello"); print(6 * 7)', capture_output=True)
print(type(r).__name__, r.returncode, r.stdout, r.stderr)
r = py('import sys; sys.stderr.write("oops\\n"); sys.exit(3)', capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = py('import sys; print(sys.stdin.read().upper(), end="")', input='abc\ndef\n', capture_output=True, text=True)
print(repr(r.stdout))
r = py('import sys; data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode(); print(len(data))',
       input=b'x' * 100000, stdout=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'exit 5'])
print(r.returncode, r.stdout, r.args)
print(repr(subprocess.run(['true'])))
print(repr(subprocess.run(['echo', 'a b'], stdout=subprocess.PIPE)))
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run('echo $((6*7)) | cat', shell=True, capture_output=True, text=True)
print(r.stdout, end='')
os.mkdir('sub')
r = subprocess.run(['pwd'], cwd='sub', capture_output=True, text=True)
print(r.stdout.strip().endswith('/sub'))
r = subprocess.run(['sh', '-c', 'echo "$PITH_TEST_VAR"'], env={'PITH_TEST_VAR': 'from env', 'PATH': os.environ['PATH']},
                   capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['cat'], input='line1\r\nline2\rline3\n', capture_output=True, text=True)
print(repr(r.stdout))
try:
    py('raise SystemExit(2)', check=True)
except subprocess.CalledProcessError as e:
    print('CalledProcessError:', e.returncode, e.cmd[1:], e.output, e.stdout, e.stderr)
r = py('print("ok")', check=True, capture_output=True)
r.check_returncode()
print(r.stdout)
r = subprocess.run(['sh', '-c', 'echo partial; exit 1'], capture_output=True)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(str(e), e.output, e.stderr)
try:
    subprocess.run(['cat'], input='x', stdin=subprocess.PIPE)
except ValueError as e:
    print('ValueError:', e)
try:
    subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print('ValueError:', e)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
