/*
 * The sys module.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stdlib/stdlib.h"
#include "stdlib/structseq.h"
#include "vm/vm.h"

#define PITH_VERSION "0.1.0"

static Value sys_exit(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "exit", nargs, kw, 0, 1)) return VAL_NULL;
    if (nargs == 0) return err_set_none(vm, &exc_SystemExit);
    return err_set_value(vm, &exc_SystemExit, args[0]);
}

/* CPython 3.11 counts statically allocated objects from 999999999; small
 * ints here are immediates, so they report a large constant the same way. */
#define IMMEDIATE_REFCOUNT 1000000000

static Value sys_getrefcount(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "getrefcount", nargs, kw, 1, 1)) return VAL_NULL;
    if (is_small(args[0])) return small(IMMEDIATE_REFCOUNT);
    intptr_t rc = as_obj(args[0])->refcnt;
    if (rc >= (intptr_t)STATIC_REFCNT / 2) return small(IMMEDIATE_REFCOUNT + (rc - (intptr_t)STATIC_REFCNT));
    return small(rc);
}

/* CPython's _PySys_GetSizeOf: type(o).__sizeof__(o) checked to be a
 * non-negative int, plus the GCHead in front of collector-tracked objects. */
static bool size_of(VM *vm, Value o, size_t *out)
{
    Value name = str_intern_cstr(vm, "__sizeof__");
    if (!name) return false;
    Value method = type_lookup_borrowed(type_of(o), name);
    decref(vm, name);
    if (!method) {
        err_format(vm, &exc_TypeError, "Type %s doesn't define __sizeof__", type_name(type_of(o)));
        return false;
    }
    Type *mt = type_of(method);
    Value bound = mt->descr_get ? mt->descr_get(vm, method, o, val(type_of(o))) : incref(method);
    Value r = bound ? obj_call0(vm, bound) : VAL_NULL;
    xdecref(vm, bound);
    if (!r) return false;
    if (!is_int(r)) {
        decref(vm, r);
        err_set_str(vm, &exc_TypeError, "an integer is required");
        return false;
    }
    int64_t n;
    bool fits = int_to_i64(vm, r, &n);
    decref(vm, r);
    if (!fits) {
        err_clear(vm);
        err_set_str(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    if (n < 0) {
        err_set_str(vm, &exc_ValueError, "__sizeof__() should return >= 0");
        return false;
    }
    *out = (size_t)n + (!is_small(o) && obj_is_gc(as_obj(o)) ? sizeof(GCHead) : 0);
    return true;
}

/* sys.getsizeof(object[, default]): the default stands in for a TypeError. */
static Value sys_getsizeof(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    size_t nkw = kw ? as_tuple(kw)->len : 0;
    if (nargs + nkw > 2)
        return err_format(vm, &exc_TypeError, "getsizeof() takes at most 2 arguments (%zu given)", nargs + nkw);
    bool has_object = nargs > 0;
    for (size_t i = 0; i < nkw; i++) has_object |= strcmp(str_cstr(as_tuple(kw)->items[i]), "object") == 0;
    if (!has_object) return err_set_str(vm, &exc_TypeError, "getsizeof() missing required argument 'object' (pos 1)");
    for (size_t i = 0; i < nkw; i++) {
        const char *k = str_cstr(as_tuple(kw)->items[i]);
        if (strcmp(k, "object") != 0 && strcmp(k, "default") != 0)
            return err_format(vm, &exc_TypeError, "'%s' is an invalid keyword argument for getsizeof()", k);
    }
    Value a[2];
    if (!args_parse(vm, "getsizeof", args, nargs, kw, "object,|default", a)) return VAL_NULL;
    size_t size;
    if (size_of(vm, a[0], &size)) return int_from_u64(vm, size);
    if (!a[1] || !err_matches(vm, &exc_TypeError)) return VAL_NULL;
    err_clear(vm);
    return incref(a[1]);
}

/* The blocks the allocator has handed out and not had back (gc/alloc.c). */
static Value sys_getallocatedblocks(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "sys.getallocatedblocks", nargs, kw, 0, 0)) return VAL_NULL;
    return int_from_u64(vm, vm->gc.blocks);
}

static Value sys_getrecursionlimit(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "getrecursionlimit", nargs, kw, 0, 0)) return VAL_NULL;
    return small(vm->recursion_limit);
}

static Value sys_setrecursionlimit(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "setrecursionlimit", nargs, kw, 1, 1)) return VAL_NULL;
    if (!is_int(args[0])) return err_set_str(vm, &exc_TypeError, "'float' object cannot be interpreted as an integer");
    intptr_t n;
    if (!obj_as_index(vm, args[0], &n)) return VAL_NULL;
    if (n < 1) return err_set_str(vm, &exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT_MAX) return err_set_str(vm, &exc_OverflowError, "Python int too large to convert to C int");
    vm->recursion_limit = (int)n;
    return NONE;
}

/* sys.exc_info() and sys.exception(): the exception an except block
 * handles (a generator's own while it runs, see vm/vm.c). */
static Value sys_exc_info(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "exc_info", nargs, kw, 0, 0)) return VAL_NULL;
    Value e = vm->handled;
    if (!e) return tuple_pack(vm, 3, NONE, NONE, NONE);
    Value tb = ((ExcObj *)as_obj(e))->traceback;
    return tuple_pack(vm, 3, val(type_of(e)), e, tb ? tb : NONE);
}

static Value sys_exception(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "exception", nargs, kw, 0, 0)) return VAL_NULL;
    return vm->handled ? incref(vm->handled) : NONE;
}

/* sys._getframe([depth]): the caller's frame object, or one `depth`
 * calls further out. */
static Value sys_getframe(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "_getframe", nargs, kw, 0, 1)) return VAL_NULL;
    intptr_t depth = 0;
    if (nargs && !obj_as_index(vm, args[0], &depth)) return VAL_NULL;
    Frame *f = vm->frame;
    for (; f && depth > 0; depth--) f = f->back;
    if (!f) return err_set_str(vm, &exc_ValueError, "call stack is not deep enough");
    return vm_frame_object(vm, f);
}

/* sys.unraisablehook's argument, as CPython's UnraisableHookArgs. */
static const char *const unraisable_fields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"};
static StructSeqType type_unraisable_hook_args =
    STRUCTSEQ_TYPE("UnraisableHookArgs", "UnraisableHookArgs", unraisable_fields, 5, 5);

Value stdlib_unraisable_hook_args(VM *vm, Value exc, Value err_msg, Value obj)
{
    Value tb = is_exception(exc) ? ((ExcObj *)as_obj(exc))->traceback : VAL_NULL;
    Value items[5] = {incref(val(type_of(exc))), incref(exc), incref(tb ? tb : NONE), incref(err_msg), incref(obj)};
    return structseq_new(vm, &type_unraisable_hook_args, items);
}

/* The default sys.unraisablehook (also sys.__unraisablehook__). */
static Value sys_unraisablehook(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "unraisablehook", nargs, kw, 1, 1)) return VAL_NULL;
    if (!is_type(args[0], &type_unraisable_hook_args.type))
        return err_set_str(vm, &exc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
    TupleObj *u = as_tuple(args[0]);
    vm_write_unraisable_default(vm, u->items[1], u->items[3], u->items[4]);
    return NONE;
}

static const MethodDef sys_functions[] = {
    {"unraisablehook", sys_unraisablehook, 0},
    {"_getframe", sys_getframe, 0},
    {"exit", sys_exit, 0},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {"getrefcount", sys_getrefcount, 0},
    {"getsizeof", sys_getsizeof, 0},
    {"getallocatedblocks", sys_getallocatedblocks, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {NULL, NULL, 0},
};

static Value make_argv(VM *vm, int argc, char **argv)
{
    Value l = list_new(vm, 0);
    if (!l) return VAL_NULL;
    for (int i = 0; i < argc; i++) {
        Value s = str_from_cstr(vm, argv[i]);
        if (!s || list_append_steal(vm, l, s) < 0) {
            decref(vm, l);
            return VAL_NULL;
        }
    }
    if (argc == 0) {
        Value s = str_new(vm, "", 0);
        if (!s || list_append_steal(vm, l, s) < 0) {
            decref(vm, l);
            return VAL_NULL;
        }
    }
    return l;
}

static Value executable_path(VM *vm)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0) return str_new(vm, "", 0);
    return str_new(vm, buf, (size_t)n);
}

static int add(VM *vm, Value m, const char *name, Value v)
{
    if (!v) return -1;
    int r = module_add_object(vm, m, name, v);
    decref(vm, v);
    return r;
}

/* sys.version_info: the CPython version pith follows, as a struct sequence. */
static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static StructSeqType type_version_info =
    STRUCTSEQ_TYPE("version_info", "sys.version_info", version_info_fields, 5, 5);

static Value version_info(VM *vm)
{
    Value items[5] = {small(3), small(11), small(7), str_from_cstr(vm, "final"), small(0)};
    return structseq_new(vm, &type_version_info, items);
}

/* sys.implementation: a SimpleNamespace naming pith. */
static Value implementation(VM *vm)
{
    Value d = dict_new(vm), v = d ? version_info(vm) : VAL_NULL;
    Value name = v ? str_from_cstr(vm, "pith") : VAL_NULL;
    Value tag = name ? str_from_cstr(vm, "pith-311") : VAL_NULL;
    Value ns = VAL_NULL;
    if (tag && dict_set_cstr(vm, d, "name", name) == 0 && dict_set_cstr(vm, d, "cache_tag", tag) == 0 &&
        dict_set_cstr(vm, d, "version", v) == 0 && dict_set_cstr(vm, d, "hexversion", small(0x030b07f0)) == 0)
        ns = namespace_new(vm, d);
    xdecref(vm, d);
    xdecref(vm, v);
    xdecref(vm, name);
    xdecref(vm, tag);
    return ns;
}

Value stdlib_sys_init(VM *vm, int argc, char **argv)
{
    Value name = str_intern_cstr(vm, "sys");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (!m || module_add_functions(vm, m, sys_functions) < 0) goto fail;
    if (add(vm, m, "argv", make_argv(vm, argc, argv)) < 0 || add(vm, m, "path", list_new(vm, 0)) < 0 ||
        module_add_object(vm, m, "modules", vm->modules) < 0 ||
        add(vm, m, "stdout", file_new(vm, stdout, "<stdout>", "w", false)) < 0 ||
        add(vm, m, "stderr", file_new(vm, stderr, "<stderr>", "w", false)) < 0 ||
        add(vm, m, "stdin", file_new(vm, stdin, "<stdin>", "r", false)) < 0 ||
        add(vm, m, "maxsize", int_from_i64(vm, INTPTR_MAX)) < 0 ||
        add(vm, m, "version", str_from_cstr(vm, "3.11.7 (pith " PITH_VERSION ")")) < 0 ||
        add(vm, m, "platform", str_from_cstr(vm, "linux")) < 0 ||
        add(vm, m, "byteorder", str_from_cstr(vm, "little")) < 0 ||
        add(vm, m, "executable", executable_path(vm)) < 0 || add(vm, m, "version_info", version_info(vm)) < 0 ||
        add(vm, m, "implementation", implementation(vm)) < 0 || add(vm, m, "hexversion", small(0x030b07f0)) < 0)
        goto fail;
    if (dict_set_cstr(vm, ((ModuleObj *)as_obj(m))->dict, "__unraisablehook__",
                      dict_get_cstr_borrowed(vm, ((ModuleObj *)as_obj(m))->dict, "unraisablehook")) < 0)
        goto fail;
    if (dict_set_cstr(vm, ((ModuleObj *)as_obj(m))->dict, "__stdout__",
                      dict_get_cstr_borrowed(vm, ((ModuleObj *)as_obj(m))->dict, "stdout")) < 0 ||
        dict_set_cstr(vm, ((ModuleObj *)as_obj(m))->dict, "__stderr__",
                      dict_get_cstr_borrowed(vm, ((ModuleObj *)as_obj(m))->dict, "stderr")) < 0)
        goto fail;
    return m;
fail:
    xdecref(vm, m);
    return VAL_NULL;
}

const char *stdlib_version(void) { return PITH_VERSION; }
