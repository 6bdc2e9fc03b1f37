/*
 * Classes made at run time: `class` statements (__build_class__) and
 * type(name, bases, dict).  This file owns
 *  - the C3 method resolution order and the choice of the base whose
 *    instance layout a class extends;
 *  - the layout of instances (runtime/class.h): the base's fields, then
 *    __slots__ members, then the dict slot and attribute table;
 *  - the slot wrappers: a class whose MRO defines __repr__ (say) before any
 *    builtin class does gets a repr slot that looks __repr__ up and calls
 *    it; otherwise it keeps the builtin's slot.  Assigning a dunder to a
 *    class later refills that slot in the class and its subclasses;
 *  - calling a class (__new__ then __init__), and the class object's own
 *    lifetime (dealloc, traverse, clear, __dict__, __doc__).
 */
#include <string.h>

#include "runtime/class.h"
#include "vm/vm.h"

/* ---- interned names ------------------------------------------------------------------ */

/* Borrowed from the VM's intern table, which keeps them until class_fini. */
static struct { VM *vm; ClassNames names; } names_cache;

const ClassNames *class_names(VM *vm)
{
    if (names_cache.vm == vm) return &names_cache.names;
    ClassNames n;
#define INTERN_NAME(x)                                \
    n.x = str_intern_cstr(vm, #x);                    \
    if (!n.x) return NULL;                            \
    decref(vm, n.x);
    CLASS_NAMES(INTERN_NAME)
#undef INTERN_NAME
    names_cache.names = n;
    names_cache.vm = vm;
    return &names_cache.names;
}

void class_fini(VM *vm)
{
    if (names_cache.vm == vm) names_cache.vm = NULL;
}

#define NAME_AT(n, off) (*(const Value *)((const char *)(n) + (off)))
#define CN(field) offsetof(ClassNames, field)

/* ---- finding what implements a slot --------------------------------------------------- */

typedef void (*AnySlot)(void);

static AnySlot slot_at(const Type *t, size_t off)
{
    AnySlot f;
    memcpy(&f, (const char *)t + off, sizeof f);
    return f;
}

static void set_slot_at(Type *t, size_t off, AnySlot f) { memcpy((char *)t + off, &f, sizeof f); }

/* A builtin class provides a slot if it has its own (not inherited) one;
 * object provides all of its slots, even empty ones. */
static bool builtin_provides(const Type *k, size_t off)
{
    return !k->base || slot_at(k, off) != slot_at(k->base, off);
}

/* Walks t's MRO for the first class that provides `name` (a heap class
 * whose dict has it: returns the value) or the slot at `off` (a builtin:
 * *builtin is set, returns VAL_NULL). */
static Value find_impl(const Type *t, Value name, size_t off, Type **builtin)
{
    if (!t->mro) {
        /* A class the collector has cleared: only its builtin part is left. */
        *builtin = is_heap_type(t) ? ((const HeapType *)t)->layout_base : (Type *)t;
        return VAL_NULL;
    }
    TupleObj *mro = as_tuple(t->mro);
    for (size_t i = 0; i < mro->len; i++) {
        Type *k = (Type *)as_obj(mro->items[i]);
        if (is_heap_type(k)) {
            Value v = dict_get_str_borrowed(NULL, k->dict, name);
            if (v) {
                *builtin = NULL;
                return v;
            }
        } else if (builtin_provides(k, off)) {
            *builtin = k;
            return VAL_NULL;
        }
    }
    *builtin = &type_object;
    return VAL_NULL;
}

/* Calls a method found in a class dict with self bound. */
static Value call_bound(VM *vm, Value m, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (is_type(m, &type_function)) {
        size_t total = nargs + (kwnames ? as_tuple(kwnames)->len : 0);
        Value buf[8];
        Value *all = total + 1 <= 8 ? buf : gc_mem_alloc(vm, (total + 1) * sizeof(Value));
        if (!all) return VAL_NULL;
        all[0] = self;
        if (total) memcpy(all + 1, args, total * sizeof(Value));
        incref(m);
        Value r = obj_call(vm, m, all, nargs + 1, kwnames);
        decref(vm, m);
        if (all != buf) gc_mem_free(vm, all, (total + 1) * sizeof(Value));
        return r;
    }
    Type *mt = type_of(m);
    Value bound = mt->descr_get ? mt->descr_get(vm, m, self, val(type_of(self))) : incref(m);
    if (!bound) return VAL_NULL;
    Value r = obj_call(vm, bound, args, nargs, kwnames);
    decref(vm, bound);
    return r;
}

Value class_call_special(VM *vm, Value self, Value name, Value *args, size_t nargs, bool *found)
{
    Value m = type_lookup_borrowed(type_of(self), name);
    *found = m != VAL_NULL;
    if (!m) return VAL_NULL;
    return call_bound(vm, m, self, args, nargs, VAL_NULL);
}

static const ClassNames *names_or_fail(VM *vm) { return class_names(vm); }

#define SLOT_OFF(field) offsetof(Type, field)

/* ---- slot wrappers: text, hash, comparison ---------------------------------------------- */

typedef Value (*UnaryFn)(VM *, Value);

static Value unary_slot(VM *vm, Value v, size_t name_off, size_t slot_off, const char *what)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Type *k;
    Value m = find_impl(type_of(v), NAME_AT(n, name_off), slot_off, &k);
    if (m) return call_bound(vm, m, v, NULL, 0, VAL_NULL);
    UnaryFn f = (UnaryFn)slot_at(k, slot_off);
    if (f) return f(vm, v);
    return err_format(vm, &exc_TypeError, "bad operand type for %s: '%T'", what, v);
}

static Value slot_repr(VM *vm, Value v) { return unary_slot(vm, v, CN(__repr__), SLOT_OFF(repr), "repr()"); }
static Value slot_str(VM *vm, Value v) { return unary_slot(vm, v, CN(__str__), SLOT_OFF(str), "str()"); }
static Value slot_neg(VM *vm, Value v) { return unary_slot(vm, v, CN(__neg__), SLOT_OFF(neg), "unary -"); }
static Value slot_pos(VM *vm, Value v) { return unary_slot(vm, v, CN(__pos__), SLOT_OFF(pos), "unary +"); }
static Value slot_abs(VM *vm, Value v) { return unary_slot(vm, v, CN(__abs__), SLOT_OFF(abs), "abs()"); }
static Value slot_invert(VM *vm, Value v) { return unary_slot(vm, v, CN(__invert__), SLOT_OFF(invert), "unary ~"); }

static Value slot_index(VM *vm, Value v)
{
    Value r = unary_slot(vm, v, CN(__index__), SLOT_OFF(index), "index");
    if (r && !is_int(r)) {
        err_format(vm, &exc_TypeError, "__index__ returned non-int (type %T)", r);
        decref(vm, r);
        return VAL_NULL;
    }
    return r;
}

static bool slot_hash(VM *vm, Value v, intptr_t *out)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return false;
    Type *k;
    Value m = find_impl(type_of(v), n->__hash__, SLOT_OFF(hash), &k);
    if (!m && k->hash) return k->hash(vm, v, out);
    if (!m || m == NONE) {
        err_format(vm, &exc_TypeError, "unhashable type: '%T'", v);
        return false;
    }
    Value r = call_bound(vm, m, v, NULL, 0, VAL_NULL);
    if (!r) return false;
    if (!is_int(r)) {
        decref(vm, r);
        err_set_str(vm, &exc_TypeError, "__hash__ method should return an integer");
        return false;
    }
    /* CPython keeps a result that fits a machine word as it is and hashes
     * a bigger int as int.__hash__ would. */
    int64_t h;
    if (is_small(r) || type_of(r) == &type_bool) {
        h = is_small(r) ? small_val(r) : r == TRUE_V;
    } else if (!int_to_i64(vm, r, &h)) {
        err_clear(vm);
        h = int_hash(r);
    }
    decref(vm, r);
    *out = h == -1 ? -2 : (intptr_t)h;
    return true;
}

static const size_t cmp_names[] = {CN(__lt__), CN(__le__), CN(__eq__), CN(__ne__), CN(__gt__), CN(__ge__)};

static Value slot_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Type *k;
    Value m = find_impl(type_of(a), NAME_AT(n, cmp_names[op]), SLOT_OFF(richcompare), &k);
    if (m) return call_bound(vm, m, a, &b, 1, VAL_NULL);
    if (op == CMP_CODE_NE && k->richcompare == type_object.richcompare) {
        /* object.__ne__: the inverse of type(a).__eq__ unless NotImplemented. */
        Value r = type_of(a)->richcompare(vm, a, b, CMP_CODE_EQ);
        if (!r || r == NOTIMPL) return r;
        int t = obj_truth(vm, r);
        decref(vm, r);
        return t < 0 ? VAL_NULL : bool_val(!t);
    }
    return k->richcompare ? k->richcompare(vm, a, b, op) : NOTIMPL;
}

/* ---- slot wrappers: attributes, calls, descriptors -------------------------------------- */

static Value slot_getattr(VM *vm, Value obj, Value name)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Type *t = type_of(obj), *k;
    Value ga = find_impl(t, n->__getattribute__, SLOT_OFF(getattr), &k);
    Value r;
    if (ga) r = call_bound(vm, ga, obj, &name, 1, VAL_NULL);
    else r = (k->getattr && k->getattr != slot_getattr ? k->getattr : obj_generic_getattr)(vm, obj, name);
    if (r || !err_matches(vm, &exc_AttributeError)) return r;
    Value hook = find_impl(t, n->__getattr__, SLOT_OFF(getattr), &k);
    if (!hook) return VAL_NULL;
    err_clear(vm);
    return call_bound(vm, hook, obj, &name, 1, VAL_NULL);
}

static int slot_setattr(VM *vm, Value obj, Value name, Value v)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return -1;
    Type *k;
    Value m = find_impl(type_of(obj), v ? n->__setattr__ : n->__delattr__, SLOT_OFF(setattr), &k);
    if (!m) return (k->setattr && k->setattr != slot_setattr ? k->setattr : obj_generic_setattr)(vm, obj, name, v);
    Value args[2] = {name, v};
    Value r = call_bound(vm, m, obj, args, v ? 2 : 1, VAL_NULL);
    if (!r) return -1;
    decref(vm, r);
    return 0;
}

static Value slot_call(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Type *k;
    Value m = find_impl(type_of(callable), n->__call__, SLOT_OFF(call), &k);
    if (m) return call_bound(vm, m, callable, args, nargs, kwnames);
    if (k->call) return k->call(vm, callable, args, nargs, kwnames);
    return err_format(vm, &exc_TypeError, "'%T' object is not callable", callable);
}

static Value slot_descr_get(VM *vm, Value descr, Value obj, Value type)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Type *k;
    Value m = find_impl(type_of(descr), n->__get__, SLOT_OFF(descr_get), &k);
    if (!m) return k->descr_get ? k->descr_get(vm, descr, obj, type) : incref(descr);
    Value args[2] = {obj ? obj : NONE, type ? type : NONE};
    return call_bound(vm, m, descr, args, 2, VAL_NULL);
}

static int slot_descr_set(VM *vm, Value descr, Value obj, Value v)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return -1;
    Type *k;
    Value name = v ? n->__set__ : n->__delete__;
    Value m = find_impl(type_of(descr), name, SLOT_OFF(descr_set), &k);
    if (!m) {
        if (k->descr_set) return k->descr_set(vm, descr, obj, v);
        err_set_value(vm, &exc_AttributeError, name);
        return -1;
    }
    Value args[2] = {obj, v};
    Value r = call_bound(vm, m, descr, args, v ? 2 : 1, VAL_NULL);
    if (!r) return -1;
    decref(vm, r);
    return 0;
}

static Value slot_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Type *k;
    Value m = find_impl(t, n->__new__, SLOT_OFF(new_), &k);
    if (!m) {
        if (k->new_) return k->new_(vm, t, args, nargs, kwnames);
        return err_format(vm, &exc_TypeError, "cannot create '%s' instances", type_name(t));
    }
    Value func = is_type(m, &type_staticmethod) ? staticmethod_func_borrowed(m) : m;
    size_t total = nargs + (kwnames ? as_tuple(kwnames)->len : 0);
    Value buf[8];
    Value *all = total + 1 <= 8 ? buf : gc_mem_alloc(vm, (total + 1) * sizeof(Value));
    if (!all) return VAL_NULL;
    all[0] = val(t);
    if (total) memcpy(all + 1, args, total * sizeof(Value));
    incref(func);
    Value r = obj_call(vm, func, all, nargs + 1, kwnames);
    decref(vm, func);
    if (all != buf) gc_mem_free(vm, all, (total + 1) * sizeof(Value));
    return r;
}

/* ---- slot wrappers: containers and iteration --------------------------------------------- */

static intptr_t slot_len(VM *vm, Value v)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return -1;
    Type *k;
    Value m = find_impl(type_of(v), n->__len__, SLOT_OFF(len), &k);
    if (!m) {
        if (k->len) return k->len(vm, v);
        err_format(vm, &exc_TypeError, "object of type '%T' has no len()", v);
        return -1;
    }
    Value r = call_bound(vm, m, v, NULL, 0, VAL_NULL);
    if (!r) return -1;
    intptr_t len;
    bool ok = obj_as_index(vm, r, &len);
    decref(vm, r);
    if (!ok) return -1;
    if (len < 0) {
        err_set_str(vm, &exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return len;
}

static Value slot_getitem(VM *vm, Value v, Value key)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Type *k;
    Value m = find_impl(type_of(v), n->__getitem__, SLOT_OFF(getitem), &k);
    if (m) return call_bound(vm, m, v, &key, 1, VAL_NULL);
    if (k->getitem) return k->getitem(vm, v, key);
    return err_format(vm, &exc_TypeError, "'%T' object is not subscriptable", v);
}

static int slot_setitem(VM *vm, Value v, Value key, Value item)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return -1;
    Type *k;
    Value name = item ? n->__setitem__ : n->__delitem__;
    Value m = find_impl(type_of(v), name, SLOT_OFF(setitem), &k);
    if (!m) {
        if (k->setitem) return k->setitem(vm, v, key, item);
        err_set_value(vm, &exc_AttributeError, name);
        return -1;
    }
    Value args[2] = {key, item};
    Value r = call_bound(vm, m, v, args, item ? 2 : 1, VAL_NULL);
    if (!r) return -1;
    decref(vm, r);
    return 0;
}

static int contains_by_iteration(VM *vm, Value container, Value item)
{
    Value it = obj_iter(vm, container);
    if (!it) return -1;
    int found = 0;
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (!x) {
            if (err_occurred(vm)) found = -1;
            break;
        }
        found = obj_eq(vm, x, item);
        decref(vm, x);
        if (found != 0) break;
    }
    decref(vm, it);
    return found;
}

static int slot_contains(VM *vm, Value v, Value item)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return -1;
    Type *k;
    Value m = find_impl(type_of(v), n->__contains__, SLOT_OFF(contains), &k);
    if (!m) return k->contains ? k->contains(vm, v, item) : contains_by_iteration(vm, v, item);
    if (m == NONE) {
        err_format(vm, &exc_TypeError, "'%T' object is not a container", v);
        return -1;
    }
    Value r = call_bound(vm, m, v, &item, 1, VAL_NULL);
    if (!r) return -1;
    int t = obj_truth(vm, r);
    decref(vm, r);
    return t;
}

static int slot_truth(VM *vm, Value v)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return -1;
    Type *k;
    Value m = find_impl(type_of(v), n->__bool__, SLOT_OFF(truth), &k);
    if (!m) {
        if (k->truth) return k->truth(vm, v);
        Type *t = type_of(v);
        if (!t->len) return 1;
        intptr_t len = t->len(vm, v);
        return len < 0 ? -1 : len > 0;
    }
    Value r = call_bound(vm, m, v, NULL, 0, VAL_NULL);
    if (!r) return -1;
    if (r != TRUE_V && r != FALSE_V) {
        err_format(vm, &exc_TypeError, "__bool__ should return bool, returned %T", r);
        decref(vm, r);
        return -1;
    }
    return r == TRUE_V;
}

static Value slot_iter(VM *vm, Value v)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Type *k;
    Value m = find_impl(type_of(v), n->__iter__, SLOT_OFF(iter), &k);
    if (!m) {
        if (k->iter) return k->iter(vm, v);
        return err_format(vm, &exc_TypeError, "'%T' object is not iterable", v);
    }
    if (m == NONE) return err_format(vm, &exc_TypeError, "'%T' object is not iterable", v);
    Value r = call_bound(vm, m, v, NULL, 0, VAL_NULL);
    if (r && !type_of(r)->iternext) {
        err_format(vm, &exc_TypeError, "iter() returned non-iterator of type '%T'", r);
        decref(vm, r);
        return VAL_NULL;
    }
    return r;
}

static Value slot_iternext(VM *vm, Value v)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Type *k;
    Value m = find_impl(type_of(v), n->__next__, SLOT_OFF(iternext), &k);
    if (!m) {
        if (k->iternext) return k->iternext(vm, v);
        return err_format(vm, &exc_TypeError, "'%T' object is not an iterator", v);
    }
    Value r = call_bound(vm, m, v, NULL, 0, VAL_NULL);
    if (!r && err_matches(vm, &exc_StopIteration)) err_clear(vm);
    return r;
}

/* ---- slot wrappers: number operations ------------------------------------------------------ */

typedef Value (*BinFn)(VM *, Value, Value);

static const size_t binop_names[NB_COUNT] = {
    CN(__add__), CN(__sub__), CN(__mul__), CN(__matmul__), CN(__truediv__), CN(__floordiv__),
    CN(__mod__), CN(__pow__), CN(__lshift__), CN(__rshift__), CN(__or__), CN(__xor__), CN(__and__),
};
static const size_t rbinop_names[NB_COUNT] = {
    CN(__radd__), CN(__rsub__), CN(__rmul__), CN(__rmatmul__), CN(__rtruediv__), CN(__rfloordiv__),
    CN(__rmod__), CN(__rpow__), CN(__rlshift__), CN(__rrshift__), CN(__ror__), CN(__rxor__), CN(__rand__),
};
static const size_t ibinop_names[NB_COUNT] = {
    CN(__iadd__), CN(__isub__), CN(__imul__), CN(__imatmul__), CN(__itruediv__), CN(__ifloordiv__),
    CN(__imod__), CN(__ipow__), CN(__ilshift__), CN(__irshift__), CN(__ior__), CN(__ixor__), CN(__iand__),
};

/* self.<name>(other), or the builtin slot of self's class applied to (a, b). */
static Value binop_side(VM *vm, Value self, Value other, Value name, NumOp op, Value a, Value b)
{
    Type *k;
    Value m = find_impl(type_of(self), name, SLOT_OFF(binop[op]), &k);
    if (m) return call_bound(vm, m, self, &other, 1, VAL_NULL);
    BinFn f = k->binop[op];
    return f ? f(vm, a, b) : NOTIMPL;
}

/* CPython's method_is_overloaded: does right's class define `name`
 * differently from left's? */
static bool method_overloaded(Type *left, Type *right, Value name)
{
    Value b = type_lookup_borrowed(right, name);
    if (!b) return false;
    return type_lookup_borrowed(left, name) != b;
}

/* CPython's SLOT1BINFULL: a and b's classes may both use this wrapper. */
static Value binop_slot(VM *vm, NumOp op, Value a, Value b, BinFn me)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Value lname = NAME_AT(n, binop_names[op]), rname = NAME_AT(n, rbinop_names[op]);
    Type *ta = type_of(a), *tb = type_of(b);
    bool do_other = ta != tb && tb->binop[op] == me;
    if (ta->binop[op] == me) {
        if (do_other && type_is_subtype(tb, ta) && method_overloaded(ta, tb, rname)) {
            Value r = binop_side(vm, b, a, rname, op, a, b);
            if (r != NOTIMPL) return r;
            do_other = false;
        }
        Value r = binop_side(vm, a, b, lname, op, a, b);
        if (r != NOTIMPL || ta == tb) return r;
    }
    if (do_other) return binop_side(vm, b, a, rname, op, a, b);
    return NOTIMPL;
}

static Value inplace_slot(VM *vm, NumOp op, Value a, Value b)
{
    const ClassNames *n = names_or_fail(vm);
    if (!n) return VAL_NULL;
    Type *k;
    Value m = find_impl(type_of(a), NAME_AT(n, ibinop_names[op]), SLOT_OFF(inplace[op]), &k);
    if (m) return call_bound(vm, m, a, &b, 1, VAL_NULL);
    BinFn f = k->inplace[op];
    return f ? f(vm, a, b) : NOTIMPL;
}

#define NUMOPS(X) X(NB_ADD, add) X(NB_SUB, sub) X(NB_MUL, mul) X(NB_MATMUL, matmul) \
    X(NB_TRUEDIV, truediv) X(NB_FLOORDIV, floordiv) X(NB_MOD, mod) X(NB_POW, pow) X(NB_LSHIFT, lshift) \
    X(NB_RSHIFT, rshift) X(NB_OR, or) X(NB_XOR, xor) X(NB_AND, and)
#define DEFINE_NUMOP(op, nm)                                                                     \
    static Value slot_##nm(VM *vm, Value a, Value b) { return binop_slot(vm, op, a, b, slot_##nm); } \
    static Value slot_i##nm(VM *vm, Value a, Value b) { return inplace_slot(vm, op, a, b); }
NUMOPS(DEFINE_NUMOP)
#undef DEFINE_NUMOP
#define NUMOP_ENTRY(op, nm) [op] = slot_##nm,
static const BinFn binop_wrappers[NB_COUNT] = {NUMOPS(NUMOP_ENTRY)};
#undef NUMOP_ENTRY
#define INUMOP_ENTRY(op, nm) [op] = slot_i##nm,
static const BinFn inplace_wrappers[NB_COUNT] = {NUMOPS(INUMOP_ENTRY)};
#undef INUMOP_ENTRY

/* ---- the slot table -------------------------------------------------------------------------- */

/* A slot, the dunder names that fill it (a class defining any of them gets
 * `wrapper`), and how many names. */
typedef struct SlotDef {
    size_t off;
    AnySlot wrapper;
    size_t names[6];
    int nnames;
} SlotDef;

#define W(f) ((AnySlot)(f))
static const SlotDef slotdefs[] = {
    {SLOT_OFF(repr), W(slot_repr), {CN(__repr__)}, 1},
    {SLOT_OFF(str), W(slot_str), {CN(__str__)}, 1},
    {SLOT_OFF(hash), W(slot_hash), {CN(__hash__)}, 1},
    {SLOT_OFF(richcompare), W(slot_richcompare),
     {CN(__lt__), CN(__le__), CN(__eq__), CN(__ne__), CN(__gt__), CN(__ge__)}, 6},
    {SLOT_OFF(getattr), W(slot_getattr), {CN(__getattribute__), CN(__getattr__)}, 2},
    {SLOT_OFF(setattr), W(slot_setattr), {CN(__setattr__), CN(__delattr__)}, 2},
    {SLOT_OFF(call), W(slot_call), {CN(__call__)}, 1},
    {SLOT_OFF(descr_get), W(slot_descr_get), {CN(__get__)}, 1},
    {SLOT_OFF(descr_set), W(slot_descr_set), {CN(__set__), CN(__delete__)}, 2},
    {SLOT_OFF(iter), W(slot_iter), {CN(__iter__)}, 1},
    {SLOT_OFF(iternext), W(slot_iternext), {CN(__next__)}, 1},
    {SLOT_OFF(len), W(slot_len), {CN(__len__)}, 1},
    {SLOT_OFF(getitem), W(slot_getitem), {CN(__getitem__)}, 1},
    {SLOT_OFF(setitem), W(slot_setitem), {CN(__setitem__), CN(__delitem__)}, 2},
    {SLOT_OFF(contains), W(slot_contains), {CN(__contains__)}, 1},
    {SLOT_OFF(neg), W(slot_neg), {CN(__neg__)}, 1},
    {SLOT_OFF(pos), W(slot_pos), {CN(__pos__)}, 1},
    {SLOT_OFF(invert), W(slot_invert), {CN(__invert__)}, 1},
    {SLOT_OFF(abs), W(slot_abs), {CN(__abs__)}, 1},
    {SLOT_OFF(truth), W(slot_truth), {CN(__bool__)}, 1},
    {SLOT_OFF(index), W(slot_index), {CN(__index__)}, 1},
    {SLOT_OFF(new_), W(slot_new), {CN(__new__)}, 1},
    {SLOT_OFF(finalize), W(instance_finalize), {CN(__del__)}, 1},
};
#undef W

/* Refills one slot of t from its MRO.  Returns true if a heap class
 * provides it (with the found value in *found). */
static void fill_slot(const ClassNames *n, Type *t, size_t off, AnySlot wrapper, const size_t *names, int nnames)
{
    TupleObj *mro = as_tuple(t->mro);
    for (size_t i = 0; i < mro->len; i++) {
        Type *k = (Type *)as_obj(mro->items[i]);
        if (!is_heap_type(k)) {
            if (builtin_provides(k, off)) {
                set_slot_at(t, off, slot_at(k, off));
                return;
            }
            continue;
        }
        for (int j = 0; j < nnames; j++) {
            Value v = dict_get_str_borrowed(NULL, k->dict, NAME_AT(n, names[j]));
            if (!v) continue;
            /* __hash__ = None makes instances unhashable. */
            bool none_hash = off == SLOT_OFF(hash) && v == NONE;
            set_slot_at(t, off, none_hash ? NULL : wrapper);
            return;
        }
    }
    set_slot_at(t, off, slot_at(&type_object, off));
}

static void update_slots(const ClassNames *n, Type *t)
{
    if (!t->mro) return;   /* cleared by the collector */
    for (size_t i = 0; i < sizeof slotdefs / sizeof *slotdefs; i++) {
        const SlotDef *d = &slotdefs[i];
        fill_slot(n, t, d->off, d->wrapper, d->names, d->nnames);
    }
    for (int op = 0; op < NB_COUNT; op++) {
        size_t both[2] = {binop_names[op], rbinop_names[op]};
        fill_slot(n, t, SLOT_OFF(binop[op]), (AnySlot)binop_wrappers[op], both, 2);
        fill_slot(n, t, SLOT_OFF(inplace[op]), (AnySlot)inplace_wrappers[op], &ibinop_names[op], 1);
    }
    if (t->finalize == instance_finalize) t->flags |= TF_HAS_DEL;
    else t->flags &= ~(uint32_t)TF_HAS_DEL;
    /* These belong to the class machinery, whatever the dict says. */
    t->dealloc = instance_dealloc;
    t->traverse = instance_traverse;
    t->clear = instance_clear;
    t->sizeof_ = instance_sizeof;
}

/* After a dunder changed in t's dict: t and every subclass, depth first
 * (bounded: a class hierarchy is as deep as the classes made). */
static void update_slots_recursive(const ClassNames *n, HeapType *h, int depth)
{
    update_slots(n, &h->type);
    if (depth > 10000) return;
    for (size_t i = 0; i < h->nsub; i++) update_slots_recursive(n, h->subclasses[i], depth + 1);
}

static bool is_dunder(Value name)
{
    const char *s = str_cstr(name);
    size_t len = str_nbytes(as_str(name));
    return len > 4 && s[0] == '_' && s[1] == '_' && s[len - 1] == '_' && s[len - 2] == '_';
}

/* C.__name__ = 'D' and C.__qualname__ = 'D' */
static int set_class_name(VM *vm, Type *t, Value name, Value v)
{
    bool is_name = str_eq(name, class_names(vm)->__name__);
    if (!v) {
        err_format(vm, &exc_TypeError, "cannot delete '%U' attribute of immutable type '%s'", name, type_name(t));
        return -1;
    }
    if (!is_str(v)) {
        err_format(vm, &exc_TypeError, "can only assign string to %s.%U, not '%T'", type_name(t), name, v);
        return -1;
    }
    if (!is_name) {
        set_slot(vm, &t->qualname, incref(v));
        return 0;
    }
    Value interned = str_intern(vm, is_type(v, &type_str) ? incref(v) : str_new(vm, str_cstr(v), str_nbytes(as_str(v))));
    if (!interned) return -1;
    set_slot(vm, &t->name_str, interned);
    t->name = str_cstr(interned);
    return 0;
}

int class_setattr(VM *vm, Value cls, Value name, Value v)
{
    Type *t = (Type *)as_obj(cls);
    if (!is_heap_type(t)) {
        err_format(vm, &exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, type_name(t));
        return -1;
    }
    const ClassNames *n = class_names(vm);
    if (!n) return -1;
    if (!t->dict || !t->mro) {
        err_format(vm, &exc_AttributeError, "type object '%s' has no attribute '%U'", type_name(t), name);
        return -1;
    }
    if (str_eq(name, n->__name__) || str_eq(name, n->__qualname__)) return set_class_name(vm, t, name, v);
    if (str_eq(name, n->__module__) && v) set_slot(vm, &t->module, incref(v));
    if (v) {
        if (dict_set(vm, t->dict, name, v) < 0) return -1;
    } else {
        int r = dict_del_if_present(vm, t->dict, name);
        if (r < 0) return -1;
        if (r == 0) {
            err_format(vm, &exc_AttributeError, "type object '%s' has no attribute '%U'", type_name(t), name);
            return -1;
        }
    }
    if (is_dunder(name)) update_slots_recursive(n, (HeapType *)t, 0);
    return 0;
}

/* ---- the MRO (C3 linearisation) ---------------------------------------------------------------- */

typedef struct Seq { Value *items; size_t len, pos; } Seq;

static bool in_tail(Seq *seqs, size_t nseq, Value c)
{
    for (size_t i = 0; i < nseq; i++)
        for (size_t j = seqs[i].pos + 1; j < seqs[i].len; j++)
            if (seqs[i].items[j] == c) return true;
    return false;
}

static void mro_error(VM *vm, Seq *seqs, size_t nseq)
{
    /* CPython lists the bases still left to merge, each once, in order. */
    StrBuf b;
    strbuf_init(&b, vm);
    strbuf_add_cstr(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    Value seen[64];
    size_t nseen = 0;
    for (size_t i = 0; i < nseq; i++) {
        if (seqs[i].pos >= seqs[i].len) continue;
        Value c = seqs[i].items[seqs[i].pos];
        bool dup = false;
        for (size_t j = 0; j < nseen; j++) dup |= seen[j] == c;
        if (dup) continue;
        if (nseen < 64) seen[nseen++] = c;
        strbuf_add_cstr(&b, nseen > 1 ? ", " : " ");
        strbuf_add_cstr(&b, type_name((Type *)as_obj(c)));
    }
    Value msg = strbuf_finish(&b);
    if (msg) err_set_exc(vm, exc_new(vm, &exc_TypeError, tuple_pack(vm, 1, msg)));
    xdecref(vm, msg);
}

/* mro = [t] + merge(mro(b1), ..., mro(bn), [b1, ..., bn]) */
static Value compute_mro(VM *vm, Type *t, Value bases)
{
    TupleObj *bt = as_tuple(bases);
    size_t nseq = bt->len + 1, total = 1;
    Seq *seqs = gc_mem_alloc(vm, nseq * sizeof(Seq));
    if (!seqs) return VAL_NULL;
    for (size_t i = 0; i < bt->len; i++) {
        TupleObj *m = as_tuple(((Type *)as_obj(bt->items[i]))->mro);
        seqs[i] = (Seq){m->items, m->len, 0};
        total += m->len;
    }
    seqs[bt->len] = (Seq){bt->items, bt->len, 0};
    Value out = list_new(vm, total);
    if (!out || list_append(vm, out, val(t)) < 0) goto fail;
    for (;;) {
        Value next = VAL_NULL;
        bool left = false;
        for (size_t i = 0; i < nseq && !next; i++) {
            if (seqs[i].pos >= seqs[i].len) continue;
            left = true;
            Value c = seqs[i].items[seqs[i].pos];
            if (!in_tail(seqs, nseq, c)) next = c;
        }
        if (!left) break;
        if (!next) {
            mro_error(vm, seqs, nseq);
            goto fail;
        }
        if (list_append(vm, out, next) < 0) goto fail;
        for (size_t i = 0; i < nseq; i++)
            if (seqs[i].pos < seqs[i].len && seqs[i].items[seqs[i].pos] == next) seqs[i].pos++;
    }
    gc_mem_free(vm, seqs, nseq * sizeof(Seq));
    Value mro = tuple_from_array(vm, as_list(out)->items, as_list(out)->len);
    decref(vm, out);
    return mro;
fail:
    gc_mem_free(vm, seqs, nseq * sizeof(Seq));
    xdecref(vm, out);
    return VAL_NULL;
}

/* A class made at run time is a HeapType with its list of subclasses. */
size_t class_type_sizeof(Value cls)
{
    Type *t = (Type *)as_obj(cls);
    if (!is_heap_type(t)) return sizeof(Type);
    return sizeof(HeapType) + ((HeapType *)t)->capsub * sizeof(HeapType *);
}

/* ---- layout ------------------------------------------------------------------------------------ */

/* Builtins whose instances have a variable size: nothing can follow them. */
static bool is_varsized(const Type *t)
{
    return (t->flags & (TF_INT_SUB | TF_STR_SUB | TF_TUPLE_SUB)) || type_is_subtype(t, &type_bytes);
}

/* The class whose fields an instance of t starts with: t itself if it adds
 * fields (a builtin other than object, or a class with __slots__). */
static Type *solid_base(Type *t)
{
    while (t->base && is_heap_type(t) && ((HeapType *)t)->nslots == 0) t = t->base;
    if (!is_heap_type(t) && t->base && t->size == t->base->size && !is_varsized(t)) {
        /* Builtins that add no fields (bool is not a base) lay out as their base. */
        return solid_base(t->base);
    }
    return t;
}

static Type *best_base(VM *vm, Value bases)
{
    TupleObj *bt = as_tuple(bases);
    Type *best = NULL, *winner = NULL;
    for (size_t i = 0; i < bt->len; i++) {
        Type *b = (Type *)as_obj(bt->items[i]);
        Type *solid = solid_base(b);
        if (!winner) {
            winner = solid;
            best = b;
        } else if (type_is_subtype(winner, solid)) {
            /* keep */
        } else if (type_is_subtype(solid, winner)) {
            winner = solid;
            best = b;
        } else {
            err_set_str(vm, &exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

static bool has_weakref_support(const Type *t)
{
    for (; t; t = t->base) {
        if (t == &type_set || t == &type_frozenset) return true;
        if (is_heap_type(t) && (t->flags & TF_INLINE_ATTRS) && !((HeapType *)t)->slot_names) return true;
    }
    return false;
}

/* ---- creating a class ----------------------------------------------------------------------------- */

static bool check_bases(VM *vm, Value bases)
{
    TupleObj *bt = as_tuple(bases);
    for (size_t i = 0; i < bt->len; i++) {
        Value b = bt->items[i];
        if (!is_type(b, &type_type)) {
            /* CPython derives the metaclass from the bases first. */
            err_set_str(vm, &exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                            "(non-strict) subclass of the metaclasses of all its bases");
            return false;
        }
        Type *t = (Type *)as_obj(b);
        if (!(t->flags & TF_BASETYPE)) {
            err_format(vm, &exc_TypeError, "type '%s' is not an acceptable base type", type_name(t));
            return false;
        }
        if (t->flags & TF_TYPE_SUB) {
            err_set_str(vm, &exc_TypeError, "metaclasses other than type are not supported");
            return false;
        }
        for (size_t j = 0; j < i; j++)
            if (bt->items[j] == b) {
                err_format(vm, &exc_TypeError, "duplicate base class %s", type_name(t));
                return false;
            }
    }
    return true;
}

/* __slots__ as a tuple of str names (VAL_NULL: not given). */
static bool parse_slots(VM *vm, Value dict, const ClassNames *n, Value *out, bool *wants_dict, bool *wants_weak)
{
    *out = VAL_NULL;
    *wants_dict = *wants_weak = false;
    Value spec = dict_get_str_borrowed(vm, dict, n->__slots__);
    if (!spec) return true;
    Value list = is_str(spec) ? list_new(vm, 0) : list_from_iterable(vm, spec);
    if (!list) return false;
    if (is_str(spec) && list_append(vm, list, spec) < 0) goto fail;
    Value names = list_new(vm, 0);
    if (!names) goto fail;
    for (size_t i = 0; i < as_list(list)->len; i++) {
        Value s = as_list(list)->items[i];
        if (!is_str(s)) {
            err_format(vm, &exc_TypeError, "__slots__ items must be strings, not '%T'", s);
            goto fail_names;
        }
        if (str_eq(s, n->__dict__)) {
            *wants_dict = true;
            continue;
        }
        if (str_eq(s, n->__weakref__)) {
            *wants_weak = true;
            continue;
        }
        if (dict_get_str_borrowed(vm, dict, s)) {
            err_format(vm, &exc_ValueError, "%R in __slots__ conflicts with class variable", s);
            goto fail_names;
        }
        Value key = str_intern(vm, incref(s));
        if (!key || list_append_steal(vm, names, key) < 0) goto fail_names;
    }
    *out = tuple_from_array(vm, as_list(names)->items, as_list(names)->len);
    decref(vm, names);
    decref(vm, list);
    return *out != VAL_NULL;
fail_names:
    decref(vm, names);
fail:
    decref(vm, list);
    return false;
}

/* Plain functions that CPython makes static or class methods implicitly. */
static bool wrap_implicit_methods(VM *vm, Value dict, const ClassNames *n)
{
    Value v = dict_get_str_borrowed(vm, dict, n->__new__);
    if (v && is_type(v, &type_function)) {
        Value sm = staticmethod_new(vm, v);
        if (!sm || dict_set(vm, dict, n->__new__, sm) < 0) { xdecref(vm, sm); return false; }
        decref(vm, sm);
    }
    Value names[2] = {n->__init_subclass__, n->__class_getitem__};
    for (int i = 0; i < 2; i++) {
        v = dict_get_str_borrowed(vm, dict, names[i]);
        if (v && is_type(v, &type_function)) {
            Value cm = classmethod_new(vm, v);
            if (!cm || dict_set(vm, dict, names[i], cm) < 0) { xdecref(vm, cm); return false; }
            decref(vm, cm);
        }
    }
    return true;
}

static bool add_subclass(VM *vm, HeapType *base, HeapType *sub)
{
    if (base->nsub == base->capsub) {
        size_t cap = base->capsub ? base->capsub * 2 : 4;
        HeapType **s = gc_mem_realloc(vm, base->subclasses, base->capsub * sizeof *s, cap * sizeof *s);
        if (!s) return false;
        base->subclasses = s;
        base->capsub = cap;
    }
    base->subclasses[base->nsub++] = sub;
    return true;
}

static void remove_subclass(HeapType *base, HeapType *sub)
{
    for (size_t i = 0; i < base->nsub; i++)
        if (base->subclasses[i] == sub) {
            memmove(base->subclasses + i, base->subclasses + i + 1, (base->nsub - i - 1) * sizeof *base->subclasses);
            base->nsub--;
            return;
        }
}

/* Instance layout: base fields, own __slots__, then the dict slot and
 * attribute table if this class is the first to give instances a dict. */
static bool lay_out(VM *vm, HeapType *h, Type *best, Value slots, bool wants_dict, bool wants_weak)
{
    Type *t = &h->type;
    size_t nslots = slots ? as_tuple(slots)->len : 0;
    bool varsized = is_varsized(best);
    if (varsized && nslots) {
        err_format(vm, &exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", type_name(best));
        return false;
    }
    size_t size = (best->size + sizeof(Value) - 1) & ~(sizeof(Value) - 1);
    h->slots_offset = size;
    h->nslots = nslots;
    size += nslots * sizeof(Value);
    bool adds_dict = !best->dictoffset && !varsized && (!slots || wants_dict);
    if (adds_dict) {
        t->dictoffset = size;
        t->flags |= TF_INLINE_ATTRS;
        size += INST_EXTRA_SIZE;
    } else {
        t->dictoffset = best->dictoffset;
        t->flags |= best->flags & TF_INLINE_ATTRS;
    }
    t->size = size;
    (void)wants_weak;
    return true;
}

static int add_descriptors(VM *vm, HeapType *h, Type *best, bool wants_weak, const ClassNames *n)
{
    Type *t = &h->type;
    TupleObj *slots = h->slot_names ? as_tuple(h->slot_names) : NULL;
    for (size_t i = 0; slots && i < slots->len; i++) {
        Value d = member_descr_new(vm, t, slots->items[i], h->slots_offset + i * sizeof(Value));
        if (!d || dict_set(vm, t->dict, slots->items[i], d) < 0) { xdecref(vm, d); return -1; }
        decref(vm, d);
    }
    bool adds_dict = (t->flags & TF_INLINE_ATTRS) && !(best->flags & TF_INLINE_ATTRS);
    bool adds_weak = !has_weakref_support(best) && (!h->slot_names || wants_weak) && !is_varsized(best);
    const GetSetDef *defs[2] = {adds_dict ? &instance_dict_getset[0] : NULL, adds_weak ? &instance_dict_getset[1] : NULL};
    Value keys[2] = {n->__dict__, n->__weakref__};
    for (int i = 0; i < 2; i++) {
        if (!defs[i] || dict_get_str_borrowed(vm, t->dict, keys[i])) continue;
        Value d = heap_getset_descr_new(vm, t, defs[i]);
        if (!d || dict_set(vm, t->dict, keys[i], d) < 0) { xdecref(vm, d); return -1; }
        decref(vm, d);
    }
    return 0;
}

/* The namespace's special entries: __qualname__ and __classcell__ are
 * taken out, __module__ and __doc__ put in, __hash__ = None when __eq__
 * comes without __hash__. */
static bool take_special_entries(VM *vm, Value dict, const ClassNames *n, Value name, Value *qualname, Value *cell)
{
    *qualname = VAL_NULL;
    *cell = VAL_NULL;
    Value q = dict_get_str_borrowed(vm, dict, n->__qualname__);
    if (q) {
        if (!is_str(q)) {
            err_format(vm, &exc_TypeError, "type __qualname__ must be a str, not %T", q);
            return false;
        }
        *qualname = incref(q);
        if (dict_del(vm, dict, n->__qualname__) < 0) return false;
    } else {
        *qualname = incref(name);
    }
    Value c = dict_get_str_borrowed(vm, dict, n->__classcell__);
    if (c) {
        if (!is_type(c, &type_cell)) {
            err_format(vm, &exc_TypeError, "__classcell__ must be a nonlocal cell, not %T", c);
            return false;
        }
        *cell = incref(c);
        if (dict_del(vm, dict, n->__classcell__) < 0) return false;
    }
    if (!dict_get_str_borrowed(vm, dict, n->__module__) && vm->frame) {
        Value mod = dict_get_str_borrowed(vm, vm->frame->globals, n->__name__);
        if (mod && dict_set(vm, dict, n->__module__, mod) < 0) return false;
    }
    return true;
}

static bool finish_namespace(VM *vm, Value dict, const ClassNames *n)
{
    if (!dict_get_str_borrowed(vm, dict, n->__doc__) && dict_set(vm, dict, n->__doc__, NONE) < 0) return false;
    if (dict_get_str_borrowed(vm, dict, n->__eq__) && !dict_get_str_borrowed(vm, dict, n->__hash__) &&
        dict_set(vm, dict, n->__hash__, NONE) < 0)
        return false;
    return true;
}

/* Calls __set_name__(cls, name) on every attribute whose type has one. */
static bool call_set_name(VM *vm, Type *t, const ClassNames *n)
{
    Value items = dict_copy(vm, t->dict);
    if (!items) return false;
    size_t pos = 0;
    Value key, value;
    bool ok = true;
    while (ok && dict_next(items, &pos, &key, &value)) {
        if (is_type(value, &type_property)) {
            property_set_name(vm, value, key);
            continue;
        }
        Value m = type_lookup_borrowed(type_of(value), n->__set_name__);
        if (!m) continue;
        Value args[2] = {val(t), key};
        Value r = call_bound(vm, m, value, args, 2, VAL_NULL);
        if (!r) {
            ok = false;
            break;
        }
        decref(vm, r);
    }
    decref(vm, items);
    return ok;
}

static HeapType *alloc_class(VM *vm, Value name, Value bases, Type *best)
{
    HeapType *h = (HeapType *)gc_new_object(vm, &type_type, sizeof(HeapType));
    if (!h) return NULL;
    Type *t = &h->type;
    t->flags = TF_HEAP | TF_GC | TF_BASETYPE;
    TupleObj *bt = as_tuple(bases);
    for (size_t i = 0; i < bt->len; i++)
        t->flags |= ((Type *)as_obj(bt->items[i]))->flags &
                    (TF_INT_SUB | TF_STR_SUB | TF_TUPLE_SUB | TF_LIST_SUB | TF_DICT_SUB | TF_EXC_SUB);
    t->base = (Type *)as_obj(incref(val(best)));
    t->bases = incref(bases);
    t->name_str = str_intern(vm, is_type(name, &type_str) ? incref(name) : str_new(vm, str_cstr(name), str_nbytes(as_str(name))));
    if (t->name_str) t->name = str_cstr(t->name_str);
    h->layout_base = is_heap_type(best) ? ((HeapType *)best)->layout_base : best;
    return h;
}

Value class_new(VM *vm, Value name, Value bases_in, Value ns)
{
    const ClassNames *n = class_names(vm);
    if (!n) return VAL_NULL;
    if (!is_str(name)) return err_format(vm, &exc_TypeError, "type.__new__() argument 1 must be str, not %T", name);
    if (!is_tuple(bases_in))
        return err_format(vm, &exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases_in);
    if (!is_dict(ns)) return err_format(vm, &exc_TypeError, "type.__new__() argument 3 must be dict, not %T", ns);
    if (!check_bases(vm, bases_in)) return VAL_NULL;
    Value bases = as_tuple(bases_in)->len ? incref(bases_in) : tuple_pack(vm, 1, val(&type_object));
    if (!bases) return VAL_NULL;
    Value dict = VAL_NULL, slots = VAL_NULL, qualname = VAL_NULL, cell = VAL_NULL;
    HeapType *h = NULL;
    bool wants_dict, wants_weak;
    Type *best = best_base(vm, bases);
    if (!best || !(dict = dict_copy(vm, ns))) goto fail;
    if (!take_special_entries(vm, dict, n, name, &qualname, &cell)) goto fail;
    if (!parse_slots(vm, dict, n, &slots, &wants_dict, &wants_weak)) goto fail;
    if (!wrap_implicit_methods(vm, dict, n)) goto fail;
    if (!(h = alloc_class(vm, name, bases, best)) || !h->type.name_str) goto fail;
    Type *t = &h->type;
    t->dict = dict;
    dict = VAL_NULL;
    t->qualname = qualname;
    qualname = VAL_NULL;
    Value mod = dict_get_str_borrowed(vm, t->dict, n->__module__);
    t->module = mod ? incref(mod) : VAL_NULL;
    h->slot_names = slots;
    slots = VAL_NULL;
    if (!lay_out(vm, h, best, h->slot_names, wants_dict, wants_weak)) goto fail;
    if (!(t->mro = compute_mro(vm, t, bases))) goto fail;
    if (add_descriptors(vm, h, best, wants_weak, n) < 0 || !finish_namespace(vm, t->dict, n)) goto fail;
    update_slots(n, t);
    TupleObj *bt = as_tuple(bases);
    for (size_t i = 0; i < bt->len; i++) {
        Type *b = (Type *)as_obj(bt->items[i]);
        if (is_heap_type(b) && !add_subclass(vm, (HeapType *)b, h)) goto fail;
    }
    gc_track(vm, &t->ob);
    if (cell) set_slot(vm, &((CellObj *)as_obj(cell))->ref, incref(val(t)));
    xdecref(vm, cell);
    decref(vm, bases);
    if (!call_set_name(vm, t, n)) {
        decref(vm, val(t));
        return VAL_NULL;
    }
    return val(t);
fail:
    xdecref(vm, dict);
    xdecref(vm, slots);
    xdecref(vm, qualname);
    xdecref(vm, cell);
    decref(vm, bases);
    if (h) decref(vm, val(&h->type));
    return VAL_NULL;
}

/* type(x) and type(name, bases, dict). */
Value class_type_new(VM *vm, Type *meta, Value *args, size_t nargs, Value kwnames)
{
    (void)meta;
    if (nargs == 1 && !kwnames) return incref(val(type_of(args[0])));
    if (kwnames && as_tuple(kwnames)->len && nargs != 3)
        return err_set_str(vm, &exc_TypeError, "type() takes 1 or 3 arguments");
    if (nargs != 3) return err_set_str(vm, &exc_TypeError, "type() takes 1 or 3 arguments");
    return class_new(vm, args[0], args[1], args[2]);
}

/* super(cls, cls).__init_subclass__(**kw): the first definition after cls
 * in its MRO (object's does nothing). */
static bool call_init_subclass(VM *vm, Type *t, Value *kwvalues, Value kwnames)
{
    const ClassNames *n = class_names(vm);
    TupleObj *mro = as_tuple(t->mro);
    for (size_t i = 1; i < mro->len; i++) {
        Type *k = (Type *)as_obj(mro->items[i]);
        Value f = k->dict ? dict_get_str_borrowed(vm, k->dict, n->__init_subclass__) : VAL_NULL;
        if (!f) continue;
        Type *ft = type_of(f);
        Value bound = ft->descr_get ? ft->descr_get(vm, f, VAL_NULL, val(t)) : incref(f);
        if (!bound) return false;
        Value r = obj_call(vm, bound, kwvalues, 0, kwnames);
        decref(vm, bound);
        if (!r) return false;
        decref(vm, r);
        return true;
    }
    return true;
}

/* __build_class__(func, name, *bases, metaclass=type, **kw) */
Value class_build(VM *vm, Value *args, size_t nargs, Value kwnames)
{
    const ClassNames *n = class_names(vm);
    if (!n) return VAL_NULL;
    if (nargs < 2) return err_set_str(vm, &exc_TypeError, "__build_class__: not enough arguments");
    if (!is_type(args[0], &type_function)) return err_set_str(vm, &exc_TypeError, "__build_class__: func must be a function");
    if (!is_str(args[1])) return err_set_str(vm, &exc_TypeError, "__build_class__: name is not a string");
    size_t nkw = kwnames ? as_tuple(kwnames)->len : 0;
    Value sub_kw[16], sub_kwnames = VAL_NULL;
    size_t nsub = 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = as_tuple(kwnames)->items[i], v = args[nargs + i];
        if (str_eq(k, n->metaclass)) {
            if (v == val(&type_type)) continue;
            return err_set_str(vm, &exc_TypeError, "metaclasses other than type are not supported");
        }
        if (nsub == 16) return err_set_str(vm, &exc_TypeError, "too many class keyword arguments");
        sub_kw[nsub++] = i;
    }
    Value bases = tuple_from_array(vm, args + 2, nargs - 2);
    if (!bases) return VAL_NULL;
    if (!check_bases(vm, bases)) {
        decref(vm, bases);
        return VAL_NULL;
    }
    Value ns = dict_new(vm);
    if (!ns) {
        decref(vm, bases);
        return VAL_NULL;
    }
    Value r = vm_run_class_body(vm, args[0], ns);
    Value cls = VAL_NULL;
    if (r) {
        cls = class_new(vm, args[1], bases, ns);
        decref(vm, r);
    }
    decref(vm, ns);
    decref(vm, bases);
    if (!cls) return VAL_NULL;
    /* The class keywords other than metaclass go to __init_subclass__. */
    Value vals[16];
    if (nsub) {
        sub_kwnames = tuple_new(vm, nsub);
        if (!sub_kwnames) goto fail;
        for (size_t i = 0; i < nsub; i++) {
            as_tuple(sub_kwnames)->items[i] = incref(as_tuple(kwnames)->items[sub_kw[i]]);
            vals[i] = args[nargs + sub_kw[i]];
        }
        tuple_done(vm, sub_kwnames);
    }
    bool ok = call_init_subclass(vm, (Type *)as_obj(cls), vals, sub_kwnames);
    xdecref(vm, sub_kwnames);
    if (ok) return cls;
fail:
    decref(vm, cls);
    return VAL_NULL;
}

/* ---- calling a class -------------------------------------------------------------------------- */

static bool is_object_init(Value m)
{
    return is_type(m, &type_method_descr) && ((MethodDescrObj *)as_obj(m))->def->fn == object_init_m;
}

Value class_call(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    const ClassNames *n = class_names(vm);
    if (!n) return VAL_NULL;
    bool has_args = nargs || (kwnames && as_tuple(kwnames)->len);
    Value init = type_lookup_borrowed(t, n->__init__);
    if (has_args && t->new_ == type_object.new_ && (!init || is_object_init(init)))
        return err_format(vm, &exc_TypeError, "%s() takes no arguments", type_name(t));
    Value obj = t->new_(vm, t, args, nargs, kwnames);
    if (!obj || !is_instance_of(obj, t)) return obj;
    Type *ot = type_of(obj);
    if (ot != t) init = type_lookup_borrowed(ot, n->__init__);
    if (!init || (is_object_init(init) && !has_args)) return obj;
    Value r = call_bound(vm, init, obj, args, nargs, kwnames);
    if (!r) {
        decref(vm, obj);
        return VAL_NULL;
    }
    if (r != NONE) {
        err_format(vm, &exc_TypeError, "__init__() should return None, not '%T'", r);
        decref(vm, r);
        decref(vm, obj);
        return VAL_NULL;
    }
    return obj;
}

/* ---- the class object itself ------------------------------------------------------------------- */

void class_dealloc(VM *vm, Obj *o)
{
    HeapType *h = (HeapType *)o;
    Type *t = &h->type;
    gc_untrack(o);
    if (t->bases) {
        TupleObj *bt = as_tuple(t->bases);
        for (size_t i = 0; i < bt->len; i++) {
            Type *b = (Type *)as_obj(bt->items[i]);
            if (is_heap_type(b)) remove_subclass((HeapType *)b, h);
        }
    }
    /* Subclasses hold their bases, so none is left; drop the array. */
    gc_mem_free(vm, h->subclasses, h->capsub * sizeof *h->subclasses);
    Value *fields[] = {&t->dict, &t->mro, &t->bases, &t->name_str, &t->qualname, &t->module, &h->slot_names};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) clear_slot(vm, fields[i]);
    Type *base = t->base;
    gc_free_object(vm, o, sizeof(HeapType));
    if (base) decref(vm, val(base));
}

int class_traverse(Obj *o, VisitFn visit, void *arg)
{
    Type *t = (Type *)o;
    if (!(t->flags & TF_HEAP)) return 0;
    Value fields[] = {t->dict, t->bases, t->mro, t->base ? val(t->base) : VAL_NULL};
    for (size_t i = 0; i < 4; i++)
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    return 0;
}

void class_clear(VM *vm, Obj *o)
{
    Type *t = (Type *)o;
    if (!(t->flags & TF_HEAP)) return;
    /* The dict and the MRO (which holds the class) make the cycles. */
    clear_slot(vm, &t->dict);
    clear_slot(vm, &t->mro);
}

Value class_get_dict(VM *vm, Value cls)
{
    Type *t = (Type *)as_obj(cls);
    return t->dict ? dict_copy(vm, t->dict) : dict_new(vm);
}

Value class_get_doc(VM *vm, Value cls)
{
    Type *t = (Type *)as_obj(cls);
    Value d = t->dict ? dict_get_cstr_borrowed(vm, t->dict, "__doc__") : VAL_NULL;
    if (!d) return NONE;
    Type *dt = type_of(d);
    if (dt->descr_get && is_heap_type(t)) return dt->descr_get(vm, d, VAL_NULL, cls);
    return incref(d);
}

/* ---- T.__new__ for builtin types ---------------------------------------------------------------- */

/* int.__new__(cls, ...): the builtin's new_ applied to a subclass. */
static Value tp_new_wrapper(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    Type *t = (Type *)as_obj(self);
    if (nargs < 1) return err_format(vm, &exc_TypeError, "%s.__new__(): not enough arguments", type_name(t));
    Value cls = args[0];
    if (!is_type(cls, &type_type))
        return err_format(vm, &exc_TypeError, "%s.__new__(X): X is not a type object (%T)", type_name(t), cls);
    Type *sub = (Type *)as_obj(cls);
    if (!type_is_subtype(sub, t))
        return err_format(vm, &exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", type_name(t),
                          type_name(sub), type_name(sub), type_name(t));
    return t->new_(vm, sub, args + 1, nargs - 1, kwnames);
}

static const MethodDef tp_new_def = {"__new__", tp_new_wrapper, METH_DEFAULT};

int class_add_new_wrapper(VM *vm, Type *t)
{
    if (!t->new_ || !t->dict || t == &type_object || dict_get_cstr_borrowed(vm, t->dict, "__new__")) return 0;
    Value f = native_function_new(vm, &tp_new_def, val(t), VAL_NULL);
    if (!f) return -1;
    int r = dict_set_cstr(vm, t->dict, "__new__", f);
    decref(vm, f);
    return r;
}

/* ---- methods of type ----------------------------------------------------------------------------- */

static Value type_mro_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "mro", nargs, kwnames, 0, 0)) return VAL_NULL;
    Type *t = (Type *)as_obj(self);
    if (!t->mro) return list_new(vm, 0);
    TupleObj *mro = as_tuple(t->mro);
    Value l = list_new(vm, mro->len);
    for (size_t i = 0; l && i < mro->len; i++)
        if (list_append(vm, l, mro->items[i]) < 0) {
            decref(vm, l);
            return VAL_NULL;
        }
    return l;
}

static Value type_subclasses_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "__subclasses__", nargs, kwnames, 0, 0)) return VAL_NULL;
    Type *t = (Type *)as_obj(self);
    Value l = list_new(vm, 0);
    if (!l || !is_heap_type(t)) return l;
    HeapType *h = (HeapType *)t;
    for (size_t i = 0; i < h->nsub; i++)
        if (list_append(vm, l, val(&h->subclasses[i]->type)) < 0) {
            decref(vm, l);
            return VAL_NULL;
        }
    return l;
}

const MethodDef class_type_methods[] = {
    {"mro", type_mro_m, METH_DEFAULT},
    {"__subclasses__", type_subclasses_m, METH_DEFAULT},
    {NULL, NULL, 0},
};
