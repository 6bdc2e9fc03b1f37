# psutil: the part of the psutil package that memory tutorials use, read from /proc as
# psutil does on Linux: Process(pid).memory_info() (rss, vms, ... in bytes, from
# /proc/PID/statm), memory_percent(), name(), cmdline(), ppid(); virtual_memory()
# (total, available, percent, used, free, ... from /proc/meminfo, computed as psutil
# computes them); pid_exists(), cpu_count().  pith has no third-party psutil: this module
# stands in for it so such code runs unchanged.

import os
import resource
from collections import namedtuple

__all__ = ['Process', 'virtual_memory', 'pid_exists', 'cpu_count', 'Error', 'NoSuchProcess',
           'AccessDenied']

PAGESIZE = resource.getpagesize()

pmem = namedtuple('pmem', ['rss', 'vms', 'shared', 'text', 'lib', 'data', 'dirty'])
svmem = namedtuple('svmem', ['total', 'available', 'percent', 'used', 'free', 'active',
                             'inactive', 'buffers', 'cached', 'shared', 'slab'])


class Error(Exception):
    """Base exception class of psutil."""


class NoSuchProcess(Error):
    """The process does not exist (any more)."""

    def __init__(self, pid, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or "process no longer exists"

    def __str__(self):
        details = "pid=%s" % self.pid
        if self.name:
            details += ", name=%r" % self.name
        return "%s (%s)" % (self.msg, details)


class AccessDenied(Error):
    """Not allowed to read the process's details."""

    def __init__(self, pid=None, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or ""

    def __str__(self):
        return "%s (pid=%s)" % (self.msg, self.pid)


def _read_proc(pid, name, binary=False):
    try:
        with open('/proc/%d/%s' % (pid, name), 'rb' if binary else 'r') as f:
            return f.read()
    except FileNotFoundError:
        raise NoSuchProcess(pid) from None
    except PermissionError:
        raise AccessDenied(pid) from None


class Process(object):
    """A process, by pid (the current one by default)."""

    def __init__(self, pid=None):
        if pid is None:
            pid = os.getpid()
        elif not isinstance(pid, int):
            raise TypeError('pid must be an integer (got %r)' % (pid,))
        if pid < 0:
            raise ValueError('pid must be a positive integer (got %s)' % pid)
        if not pid_exists(pid):
            raise NoSuchProcess(pid, msg='process PID not found')
        self._pid = pid

    @property
    def pid(self):
        """The process's id."""
        return self._pid

    def memory_info(self):
        """rss, vms, shared, text, lib, data and dirty, in bytes (/proc/PID/statm)."""
        vms, rss, shared, text, lib, data, dirty = [
            int(x) * PAGESIZE for x in _read_proc(self._pid, 'statm').split()[:7]]
        return pmem(rss, vms, shared, text, lib, data, dirty)

    def memory_percent(self, memtype='rss'):
        """The process's memory (rss by default) as a percentage of physical memory."""
        value = getattr(self.memory_info(), memtype)
        return (value / virtual_memory().total) * 100

    def name(self):
        """The process's name (/proc/PID/comm)."""
        return _read_proc(self._pid, 'comm').rstrip('\n')

    def cmdline(self):
        """The command line as a list of str."""
        data = _read_proc(self._pid, 'cmdline', binary=True).decode('utf-8', 'replace')
        if data.endswith('\x00'):
            data = data[:-1]
        return data.split('\x00') if data else []

    def ppid(self):
        """The parent's pid."""
        stat = _read_proc(self._pid, 'stat')
        return int(stat[stat.rfind(')') + 2:].split()[1])

    def is_running(self):
        return pid_exists(self._pid)

    def __eq__(self, other):
        if not isinstance(other, Process):
            return NotImplemented
        return self._pid == other._pid

    def __hash__(self):
        return hash(self._pid)

    def __repr__(self):
        try:
            return "psutil.Process(pid=%s, name=%r)" % (self._pid, self.name())
        except Error:
            return "psutil.Process(pid=%s, status='terminated')" % self._pid

    __str__ = __repr__


def pid_exists(pid):
    """True if a process with this pid exists."""
    if pid < 0:
        return False
    if pid == 0:
        return True
    return os.path.exists('/proc/%d' % pid)


def cpu_count(logical=True):
    return os.cpu_count()


def _meminfo():
    fields = {}
    with open('/proc/meminfo') as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                fields[parts[0].rstrip(':')] = int(parts[1]) * 1024
    return fields


def virtual_memory():
    """System memory in bytes, as psutil computes it on Linux."""
    m = _meminfo()
    total = m['MemTotal']
    free = m['MemFree']
    buffers = m.get('Buffers', 0)
    cached = m.get('Cached', 0) + m.get('SReclaimable', 0)
    shared = m.get('Shmem', 0)
    active = m.get('Active', 0)
    inactive = m.get('Inactive', 0)
    slab = m.get('Slab', 0)
    used = total - free - cached - buffers
    if used < 0:
        used = total - free
    avail = m.get('MemAvailable')
    if avail is None:
        avail = free + cached + buffers
    if avail < 0:
        avail = 0
    if avail > total:
        avail = free
    percent = round((total - avail) / total * 100, 1) if total else 0.0
    return svmem(total, avail, percent, used, free, active, inactive, buffers, cached, shared, slab)
