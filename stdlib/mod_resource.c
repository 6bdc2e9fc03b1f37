/*
 * The resource module: getrusage (struct_rusage, ru_maxrss in KiB as
 * Linux reports it), getrlimit/setrlimit with the RLIMIT_* constants, and
 * getpagesize.
 */
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#include "stdlib/stdlib.h"
#include "stdlib/structseq.h"
#include "vm/vm.h"

static const char *const rusage_fields[] = {
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
    "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
};
static StructSeqType type_struct_rusage =
    STRUCTSEQ_TYPE("struct_rusage", "resource.struct_rusage", rusage_fields, 16, 16);

static Value seconds(VM *vm, struct timeval tv) { return float_new(vm, (double)tv.tv_sec + tv.tv_usec * 1e-6); }

static bool int_arg(VM *vm, Value v, intptr_t *out)
{
    if (!is_int(v)) {
        err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(type_of(v)));
        return false;
    }
    return obj_as_index(vm, v, out);
}

static Value res_getrusage(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    intptr_t who;
    if (!args_check(vm, "getrusage", nargs, kw, 1, 1) || !int_arg(vm, args[0], &who)) return VAL_NULL;
    struct rusage ru;
    if (getrusage((int)who, &ru) < 0) {
        if (errno == EINVAL) return err_set_str(vm, &exc_ValueError, "invalid who parameter");
        return err_set_from_errno(vm, errno, VAL_NULL);
    }
    Value v[16] = {
        seconds(vm, ru.ru_utime), seconds(vm, ru.ru_stime), int_from_i64(vm, ru.ru_maxrss),
        int_from_i64(vm, ru.ru_ixrss), int_from_i64(vm, ru.ru_idrss), int_from_i64(vm, ru.ru_isrss),
        int_from_i64(vm, ru.ru_minflt), int_from_i64(vm, ru.ru_majflt), int_from_i64(vm, ru.ru_nswap),
        int_from_i64(vm, ru.ru_inblock), int_from_i64(vm, ru.ru_oublock), int_from_i64(vm, ru.ru_msgsnd),
        int_from_i64(vm, ru.ru_msgrcv), int_from_i64(vm, ru.ru_nsignals), int_from_i64(vm, ru.ru_nvcsw),
        int_from_i64(vm, ru.ru_nivcsw),
    };
    return structseq_new(vm, &type_struct_rusage, v);
}

static Value limit_value(VM *vm, rlim_t r)
{
    return r == RLIM_INFINITY ? small(-1) : int_from_u64(vm, (uint64_t)r);
}

static bool resource_arg(VM *vm, Value v, int *out)
{
    intptr_t r;
    if (!int_arg(vm, v, &r)) return false;
    if (r < 0 || r >= RLIM_NLIMITS) {
        err_set_str(vm, &exc_ValueError, "invalid resource specified");
        return false;
    }
    *out = (int)r;
    return true;
}

static Value res_getrlimit(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    int r;
    if (!args_check(vm, "getrlimit", nargs, kw, 1, 1) || !resource_arg(vm, args[0], &r)) return VAL_NULL;
    struct rlimit rl;
    if (getrlimit(r, &rl) < 0) return err_set_from_errno(vm, errno, VAL_NULL);
    Value soft = limit_value(vm, rl.rlim_cur), hard = soft ? limit_value(vm, rl.rlim_max) : VAL_NULL;
    Value t = hard ? tuple_pack(vm, 2, soft, hard) : VAL_NULL;
    xdecref(vm, soft);
    xdecref(vm, hard);
    return t;
}

static bool limit_arg(VM *vm, Value v, rlim_t *out)
{
    intptr_t n;
    if (!int_arg(vm, v, &n)) return false;
    *out = n < 0 ? RLIM_INFINITY : (rlim_t)n;
    return true;
}

static Value res_setrlimit(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    int r;
    if (!args_check(vm, "setrlimit", nargs, kw, 2, 2) || !resource_arg(vm, args[0], &r)) return VAL_NULL;
    Value lim = args[1];
    if (!is_tuple(lim) && !is_list(lim))
        return err_set_str(vm, &exc_ValueError, "expected a tuple of 2 integers");
    size_t n = is_tuple(lim) ? as_tuple(lim)->len : as_list(lim)->len;
    Value *items = is_tuple(lim) ? as_tuple(lim)->items : as_list(lim)->items;
    if (n != 2) return err_set_str(vm, &exc_ValueError, "expected a tuple of 2 integers");
    struct rlimit rl;
    if (!limit_arg(vm, items[0], &rl.rlim_cur) || !limit_arg(vm, items[1], &rl.rlim_max)) return VAL_NULL;
    if (setrlimit(r, &rl) < 0) {
        if (errno == EINVAL) return err_set_str(vm, &exc_ValueError, "current limit exceeds maximum limit");
        if (errno == EPERM) return err_set_str(vm, &exc_ValueError, "not allowed to raise maximum limit");
        return err_set_from_errno(vm, errno, VAL_NULL);
    }
    return NONE;
}

static Value res_getpagesize(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "getpagesize", nargs, kw, 0, 0)) return VAL_NULL;
    return small(sysconf(_SC_PAGESIZE));
}

static const MethodDef resource_functions[] = {
    {"getrusage", res_getrusage, 0}, {"getrlimit", res_getrlimit, 0}, {"setrlimit", res_setrlimit, 0},
    {"getpagesize", res_getpagesize, 0}, {NULL, NULL, 0},
};

static int add_constants(VM *vm, Value m)
{
    static const struct { const char *name; int value; } ints[] = {
        {"RUSAGE_SELF", RUSAGE_SELF}, {"RUSAGE_CHILDREN", RUSAGE_CHILDREN}, {"RUSAGE_BOTH", -2},
        {"RUSAGE_THREAD", RUSAGE_THREAD}, {"RLIMIT_CPU", RLIMIT_CPU}, {"RLIMIT_FSIZE", RLIMIT_FSIZE},
        {"RLIMIT_DATA", RLIMIT_DATA}, {"RLIMIT_STACK", RLIMIT_STACK}, {"RLIMIT_CORE", RLIMIT_CORE},
        {"RLIMIT_RSS", RLIMIT_RSS}, {"RLIMIT_NPROC", RLIMIT_NPROC}, {"RLIMIT_NOFILE", RLIMIT_NOFILE},
        {"RLIMIT_MEMLOCK", RLIMIT_MEMLOCK}, {"RLIMIT_AS", RLIMIT_AS}, {"RLIM_INFINITY", -1},
    };
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
        if (module_add_object(vm, m, ints[i].name, small(ints[i].value)) < 0) return -1;
    return module_add_object(vm, m, "error", val(&exc_OSError));
}

Value stdlib_resource_init(VM *vm)
{
    if (type_ready(vm, &type_struct_rusage.type) < 0) return VAL_NULL;
    Value name = str_intern_cstr(vm, "resource");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (m && (module_add_functions(vm, m, resource_functions) < 0 || add_constants(vm, m) < 0 ||
              module_add_object(vm, m, "struct_rusage", val(&type_struct_rusage.type)) < 0))
        clear_slot(vm, &m);
    return m;
}
