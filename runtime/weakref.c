/*
 * Weak references: weakref.ref (ReferenceType), weakref.proxy (ProxyType and
 * CallableProxyType), and the side table that finds an object's weakrefs.
 *
 * Objects carry no weakref slot.  Instead GCState.weak maps an object to the
 * head of its list of live weakrefs, and the object's GCHead has the
 * GC_FLAG_WEAKREFS bit while it has an entry, so obj_dealloc pays one bit
 * test for objects that were never weakly referenced.  Only GC objects can
 * be weakly referenced.
 *
 * The list keeps CPython's order, which decides the order callbacks run in:
 * the shared "basic" ref (no callback) first, then the shared basic proxy,
 * then every other weakref, newest first.
 *
 * Clearing: on the refcount path (weakref_clear_on_dealloc, after __del__)
 * every weakref is cleared, then the callbacks run; the collector clears them
 * itself (gc/collect.c, handle_weakrefs) and runs only the callbacks of
 * weakrefs that are not garbage themselves.
 */
#include <stdio.h>
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

/* ---- the side table: Obj* -> first WeakRefObj ---------------------------- */

#define TOMBSTONE ((Obj *)1)

static size_t slot_hash(Obj *o, size_t mask)
{
    uintptr_t x = (uintptr_t)o >> 4;
    x *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)(x >> 17) & mask;
}

/* The slot holding o, or NULL. */
static GCWeakSlot *table_find(GCWeakTable *t, Obj *o)
{
    if (!t->cap) return NULL;
    size_t mask = t->cap - 1;
    for (size_t i = slot_hash(o, mask);; i = (i + 1) & mask) {
        GCWeakSlot *s = &t->slots[i];
        if (s->obj == o) return s;
        if (!s->obj) return NULL;
    }
}

static bool table_resize(VM *vm, GCWeakTable *t, size_t cap)
{
    GCWeakSlot *slots = gc_mem_alloc(vm, cap * sizeof *slots);
    if (!slots) return false;
    memset(slots, 0, cap * sizeof *slots);
    GCWeakSlot *old = t->slots;
    size_t old_cap = t->cap;
    t->slots = slots;
    t->cap = cap;
    t->used = t->filled = 0;
    for (size_t i = 0; i < old_cap; i++) {
        if (!old[i].obj || old[i].obj == TOMBSTONE) continue;
        size_t mask = cap - 1, j = slot_hash(old[i].obj, mask);
        while (slots[j].obj) j = (j + 1) & mask;
        slots[j] = old[i];
        t->used++;
        t->filled++;
    }
    gc_mem_free(vm, old, old_cap * sizeof *old);
    return true;
}

/* The slot for o, created empty if missing; NULL with MemoryError. */
static GCWeakSlot *table_insert(VM *vm, GCWeakTable *t, Obj *o)
{
    GCWeakSlot *s = table_find(t, o);
    if (s) return s;
    if ((t->filled + 1) * 3 >= t->cap * 2) {
        size_t cap = t->cap ? t->cap : 8;
        while ((t->used + 1) * 3 >= cap) cap *= 2;
        if (!table_resize(vm, t, cap < 8 ? 8 : cap)) return NULL;
    }
    size_t mask = t->cap - 1, i = slot_hash(o, mask);
    while (t->slots[i].obj && t->slots[i].obj != TOMBSTONE) i = (i + 1) & mask;
    if (!t->slots[i].obj) t->filled++;
    t->used++;
    t->slots[i].obj = o;
    t->slots[i].head = NULL;
    return &t->slots[i];
}

static void table_remove(GCWeakTable *t, GCWeakSlot *s)
{
    s->obj = TOMBSTONE;
    s->head = NULL;
    t->used--;
}

void weakref_table_fini(VM *vm)
{
    GCWeakTable *t = &vm->gc.weak;
    gc_mem_free(vm, t->slots, t->cap * sizeof *t->slots);
    memset(t, 0, sizeof *t);
}

WeakRefObj *weakref_list_borrowed(VM *vm, Obj *o)
{
    if (!obj_is_gc(o) || !(gc_head(o)->refs & GC_FLAG_WEAKREFS)) return NULL;
    GCWeakSlot *s = table_find(&vm->gc.weak, o);
    return s ? s->head : NULL;
}

/* ---- list maintenance ---------------------------------------------------- */

static bool is_basic_ref(WeakRefObj *w) { return w->ob.type == &type_weakref && !w->callback; }
static bool is_proxy(WeakRefObj *w)
{
    return w->ob.type == &type_weakproxy || w->ob.type == &type_weakcallableproxy;
}
static bool is_basic_proxy(WeakRefObj *w) { return is_proxy(w) && !w->callback; }

/* Links wr into its referent's list: basic refs at the head, basic proxies
 * right after the basic ref, others after both. */
static bool list_insert(VM *vm, WeakRefObj *wr)
{
    Obj *o = wr->referent;
    GCWeakSlot *s = table_insert(vm, &vm->gc.weak, o);
    if (!s) return false;
    gc_head(o)->refs |= GC_FLAG_WEAKREFS;
    WeakRefObj *after = NULL;
    if (!is_basic_ref(wr)) {
        WeakRefObj *h = s->head;
        if (h && is_basic_ref(h)) {
            after = h;
            h = h->next;
        }
        if (!is_basic_proxy(wr) && h && is_basic_proxy(h)) after = h;
    }
    if (!after) {
        wr->prev = NULL;
        wr->next = s->head;
        if (s->head) s->head->prev = wr;
        s->head = wr;
    } else {
        wr->prev = after;
        wr->next = after->next;
        if (after->next) after->next->prev = wr;
        after->next = wr;
    }
    return true;
}

void weakref_clear_ref(VM *vm, WeakRefObj *wr)
{
    Obj *o = wr->referent;
    if (!o) return;
    if (wr->prev) {
        wr->prev->next = wr->next;
    } else {
        GCWeakSlot *s = table_find(&vm->gc.weak, o);
        if (s) {
            s->head = wr->next;
            if (!s->head) {
                table_remove(&vm->gc.weak, s);
                gc_head(o)->refs &= ~GC_FLAG_WEAKREFS;
            }
        }
    }
    if (wr->next) wr->next->prev = wr->prev;
    wr->prev = wr->next = NULL;
    wr->referent = NULL;
}

/* ---- the refcount path ---------------------------------------------------- */

static void call_callback(VM *vm, WeakRefObj *wr, Value callback)
{
    Value r = obj_call1(vm, callback, val(wr));
    if (r) decref(vm, r);
    else err_write_unraisable(vm, callback);
}

/* CPython's PyObject_ClearWeakRefs: clear all first, then call the
 * callbacks in list order, each with a strong reference to its weakref (a
 * weakref whose own count is already zero is skipped). */
void weakref_clear_on_dealloc(VM *vm, Obj *o)
{
    size_t n = 0;
    for (WeakRefObj *w = weakref_list_borrowed(vm, o); w; w = w->next) n++;
    if (!n) return;
    Value saved = err_fetch(vm);
    Value pairs_small[8], *pairs = pairs_small;
    if (n * 2 > 8) {
        pairs = gc_mem_alloc(vm, n * 2 * sizeof(Value));
        if (!pairs) {
            err_clear(vm);
            pairs = NULL;
        }
    }
    size_t k = 0;
    WeakRefObj *w;
    while ((w = weakref_list_borrowed(vm, o)) != NULL) {
        Value cb = w->callback;
        w->callback = VAL_NULL;
        weakref_clear_ref(vm, w);
        if (cb && w->ob.refcnt > 0 && gc_is_tracked(&w->ob) && pairs) {   /* not dying itself */
            pairs[k++] = incref(val(w));
            pairs[k++] = cb;
        } else if (cb) {
            decref(vm, cb);
        }
    }
    for (size_t i = 0; i < k; i += 2) {
        call_callback(vm, (WeakRefObj *)as_obj(pairs[i]), pairs[i + 1]);
        decref(vm, pairs[i + 1]);
        decref(vm, pairs[i]);
    }
    if (pairs && pairs != pairs_small) gc_mem_free(vm, pairs, n * 2 * sizeof(Value));
    if (saved) err_restore(vm, saved);
}

/* ---- creation ------------------------------------------------------------- */

bool weakref_supported(Type *t)
{
    static Type *const builtin[] = {
        &type_function, &type_native_function, &type_set, &type_frozenset, &type_type,
        &type_module, &type_method, &type_weakvaluedict, &type_weakkeydict, &type_weakset,
        &type_weakfinalize, &type_generator,
    };
    for (size_t i = 0; i < sizeof builtin / sizeof *builtin; i++)
        if (t == builtin[i]) return true;
    if (!(t->flags & TF_HEAP) || !(t->flags & TF_GC)) return false;
    /* Classes derived from variable-sized builtins get no __weakref__. */
    return !(t->flags & (TF_INT_SUB | TF_TUPLE_SUB)) && !type_is_subtype(t, &type_bytes);
}

/* The shared weakref of `type` without callback, if there is one. */
static WeakRefObj *find_basic(VM *vm, Obj *o, Type *type)
{
    for (WeakRefObj *w = weakref_list_borrowed(vm, o); w; w = w->next) {
        if (type == &type_weakref ? is_basic_ref(w) : is_basic_proxy(w)) return w;
        if (!is_basic_ref(w) && !is_basic_proxy(w)) break;
    }
    return NULL;
}

Value weakref_new(VM *vm, Type *type, Value obj, Value callback)
{
    if (is_small(obj) || !obj_is_gc(as_obj(obj)) || !weakref_supported(type_of(obj)))
        return err_format(vm, &exc_TypeError, "cannot create weak reference to '%s' object",
                          type_name(type_of(obj)));
    Obj *o = as_obj(obj);
    if (callback == NONE) callback = VAL_NULL;
    if (type == &type_weakproxy && obj_is_callable(obj)) type = &type_weakcallableproxy;
    if (!callback && (type == &type_weakref || type == &type_weakproxy || type == &type_weakcallableproxy)) {
        WeakRefObj *basic = find_basic(vm, o, type);
        if (basic) return incref(val(basic));
    }
    WeakRefObj *wr = (WeakRefObj *)gc_new_object(vm, type, type->size);   /* subtypes add fields */
    if (!wr) return VAL_NULL;
    wr->referent = o;
    wr->callback = xincref(callback);
    wr->hash = -1;
    if (!list_insert(vm, wr)) {
        wr->referent = NULL;
        decref(vm, val(wr));
        return VAL_NULL;
    }
    gc_track(vm, &wr->ob);
    return val(wr);
}

/* ---- ReferenceType --------------------------------------------------------- */

static void weakref_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    WeakRefObj *wr = (WeakRefObj *)o;
    weakref_clear_ref(vm, wr);
    clear_slot(vm, &wr->callback);
    obj_free(vm, o, o->type->size);
}

static int weakref_traverse(Obj *o, VisitFn visit, void *arg)
{
    WeakRefObj *wr = (WeakRefObj *)o;
    return wr->callback ? visit(wr->callback, arg) : 0;
}

static void weakref_tp_clear(VM *vm, Obj *o)
{
    WeakRefObj *wr = (WeakRefObj *)o;
    weakref_clear_ref(vm, wr);
    clear_slot(vm, &wr->callback);
}

static Value weakref_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    if (!args_no_kw(vm, "ref", kwnames)) return VAL_NULL;
    if (nargs < 1 || nargs > 2)
        return err_format(vm, &exc_TypeError, "__new__ expected %s %d argument%s, got %zu",
                          nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
    return weakref_new(vm, t, args[0], nargs > 1 ? args[1] : VAL_NULL);
}

static Value weakref_call(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_no_kw(vm, "weakref", kwnames)) return VAL_NULL;
    if (nargs) return err_format(vm, &exc_TypeError, "weakref expected 0 arguments, got %zu", nargs);
    Obj *o = ((WeakRefObj *)as_obj(callable))->referent;
    return o ? incref(val(o)) : NONE;
}

/* `<weakref at 0x..; to 'T' at 0x.. (name)>`, as CPython 3.11. */
static Value weakref_repr(VM *vm, Value v)
{
    WeakRefObj *wr = (WeakRefObj *)as_obj(v);
    char self_addr[32], obj_addr[32];
    snprintf(self_addr, sizeof self_addr, "%p", (void *)wr);
    if (is_proxy(wr)) {   /* CPython 3.11's proxy_repr has no quotes and no "dead" form */
        Obj *o = wr->referent ? wr->referent : &none_obj;
        snprintf(obj_addr, sizeof obj_addr, "%p", (void *)o);
        return str_format(vm, "<weakproxy at %s to %s at %s>", self_addr, type_name(o->type), obj_addr);
    }
    if (!wr->referent) return str_format(vm, "<weakref at %s; dead>", self_addr);
    Value obj = incref(val(wr->referent));
    snprintf(obj_addr, sizeof obj_addr, "%p", (void *)as_obj(obj));
    Value name = obj_lookup_attr(vm, obj, vm->s.__name__);
    Value r;
    if (err_occurred(vm))
        r = VAL_NULL;
    else if (name && is_str(name))
        r = str_format(vm, "<weakref at %s; to '%s' at %s (%U)>", self_addr, type_name(type_of(obj)), obj_addr,
                       name);
    else
        r = str_format(vm, "<weakref at %s; to '%s' at %s>", self_addr, type_name(type_of(obj)), obj_addr);
    xdecref(vm, name);
    decref(vm, obj);
    return r;
}

static bool weakref_hash(VM *vm, Value v, intptr_t *out)
{
    WeakRefObj *wr = (WeakRefObj *)as_obj(v);
    if (wr->hash != -1) {
        *out = wr->hash;
        return true;
    }
    if (!wr->referent) {
        err_set_str(vm, &exc_TypeError, "weak object has gone away");
        return false;
    }
    Value obj = incref(val(wr->referent));
    bool ok = obj_hash(vm, obj, &wr->hash);
    decref(vm, obj);
    if (!ok) wr->hash = -1;
    *out = wr->hash;
    return ok;
}

static Value weakref_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    if ((op != CMP_CODE_EQ && op != CMP_CODE_NE) || !is_instance_of(a, &type_weakref) ||
        !is_instance_of(b, &type_weakref))
        return NOTIMPL;
    Obj *x = ((WeakRefObj *)as_obj(a))->referent, *y = ((WeakRefObj *)as_obj(b))->referent;
    if (!x || !y) {
        bool same = a == b;
        return bool_val(op == CMP_CODE_EQ ? same : !same);
    }
    Value vx = incref(val(x)), vy = incref(val(y));
    Value r = obj_richcompare(vm, vx, vy, op);
    decref(vm, vx);
    decref(vm, vy);
    return r;
}

static Value weakref_get_callback(VM *vm, Value self)
{
    (void)vm;
    Value cb = ((WeakRefObj *)as_obj(self))->callback;
    return cb ? incref(cb) : NONE;
}

static const GetSetDef weakref_getset[] = {
    {"__callback__", weakref_get_callback, NULL},
    {NULL, NULL, NULL},
};

Type type_weakref = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "ReferenceType", .size = sizeof(WeakRefObj),
    .flags = TF_GC | TF_BASETYPE, .base = &type_object,
    .dealloc = weakref_dealloc, .traverse = weakref_traverse, .clear = weakref_tp_clear,
    .new_ = weakref_type_new, .call = weakref_call, .repr = weakref_repr, .hash = weakref_hash,
    .richcompare = weakref_richcompare, .getattr = obj_generic_getattr, .getset = weakref_getset,
};

/* ---- ProxyType and CallableProxyType -------------------------------------- */

/* A new reference to the proxy's referent, or ReferenceError. */
static Value proxy_target(VM *vm, Value proxy)
{
    Obj *o = ((WeakRefObj *)as_obj(proxy))->referent;
    if (!o) return err_set_str(vm, &exc_ReferenceError, "weakly-referenced object no longer exists");
    return incref(val(o));
}

static bool is_proxy_value(Value v)
{
    return !is_small(v) && (as_obj(v)->type == &type_weakproxy || as_obj(v)->type == &type_weakcallableproxy);
}

/* Replaces a proxy operand by its referent (new reference either way). */
static Value unwrap(VM *vm, Value v) { return is_proxy_value(v) ? proxy_target(vm, v) : incref(v); }

static Value proxy_getattr(VM *vm, Value self, Value name)
{
    Value t = proxy_target(vm, self);
    if (!t) return VAL_NULL;
    Value r = obj_getattr(vm, t, name);
    decref(vm, t);
    return r;
}

static int proxy_setattr(VM *vm, Value self, Value name, Value v)
{
    Value t = proxy_target(vm, self);
    if (!t) return -1;
    int r = obj_setattr(vm, t, name, v);
    decref(vm, t);
    return r;
}

static Value proxy_str(VM *vm, Value self)
{
    Value t = proxy_target(vm, self);
    if (!t) return VAL_NULL;
    Value r = obj_str(vm, t);
    decref(vm, t);
    return r;
}

static bool proxy_hash(VM *vm, Value self, intptr_t *out)
{
    (void)out;
    err_format(vm, &exc_TypeError, "unhashable type: 'weakref.%s'", type_of(self)->name);
    return false;
}

static Value proxy_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    Value x = unwrap(vm, a);
    if (!x) return VAL_NULL;
    Value y = unwrap(vm, b);
    if (!y) {
        decref(vm, x);
        return VAL_NULL;
    }
    Value r = obj_richcompare(vm, x, y, op);
    decref(vm, x);
    decref(vm, y);
    return r;
}

static Value proxy_call(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    Value t = proxy_target(vm, self);
    if (!t) return VAL_NULL;
    Value r = obj_call(vm, t, args, nargs, kwnames);
    decref(vm, t);
    return r;
}

static intptr_t proxy_len(VM *vm, Value self)
{
    Value t = proxy_target(vm, self);
    if (!t) return -1;
    intptr_t r = obj_len(vm, t);
    decref(vm, t);
    return r;
}

static Value proxy_getitem(VM *vm, Value self, Value key)
{
    Value t = proxy_target(vm, self);
    if (!t) return VAL_NULL;
    Value r = obj_getitem(vm, t, key);
    decref(vm, t);
    return r;
}

static int proxy_setitem(VM *vm, Value self, Value key, Value v)
{
    Value t = proxy_target(vm, self);
    if (!t) return -1;
    int r = v ? obj_setitem(vm, t, key, v) : obj_delitem(vm, t, key);
    decref(vm, t);
    return r;
}

static int proxy_contains(VM *vm, Value self, Value item)
{
    Value t = proxy_target(vm, self);
    if (!t) return -1;
    int r = obj_contains(vm, t, item);
    decref(vm, t);
    return r;
}

static Value proxy_iter(VM *vm, Value self)
{
    Value t = proxy_target(vm, self);
    if (!t) return VAL_NULL;
    Value r = obj_iter(vm, t);
    decref(vm, t);
    return r;
}

static Value proxy_iternext(VM *vm, Value self)
{
    Value t = proxy_target(vm, self);
    if (!t) return VAL_NULL;
    Value r;
    if (!type_of(t)->iternext)
        r = err_format(vm, &exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object",
                       type_name(type_of(t)));
    else
        r = obj_iternext(vm, t);
    decref(vm, t);
    return r;
}

static int proxy_truth(VM *vm, Value self)
{
    Value t = proxy_target(vm, self);
    if (!t) return -1;
    int r = obj_truth(vm, t);
    decref(vm, t);
    return r;
}

#define PROXY_UNARY(name, fn)                                  \
    static Value name(VM *vm, Value self)                      \
    {                                                          \
        Value t = proxy_target(vm, self);                      \
        if (!t) return VAL_NULL;                               \
        Value r = fn(vm, t);                                   \
        decref(vm, t);                                         \
        return r;                                              \
    }
PROXY_UNARY(proxy_neg, obj_neg)
PROXY_UNARY(proxy_pos, obj_pos)
PROXY_UNARY(proxy_invert, obj_invert)
PROXY_UNARY(proxy_abs, obj_abs)
PROXY_UNARY(proxy_index, obj_index)

#define PROXY_BINOP(op, inplace)                                       \
    static Value proxy_binop_##op(VM *vm, Value a, Value b)            \
    {                                                                  \
        Value x = unwrap(vm, a);                                       \
        if (!x) return VAL_NULL;                                       \
        Value y = unwrap(vm, b);                                       \
        if (!y) {                                                      \
            decref(vm, x);                                             \
            return VAL_NULL;                                           \
        }                                                              \
        Value r = inplace ? obj_inplace_binop(vm, op, x, y) : obj_binop(vm, op, x, y); \
        decref(vm, x);                                                 \
        decref(vm, y);                                                 \
        return r;                                                      \
    }
#define PROXY_OPS(X) X(NB_ADD) X(NB_SUB) X(NB_MUL) X(NB_MATMUL) X(NB_TRUEDIV) X(NB_FLOORDIV) \
    X(NB_MOD) X(NB_POW) X(NB_LSHIFT) X(NB_RSHIFT) X(NB_OR) X(NB_XOR) X(NB_AND)
#define DEFINE_BINOP(op) PROXY_BINOP(op, false)
PROXY_OPS(DEFINE_BINOP)
#undef DEFINE_BINOP

#define BINOP_ENTRY(op) [op] = proxy_binop_##op,

static Value proxy_bytes_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "__bytes__", nargs, kw, 0, 0)) return VAL_NULL;
    Value t = proxy_target(vm, self);
    if (!t) return VAL_NULL;
    Value r = obj_call_method(vm, t, "__bytes__", NULL, 0);
    decref(vm, t);
    return r;
}

static const MethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes_m, 0},
    {NULL, NULL, 0},
};

#define PROXY_TYPE(cname, pyname, callslot)                                                   \
    Type cname = {                                                                            \
        .ob = OBJ_HEAD_INIT(&type_type), .name = pyname, .size = sizeof(WeakRefObj),         \
        .flags = TF_GC, .base = &type_object, .dealloc = weakref_dealloc,                    \
        .traverse = weakref_traverse, .clear = weakref_tp_clear, .call = callslot,           \
        .repr = weakref_repr, .str = proxy_str, .hash = proxy_hash,                          \
        .richcompare = proxy_richcompare, .getattr = proxy_getattr, .setattr = proxy_setattr, \
        .iter = proxy_iter, .iternext = proxy_iternext, .len = proxy_len,                    \
        .getitem = proxy_getitem, .setitem = proxy_setitem, .contains = proxy_contains,      \
        .binop = {PROXY_OPS(BINOP_ENTRY)}, .neg = proxy_neg, .pos = proxy_pos,               \
        .invert = proxy_invert, .abs = proxy_abs, .truth = proxy_truth, .index = proxy_index, \
        .methods = proxy_methods,                                                             \
    }
PROXY_TYPE(type_weakproxy, "ProxyType", NULL);
PROXY_TYPE(type_weakcallableproxy, "CallableProxyType", proxy_call);
