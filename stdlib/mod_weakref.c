/*
 * The weakref module: ref, proxy, getweakrefcount, getweakrefs (over
 * runtime/weakref.c), and the containers CPython writes in Python --
 * WeakValueDictionary, WeakKeyDictionary, WeakSet -- plus finalize.
 *
 * Each container keeps a real dict or set (`data`) of weakrefs, and one
 * "remover" callable shared by those weakrefs: a builtin function bound to a
 * weakref to the container (so the entries don't keep the container alive),
 * which drops the entry of a weakref that died.  As in CPython, that entry's
 * weakref is then freed by its own callback, and a collection counts it.
 *
 * finalize objects live in a registry (a dict in the finalize type's dict)
 * until they are called or detached, so dropping one does not cancel it.
 */
#include <stdio.h>
#include <string.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

/* ---- weakref.ref subtype with a key: WeakValueDictionary's entries ------- */

typedef struct KeyedRefObj { WeakRefObj base; Value key; } KeyedRefObj;

static void keyedref_dealloc(VM *vm, Obj *o)
{
    clear_slot(vm, &((KeyedRefObj *)o)->key);
    type_weakref.dealloc(vm, o);
}

static int keyedref_traverse(Obj *o, VisitFn visit, void *arg)
{
    KeyedRefObj *k = (KeyedRefObj *)o;
    if (k->key) {
        int r = visit(k->key, arg);
        if (r) return r;
    }
    return type_weakref.traverse(o, visit, arg);
}

static void keyedref_clear(VM *vm, Obj *o)
{
    clear_slot(vm, &((KeyedRefObj *)o)->key);
    type_weakref.clear(vm, o);
}

Type type_weakkeyedref = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "KeyedRef", .size = sizeof(KeyedRefObj),
    .flags = TF_GC, .base = &type_weakref, .dealloc = keyedref_dealloc,
    .traverse = keyedref_traverse, .clear = keyedref_clear,
};

/* ---- the containers' common shape ---------------------------------------- */

typedef struct WeakContainerObj {
    Obj ob;
    Value data;      /* dict or set */
    Value remover;   /* builtin function bound to a weakref to this container */
} WeakContainerObj;

static WeakContainerObj *wc(Value v) { return (WeakContainerObj *)as_obj(v); }

static void container_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    WeakContainerObj *c = (WeakContainerObj *)o;
    clear_slot(vm, &c->data);
    clear_slot(vm, &c->remover);
    obj_free(vm, o, o->type->size);
}

static int container_traverse(Obj *o, VisitFn visit, void *arg)
{
    WeakContainerObj *c = (WeakContainerObj *)o;
    int r = c->data ? visit(c->data, arg) : 0;
    return r ? r : (c->remover ? visit(c->remover, arg) : 0);
}

static void container_clear(VM *vm, Obj *o)
{
    WeakContainerObj *c = (WeakContainerObj *)o;
    clear_slot(vm, &c->data);
    clear_slot(vm, &c->remover);
}

/* The container a remover is bound to, or VAL_NULL if it is gone. */
static Value remover_container(Value self)
{
    Obj *o = ((WeakRefObj *)as_obj(self))->referent;
    return o ? val(o) : VAL_NULL;
}

static Value container_new(VM *vm, Type *t, const MethodDef *remove_def, bool set_data)
{
    WeakContainerObj *c = (WeakContainerObj *)gc_new_object(vm, t, sizeof(WeakContainerObj));
    if (!c) return VAL_NULL;
    c->data = set_data ? set_new(vm, &type_set) : dict_new(vm);
    gc_track(vm, &c->ob);
    if (!c->data) goto fail;
    Value self_ref = weakref_new(vm, &type_weakref, val(c), VAL_NULL);
    if (!self_ref) goto fail;
    c->remover = native_function_new(vm, remove_def, self_ref, VAL_NULL);
    decref(vm, self_ref);
    if (!c->remover) goto fail;
    return val(c);
fail:
    decref(vm, val(c));
    return VAL_NULL;
}

static Value container_repr(VM *vm, Value self)
{
    char addr[32];
    snprintf(addr, sizeof addr, "%p", (void *)as_obj(self));
    return str_format(vm, "<%s at %s>", type_name(type_of(self)), addr);
}

static intptr_t container_len(VM *vm, Value self)
{
    (void)vm;
    Value d = wc(self)->data;
    return is_dict(d) ? (intptr_t)as_dict(d)->used : (intptr_t)((SetObj *)as_obj(d))->used;
}

static Obj *referent(Value ref) { return ((WeakRefObj *)as_obj(ref))->referent; }

static Value list_iter_of(VM *vm, Value list)
{
    if (!list) return VAL_NULL;
    Value it = obj_iter(vm, list);
    decref(vm, list);
    return it;
}

static Value container_clear_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "clear", nargs, kw, 0, 0)) return VAL_NULL;
    Value d = wc(self)->data;
    if (is_dict(d)) dict_clear(vm, d);
    else set_clear(vm, d);
    return NONE;
}

/* ---- WeakValueDictionary ---------------------------------------------------- */

/* Removes the entry of a dead KeyedRef (CPython's _remove_dead_weakref). */
static Value wvd_remove(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)kw;
    Value c = remover_container(self);
    if (!c || nargs != 1 || !is_type(args[0], &type_weakkeyedref) || !wc(c)->data) return NONE;
    Value key = ((KeyedRefObj *)as_obj(args[0]))->key;
    Value cur = dict_get_borrowed(vm, wc(c)->data, key);
    if (cur && is_instance_of(cur, &type_weakref) && !referent(cur) && dict_del(vm, wc(c)->data, key) < 0)
        return VAL_NULL;
    if (err_occurred(vm)) return VAL_NULL;
    return NONE;
}
static const MethodDef wvd_remove_def = {"remove", wvd_remove, 0};

static int wvd_setitem(VM *vm, Value self, Value key, Value v)
{
    Value data = wc(self)->data;
    if (!v) return dict_del(vm, data, key);
    Value ref = weakref_new(vm, &type_weakkeyedref, v, wc(self)->remover);
    if (!ref) return -1;
    ((KeyedRefObj *)as_obj(ref))->key = incref(key);
    int r = dict_set(vm, data, key, ref);
    decref(vm, ref);
    return r;
}

/* data[key]() as a new reference; VAL_NULL without error when missing or dead. */
static Value wvd_lookup(VM *vm, Value self, Value key)
{
    Value ref = dict_get_borrowed(vm, wc(self)->data, key);
    if (!ref) return VAL_NULL;
    Obj *o = referent(ref);
    return o ? incref(val(o)) : VAL_NULL;
}

static Value wvd_getitem(VM *vm, Value self, Value key)
{
    Value v = wvd_lookup(vm, self, key);
    if (!v && !err_occurred(vm)) err_set_value(vm, &exc_KeyError, key);
    return v;
}

static int wvd_contains(VM *vm, Value self, Value key)
{
    Value v = wvd_lookup(vm, self, key);
    if (v) {
        decref(vm, v);
        return 1;
    }
    return err_occurred(vm) ? -1 : 0;
}

enum { ITEMS_KEYS, ITEMS_VALUES, ITEMS_PAIRS, ITEMS_REFS };

/* A list of the live entries: keys, values, (key, value) pairs or refs. */
static Value wvd_snapshot(VM *vm, Value self, int what)
{
    Value out = list_new(vm, 0);
    size_t pos = 0;
    Value key, ref;
    while (out && dict_next(wc(self)->data, &pos, &key, &ref)) {
        Obj *o = referent(ref);
        if (!o) continue;
        Value item = what == ITEMS_KEYS ? incref(key) : what == ITEMS_VALUES ? incref(val(o))
                   : what == ITEMS_REFS ? incref(ref) : tuple_pack(vm, 2, key, val(o));
        if (!item || list_append_steal(vm, out, item) < 0) {
            decref(vm, out);
            return VAL_NULL;
        }
    }
    return out;
}

static Value wvd_iter(VM *vm, Value self) { return list_iter_of(vm, wvd_snapshot(vm, self, ITEMS_KEYS)); }

#define SNAPSHOT_METHOD(fname, pyname, what, snapshot)                                  \
    static Value fname(VM *vm, Value self, Value *args, size_t nargs, Value kw)         \
    {                                                                                   \
        (void)args;                                                                     \
        if (!args_check(vm, pyname, nargs, kw, 0, 0)) return VAL_NULL;                  \
        return list_iter_of(vm, snapshot(vm, self, what));                              \
    }
SNAPSHOT_METHOD(wvd_keys, "keys", ITEMS_KEYS, wvd_snapshot)
SNAPSHOT_METHOD(wvd_values, "values", ITEMS_VALUES, wvd_snapshot)
SNAPSHOT_METHOD(wvd_items, "items", ITEMS_PAIRS, wvd_snapshot)

static Value wvd_valuerefs(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "valuerefs", nargs, kw, 0, 0)) return VAL_NULL;
    return wvd_snapshot(vm, self, ITEMS_REFS);
}

static Value wvd_get(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "get", nargs, kw, 1, 2)) return VAL_NULL;
    Value v = wvd_lookup(vm, self, args[0]);
    if (v || err_occurred(vm)) return v;
    return incref(nargs > 1 ? args[1] : NONE);
}

static Value wvd_pop(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "pop", nargs, kw, 1, 2)) return VAL_NULL;
    Value v = wvd_lookup(vm, self, args[0]);
    if (err_occurred(vm)) return VAL_NULL;
    if (dict_del_if_present(vm, wc(self)->data, args[0]) < 0) {
        xdecref(vm, v);
        return VAL_NULL;
    }
    if (v) return v;
    if (nargs > 1) return incref(args[1]);
    return err_set_value(vm, &exc_KeyError, args[0]);
}

static Value wvd_setdefault(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "setdefault", nargs, kw, 1, 2)) return VAL_NULL;
    Value v = wvd_lookup(vm, self, args[0]);
    if (v || err_occurred(vm)) return v;
    Value dflt = nargs > 1 ? args[1] : NONE;
    if (wvd_setitem(vm, self, args[0], dflt) < 0) return VAL_NULL;
    return incref(dflt);
}

/* update(other=(), /, **kw) for both dictionaries, through their setitem. */
static int update_from(VM *vm, Value self, Value other, int (*setitem)(VM *, Value, Value, Value))
{
    Value items = VAL_NULL;
    if (is_dict(other)) items = obj_call_method(vm, other, "items", NULL, 0);
    else if (obj_lookup_attr(vm, other, vm->s.keys)) {
        Value keys = obj_call_method(vm, other, "keys", NULL, 0);
        if (!keys) return -1;
        Value it = obj_iter(vm, keys);
        decref(vm, keys);
        if (!it) return -1;
        Value k;
        int r = 0;
        while (r == 0 && (k = obj_iternext(vm, it)) != VAL_NULL) {
            Value v = obj_getitem(vm, other, k);
            r = v ? setitem(vm, self, k, v) : -1;
            xdecref(vm, v);
            decref(vm, k);
        }
        decref(vm, it);
        return r < 0 || err_occurred(vm) ? -1 : 0;
    } else {
        if (err_occurred(vm)) return -1;
        items = incref(other);
    }
    if (!items) return -1;
    Value it = obj_iter(vm, items);
    decref(vm, items);
    if (!it) return -1;
    Value pair;
    int r = 0;
    while (r == 0 && (pair = obj_iternext(vm, it)) != VAL_NULL) {
        Value kv = list_from_iterable(vm, pair);
        if (kv && as_list(kv)->len == 2) {
            r = setitem(vm, self, as_list(kv)->items[0], as_list(kv)->items[1]);
        } else {
            if (kv) err_set_str(vm, &exc_ValueError, "dictionary update sequence element has wrong length");
            r = -1;
        }
        xdecref(vm, kv);
        decref(vm, pair);
    }
    decref(vm, it);
    return r < 0 || err_occurred(vm) ? -1 : 0;
}

static int update_with_args(VM *vm, Value self, Value *args, size_t nargs, Value kw,
                            int (*setitem)(VM *, Value, Value, Value))
{
    if (nargs > 1) {
        err_format(vm, &exc_TypeError, "update expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (nargs == 1 && args[0] != NONE && update_from(vm, self, args[0], setitem) < 0) return -1;
    for (size_t i = 0; kw && i < as_tuple(kw)->len; i++)
        if (setitem(vm, self, as_tuple(kw)->items[i], args[nargs + i]) < 0) return -1;
    return 0;
}

static Value wvd_update(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    return update_with_args(vm, self, args, nargs, kw, wvd_setitem) < 0 ? VAL_NULL : NONE;
}

static Value wvd_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw)
{
    Value self = container_new(vm, t, &wvd_remove_def, false);
    if (self && update_with_args(vm, self, args, nargs, kw, wvd_setitem) < 0) {
        decref(vm, self);
        return VAL_NULL;
    }
    return self;
}

static Value wvd_copy(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "copy", nargs, kw, 0, 0)) return VAL_NULL;
    Value items = wvd_snapshot(vm, self, ITEMS_PAIRS);
    if (!items) return VAL_NULL;
    Value r = wvd_type_new(vm, type_of(self), &items, 1, VAL_NULL);
    decref(vm, items);
    return r;
}

static const MethodDef wvd_methods[] = {
    {"get", wvd_get, 0}, {"pop", wvd_pop, 0}, {"setdefault", wvd_setdefault, 0},
    {"update", wvd_update, 0}, {"keys", wvd_keys, 0}, {"values", wvd_values, 0},
    {"items", wvd_items, 0}, {"valuerefs", wvd_valuerefs, 0}, {"itervaluerefs", wvd_valuerefs, 0},
    {"clear", container_clear_m, 0}, {"copy", wvd_copy, 0},
    {NULL, NULL, 0},
};

Type type_weakvaluedict = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "WeakValueDictionary", .size = sizeof(WeakContainerObj),
    .flags = TF_GC, .base = &type_object, .dealloc = container_dealloc,
    .traverse = container_traverse, .clear = container_clear, .new_ = wvd_type_new,
    .repr = container_repr, .len = container_len, .getitem = wvd_getitem, .setitem = wvd_setitem,
    .contains = wvd_contains, .iter = wvd_iter, .getattr = obj_generic_getattr, .methods = wvd_methods,
};

/* ---- WeakKeyDictionary and WeakSet: weakrefs as keys ---------------------------- */

/* Drops the entry keyed by a dead weakref. */
static Value wkd_remove(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)kw;
    Value c = remover_container(self);
    if (!c || nargs != 1 || !wc(c)->data) return NONE;
    Value data = wc(c)->data;
    int r = is_dict(data) ? dict_del_if_present(vm, data, args[0]) : set_discard(vm, data, args[0]);
    return r < 0 ? VAL_NULL : NONE;
}
static const MethodDef wkd_remove_def = {"remove", wkd_remove, 0};

/* A weakref to key to look it up with (the shared basic one). */
static Value lookup_ref(VM *vm, Value key) { return weakref_new(vm, &type_weakref, key, VAL_NULL); }

static int wkd_setitem(VM *vm, Value self, Value key, Value v)
{
    Value data = wc(self)->data;
    if (!v) {
        Value ref = lookup_ref(vm, key);
        if (!ref) return -1;
        int r = dict_del(vm, data, ref);
        decref(vm, ref);
        if (r < 0 && err_matches(vm, &exc_KeyError)) {
            err_clear(vm);
            err_set_value(vm, &exc_KeyError, key);
        }
        return r;
    }
    Value ref = weakref_new(vm, &type_weakref, key, wc(self)->remover);
    if (!ref) return -1;
    int r = dict_set(vm, data, ref, v);
    decref(vm, ref);
    return r;
}

/* data[ref(key)], borrowed; VAL_NULL when missing (or a TypeError for keys
 * that can't be weakly referenced, as CPython raises). */
static Value wkd_lookup(VM *vm, Value self, Value key)
{
    Value ref = lookup_ref(vm, key);
    if (!ref) return VAL_NULL;
    Value v = dict_get_borrowed(vm, wc(self)->data, ref);
    decref(vm, ref);
    return v;
}

static Value wkd_getitem(VM *vm, Value self, Value key)
{
    Value v = wkd_lookup(vm, self, key);
    if (v) return incref(v);
    if (!err_occurred(vm)) err_set_value(vm, &exc_KeyError, key);
    return VAL_NULL;
}

static int wkd_contains(VM *vm, Value self, Value key)
{
    Value v = wkd_lookup(vm, self, key);
    if (v) return 1;
    if (err_matches(vm, &exc_TypeError)) err_clear(vm);
    return err_occurred(vm) ? -1 : 0;
}

static Value wkd_snapshot(VM *vm, Value self, int what)
{
    Value out = list_new(vm, 0);
    size_t pos = 0;
    Value ref, value;
    while (out && dict_next(wc(self)->data, &pos, &ref, &value)) {
        Obj *o = referent(ref);
        if (!o) continue;
        Value item = what == ITEMS_KEYS ? incref(val(o)) : what == ITEMS_VALUES ? incref(value)
                   : what == ITEMS_REFS ? incref(ref) : tuple_pack(vm, 2, val(o), value);
        if (!item || list_append_steal(vm, out, item) < 0) {
            decref(vm, out);
            return VAL_NULL;
        }
    }
    return out;
}

static Value wkd_iter(VM *vm, Value self) { return list_iter_of(vm, wkd_snapshot(vm, self, ITEMS_KEYS)); }
SNAPSHOT_METHOD(wkd_keys, "keys", ITEMS_KEYS, wkd_snapshot)
SNAPSHOT_METHOD(wkd_values, "values", ITEMS_VALUES, wkd_snapshot)
SNAPSHOT_METHOD(wkd_items, "items", ITEMS_PAIRS, wkd_snapshot)

static Value wkd_keyrefs(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "keyrefs", nargs, kw, 0, 0)) return VAL_NULL;
    return wkd_snapshot(vm, self, ITEMS_REFS);
}

static Value wkd_get(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "get", nargs, kw, 1, 2)) return VAL_NULL;
    Value v = wkd_lookup(vm, self, args[0]);
    if (v) return incref(v);
    if (err_occurred(vm)) return VAL_NULL;
    return incref(nargs > 1 ? args[1] : NONE);
}

static Value wkd_pop(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "pop", nargs, kw, 1, 2)) return VAL_NULL;
    Value v = wkd_lookup(vm, self, args[0]);
    if (err_occurred(vm)) return VAL_NULL;
    if (!v) return nargs > 1 ? incref(args[1]) : err_set_value(vm, &exc_KeyError, args[0]);
    incref(v);
    if (wkd_setitem(vm, self, args[0], VAL_NULL) < 0) {
        decref(vm, v);
        return VAL_NULL;
    }
    return v;
}

static Value wkd_setdefault(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "setdefault", nargs, kw, 1, 2)) return VAL_NULL;
    Value v = wkd_lookup(vm, self, args[0]);
    if (v) return incref(v);
    if (err_occurred(vm)) return VAL_NULL;
    Value dflt = nargs > 1 ? args[1] : NONE;
    if (wkd_setitem(vm, self, args[0], dflt) < 0) return VAL_NULL;
    return incref(dflt);
}

static Value wkd_update(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    return update_with_args(vm, self, args, nargs, kw, wkd_setitem) < 0 ? VAL_NULL : NONE;
}

static Value wkd_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw)
{
    Value self = container_new(vm, t, &wkd_remove_def, false);
    if (self && update_with_args(vm, self, args, nargs, kw, wkd_setitem) < 0) {
        decref(vm, self);
        return VAL_NULL;
    }
    return self;
}

static Value wkd_copy(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "copy", nargs, kw, 0, 0)) return VAL_NULL;
    Value items = wkd_snapshot(vm, self, ITEMS_PAIRS);
    if (!items) return VAL_NULL;
    Value r = wkd_type_new(vm, type_of(self), &items, 1, VAL_NULL);
    decref(vm, items);
    return r;
}

static const MethodDef wkd_methods[] = {
    {"get", wkd_get, 0}, {"pop", wkd_pop, 0}, {"setdefault", wkd_setdefault, 0},
    {"update", wkd_update, 0}, {"keys", wkd_keys, 0}, {"values", wkd_values, 0},
    {"items", wkd_items, 0}, {"keyrefs", wkd_keyrefs, 0}, {"clear", container_clear_m, 0},
    {"copy", wkd_copy, 0},
    {NULL, NULL, 0},
};

Type type_weakkeydict = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "WeakKeyDictionary", .size = sizeof(WeakContainerObj),
    .flags = TF_GC, .base = &type_object, .dealloc = container_dealloc,
    .traverse = container_traverse, .clear = container_clear, .new_ = wkd_type_new,
    .repr = container_repr, .len = container_len, .getitem = wkd_getitem, .setitem = wkd_setitem,
    .contains = wkd_contains, .iter = wkd_iter, .getattr = obj_generic_getattr, .methods = wkd_methods,
};

/* ---- WeakSet ---------------------------------------------------------------------- */

static int ws_add(VM *vm, Value self, Value item)
{
    Value ref = weakref_new(vm, &type_weakref, item, wc(self)->remover);
    if (!ref) return -1;
    int r = set_add(vm, wc(self)->data, ref);
    decref(vm, ref);
    return r;
}

static Value ws_add_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "add", nargs, kw, 1, 1)) return VAL_NULL;
    return ws_add(vm, self, args[0]) < 0 ? VAL_NULL : NONE;
}

/* 1 removed, 0 absent, -1 error. */
static int ws_discard(VM *vm, Value self, Value item)
{
    Value ref = lookup_ref(vm, item);
    if (!ref) return -1;
    int r = set_discard(vm, wc(self)->data, ref);
    decref(vm, ref);
    return r;
}

static Value ws_discard_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "discard", nargs, kw, 1, 1)) return VAL_NULL;
    return ws_discard(vm, self, args[0]) < 0 ? VAL_NULL : NONE;
}

static Value ws_remove_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "remove", nargs, kw, 1, 1)) return VAL_NULL;
    int r = ws_discard(vm, self, args[0]);
    if (r < 0) return VAL_NULL;
    return r ? NONE : err_set_value(vm, &exc_KeyError, args[0]);
}

static int ws_contains(VM *vm, Value self, Value item)
{
    Value ref = lookup_ref(vm, item);
    if (!ref) {
        if (!err_matches(vm, &exc_TypeError)) return -1;
        err_clear(vm);
        return 0;
    }
    int r = set_contains(vm, wc(self)->data, ref);
    decref(vm, ref);
    return r;
}

static Value ws_snapshot(VM *vm, Value self)
{
    Value out = list_new(vm, 0);
    size_t pos = 0;
    Value ref;
    while (out && set_next(wc(self)->data, &pos, &ref)) {
        Obj *o = referent(ref);
        if (o && list_append(vm, out, val(o)) < 0) {
            decref(vm, out);
            return VAL_NULL;
        }
    }
    return out;
}

static Value ws_iter(VM *vm, Value self) { return list_iter_of(vm, ws_snapshot(vm, self)); }

static Value ws_update_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "update", nargs, kw, 1, 1)) return VAL_NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it) return VAL_NULL;
    Value x;
    int r = 0;
    while (r == 0 && (x = obj_iternext(vm, it)) != VAL_NULL) {
        r = ws_add(vm, self, x);
        decref(vm, x);
    }
    decref(vm, it);
    return r < 0 || err_occurred(vm) ? VAL_NULL : NONE;
}

static Value ws_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "WeakSet", nargs, kw, 0, 1)) return VAL_NULL;
    Value self = container_new(vm, t, &wkd_remove_def, true);
    if (self && nargs) {
        Value r = ws_update_m(vm, self, args, 1, VAL_NULL);
        if (!r) {
            decref(vm, self);
            return VAL_NULL;
        }
        decref(vm, r);
    }
    return self;
}

static Value ws_pop_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "pop", nargs, kw, 0, 0)) return VAL_NULL;
    size_t pos = 0;
    Value ref;
    while (set_next(wc(self)->data, &pos, &ref)) {
        Obj *o = referent(ref);
        if (!o) continue;
        Value item = incref(val(o));
        incref(ref);
        int r = set_discard(vm, wc(self)->data, ref);
        decref(vm, ref);
        if (r < 0) {
            decref(vm, item);
            return VAL_NULL;
        }
        return item;
    }
    return err_set_str(vm, &exc_KeyError, "pop from empty WeakSet");
}

static Value ws_copy_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "copy", nargs, kw, 0, 0)) return VAL_NULL;
    Value items = ws_snapshot(vm, self);
    if (!items) return VAL_NULL;
    Value r = ws_type_new(vm, type_of(self), &items, 1, VAL_NULL);
    decref(vm, items);
    return r;
}

static Value ws_repr(VM *vm, Value self) { return obj_repr(vm, wc(self)->data); }

static const MethodDef ws_methods[] = {
    {"add", ws_add_m, 0}, {"discard", ws_discard_m, 0}, {"remove", ws_remove_m, 0},
    {"update", ws_update_m, 0}, {"pop", ws_pop_m, 0}, {"clear", container_clear_m, 0},
    {"copy", ws_copy_m, 0},
    {NULL, NULL, 0},
};

Type type_weakset = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "WeakSet", .size = sizeof(WeakContainerObj),
    .flags = TF_GC, .base = &type_object, .dealloc = container_dealloc,
    .traverse = container_traverse, .clear = container_clear, .new_ = ws_type_new,
    .repr = ws_repr, .len = container_len, .contains = ws_contains, .iter = ws_iter,
    .getattr = obj_generic_getattr, .methods = ws_methods,
};

/* ---- finalize ---------------------------------------------------------------------- */

typedef struct FinalizeObj {
    Obj ob;
    Value ref;        /* weakref to the object, whose callback is `trigger` */
    Value func, args, kwargs;   /* VAL_NULL once called or detached */
    bool atexit;
} FinalizeObj;

static FinalizeObj *fin(Value v) { return (FinalizeObj *)as_obj(v); }

static Value registry(VM *vm)
{
    (void)vm;
    return dict_get_cstr_borrowed(vm, type_weakfinalize.dict, "_registry");
}

/* Takes the finalizer out of the registry; true if it was still alive. */
static bool fin_detach(VM *vm, Value self)
{
    FinalizeObj *f = fin(self);
    if (!f->func) return false;
    Value reg = registry(vm);
    if (reg && dict_del_if_present(vm, reg, self) < 0) err_clear(vm);
    return true;
}

/* Runs func(*args, **kwargs) once; None if already dead. */
static Value fin_call_once(VM *vm, Value self)
{
    FinalizeObj *f = fin(self);
    if (!f->func) return NONE;
    incref(self);
    fin_detach(vm, self);
    Value func = f->func, args = f->args, kwargs = f->kwargs;
    f->func = f->args = f->kwargs = VAL_NULL;
    clear_slot(vm, &f->ref);
    Value r = VAL_NULL;
    size_t n = as_tuple(args)->len, nk = kwargs ? as_dict(kwargs)->used : 0;
    Value *argv = gc_mem_alloc(vm, (n + nk + 1) * sizeof(Value));
    Value kwnames = nk ? tuple_new(vm, nk) : VAL_NULL;
    if (argv && (!nk || kwnames)) {
        memcpy(argv, as_tuple(args)->items, n * sizeof(Value));
        size_t pos = 0, i = 0;
        Value k, v;
        while (nk && dict_next(kwargs, &pos, &k, &v)) {
            as_tuple(kwnames)->items[i] = incref(k);
            argv[n + i++] = v;
        }
        if (kwnames) tuple_done(vm, kwnames);
        r = obj_call(vm, func, argv, n, kwnames);
    }
    if (argv) gc_mem_free(vm, argv, (n + nk + 1) * sizeof(Value));
    xdecref(vm, kwnames);
    decref(vm, func);
    decref(vm, args);
    xdecref(vm, kwargs);
    decref(vm, self);
    return r;
}

/* The weakref's callback: its self is the finalize object. */
static Value fin_trigger(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args; (void)nargs; (void)kw;
    Value r = fin_call_once(vm, self);
    if (!r) return VAL_NULL;
    decref(vm, r);
    return NONE;
}
static const MethodDef fin_trigger_def = {"_trigger", fin_trigger, 0};

static Value fin_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw)
{
    if (nargs < 2)
        return err_format(vm, &exc_TypeError, "finalize.__init__() missing %zu required positional argument%s",
                          2 - nargs, nargs == 1 ? "" : "s");
    FinalizeObj *f = (FinalizeObj *)gc_new_object(vm, t, sizeof(FinalizeObj));
    if (!f) return VAL_NULL;
    Value self = val(f);
    f->atexit = true;
    gc_track(vm, &f->ob);
    Value trigger = native_function_new(vm, &fin_trigger_def, self, VAL_NULL);
    if (!trigger) goto fail;
    f->ref = weakref_new(vm, &type_weakref, args[0], trigger);
    decref(vm, trigger);
    if (!f->ref) goto fail;
    f->args = tuple_from_array(vm, args + 2, nargs - 2);
    if (!f->args) goto fail;
    if (kw && as_tuple(kw)->len) {
        f->kwargs = dict_new(vm);
        if (!f->kwargs) goto fail;
        for (size_t i = 0; i < as_tuple(kw)->len; i++)
            if (dict_set(vm, f->kwargs, as_tuple(kw)->items[i], args[nargs + i]) < 0) goto fail;
    }
    f->func = incref(args[1]);
    Value reg = registry(vm);
    if (!reg || dict_set(vm, reg, self, NONE) < 0) goto fail;
    return self;
fail:
    if (!err_occurred(vm)) err_set_str(vm, &exc_RuntimeError, "weakref module not initialised");
    decref(vm, self);
    return VAL_NULL;
}

static void fin_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    FinalizeObj *f = (FinalizeObj *)o;
    clear_slot(vm, &f->ref);
    clear_slot(vm, &f->func);
    clear_slot(vm, &f->args);
    clear_slot(vm, &f->kwargs);
    obj_free(vm, o, sizeof(FinalizeObj));
}

static int fin_traverse(Obj *o, VisitFn visit, void *arg)
{
    FinalizeObj *f = (FinalizeObj *)o;
    Value slots[4] = {f->ref, f->func, f->args, f->kwargs};
    for (int i = 0; i < 4; i++)
        if (slots[i]) {
            int r = visit(slots[i], arg);
            if (r) return r;
        }
    return 0;
}

static void fin_clear(VM *vm, Obj *o)
{
    FinalizeObj *f = (FinalizeObj *)o;
    clear_slot(vm, &f->ref);
    clear_slot(vm, &f->func);
    clear_slot(vm, &f->args);
    clear_slot(vm, &f->kwargs);
}

static Value fin_call(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "__call__", nargs, kw, 0, 0)) return VAL_NULL;
    return fin_call_once(vm, self);
}

/* (obj, func, args, kwargs) while alive, else None; detach also forgets. */
static Value fin_info(VM *vm, Value self, bool detach)
{
    FinalizeObj *f = fin(self);
    Obj *o = f->ref ? referent(f->ref) : NULL;
    if (!f->func || !o) return NONE;
    Value kwargs = f->kwargs ? incref(f->kwargs) : dict_new(vm);
    if (!kwargs) return VAL_NULL;
    Value r = tuple_pack(vm, 4, val(o), f->func, f->args, kwargs);
    decref(vm, kwargs);
    if (r && detach) {
        fin_detach(vm, self);
        clear_slot(vm, &f->func);
        clear_slot(vm, &f->args);
        clear_slot(vm, &f->kwargs);
        clear_slot(vm, &f->ref);
    }
    return r;
}

static Value fin_peek(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "peek", nargs, kw, 0, 0)) return VAL_NULL;
    return fin_info(vm, self, false);
}

static Value fin_detach_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "detach", nargs, kw, 0, 0)) return VAL_NULL;
    return fin_info(vm, self, true);
}

static Value fin_get_alive(VM *vm, Value self) { (void)vm; return bool_val(fin(self)->func != VAL_NULL); }
static Value fin_get_atexit(VM *vm, Value self) { (void)vm; return bool_val(fin(self)->atexit); }
static int fin_set_atexit(VM *vm, Value self, Value v)
{
    int t = v ? obj_truth(vm, v) : 0;
    if (t < 0) return -1;
    fin(self)->atexit = t;
    return 0;
}

static Value fin_repr(VM *vm, Value self)
{
    char addr[32], oaddr[32];
    snprintf(addr, sizeof addr, "%p", (void *)as_obj(self));
    FinalizeObj *f = fin(self);
    Obj *o = f->ref ? referent(f->ref) : NULL;
    if (!o) return str_format(vm, "<finalize object at %s; dead>", addr);
    snprintf(oaddr, sizeof oaddr, "%p", (void *)o);
    return str_format(vm, "<finalize object at %s; for '%s' at %s>", addr, type_name(o->type), oaddr);
}

static const MethodDef fin_methods[] = {
    {"peek", fin_peek, 0}, {"detach", fin_detach_m, 0},
    {NULL, NULL, 0},
};

static const GetSetDef fin_getset[] = {
    {"alive", fin_get_alive, NULL},
    {"atexit", fin_get_atexit, fin_set_atexit},
    {NULL, NULL, NULL},
};

Type type_weakfinalize = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "finalize", .size = sizeof(FinalizeObj),
    .flags = TF_GC, .base = &type_object, .dealloc = fin_dealloc, .traverse = fin_traverse,
    .clear = fin_clear, .new_ = fin_type_new, .call = fin_call, .repr = fin_repr,
    .getattr = obj_generic_getattr, .setattr = obj_generic_setattr, .methods = fin_methods,
    .getset = fin_getset,
};

/* ---- module functions --------------------------------------------------------------- */

static Value wr_proxy(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "proxy", nargs, kw, 1, 2)) return VAL_NULL;
    return weakref_new(vm, &type_weakproxy, args[0], nargs > 1 ? args[1] : VAL_NULL);
}

static Value wr_getweakrefcount(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "getweakrefcount", nargs, kw, 1, 1)) return VAL_NULL;
    intptr_t n = 0;
    if (!is_small(args[0]))
        for (WeakRefObj *w = weakref_list_borrowed(vm, as_obj(args[0])); w; w = w->next) n++;
    return small(n);
}

static Value wr_getweakrefs(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "getweakrefs", nargs, kw, 1, 1)) return VAL_NULL;
    Value out = list_new(vm, 0);
    if (!out || is_small(args[0])) return out;
    for (WeakRefObj *w = weakref_list_borrowed(vm, as_obj(args[0])); w; w = w->next)
        if (list_append(vm, out, val(w)) < 0) {
            decref(vm, out);
            return VAL_NULL;
        }
    return out;
}

static const MethodDef weakref_functions[] = {
    {"proxy", wr_proxy, 0},
    {"getweakrefcount", wr_getweakrefcount, 0},
    {"getweakrefs", wr_getweakrefs, 0},
    {NULL, NULL, 0},
};

static int add_type(VM *vm, Value m, const char *name, Type *t)
{
    return module_add_object(vm, m, name, val(t));
}

Value stdlib_weakref_init(VM *vm)
{
    if (!registry(vm)) {
        Value reg = dict_new(vm);
        if (!reg) return VAL_NULL;
        int r = dict_set_cstr(vm, type_weakfinalize.dict, "_registry", reg);
        decref(vm, reg);
        if (r < 0) return VAL_NULL;
    }
    Value name = str_intern_cstr(vm, "weakref");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (!m) return VAL_NULL;
    Value proxies = tuple_pack(vm, 2, val(&type_weakproxy), val(&type_weakcallableproxy));
    int r = proxies ? module_add_object(vm, m, "ProxyTypes", proxies) : -1;
    xdecref(vm, proxies);
    if (r < 0 || module_add_functions(vm, m, weakref_functions) < 0 ||
        add_type(vm, m, "ref", &type_weakref) < 0 || add_type(vm, m, "ReferenceType", &type_weakref) < 0 ||
        add_type(vm, m, "ProxyType", &type_weakproxy) < 0 ||
        add_type(vm, m, "CallableProxyType", &type_weakcallableproxy) < 0 ||
        add_type(vm, m, "KeyedRef", &type_weakkeyedref) < 0 ||
        add_type(vm, m, "WeakValueDictionary", &type_weakvaluedict) < 0 ||
        add_type(vm, m, "WeakKeyDictionary", &type_weakkeydict) < 0 ||
        add_type(vm, m, "WeakSet", &type_weakset) < 0 || add_type(vm, m, "finalize", &type_weakfinalize) < 0) {
        decref(vm, m);
        return VAL_NULL;
    }
    return m;
}
