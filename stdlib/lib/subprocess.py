# subprocess: child processes, as CPython 3.11's module on POSIX.
#
# run(), call(), check_call(), check_output(), getoutput(),
# getstatusoutput() and Popen with pipes, timeouts, cwd and env.  The child
# is started by the native _posixsubprocess.fork_exec (fork, dup2 of the
# standard streams, chdir, exec; an exec failure comes back as the
# OSError CPython raises); communicate() feeds and drains the pipes with
# select.select so a child that writes a lot cannot deadlock.

import os
import select
import sys
import time
import _posixsubprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput', 'getoutput',
           'check_output', 'run', 'CalledProcessError', 'DEVNULL', 'SubprocessError',
           'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_PIPE_BUF = 512
_READ_SIZE = 32768

# The names of signals, for "died with <Signals.SIGKILL: 9>."
_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT',
                 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV',
                 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM', 17: 'SIGCHLD',
                 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU',
                 24: 'SIGXCPU', 25: 'SIGXFSZ', 26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH',
                 29: 'SIGIO', 30: 'SIGPWR', 31: 'SIGSYS'}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running: what run() returns."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(kw + ' argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


class Popen(object):
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._communication_started = False
        self._fileobj2output = None
        self._input = None
        self._input_offset = 0
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.universal_newlines = self.text_mode

        if isinstance(args, (str, bytes)):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]

        to_close = []
        try:
            p2cwrite, p2cread = self._child_end(stdin, to_close, True)
            c2pread, c2pwrite = self._child_end(stdout, to_close, False)
            if stderr == STDOUT:
                errread, errwrite = -1, -2   # the child's stdout, whatever it is
            else:
                errread, errwrite = self._child_end(stderr, to_close, False)
            if cwd is not None:
                cwd = os.fspath(cwd) if hasattr(os, 'fspath') else cwd
            if env is None:
                env = os.environ
            self.pid = _posixsubprocess.fork_exec(args, executable, cwd, env, p2cread, c2pwrite,
                                                  errwrite, start_new_session)
        except:
            for fd in to_close:
                os.close(fd)
            for fd in (self._parent_fds if hasattr(self, '_parent_fds') else []):
                os.close(fd)
            raise
        # the child has its copies now
        for fd in to_close:
            os.close(fd)
        if p2cwrite != -1:
            self.stdin = open(p2cwrite, 'wb', buffering=bufsize)
            if self.text_mode:
                self.stdin = _TextWriter(self.stdin, self._encoding, self._errors)
        if c2pread != -1:
            self.stdout = open(c2pread, 'r' if self.text_mode else 'rb',
                               encoding=encoding if self.text_mode else None,
                               errors=errors if self.text_mode else None)
        if errread != -1:
            self.stderr = open(errread, 'r' if self.text_mode else 'rb',
                               encoding=encoding if self.text_mode else None,
                               errors=errors if self.text_mode else None)

    def _child_end(self, spec, to_close, is_stdin):
        """(parent end, child end) of one standard stream; -1 where there is none."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            r, w = os.pipe()
            if not hasattr(self, '_parent_fds'):
                self._parent_fds = []
            if is_stdin:
                to_close.append(r)
                self._parent_fds.append(w)
                return w, r
            to_close.append(w)
            self._parent_fds.append(r)
            return r, w
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDWR)
            to_close.append(fd)
            return -1, fd
        if isinstance(spec, int):
            return -1, spec
        return -1, spec.fileno()

    def __repr__(self):
        obj_repr = "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode, self.args)
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def _handle_exitstatus(self, sts):
        self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        """Check if child process has terminated.  Set and return returncode attribute."""
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except ChildProcessError:
                self.returncode = 0
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, sts = os.waitpid(self.pid, 0)
                self._handle_exitstatus(sts)
            except ChildProcessError:
                self.returncode = 0
            return self.returncode
        endtime = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            remaining = endtime - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, .05)
            time.sleep(delay)
        return self.returncode

    def send_signal(self, sig):
        """Send a signal to the process (if it has not finished)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM."""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL."""
        self.send_signal(9)

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr until end of file,
        wait for the process; returns (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        if self._fileobj2output is None:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout.fileno()] = []
            if self.stderr:
                self._fileobj2output[self.stderr.fileno()] = []
            if self.stdin and input:
                if self.text_mode:
                    input = input.encode(self._encoding, self._errors)
                self._input = input
                self._input_offset = 0
        out_fd = self.stdout.fileno() if self.stdout else None
        err_fd = self.stderr.fileno() if self.stderr else None
        stdout = self._fileobj2output[out_fd] if self.stdout else None
        stderr = self._fileobj2output[err_fd] if self.stderr else None
        readers = [fd for fd in (out_fd, err_fd) if fd is not None and not self._closed(fd)]
        writing = self.stdin and self._input is not None and not self.stdin.closed
        while readers or writing:
            remaining = self._remaining_time(endtime)
            if remaining is not None and remaining < 0:
                self._raise_timeout(orig_timeout, stdout, stderr)
            wfds = [self.stdin.fileno()] if writing else []
            r, w, _ = select.select(readers, wfds, [], remaining)
            if not r and not w and remaining is not None and self._remaining_time(endtime) <= 0:
                self._raise_timeout(orig_timeout, stdout, stderr)
            if w:
                chunk = self._input[self._input_offset:self._input_offset + _PIPE_BUF]
                try:
                    self._input_offset += os.write(w[0], chunk)
                except BrokenPipeError:
                    self._input_offset = len(self._input)
                if self._input_offset >= len(self._input):
                    self.stdin.close()
                    writing = False
            for fd in r:
                data = os.read(fd, _READ_SIZE)
                if not data:
                    readers.remove(fd)
                    self._mark_closed(fd)
                else:
                    self._fileobj2output[fd].append(data)
        self.wait(timeout=self._remaining_time(endtime))
        if stdout is not None:
            stdout = b''.join(stdout)
            self.stdout.close()
        if stderr is not None:
            stderr = b''.join(stderr)
            self.stderr.close()
        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self._encoding, self._errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self._encoding, self._errors)
        return (stdout, stderr)

    def _closed(self, fd):
        return fd in getattr(self, '_eof_fds', ())

    def _mark_closed(self, fd):
        if not hasattr(self, '_eof_fds'):
            self._eof_fds = []
        self._eof_fds.append(fd)

    def _raise_timeout(self, orig_timeout, stdout, stderr):
        raise TimeoutExpired(self.args, orig_timeout,
                             output=b''.join(stdout) if stdout else None,
                             stderr=b''.join(stderr) if stderr else None)


class _TextWriter(object):
    """The text side of a binary pipe (Popen(..., text=True).stdin)."""

    def __init__(self, raw, encoding, errors):
        self.buffer = raw
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self.buffer.write(s.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        self.buffer.flush()

    def fileno(self):
        return self.buffer.fileno()

    def close(self):
        self.buffer.close()

    @property
    def closed(self):
        return self.buffer.closed
