/*
 * The gc module: CPython 3.11's surface over the collector in gc/.
 *
 * All state lives in vm->gc (gc/gc.h); this file only converts arguments
 * (with CPython's exact error messages) and results.  gc.garbage and
 * gc.callbacks are created once and kept by the collector, so rebinding the
 * module attributes disconnects them, as in CPython.
 */
#include <limits.h>
#include <string.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

/* ---- argument helpers ------------------------------------------------------ */

/* A C int as PyArg_ParseTuple's "i" makes it (different overflow texts). */
static bool arg_parse_i(VM *vm, Value v, int *out)
{
    Value i = obj_index(vm, v);
    if (!i) return false;
    int64_t x;
    bool ok = int_to_i64(vm, i, &x);
    decref(vm, i);
    if (!ok) {
        err_clear(vm);
        err_set_str(vm, &exc_OverflowError, "Python int too large to convert to C long");
        return false;
    }
    if (x > INT_MAX || x < INT_MIN) {
        err_set_str(vm, &exc_OverflowError,
                    x > INT_MAX ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        return false;
    }
    *out = (int)x;
    return true;
}

static size_t nkw(Value kwnames) { return kwnames ? as_tuple(kwnames)->len : 0; }

/* One optional parameter `name`, positional or keyword: clinic's checks. */
static bool one_optional_arg(VM *vm, const char *fname, const char *name, Value *args, size_t nargs,
                             Value kwnames, Value *out)
{
    size_t total = nargs + nkw(kwnames);
    if (total > 1) {
        err_format(vm, &exc_TypeError, "%s() takes at most 1 argument (%zu given)", fname, total);
        return false;
    }
    *out = total ? args[0] : VAL_NULL;
    if (nkw(kwnames) && strcmp(str_cstr(as_tuple(kwnames)->items[0]), name) != 0) {
        err_format(vm, &exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                   as_tuple(kwnames)->items[0], fname);
        return false;
    }
    return true;
}

/* ---- switches and counters ----------------------------------------------------- */

static Value gc_enable(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "gc.enable", nargs, kw, 0, 0)) return VAL_NULL;
    vm->gc.enabled = true;
    return NONE;
}

static Value gc_disable(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "gc.disable", nargs, kw, 0, 0)) return VAL_NULL;
    vm->gc.enabled = false;
    return NONE;
}

static Value gc_isenabled(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "gc.isenabled", nargs, kw, 0, 0)) return VAL_NULL;
    return bool_val(vm->gc.enabled);
}

static Value gc_collect_fn(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    Value arg;
    if (!one_optional_arg(vm, "collect", "generation", args, nargs, kw, &arg)) return VAL_NULL;
    int generation = GC_NUM_GENERATIONS - 1;
    if (arg && !args_c_int(vm, arg, &generation)) return VAL_NULL;
    if (generation < 0 || generation >= GC_NUM_GENERATIONS)
        return err_set_str(vm, &exc_ValueError, "invalid generation");
    return int_from_i64(vm, gc_collect(vm, generation));
}

static Value gc_get_count(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "gc.get_count", nargs, kw, 0, 0)) return VAL_NULL;
    GCGeneration *g = vm->gc.gens;
    return tuple_pack(vm, 3, small(g[0].count), small(g[1].count), small(g[2].count));
}

static Value gc_get_threshold(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "gc.get_threshold", nargs, kw, 0, 0)) return VAL_NULL;
    GCGeneration *g = vm->gc.gens;
    return tuple_pack(vm, 3, small(g[0].threshold), small(g[1].threshold), small(g[2].threshold));
}

/* Stores each threshold as soon as it is parsed, like CPython: a bad second
 * argument leaves the first one set. */
static Value gc_set_threshold(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_no_kw(vm, "set_threshold", kw)) return VAL_NULL;
    if (nargs < 1) return err_format(vm, &exc_TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (nargs > 3)
        return err_format(vm, &exc_TypeError, "set_threshold() takes at most 3 arguments (%zu given)", nargs);
    for (size_t i = 0; i < nargs; i++)
        if (!arg_parse_i(vm, args[i], &vm->gc.gens[i].threshold)) return VAL_NULL;
    return NONE;
}

static Value gc_get_debug(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "gc.get_debug", nargs, kw, 0, 0)) return VAL_NULL;
    return small(vm->gc.debug);
}

static Value gc_set_debug(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "gc.set_debug", nargs, kw, 1, 1)) return VAL_NULL;
    int flags;
    if (!args_c_int(vm, args[0], &flags)) return VAL_NULL;
    vm->gc.debug = flags;
    return NONE;
}

static Value stats_dict(VM *vm, const GCGenStats *s)
{
    Value d = dict_new(vm);
    if (!d) return VAL_NULL;
    const char *keys[3] = {"collections", "collected", "uncollectable"};
    intptr_t vals[3] = {s->collections, s->collected, s->uncollectable};
    for (int i = 0; i < 3; i++) {
        Value v = int_from_i64(vm, vals[i]);
        if (!v || dict_set_cstr(vm, d, keys[i], v) < 0) {
            xdecref(vm, v);
            decref(vm, d);
            return VAL_NULL;
        }
        decref(vm, v);
    }
    return d;
}

static Value gc_get_stats(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "gc.get_stats", nargs, kw, 0, 0)) return VAL_NULL;
    Value l = list_new(vm, 0);
    for (int i = 0; l && i < GC_NUM_GENERATIONS; i++) {
        Value d = stats_dict(vm, &vm->gc.stats[i]);
        if (!d || list_append_steal(vm, l, d) < 0) {
            decref(vm, l);
            return VAL_NULL;
        }
    }
    return l;
}

/* ---- looking at objects --------------------------------------------------------- */

static int append_tracked(VM *vm, Value result, GCHead *list)
{
    for (GCHead *h = list->next; h != list; h = h->next) {
        Obj *o = gc_obj(h);
        if (val(o) != result && list_append(vm, result, val(o)) < 0) return -1;
    }
    return 0;
}

static Value gc_get_objects(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    Value arg;
    if (!one_optional_arg(vm, "get_objects", "generation", args, nargs, kw, &arg)) return VAL_NULL;
    intptr_t generation = -1;
    if (arg && arg != NONE) {
        if (!is_int(arg))
            return err_format(vm, &exc_TypeError, "argument should be integer or None, not '%s'",
                              type_name(type_of(arg)));
        if (!obj_as_index(vm, arg, &generation)) return VAL_NULL;
    }
    if (generation >= GC_NUM_GENERATIONS)
        return err_format(vm, &exc_ValueError,
                          "generation parameter must be less than the number of available generations (%d)",
                          GC_NUM_GENERATIONS);
    if (generation < -1) return err_set_str(vm, &exc_ValueError, "generation parameter cannot be negative");
    Value result = list_new(vm, 0);
    if (!result) return VAL_NULL;
    for (int i = 0; i < GC_NUM_GENERATIONS; i++) {
        if (generation != -1 && i != generation) continue;
        if (append_tracked(vm, result, &vm->gc.gens[i].head) < 0) {
            decref(vm, result);
            return VAL_NULL;
        }
    }
    return result;
}

typedef struct ReferrersCtx { Value *objs; size_t n; } ReferrersCtx;

static int visit_is_one_of(Value v, void *arg)
{
    ReferrersCtx *c = arg;
    for (size_t i = 0; i < c->n; i++)
        if (c->objs[i] == v) return 1;
    return 0;
}

static Value gc_get_referrers(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_no_kw(vm, "get_referrers", kw)) return VAL_NULL;
    Value result = list_new(vm, 0);
    if (!result) return VAL_NULL;
    ReferrersCtx ctx = {args, nargs};
    for (int i = 0; i < GC_NUM_GENERATIONS; i++) {
        GCHead *list = &vm->gc.gens[i].head;
        for (GCHead *h = list->next; h != list; h = h->next) {
            Obj *o = gc_obj(h);
            if (val(o) == result || !o->type->traverse || !o->type->traverse(o, visit_is_one_of, &ctx)) continue;
            if (list_append(vm, result, val(o)) < 0) {
                decref(vm, result);
                return VAL_NULL;
            }
        }
    }
    return result;
}

typedef struct ReferentsCtx { VM *vm; Value result; } ReferentsCtx;

static int visit_append(Value v, void *arg)
{
    ReferentsCtx *c = arg;
    return list_append(c->vm, c->result, v) < 0;
}

static Value gc_get_referents(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_no_kw(vm, "get_referents", kw)) return VAL_NULL;
    Value result = list_new(vm, 0);
    if (!result) return VAL_NULL;
    ReferentsCtx ctx = {vm, result};
    for (size_t i = 0; i < nargs; i++) {
        if (is_small(args[i]) || !obj_is_gc(as_obj(args[i])) || !type_of(args[i])->traverse) continue;
        if (type_of(args[i])->traverse(as_obj(args[i]), visit_append, &ctx)) {
            decref(vm, result);
            return VAL_NULL;
        }
    }
    return result;
}

static Value gc_is_tracked_fn(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "gc.is_tracked", nargs, kw, 1, 1)) return VAL_NULL;
    Value v = args[0];
    return bool_val(!is_small(v) && obj_is_gc(as_obj(v)) && gc_is_tracked(as_obj(v)));
}

static Value gc_is_finalized_fn(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "gc.is_finalized", nargs, kw, 1, 1)) return VAL_NULL;
    Value v = args[0];
    return bool_val(!is_small(v) && obj_is_gc(as_obj(v)) && gc_is_finalized(as_obj(v)));
}

/* ---- the permanent generation ---------------------------------------------------- */

static Value gc_freeze_fn(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "gc.freeze", nargs, kw, 0, 0)) return VAL_NULL;
    gc_freeze(vm);
    return NONE;
}

static Value gc_unfreeze_fn(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "gc.unfreeze", nargs, kw, 0, 0)) return VAL_NULL;
    gc_unfreeze(vm);
    return NONE;
}

static Value gc_get_freeze_count(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self; (void)args;
    if (!args_check(vm, "gc.get_freeze_count", nargs, kw, 0, 0)) return VAL_NULL;
    return int_from_i64(vm, (int64_t)gc_list_length(&vm->gc.permanent));
}

static const MethodDef gc_functions[] = {
    {"enable", gc_enable, 0},
    {"disable", gc_disable, 0},
    {"isenabled", gc_isenabled, 0},
    {"collect", gc_collect_fn, 0},
    {"get_count", gc_get_count, 0},
    {"get_threshold", gc_get_threshold, 0},
    {"set_threshold", gc_set_threshold, 0},
    {"get_debug", gc_get_debug, 0},
    {"set_debug", gc_set_debug, 0},
    {"get_stats", gc_get_stats, 0},
    {"get_objects", gc_get_objects, 0},
    {"get_referrers", gc_get_referrers, 0},
    {"get_referents", gc_get_referents, 0},
    {"is_tracked", gc_is_tracked_fn, 0},
    {"is_finalized", gc_is_finalized_fn, 0},
    {"freeze", gc_freeze_fn, 0},
    {"unfreeze", gc_unfreeze_fn, 0},
    {"get_freeze_count", gc_get_freeze_count, 0},
    {NULL, NULL, 0},
};

/* gc.garbage / gc.callbacks: made once, then owned by the collector. */
static int add_collector_list(VM *vm, Value m, const char *name, uintptr_t *slot)
{
    if (!*slot) {
        Value l = list_new(vm, 0);
        if (!l) return -1;
        *slot = (uintptr_t)l;
    }
    return module_add_object(vm, m, name, (Value)*slot);
}

static int add_int(VM *vm, Value m, const char *name, int v)
{
    return module_add_object(vm, m, name, small(v));
}

Value stdlib_gc_init(VM *vm)
{
    Value name = str_intern_cstr(vm, "gc");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (!m || module_add_functions(vm, m, gc_functions) < 0 ||
        add_collector_list(vm, m, "garbage", &vm->gc.garbage) < 0 ||
        add_collector_list(vm, m, "callbacks", &vm->gc.callbacks) < 0 ||
        add_int(vm, m, "DEBUG_STATS", GC_DEBUG_STATS) < 0 ||
        add_int(vm, m, "DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE) < 0 ||
        add_int(vm, m, "DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE) < 0 ||
        add_int(vm, m, "DEBUG_SAVEALL", GC_DEBUG_SAVEALL) < 0 || add_int(vm, m, "DEBUG_LEAK", GC_DEBUG_LEAK) < 0) {
        xdecref(vm, m);
        return VAL_NULL;
    }
    return m;
}
