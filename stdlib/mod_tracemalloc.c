/*
 * _tracemalloc: the native half of tracemalloc (stdlib/lib/tracemalloc.py
 * adds Snapshot, Statistic, Traceback, Filter ... as CPython's Lib does).
 * The tracing itself is the allocator's (gc/trace.c); this file converts
 * its traces to Python values with CPython's shapes: a traceback is a tuple
 * of (filename, lineno), most recent frame first.
 */
#include "stdlib/stdlib.h"
#include "vm/vm.h"

#define MAX_NFRAME 65535

static Value tm_is_tracing(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "is_tracing", nargs, kw, 0, 0)) return VAL_NULL;
    return bool_val(gc_trace_is_tracing(vm));
}

static Value tm_start(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (kw && as_tuple(kw)->len) return err_set_str(vm, &exc_TypeError, "_tracemalloc.start() takes no keyword arguments");
    if (!args_check(vm, "start", nargs, kw, 0, 1)) return VAL_NULL;
    intptr_t n = 1;
    if (nargs) {
        if (!is_int(args[0]))
            return err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(type_of(args[0])));
        if (!obj_as_index(vm, args[0], &n)) return VAL_NULL;
    }
    if (n < 1 || n > MAX_NFRAME)
        return err_set_str(vm, &exc_ValueError, "the number of frames must be in range [1; 65535]");
    return gc_trace_start(vm, (int)n) ? NONE : VAL_NULL;
}

static Value tm_stop(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "stop", nargs, kw, 0, 0)) return VAL_NULL;
    gc_trace_stop(vm);
    return NONE;
}

static Value tm_clear_traces(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "clear_traces", nargs, kw, 0, 0)) return VAL_NULL;
    return gc_trace_clear(vm) ? NONE : VAL_NULL;
}

static Value tm_get_traced_memory(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "get_traced_memory", nargs, kw, 0, 0)) return VAL_NULL;
    size_t current, peak;
    gc_trace_memory(vm, &current, &peak);
    Value c = int_from_u64(vm, current), p = c ? int_from_u64(vm, peak) : VAL_NULL;
    Value r = p ? tuple_pack(vm, 2, c, p) : VAL_NULL;
    xdecref(vm, c);
    xdecref(vm, p);
    return r;
}

static Value tm_reset_peak(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "reset_peak", nargs, kw, 0, 0)) return VAL_NULL;
    gc_trace_reset_peak(vm);
    return NONE;
}

static Value tm_get_tracemalloc_memory(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "get_tracemalloc_memory", nargs, kw, 0, 0)) return VAL_NULL;
    return int_from_u64(vm, gc_trace_self_size(vm));
}

static Value tm_get_traceback_limit(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "get_traceback_limit", nargs, kw, 0, 0)) return VAL_NULL;
    return small(gc_trace_limit(vm));
}

/* ((filename, lineno), ...), most recent first. */
static Value traceback_tuple(VM *vm, const GCTraceback *tb, Value unknown)
{
    Value t = tuple_new(vm, tb->nframe);
    if (!t) return VAL_NULL;
    for (uint32_t i = 0; i < tb->nframe; i++) {
        Value name = tb->frames[i].filename ? (Value)tb->frames[i].filename : unknown;
        Value frame = tuple_pack(vm, 2, name, small(tb->frames[i].lineno));
        if (!frame) {
            decref(vm, t);
            return VAL_NULL;
        }
        as_tuple(t)->items[i] = frame;
    }
    tuple_done(vm, t);
    return t;
}

/* The tuple for tb, made once per snapshot: identical tracebacks share it. */
static Value cached_traceback(VM *vm, Value cache, const GCTraceback *tb, Value unknown)
{
    Value key = int_from_u64(vm, (uint64_t)(uintptr_t)tb);
    if (!key) return VAL_NULL;
    Value t = dict_get_borrowed(vm, cache, key);
    if (t) {
        decref(vm, key);
        return incref(t);
    }
    t = traceback_tuple(vm, tb, unknown);
    if (t && dict_set(vm, cache, key, t) < 0) clear_slot(vm, &t);
    decref(vm, key);
    return t;
}

/* [(domain, size, traceback, total_nframe), ...] of every traced block. */
static Value tm_get_traces(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "_get_traces", nargs, kw, 0, 0)) return VAL_NULL;
    GCTraceCopy copy;
    if (!gc_trace_copy(vm, &copy)) return VAL_NULL;
    Value list = list_new(vm, 0), cache = list ? dict_new(vm) : VAL_NULL;
    Value unknown = cache ? str_from_cstr(vm, "<unknown>") : VAL_NULL;
    bool ok = unknown != VAL_NULL;
    for (size_t i = 0; ok && i < copy.len; i++) {
        const GCTrace *tr = &copy.traces[i];
        Value tb = cached_traceback(vm, cache, tr->tb, unknown);
        Value size = tb ? int_from_u64(vm, tr->size) : VAL_NULL;
        Value item = size ? tuple_pack(vm, 4, small(0), size, tb, small(tr->tb->total_nframe)) : VAL_NULL;
        ok = item && list_append_steal(vm, list, item) == 0;
        xdecref(vm, tb);
        xdecref(vm, size);
    }
    gc_trace_copy_free(vm, &copy);
    xdecref(vm, cache);
    xdecref(vm, unknown);
    if (!ok) clear_slot(vm, &list);
    return list;
}

/* The traceback where obj's block was allocated, or None. */
static Value tm_get_object_traceback(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "_get_object_traceback", nargs, kw, 1, 1)) return VAL_NULL;
    Value obj = args[0];
    if (is_small(obj) || as_obj(obj)->refcnt >= STATIC_REFCNT / 2) return NONE;
    Obj *o = as_obj(obj);
    const void *block = obj_is_gc(o) ? (const void *)gc_head(o) : (const void *)o;
    GCTraceback *tb = gc_trace_of(vm, block);
    if (!tb) return NONE;
    Value unknown = str_from_cstr(vm, "<unknown>");
    Value r = unknown ? traceback_tuple(vm, tb, unknown) : VAL_NULL;
    xdecref(vm, unknown);
    return r;
}

static const MethodDef tracemalloc_functions[] = {
    {"is_tracing", tm_is_tracing, 0},
    {"start", tm_start, 0},
    {"stop", tm_stop, 0},
    {"clear_traces", tm_clear_traces, 0},
    {"get_traced_memory", tm_get_traced_memory, 0},
    {"reset_peak", tm_reset_peak, 0},
    {"get_tracemalloc_memory", tm_get_tracemalloc_memory, 0},
    {"get_traceback_limit", tm_get_traceback_limit, 0},
    {"_get_traces", tm_get_traces, 0},
    {"_get_object_traceback", tm_get_object_traceback, 0},
    {NULL, NULL, 0},
};

Value stdlib_tracemalloc_init(VM *vm)
{
    Value name = str_intern_cstr(vm, "_tracemalloc");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (m && module_add_functions(vm, m, tracemalloc_functions) < 0) clear_slot(vm, &m);
    return m;
}
