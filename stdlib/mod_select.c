/*
 * The select module: select.select() over descriptors (ints or objects
 * with fileno()), built on poll(2) so any descriptor number works.
 * subprocess.py's communicate() uses it to feed and drain pipes with a
 * timeout.
 */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

static bool fd_of(VM *vm, Value v, int *fd)
{
    intptr_t i;
    if (is_int(v)) {
        if (!obj_as_index(vm, v, &i)) return false;
    } else {
        Value name = str_intern_cstr(vm, "fileno");
        Value r = name ? obj_lookup_attr(vm, v, name) : VAL_NULL;
        xdecref(vm, name);
        if (!r) {
            if (!err_occurred(vm)) err_set_str(vm, &exc_TypeError, "argument must be an int, or have a fileno() method.");
            return false;
        }
        Value n = obj_call0(vm, r);
        decref(vm, r);
        if (!n) return false;
        bool ok = is_int(n) && obj_as_index(vm, n, &i);
        if (!ok && !err_occurred(vm)) err_set_str(vm, &exc_TypeError, "fileno() returned a non-integer");
        decref(vm, n);
        if (!ok) return false;
    }
    if (i < 0) {
        err_format(vm, &exc_ValueError, "file descriptor cannot be a negative integer (%zd)", i);
        return false;
    }
    *fd = (int)i;
    return true;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* select(rlist, wlist, xlist[, timeout]): three lists of the objects that are ready. */
static Value sel_select(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "select", nargs, kw, 3, 4)) return VAL_NULL;
    double timeout = -1;
    if (nargs == 4 && args[3] != NONE) {
        if (is_instance_of(args[3], &type_float)) timeout = float_val(args[3]);
        else if (is_int(args[3])) {
            bool ok;
            timeout = int_to_double(vm, args[3], &ok);
            if (!ok) return VAL_NULL;
        } else {
            return err_set_str(vm, &exc_TypeError, "timeout must be a float or None");
        }
        if (timeout < 0) return err_set_str(vm, &exc_ValueError, "timeout must be non-negative");
    }
    Value lists[3] = {VAL_NULL, VAL_NULL, VAL_NULL}, out = VAL_NULL;
    struct pollfd *pfd = NULL;
    size_t n = 0, cap = 0;
    for (int k = 0; k < 3; k++) {
        if (!(lists[k] = list_from_iterable(vm, args[k]))) goto done;
        cap += as_list(lists[k])->len;
    }
    pfd = calloc(cap ? cap : 1, sizeof *pfd);
    if (!pfd) {
        err_no_memory(vm);
        goto done;
    }
    static const short events[3] = {POLLIN, POLLOUT, POLLPRI};
    for (int k = 0; k < 3; k++)
        for (size_t i = 0; i < as_list(lists[k])->len; i++) {
            if (!fd_of(vm, as_list(lists[k])->items[i], &pfd[n].fd)) goto done;
            pfd[n++].events = events[k];
        }
    double deadline = timeout < 0 ? 0 : now() + timeout;
    for (;;) {
        int ms = timeout < 0 ? -1 : (int)ceil(fmax(0, deadline - now()) * 1000);
        int r = poll(pfd, n, ms);
        if (r >= 0) break;
        if (errno != EINTR) {
            err_set_from_errno(vm, errno, VAL_NULL);
            goto done;
        }
        if (!vm_check_interrupt(vm)) goto done;
    }
    out = tuple_new(vm, 3);
    if (!out) goto done;
    size_t at = 0;
    for (int k = 0; k < 3; k++) {
        Value ready = list_new(vm, 0);
        as_tuple(out)->items[k] = ready;
        if (!ready) break;
        for (size_t i = 0; i < as_list(lists[k])->len; i++, at++) {
            short hit = pfd[at].revents & (k == 0 ? (POLLIN | POLLHUP | POLLERR) : k == 1 ? (POLLOUT | POLLERR) : POLLPRI);
            if (hit && list_append(vm, ready, as_list(lists[k])->items[i]) < 0) break;
        }
    }
    for (int k = 0; k < 3; k++)
        if (!as_tuple(out)->items[k] || err_occurred(vm)) {
            for (int j = 0; j < 3; j++) if (!as_tuple(out)->items[j]) as_tuple(out)->items[j] = NONE;
            clear_slot(vm, &out);
            break;
        }
    if (out) tuple_done(vm, out);
done:
    free(pfd);
    for (int k = 0; k < 3; k++) xdecref(vm, lists[k]);
    return out;
}

static const MethodDef select_functions[] = {{"select", sel_select, 0}, {NULL, NULL, 0}};

Value stdlib_select_init(VM *vm)
{
    Value name = str_intern_cstr(vm, "select");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (m && (module_add_functions(vm, m, select_functions) < 0 || module_add_object(vm, m, "error", val(&exc_OSError)) < 0))
        clear_slot(vm, &m);
    return m;
}
