# subprocess: DEVNULL, files as streams, readline/iteration on pipes, argv, env, os.environ, text decoding errors
import subprocess, sys, os
r = subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True)
print(r)
with open('out.txt', 'w') as f:
    subprocess.run(['echo', 'to file'], stdout=f)
print(open('out.txt').read())
with open('out.txt', 'rb') as f:
    print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
p = subprocess.Popen(['sh', '-c', 'echo a; echo b'], stdout=subprocess.PIPE, text=True)
print(p.stdout.readline(), end='')
print(list(p.stdout))
p.wait(); p.stdout.close()
print(repr(p))
print(subprocess.run([sys.executable, '-c', 'import sys; print(sys.argv[1:])', 'x', 'y z'], capture_output=True, text=True).stdout, end='')
print(subprocess.run(('echo', 'tuple'), capture_output=True).stdout)
r = subprocess.run(['sh', '-c', 'echo $FOO'], env=dict(os.environ, FOO='bar'), capture_output=True, text=True)
print(r.stdout, end='')
os.environ['PITH_X'] = 'yes'
print(subprocess.run(['sh', '-c', 'echo $PITH_X'], capture_output=True, text=True).stdout, end='')
r = subprocess.run(['sh', '-c', 'printf "\\377"'], capture_output=True, text=True, errors='replace')
print(repr(r.stdout))
try:
    subprocess.run(['sh', '-c', 'printf "\\377"'], capture_output=True, text=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError')
print(subprocess.call('exit 3', shell=True))
