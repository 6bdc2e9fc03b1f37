/*
 * _posixsubprocess: the one primitive subprocess.py (stdlib/lib) cannot
 * write in pith: fork, arrange the child's standard streams and directory,
 * and exec, reporting an exec or chdir failure back to the parent as the
 * OSError CPython raises (FileNotFoundError: [Errno 2] No such file or
 * directory: 'cmd').  Everything the child needs is built before fork, so
 * the child only makes system calls.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

/* What a failing child writes into the error pipe. */
typedef struct ChildError { int err; int in_chdir; } ChildError;

static void free_strv(char **v)
{
    if (!v) return;
    for (char **p = v; *p; p++) free(*p);
    free(v);
}

static char *dup_text(VM *vm, Value v, const char *what)
{
    const char *s;
    size_t n;
    if (is_str(v)) {
        s = str_cstr(v);
        n = str_nbytes(as_str(v));
    } else if (is_instance_of(v, &type_bytes)) {
        s = (const char *)((BytesObj *)as_obj(v))->data;
        n = ((BytesObj *)as_obj(v))->len;
    } else {
        err_format(vm, &exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(type_of(v)));
        return NULL;
    }
    if (memchr(s, 0, n)) {
        err_format(vm, &exc_ValueError, "embedded null byte");
        return NULL;
    }
    (void)what;
    char *c = malloc(n + 1);
    if (!c) {
        err_no_memory(vm);
        return NULL;
    }
    memcpy(c, s, n + 1);
    return c;
}

/* argv from a list or tuple of str/bytes: malloc'ed, NULL-terminated. */
static char **argv_of(VM *vm, Value seq)
{
    if (!is_list(seq) && !is_tuple(seq)) {
        err_set_str(vm, &exc_TypeError, "args must be a list or tuple");
        return NULL;
    }
    size_t n = is_list(seq) ? as_list(seq)->len : as_tuple(seq)->len;
    Value *items = is_list(seq) ? as_list(seq)->items : as_tuple(seq)->items;
    char **v = calloc(n + 1, sizeof *v);
    if (!v) {
        err_no_memory(vm);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (!(v[i] = dup_text(vm, items[i], "args"))) {
            free_strv(v);
            return NULL;
        }
    }
    return v;
}

/* envp from a dict of str -> str. */
static char **envp_of(VM *vm, Value env)
{
    if (!is_dict(env)) {
        err_set_str(vm, &exc_TypeError, "env must be a mapping");
        return NULL;
    }
    char **v = calloc(as_dict(env)->used + 1, sizeof *v);
    if (!v) {
        err_no_memory(vm);
        return NULL;
    }
    size_t pos = 0, i = 0;
    Value k, x;
    while (dict_next(env, &pos, &k, &x)) {
        char *ks = dup_text(vm, k, "env"), *xs = ks ? dup_text(vm, x, "env") : NULL;
        if (ks && strchr(ks, '=')) {
            err_set_str(vm, &exc_ValueError, "illegal environment variable name");
            free(xs);
            xs = NULL;
        }
        char *kv = xs ? malloc(strlen(ks) + strlen(xs) + 2) : NULL;
        if (kv) sprintf(kv, "%s=%s", ks, xs);
        else if (xs) err_no_memory(vm);
        free(ks);
        free(xs);
        if (!kv) {
            free_strv(v);
            return NULL;
        }
        v[i++] = kv;
    }
    return v;
}

/* Makes fd the child's descriptor `target` (inheritable). */
static int child_place(int fd, int target)
{
    if (fd < 0) return 0;
    if (fd == target) {
        int fl = fcntl(fd, F_GETFD);
        return fl < 0 ? -1 : fcntl(fd, F_SETFD, fl & ~FD_CLOEXEC);
    }
    return dup2(fd, target) < 0 ? -1 : 0;
}

static void child_fail(int errfd, int err, int in_chdir)
{
    ChildError e = {err, in_chdir};
    ssize_t w = write(errfd, &e, sizeof e);
    (void)w;
    _exit(255);
}

/* Runs in the child after fork: only system calls. */
static void child_exec(const char *exe, char **argv, char **envp, const char *cwd, int in, int out, int err,
                       bool new_session, int errfd)
{
    sigset_t all;
    sigemptyset(&all);
    sigprocmask(SIG_SETMASK, &all, NULL);
    signal(SIGPIPE, SIG_DFL);   /* pith ignores it; the child gets the default back, as from CPython */
    /* descriptors that must not be clobbered by an earlier dup2 are moved out of 0..2 first */
    if (out == 0) out = fcntl(out, F_DUPFD_CLOEXEC, 3);
    if (err == 0 || err == 1) err = fcntl(err, F_DUPFD_CLOEXEC, 3);
    if (child_place(in, 0) < 0 || child_place(out, 1) < 0) child_fail(errfd, errno, 0);
    if (err == -2 ? dup2(1, 2) < 0 : child_place(err, 2) < 0) child_fail(errfd, errno, 0);
    if (cwd && chdir(cwd) < 0) child_fail(errfd, errno, 1);
    if (new_session) setsid();
    if (envp) execvpe(exe, argv, envp);
    else execvp(exe, argv);
    child_fail(errfd, errno, 0);
}

/* fork_exec(args, executable, cwd, env, stdin_fd, stdout_fd, stderr_fd, start_new_session):
 * the child's pid.  A fd of -1 leaves the parent's stream; stderr_fd -2 means "same as stdout";
 * executable and cwd may be None; env None inherits the environment. */
static Value ps_fork_exec(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "fork_exec", nargs, kw, 8, 8)) return VAL_NULL;
    intptr_t fds[3];
    for (int i = 0; i < 3; i++)
        if (!obj_as_index(vm, args[4 + i], &fds[i])) return VAL_NULL;
    int new_session = obj_truth(vm, args[7]);
    if (new_session < 0) return VAL_NULL;
    char **argv = argv_of(vm, args[0]);
    if (!argv) return VAL_NULL;
    if (!argv[0]) {
        free_strv(argv);
        return err_set_str(vm, &exc_IndexError, "list index out of range");
    }
    Value exe_v = args[1] != NONE ? args[1] : is_list(args[0]) ? as_list(args[0])->items[0] : as_tuple(args[0])->items[0];
    char *exe = dup_text(vm, exe_v, "executable");
    char *cwd = exe && args[2] != NONE ? dup_text(vm, args[2], "cwd") : NULL;
    char **envp = exe && args[3] != NONE ? envp_of(vm, args[3]) : NULL;
    int errpipe[2] = {-1, -1};
    pid_t pid = -1;
    if (!exe || (args[2] != NONE && !cwd) || (args[3] != NONE && !envp)) goto done;
    if (pipe2(errpipe, O_CLOEXEC) < 0) {
        err_set_from_errno(vm, errno, VAL_NULL);
        goto done;
    }
    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid == 0)
        child_exec(exe, argv, envp, cwd, (int)fds[0], (int)fds[1], (int)fds[2], new_session, errpipe[1]);
    if (pid < 0) {
        err_set_from_errno(vm, errno, VAL_NULL);
        goto done;
    }
    close(errpipe[1]);
    errpipe[1] = -1;
    ChildError e;
    ssize_t got;
    while ((got = read(errpipe[0], &e, sizeof e)) < 0 && errno == EINTR) {}
    if (got == (ssize_t)sizeof e) {   /* exec or chdir failed: reap the child, raise its error */
        int st;
        while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
        err_set_from_errno(vm, e.err, e.in_chdir ? args[2] : exe_v);
        pid = -1;
    }
done:
    if (errpipe[0] >= 0) close(errpipe[0]);
    if (errpipe[1] >= 0) close(errpipe[1]);
    free_strv(argv);
    free_strv(envp);
    free(exe);
    free(cwd);
    return pid < 0 ? VAL_NULL : small(pid);
}

static const MethodDef ps_functions[] = {{"fork_exec", ps_fork_exec, 0}, {NULL, NULL, 0}};

Value stdlib_posixsubprocess_init(VM *vm)
{
    Value name = str_intern_cstr(vm, "_posixsubprocess");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (m && module_add_functions(vm, m, ps_functions) < 0) clear_slot(vm, &m);
    return m;
}
