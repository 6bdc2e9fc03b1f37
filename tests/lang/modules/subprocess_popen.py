# subprocess.Popen: pipes, communicate (with input and timeout), wait, poll, returncode, context manager
import subprocess
import sys

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'hello\n')
print(out, err, p.returncode, p.poll(), p.wait())
with subprocess.Popen(['sh', '-c', 'echo one; echo two >&2; exit 4'], stdout=subprocess.PIPE,
                      stderr=subprocess.PIPE, text=True) as p:
    print(p.returncode)
    out, err = p.communicate()
    print(repr(out), repr(err), p.returncode)
p = subprocess.Popen(['sh', '-c', 'read x; echo "got $x"'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write('line\n')
p.stdin.close()
print(repr(p.stdout.read()))
p.stdout.close()
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo $i; done'], stdout=subprocess.PIPE)
print([line for line in p.stdout])
p.stdout.close()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', e)
p.kill()
print(p.wait(), p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo start; sleep 10'], stdout=subprocess.PIPE)
print(p.stdout.readline())   # the child is running before the timeout starts
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', e.timeout)
p.terminate()
out, err = p.communicate()
print(out, err, p.returncode)
p = subprocess.Popen([sys.executable, '-c', 'import sys; sys.stdout.write(sys.stdin.read()[::-1])'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b'abc' * 20000, timeout=30)
print(len(out), out[:6], err, p.returncode)
print(p.args[1:])
print(subprocess.call(['sh', '-c', 'exit 7']), subprocess.check_call(['true']))
print(subprocess.check_output(['echo', 'hi']), subprocess.check_output('echo $0', shell=True, text=True))
print(subprocess.check_output(['cat'], input=b'in'), repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.getoutput('echo a; echo b'), subprocess.getstatusoutput('echo x; exit 3'))
with subprocess.Popen(['true']) as p:
    pass
print(p.returncode, p.stdin, p.stdout, p.stderr)
