# pith-only: psutil (pith's stand-in for the third-party package, which CPython here lacks):
# Process().memory_info(), memory_percent(), name(), cmdline(), ppid(), virtual_memory().
import os
import subprocess
import psutil

p = psutil.Process()
print(p.pid == os.getpid(), psutil.Process(os.getpid()) == p, p.is_running(), p.ppid() == os.getppid())
m = p.memory_info()
print(type(m).__name__, m._fields)
print(m.rss > 0, m.vms >= m.rss, isinstance(m.rss, int), isinstance(m.vms, int), m[0] == m.rss, m[1] == m.vms)
print(m.rss % psutil.PAGESIZE == 0, 0 < p.memory_percent() < 100)
def comm(pid):   # the kernel's name of the process: 'pith', or valgrind's when under it
    with open('/proc/%d/comm' % pid) as f:
        return f.read().strip()
print(p.name() == comm(os.getpid()), p.name() in ('pith', 'memcheck-amd64-'), p.cmdline()[-1])

vm = psutil.virtual_memory()
print(type(vm).__name__, vm._fields)
print(vm.total > 0, 0 < vm.available <= vm.total, 0 < vm.used < vm.total, 0 <= vm.free <= vm.total)
print(isinstance(vm.percent, float), 0 <= vm.percent <= 100)
print(abs(vm.percent - round((vm.total - vm.available) / vm.total * 100, 1)) <= 0.2)

child = subprocess.Popen(['sleep', '10'])
c = psutil.Process(child.pid)
print(c.pid == child.pid, c.memory_info().rss > 0, c.ppid() == os.getpid(), c.name())
child.kill()
child.wait()
print(psutil.pid_exists(child.pid), psutil.pid_exists(os.getpid()))
for bad in (2**31 - 1, -1, 'x'):
    try:
        psutil.Process(bad)
    except psutil.NoSuchProcess as e:
        print('NoSuchProcess:', e, isinstance(e, psutil.Error))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(psutil.cpu_count() == os.cpu_count())
