/*
 * The os module: files and directories, the environment, processes
 * (fork, waitpid, kill, _exit) and the constants CPython's os has on
 * Linux.  Errors are the OSError subclasses errno calls for, with the path
 * as .filename.  os.path is the pith module posixpath (stdlib/lib), bound
 * here and registered as sys.modules['os.path'].
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stdlib/stdlib.h"
#include "stdlib/structseq.h"
#include "vm/vm.h"

extern char **environ;

#define FN(name) static Value name(VM *vm, Value self, Value *args, size_t nargs, Value kw)

/* A path argument: str (or bytes).  *cpath borrows from the value. */
static bool path_arg(VM *vm, const char *fname, const char *argname, Value v, const char **cpath)
{
    if (is_str(v)) {
        *cpath = str_cstr(v);
        return true;
    }
    if (is_type(v, &type_bytes)) {
        *cpath = (const char *)((BytesObj *)as_obj(v))->data;
        return true;
    }
    err_format(vm, &exc_TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fname, argname,
               type_name(type_of(v)));
    return false;
}

static Value posix_error(VM *vm, Value path) { return err_set_from_errno(vm, errno, path); }

static bool int_arg(VM *vm, Value v, intptr_t *out)
{
    if (!is_int(v)) {
        err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(type_of(v)));
        return false;
    }
    return obj_as_index(vm, v, out);
}

/* ---- the file system ------------------------------------------------------------------------ */

FN(os_getcwd)
{
    (void)self; (void)args;
    if (!args_check(vm, "getcwd", nargs, kw, 0, 0)) return VAL_NULL;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) return posix_error(vm, VAL_NULL);
    return str_from_cstr(vm, buf);
}

FN(os_chdir)
{
    (void)self;
    const char *p;
    if (!args_check(vm, "chdir", nargs, kw, 1, 1) || !path_arg(vm, "chdir", "path", args[0], &p)) return VAL_NULL;
    if (chdir(p) < 0) return posix_error(vm, args[0]);
    return NONE;
}

/* listdir: in directory order, as CPython; that order is the file system's,
 * so tests sort it. */
FN(os_listdir)
{
    (void)self;
    Value a[1];
    if (!args_parse(vm, "listdir", args, nargs, kw, "|path", a)) return VAL_NULL;
    const char *p = ".";
    if (a[0] && a[0] != NONE && !path_arg(vm, "listdir", "path", a[0], &p)) return VAL_NULL;
    DIR *d = opendir(p);
    if (!d) return posix_error(vm, a[0] && a[0] != NONE ? a[0] : VAL_NULL);
    Value list = list_new(vm, 0);
    struct dirent *e;
    while (list && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        Value s = str_from_cstr(vm, e->d_name);
        if (!s || list_append_steal(vm, list, s) < 0) clear_slot(vm, &list);
    }
    closedir(d);
    return list;
}

FN(os_mkdir)
{
    (void)self;
    Value a[2];
    const char *p;
    intptr_t mode = 0777;
    if (!args_parse(vm, "mkdir", args, nargs, kw, "path,|mode", a) || !path_arg(vm, "mkdir", "path", a[0], &p) ||
        (a[1] && !int_arg(vm, a[1], &mode)))
        return VAL_NULL;
    if (mkdir(p, (mode_t)mode) < 0) return posix_error(vm, a[0]);
    return NONE;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* makedirs(name, mode=0o777, exist_ok=False): every missing parent too. */
FN(os_makedirs)
{
    (void)self;
    Value a[3];
    const char *p;
    intptr_t mode = 0777;
    if (!args_parse(vm, "makedirs", args, nargs, kw, "name,|mode,exist_ok", a) ||
        !path_arg(vm, "makedirs", "path", a[0], &p) || (a[1] && !int_arg(vm, a[1], &mode)))
        return VAL_NULL;
    int exist_ok = a[2] ? obj_truth(vm, a[2]) : 0;
    if (exist_ok < 0) return VAL_NULL;
    size_t n = strlen(p);
    char *buf = malloc(n + 1);
    if (!buf) return err_no_memory(vm);
    memcpy(buf, p, n + 1);
    for (size_t i = 1; i < n; i++) {
        if (buf[i] != '/') continue;
        buf[i] = 0;
        if (!is_dir(buf) && mkdir(buf, (mode_t)mode) < 0 && errno != EEXIST) {
            Value s = str_from_cstr(vm, buf);
            free(buf);
            if (s) {
                posix_error(vm, s);
                decref(vm, s);
            }
            return VAL_NULL;
        }
        buf[i] = '/';
    }
    free(buf);
    if (mkdir(p, (mode_t)mode) < 0) {
        if (errno == EEXIST && exist_ok && is_dir(p)) return NONE;
        return posix_error(vm, a[0]);
    }
    return NONE;
}

static Value path_call(VM *vm, Value *args, size_t nargs, Value kw, const char *name, int (*fn)(const char *))
{
    const char *p;
    if (!args_check(vm, name, nargs, kw, 1, 1) || !path_arg(vm, name, "path", args[0], &p)) return VAL_NULL;
    if (fn(p) < 0) return posix_error(vm, args[0]);
    return NONE;
}

FN(os_remove) { (void)self; return path_call(vm, args, nargs, kw, "remove", unlink); }
FN(os_unlink) { (void)self; return path_call(vm, args, nargs, kw, "unlink", unlink); }
FN(os_rmdir) { (void)self; return path_call(vm, args, nargs, kw, "rmdir", rmdir); }

static Value rename_like(VM *vm, Value *args, size_t nargs, Value kw, const char *name)
{
    const char *src, *dst;
    if (!args_check(vm, name, nargs, kw, 2, 2) || !path_arg(vm, name, "src", args[0], &src) ||
        !path_arg(vm, name, "dst", args[1], &dst))
        return VAL_NULL;
    if (rename(src, dst) < 0) return err_set_from_errno2(vm, errno, args[0], args[1]);
    return NONE;
}
FN(os_rename) { (void)self; return rename_like(vm, args, nargs, kw, "rename"); }
FN(os_replace) { (void)self; return rename_like(vm, args, nargs, kw, "replace"); }

static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime_int", "st_mtime_int",
    "st_ctime_int", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev",
};
static StructSeqType type_stat_result = STRUCTSEQ_TYPE("stat_result", "os.stat_result", stat_fields, 10, 19);

static Value timespec_float(VM *vm, struct timespec ts) { return float_new(vm, (double)ts.tv_sec + ts.tv_nsec * 1e-9); }
static Value timespec_ns(VM *vm, struct timespec ts)
{
    return int_from_i64(vm, (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static Value stat_result(VM *vm, const struct stat *st)
{
    Value v[19] = {
        int_from_u64(vm, st->st_mode), int_from_u64(vm, st->st_ino), int_from_u64(vm, st->st_dev),
        int_from_u64(vm, st->st_nlink), int_from_u64(vm, st->st_uid), int_from_u64(vm, st->st_gid),
        int_from_i64(vm, st->st_size), int_from_i64(vm, st->st_atim.tv_sec), int_from_i64(vm, st->st_mtim.tv_sec),
        int_from_i64(vm, st->st_ctim.tv_sec), timespec_float(vm, st->st_atim), timespec_float(vm, st->st_mtim),
        timespec_float(vm, st->st_ctim), timespec_ns(vm, st->st_atim), timespec_ns(vm, st->st_mtim),
        timespec_ns(vm, st->st_ctim), int_from_i64(vm, st->st_blksize), int_from_i64(vm, st->st_blocks),
        int_from_u64(vm, st->st_rdev),
    };
    return structseq_new(vm, &type_stat_result, v);
}

static Value stat_like(VM *vm, Value *args, size_t nargs, Value kw, const char *name, bool follow)
{
    Value a[1];
    const char *p;
    if (!args_parse(vm, name, args, nargs, kw, "path", a)) return VAL_NULL;
    struct stat st;
    if (is_int(a[0])) {
        intptr_t fd;
        if (!obj_as_index(vm, a[0], &fd)) return VAL_NULL;
        if (fstat((int)fd, &st) < 0) return posix_error(vm, VAL_NULL);
        return stat_result(vm, &st);
    }
    if (!path_arg(vm, name, "path", a[0], &p)) return VAL_NULL;
    if ((follow ? stat(p, &st) : lstat(p, &st)) < 0) return posix_error(vm, a[0]);
    return stat_result(vm, &st);
}
FN(os_stat) { (void)self; return stat_like(vm, args, nargs, kw, "stat", true); }
FN(os_lstat) { (void)self; return stat_like(vm, args, nargs, kw, "lstat", false); }

FN(os_access)
{
    (void)self;
    const char *p;
    intptr_t mode;
    if (!args_check(vm, "access", nargs, kw, 2, 2) || !path_arg(vm, "access", "path", args[0], &p) ||
        !int_arg(vm, args[1], &mode))
        return VAL_NULL;
    return bool_val(access(p, (int)mode) == 0);
}

/* ---- the environment -------------------------------------------------------------------------- */

static Value environ_dict(VM *vm)
{
    Value d = dict_new(vm);
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        Value k = str_new(vm, *e, (size_t)(eq - *e)), v = k ? str_from_cstr(vm, eq + 1) : VAL_NULL;
        if (!k || !v) {
            /* not UTF-8: skipped, as CPython's surrogateescape would make it unusable as text */
            xdecref(vm, k);
            if (err_occurred(vm)) err_clear(vm);
            continue;
        }
        if (dict_set(vm, d, k, v) < 0) clear_slot(vm, &d);
        decref(vm, k);
        decref(vm, v);
    }
    return d;
}

/* getenv reads os.environ, so assignments to it are seen (as CPython's). */
FN(os_getenv)
{
    Value a[2];
    if (!args_parse(vm, "getenv", args, nargs, kw, "key,|default", a)) return VAL_NULL;
    if (!is_str(a[0])) return err_format(vm, &exc_TypeError, "str expected, not %T", a[0]);
    Value env = dict_get_cstr_borrowed(vm, ((ModuleObj *)as_obj(self))->dict, "environ");
    Value v = env && is_dict(env) ? dict_get_borrowed(vm, env, a[0]) : VAL_NULL;
    if (v) return incref(v);
    if (err_occurred(vm)) return VAL_NULL;
    return incref(a[1] ? a[1] : NONE);
}

FN(os_putenv)
{
    (void)self;
    if (!args_check(vm, "putenv", nargs, kw, 2, 2)) return VAL_NULL;
    if (!is_str(args[0]) || !is_str(args[1])) return err_set_str(vm, &exc_TypeError, "str expected");
    if (setenv(str_cstr(args[0]), str_cstr(args[1]), 1) < 0) return posix_error(vm, VAL_NULL);
    return NONE;
}

/* ---- processes ------------------------------------------------------------------------------ */

FN(os_getpid) { (void)self; (void)args; if (!args_check(vm, "getpid", nargs, kw, 0, 0)) return VAL_NULL; return small(getpid()); }
FN(os_getppid) { (void)self; (void)args; if (!args_check(vm, "getppid", nargs, kw, 0, 0)) return VAL_NULL; return small(getppid()); }
FN(os_getuid) { (void)self; (void)args; if (!args_check(vm, "getuid", nargs, kw, 0, 0)) return VAL_NULL; return small(getuid()); }

FN(os_cpu_count)
{
    (void)self; (void)args;
    if (!args_check(vm, "cpu_count", nargs, kw, 0, 0)) return VAL_NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? small(n) : NONE;
}

FN(os_fork)
{
    (void)self; (void)args;
    if (!args_check(vm, "fork", nargs, kw, 0, 0)) return VAL_NULL;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) return posix_error(vm, VAL_NULL);
    return small(pid);
}

FN(os__exit)
{
    (void)self;
    intptr_t status;
    if (!args_check(vm, "_exit", nargs, kw, 1, 1) || !int_arg(vm, args[0], &status)) return VAL_NULL;
    _exit((int)status);
}

FN(os_waitpid)
{
    (void)self;
    intptr_t pid, options;
    if (!args_check(vm, "waitpid", nargs, kw, 2, 2) || !int_arg(vm, args[0], &pid) || !int_arg(vm, args[1], &options))
        return VAL_NULL;
    int status = 0;
    pid_t r;
    while ((r = waitpid((pid_t)pid, &status, (int)options)) < 0 && errno == EINTR)
        if (!vm_check_interrupt(vm)) return VAL_NULL;
    if (r < 0) return posix_error(vm, VAL_NULL);
    return tuple_pack(vm, 2, small(r), small(status));
}

FN(os_kill)
{
    (void)self;
    intptr_t pid, sig;
    if (!args_check(vm, "kill", nargs, kw, 2, 2) || !int_arg(vm, args[0], &pid) || !int_arg(vm, args[1], &sig))
        return VAL_NULL;
    if (kill((pid_t)pid, (int)sig) < 0) return posix_error(vm, VAL_NULL);
    if (!vm_check_interrupt(vm)) return VAL_NULL;
    return NONE;
}

static Value status_fn(VM *vm, Value *args, size_t nargs, Value kw, const char *name, int which)
{
    intptr_t s;
    if (!args_check(vm, name, nargs, kw, 1, 1) || !int_arg(vm, args[0], &s)) return VAL_NULL;
    int st = (int)s;
    switch (which) {
    case 0: return small(WEXITSTATUS(st));
    case 1: return bool_val(WIFEXITED(st));
    case 2: return bool_val(WIFSIGNALED(st));
    default: return small(WTERMSIG(st));
    }
}
FN(os_WEXITSTATUS) { (void)self; return status_fn(vm, args, nargs, kw, "WEXITSTATUS", 0); }
FN(os_WIFEXITED) { (void)self; return status_fn(vm, args, nargs, kw, "WIFEXITED", 1); }
FN(os_WIFSIGNALED) { (void)self; return status_fn(vm, args, nargs, kw, "WIFSIGNALED", 2); }
FN(os_WTERMSIG) { (void)self; return status_fn(vm, args, nargs, kw, "WTERMSIG", 3); }

FN(os_strerror)
{
    (void)self;
    intptr_t code;
    if (!args_check(vm, "strerror", nargs, kw, 1, 1) || !int_arg(vm, args[0], &code)) return VAL_NULL;
    return str_from_cstr(vm, strerror((int)code));
}

FN(os_urandom)
{
    (void)self;
    intptr_t n;
    if (!args_check(vm, "urandom", nargs, kw, 1, 1) || !int_arg(vm, args[0], &n)) return VAL_NULL;
    if (n < 0) return err_set_str(vm, &exc_ValueError, "negative argument not allowed");
    Value b = bytes_new(vm, NULL, (size_t)n);
    if (!b) return VAL_NULL;
    unsigned char *p = ((BytesObj *)as_obj(b))->data;
    for (size_t got = 0; got < (size_t)n;) {
        ssize_t r = getrandom(p + got, (size_t)n - got, 0);
        if (r < 0 && errno != EINTR) {
            decref(vm, b);
            return posix_error(vm, VAL_NULL);
        }
        if (r > 0) got += (size_t)r;
    }
    return b;
}


/* ---- file descriptors (for subprocess) -------------------------------------------------------- */

/* Descriptors made here are not inherited by child processes (O_CLOEXEC), as CPython's
 * (PEP 446); subprocess dup2()s the ones a child needs onto 0, 1 and 2. */
FN(os_pipe)
{
    (void)self; (void)args;
    if (!args_check(vm, "pipe", nargs, kw, 0, 0)) return VAL_NULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return posix_error(vm, VAL_NULL);
    return tuple_pack(vm, 2, small(fds[0]), small(fds[1]));
}

FN(os_open)
{
    (void)self;
    Value a[3];
    const char *p;
    intptr_t flags, mode = 0777;
    if (!args_parse(vm, "open", args, nargs, kw, "path,flags,|mode", a) || !path_arg(vm, "open", "path", a[0], &p) ||
        !int_arg(vm, a[1], &flags) || (a[2] && !int_arg(vm, a[2], &mode)))
        return VAL_NULL;
    int fd;
    while ((fd = open(p, (int)flags | O_CLOEXEC, (mode_t)mode)) < 0 && errno == EINTR)
        if (!vm_check_interrupt(vm)) return VAL_NULL;
    if (fd < 0) return posix_error(vm, a[0]);
    return small(fd);
}

FN(os_close)
{
    (void)self;
    intptr_t fd;
    if (!args_check(vm, "close", nargs, kw, 1, 1) || !int_arg(vm, args[0], &fd)) return VAL_NULL;
    if (close((int)fd) < 0 && errno != EINTR) return posix_error(vm, VAL_NULL);
    return NONE;
}

FN(os_dup2)
{
    (void)self;
    intptr_t fd, fd2;
    if (!args_check(vm, "dup2", nargs, kw, 2, 2) || !int_arg(vm, args[0], &fd) || !int_arg(vm, args[1], &fd2))
        return VAL_NULL;
    if (dup2((int)fd, (int)fd2) < 0) return posix_error(vm, VAL_NULL);
    return small(fd2);
}

/* read(fd, n): at most n bytes; b'' at end of file.  Retries on EINTR after running signal handlers. */
FN(os_read)
{
    (void)self;
    intptr_t fd, n;
    if (!args_check(vm, "read", nargs, kw, 2, 2) || !int_arg(vm, args[0], &fd) || !int_arg(vm, args[1], &n))
        return VAL_NULL;
    if (n < 0) return err_set_from_errno(vm, EINVAL, VAL_NULL);
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return err_no_memory(vm);
    ssize_t r;
    while ((r = read((int)fd, buf, (size_t)n)) < 0 && errno == EINTR) {
        if (!vm_check_interrupt(vm)) {
            free(buf);
            return VAL_NULL;
        }
    }
    Value b = r < 0 ? posix_error(vm, VAL_NULL) : bytes_new(vm, buf, (size_t)r);
    free(buf);
    return b;
}

/* write(fd, data): the number of bytes written (maybe fewer than len(data)). */
FN(os_write)
{
    (void)self;
    intptr_t fd;
    if (!args_check(vm, "write", nargs, kw, 2, 2) || !int_arg(vm, args[0], &fd)) return VAL_NULL;
    const void *data;
    size_t len;
    if (is_instance_of(args[1], &type_bytes)) {
        data = ((BytesObj *)as_obj(args[1]))->data;
        len = ((BytesObj *)as_obj(args[1]))->len;
    } else if (is_instance_of(args[1], &type_bytearray)) {
        data = ((ByteArrayObj *)as_obj(args[1]))->data;
        len = ((ByteArrayObj *)as_obj(args[1]))->len;
    } else {
        return err_format(vm, &exc_TypeError, "a bytes-like object is required, not '%s'",
                          type_name(type_of(args[1])));
    }
    ssize_t r;
    while ((r = write((int)fd, data, len)) < 0 && errno == EINTR)
        if (!vm_check_interrupt(vm)) return VAL_NULL;
    if (r < 0) return posix_error(vm, VAL_NULL);
    return small(r);
}

FN(os_isatty)
{
    (void)self;
    intptr_t fd;
    if (!args_check(vm, "isatty", nargs, kw, 1, 1) || !int_arg(vm, args[0], &fd)) return VAL_NULL;
    return bool_val(isatty((int)fd));
}

/* waitstatus_to_exitcode(status): the exit code, or -signal for a killed process. */
FN(os_waitstatus_to_exitcode)
{
    (void)self;
    intptr_t s;
    if (!args_check(vm, "waitstatus_to_exitcode", nargs, kw, 1, 1) || !int_arg(vm, args[0], &s)) return VAL_NULL;
    int st = (int)s;
    if (WIFEXITED(st)) return small(WEXITSTATUS(st));
    if (WIFSIGNALED(st)) return small(-WTERMSIG(st));
    return err_format(vm, &exc_ValueError, "invalid wait status: %d", st);
}

static const MethodDef os_functions[] = {
    {"getcwd", os_getcwd, 0}, {"chdir", os_chdir, 0}, {"listdir", os_listdir, 0}, {"mkdir", os_mkdir, 0},
    {"makedirs", os_makedirs, 0}, {"remove", os_remove, 0}, {"unlink", os_unlink, 0}, {"rmdir", os_rmdir, 0},
    {"rename", os_rename, 0}, {"replace", os_replace, 0}, {"stat", os_stat, 0}, {"lstat", os_lstat, 0},
    {"access", os_access, 0}, {"getenv", os_getenv, 0}, {"putenv", os_putenv, 0}, {"getpid", os_getpid, 0},
    {"getppid", os_getppid, 0}, {"getuid", os_getuid, 0}, {"cpu_count", os_cpu_count, 0}, {"fork", os_fork, 0},
    {"_exit", os__exit, 0}, {"waitpid", os_waitpid, 0}, {"kill", os_kill, 0},
    {"WEXITSTATUS", os_WEXITSTATUS, 0}, {"WIFEXITED", os_WIFEXITED, 0}, {"WIFSIGNALED", os_WIFSIGNALED, 0},
    {"WTERMSIG", os_WTERMSIG, 0}, {"strerror", os_strerror, 0}, {"urandom", os_urandom, 0},
    {"pipe", os_pipe, 0}, {"open", os_open, 0}, {"close", os_close, 0}, {"dup2", os_dup2, 0}, {"read", os_read, 0},
    {"write", os_write, 0}, {"isatty", os_isatty, 0}, {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, 0},
    {NULL, NULL, 0},
};

static int add(VM *vm, Value m, const char *name, Value steal)
{
    if (!steal) return -1;
    int r = module_add_object(vm, m, name, steal);
    decref(vm, steal);
    return r;
}

static int add_constants(VM *vm, Value m)
{
    static const struct { const char *name; int value; } ints[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK}, {"WNOHANG", WNOHANG},
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_CREAT", O_CREAT},
        {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND}, {"O_EXCL", O_EXCL}, {"O_CLOEXEC", O_CLOEXEC},
        {"O_NONBLOCK", O_NONBLOCK}, {"SEEK_SET", SEEK_SET},
        {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END}, {"EX_OK", 0},
    };
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
        if (module_add_object(vm, m, ints[i].name, small(ints[i].value)) < 0) return -1;
    static const struct { const char *name, *value; } strs[] = {
        {"sep", "/"}, {"altsep", NULL}, {"linesep", "\n"}, {"curdir", "."}, {"pardir", ".."},
        {"extsep", "."}, {"pathsep", ":"}, {"defpath", "/bin:/usr/bin"}, {"devnull", "/dev/null"}, {"name", "posix"},
    };
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) {
        if (!strs[i].value) {
            if (module_add_object(vm, m, strs[i].name, NONE) < 0) return -1;
        } else if (add(vm, m, strs[i].name, str_from_cstr(vm, strs[i].value)) < 0) {
            return -1;
        }
    }
    return add(vm, m, "environ", environ_dict(vm)) < 0 || module_add_object(vm, m, "error", val(&exc_OSError)) < 0
               ? -1
               : 0;
}

/* os.path: the pith module posixpath; imported after os is in sys.modules
 * so that posixpath may import os. */
static int bind_path(VM *vm, Value m)
{
    Value name = str_from_cstr(vm, "os");
    if (!name || dict_set(vm, vm->modules, name, m) < 0) {
        xdecref(vm, name);
        return -1;
    }
    decref(vm, name);
    Value path = vm_import_module(vm, "posixpath");
    if (!path) return -1;
    int r = module_add_object(vm, m, "path", path);
    if (r == 0) r = dict_set_cstr(vm, vm->modules, "os.path", path);
    decref(vm, path);
    return r;
}

Value stdlib_os_init(VM *vm)
{
    Value name = str_intern_cstr(vm, "os");
    if (!name) return VAL_NULL;
    Value m = type_ready(vm, &type_stat_result.type) == 0 ? module_new(vm, name) : VAL_NULL;
    decref(vm, name);
    if (!m || module_add_functions(vm, m, os_functions) < 0 || add_constants(vm, m) < 0 ||
        module_add_object(vm, m, "stat_result", val(&type_stat_result.type)) < 0 || bind_path(vm, m) < 0) {
        if (m) {
            Value n = str_from_cstr(vm, "os");
            if (n) dict_del_if_present(vm, vm->modules, n);
            xdecref(vm, n);
        }
        xdecref(vm, m);
        return VAL_NULL;
    }
    return m;
}
