/*
 * The time module: clocks (time, monotonic, perf_counter, process_time and
 * their _ns forms) and sleep.  sleep is interruptible: Ctrl-C raises
 * KeyboardInterrupt as in CPython.
 */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

#define FN(name) static Value name(VM *vm, Value self, Value *args, size_t nargs, Value kw)

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Value clock_fn(VM *vm, size_t nargs, Value kw, const char *name, clockid_t id, bool ns)
{
    if (!args_check(vm, name, nargs, kw, 0, 0)) return VAL_NULL;
    return ns ? int_from_i64(vm, clock_ns(id)) : float_new(vm, clock_seconds(id));
}

FN(time_time) { (void)self; (void)args; return clock_fn(vm, nargs, kw, "time", CLOCK_REALTIME, false); }
FN(time_time_ns) { (void)self; (void)args; return clock_fn(vm, nargs, kw, "time_ns", CLOCK_REALTIME, true); }
FN(time_monotonic) { (void)self; (void)args; return clock_fn(vm, nargs, kw, "monotonic", CLOCK_MONOTONIC, false); }
FN(time_monotonic_ns) { (void)self; (void)args; return clock_fn(vm, nargs, kw, "monotonic_ns", CLOCK_MONOTONIC, true); }
FN(time_perf_counter) { (void)self; (void)args; return clock_fn(vm, nargs, kw, "perf_counter", CLOCK_MONOTONIC, false); }
FN(time_perf_counter_ns) { (void)self; (void)args; return clock_fn(vm, nargs, kw, "perf_counter_ns", CLOCK_MONOTONIC, true); }
FN(time_process_time) { (void)self; (void)args; return clock_fn(vm, nargs, kw, "process_time", CLOCK_PROCESS_CPUTIME_ID, false); }
FN(time_process_time_ns) { (void)self; (void)args; return clock_fn(vm, nargs, kw, "process_time_ns", CLOCK_PROCESS_CPUTIME_ID, true); }

FN(time_sleep)
{
    (void)self;
    if (!args_check(vm, "sleep", nargs, kw, 1, 1)) return VAL_NULL;
    double secs;
    if (is_int(args[0])) {
        bool ok = true;
        secs = int_to_double(vm, args[0], &ok);
        if (!ok) return VAL_NULL;
    } else if (is_instance_of(args[0], &type_float)) {
        secs = float_val(args[0]);
    } else {
        return err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          type_name(type_of(args[0])));
    }
    if (isnan(secs)) return err_set_str(vm, &exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return err_set_str(vm, &exc_ValueError, "sleep length must be non-negative");
    struct timespec req = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&req, &req) < 0 && errno == EINTR)
        if (!vm_check_interrupt(vm)) return VAL_NULL;
    return NONE;
}

static const MethodDef time_functions[] = {
    {"time", time_time, 0}, {"time_ns", time_time_ns, 0}, {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0}, {"perf_counter", time_perf_counter, 0},
    {"perf_counter_ns", time_perf_counter_ns, 0}, {"process_time", time_process_time, 0},
    {"process_time_ns", time_process_time_ns, 0}, {"sleep", time_sleep, 0}, {NULL, NULL, 0},
};

Value stdlib_time_init(VM *vm)
{
    Value name = str_intern_cstr(vm, "time");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (!m || module_add_functions(vm, m, time_functions) < 0) {
        xdecref(vm, m);
        return VAL_NULL;
    }
    return m;
}
