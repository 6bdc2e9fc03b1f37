/*
 * The generic object protocol: what `repr(x)`, `x + y`, `x[k]`, `x.attr`,
 * `f(...)` mean for any object, dispatched through the type slots.
 */
#include <limits.h>
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

/* C recursion guard for repr, compare and hash of deeply nested data. */
#define C_RECURSION_LIMIT 3000

static bool enter_c_recursion(VM *vm, const char *where)
{
    if (++vm->c_depth > C_RECURSION_LIMIT) {
        vm->c_depth--;
        err_format(vm, &exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return false;
    }
    return true;
}
static void leave_c_recursion(VM *vm) { vm->c_depth--; }

Value obj_repr(VM *vm, Value v)
{
    Type *t = type_of(v);
    if (!t->repr) return str_format(vm, "<%s object at %p>", type_name(t), (void *)v);
    if (!enter_c_recursion(vm, " while getting the repr of an object")) return VAL_NULL;
    Value r = t->repr(vm, v);
    leave_c_recursion(vm);
    if (r && !is_str(r)) {
        Value bad = r;
        r = err_format(vm, &exc_TypeError, "__repr__ returned non-string (type %T)", bad);
        decref(vm, bad);
    }
    return r;
}

Value obj_str(VM *vm, Value v)
{
    if (is_type(v, &type_str)) return incref(v);
    Type *t = type_of(v);
    if (!t->str) return obj_repr(vm, v);
    if (!enter_c_recursion(vm, " while getting the str of an object")) return VAL_NULL;
    Value r = t->str(vm, v);
    leave_c_recursion(vm);
    if (r && !is_str(r)) {
        Value bad = r;
        r = err_format(vm, &exc_TypeError, "__str__ returned non-string (type %T)", bad);
        decref(vm, bad);
    }
    return r;
}

bool obj_hash(VM *vm, Value v, intptr_t *out)
{
    if (is_small(v)) {
        *out = int_hash(v);
        return true;
    }
    Type *t = type_of(v);
    if (t == &type_str) {
        *out = str_hash(v);
        return true;
    }
    if (!t->hash) {
        err_format(vm, &exc_TypeError, "unhashable type: '%s'", type_name(t));
        return false;
    }
    if (!enter_c_recursion(vm, " while hashing")) return false;
    bool ok = t->hash(vm, v, out);
    leave_c_recursion(vm);
    return ok;
}

int obj_truth(VM *vm, Value v)
{
    if (v == TRUE_V) return 1;
    if (v == FALSE_V || v == NONE) return 0;
    if (is_small(v)) return small_val(v) != 0;
    Type *t = type_of(v);
    if (t->truth) return t->truth(vm, v);
    if (t->len) {
        intptr_t n = t->len(vm, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const CmpCode cmp_swapped[] = {CMP_CODE_GT, CMP_CODE_GE, CMP_CODE_EQ, CMP_CODE_NE, CMP_CODE_LT, CMP_CODE_LE};

static Value do_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    Type *ta = type_of(a), *tb = type_of(b);
    bool checked_reverse = false;
    if (ta != tb && type_is_subtype(tb, ta) && tb->richcompare) {
        checked_reverse = true;
        Value r = tb->richcompare(vm, b, a, cmp_swapped[op]);
        if (r != NOTIMPL) return r;
    }
    if (ta->richcompare) {
        Value r = ta->richcompare(vm, a, b, op);
        if (r != NOTIMPL) return r;
    }
    if (!checked_reverse && tb->richcompare) {
        Value r = tb->richcompare(vm, b, a, cmp_swapped[op]);
        if (r != NOTIMPL) return r;
    }
    if (op == CMP_CODE_EQ) return bool_val(a == b);
    if (op == CMP_CODE_NE) return bool_val(a != b);
    return err_format(vm, &exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      cmp_symbols[op], type_name(ta), type_name(tb));
}

Value obj_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    if (is_small(a) && is_small(b)) {
        intptr_t x = small_val(a), y = small_val(b);
        switch (op) {
        case CMP_CODE_LT: return bool_val(x < y);
        case CMP_CODE_LE: return bool_val(x <= y);
        case CMP_CODE_EQ: return bool_val(x == y);
        case CMP_CODE_NE: return bool_val(x != y);
        case CMP_CODE_GT: return bool_val(x > y);
        case CMP_CODE_GE: return bool_val(x >= y);
        }
    }
    if (!enter_c_recursion(vm, " in comparison")) return VAL_NULL;
    Value r = do_richcompare(vm, a, b, op);
    leave_c_recursion(vm);
    return r;
}

int obj_richcompare_bool(VM *vm, Value a, Value b, CmpCode op)
{
    if (a == b) {
        if (op == CMP_CODE_EQ) return 1;
        if (op == CMP_CODE_NE) return 0;
    }
    Value r = obj_richcompare(vm, a, b, op);
    if (!r) return -1;
    int t = r == TRUE_V ? 1 : r == FALSE_V ? 0 : obj_truth(vm, r);
    decref(vm, r);
    return t;
}

int obj_eq(VM *vm, Value a, Value b) { return obj_richcompare_bool(vm, a, b, CMP_CODE_EQ); }

/* ---- attributes ---------------------------------------------------------- */

static Value *instance_dict_slot(Value obj)
{
    Type *t = type_of(obj);
    if (!t->dictoffset) return NULL;
    return (Value *)((char *)as_obj(obj) + t->dictoffset);
}

Value obj_generic_getattr(VM *vm, Value obj, Value name)
{
    Type *t = type_of(obj);
    Value descr = type_lookup_borrowed(t, name);
    Type *dt = descr ? type_of(descr) : NULL;
    if (descr && dt->descr_get && dt->descr_set) return dt->descr_get(vm, descr, obj, val(t));
    Value *dslot = instance_dict_slot(obj);
    if (dslot && *dslot) {
        Value v = dict_get_str_borrowed(vm, *dslot, name);
        if (v) return incref(v);
    } else if (dslot && (t->flags & TF_INLINE_ATTRS)) {
        Value v = instance_attr_get_borrowed(obj, name);
        if (v) return incref(v);
    }
    if (descr) {
        if (dt->descr_get) return dt->descr_get(vm, descr, obj, val(t));
        return incref(descr);
    }
    return err_format(vm, &exc_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
}

int obj_generic_setattr(VM *vm, Value obj, Value name, Value v)
{
    Type *t = type_of(obj);
    Value descr = type_lookup_borrowed(t, name);
    if (descr && type_of(descr)->descr_set) return type_of(descr)->descr_set(vm, descr, obj, v);
    Value *dslot = instance_dict_slot(obj);
    if (!dslot) {
        if (descr)
            err_format(vm, &exc_AttributeError, "'%s' object attribute '%U' is read-only", type_name(t), name);
        else
            err_format(vm, &exc_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
        return -1;
    }
    if (!*dslot && (t->flags & TF_INLINE_ATTRS)) {
        /* Attributes kept inside the instance (runtime/instance.c). */
        int r = instance_attr_set(vm, obj, name, v);
        if (r <= 0) return r;
        err_format(vm, &exc_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
        return -1;
    }
    if (v) {
        if (!*dslot) {
            *dslot = dict_new(vm);
            if (!*dslot) return -1;
        }
        return dict_set(vm, *dslot, name, v);
    }
    if (*dslot) {
        int r = dict_del_if_present(vm, *dslot, name);
        if (r != 0) return r < 0 ? -1 : 0;
    }
    err_format(vm, &exc_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
    return -1;
}

Value obj_getattr(VM *vm, Value obj, Value name)
{
    Type *t = type_of(obj);
    if (!t->getattr) return err_format(vm, &exc_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
    return t->getattr(vm, obj, name);
}

Value obj_getattr_cstr(VM *vm, Value obj, const char *name)
{
    Value n = str_intern_cstr(vm, name);
    if (!n) return VAL_NULL;
    Value r = obj_getattr(vm, obj, n);
    decref(vm, n);
    return r;
}

Value obj_lookup_attr(VM *vm, Value obj, Value name)
{
    Value r = obj_getattr(vm, obj, name);
    if (!r && err_matches(vm, &exc_AttributeError)) err_clear(vm);
    return r;
}

int obj_setattr(VM *vm, Value obj, Value name, Value v)
{
    Type *t = type_of(obj);
    if (!t->setattr) {
        if (type_lookup_borrowed(t, name))
            err_format(vm, &exc_AttributeError, "'%s' object attribute '%U' is read-only", type_name(t), name);
        else
            err_format(vm, &exc_AttributeError, "'%s' object has no attribute '%U'", type_name(t), name);
        return -1;
    }
    return t->setattr(vm, obj, name, v);
}

/* ---- items ---------------------------------------------------------------- */

Value obj_getitem(VM *vm, Value obj, Value key)
{
    Type *t = type_of(obj);
    if (t->getitem) return t->getitem(vm, obj, key);
    if (obj && is_type(obj, &type_type)) {
        return err_format(vm, &exc_TypeError, "type '%s' is not subscriptable", type_name((Type *)as_obj(obj)));
    }
    return err_format(vm, &exc_TypeError, "'%s' object is not subscriptable", type_name(t));
}

int obj_setitem(VM *vm, Value obj, Value key, Value v)
{
    Type *t = type_of(obj);
    if (t->setitem) return t->setitem(vm, obj, key, v);
    err_format(vm, &exc_TypeError, "'%s' object does not support item assignment", type_name(t));
    return -1;
}

int obj_delitem(VM *vm, Value obj, Value key)
{
    Type *t = type_of(obj);
    if (t->setitem) return t->setitem(vm, obj, key, VAL_NULL);
    /* CPython: types with a sequence table (indexing, or `in` as sets have; classes always) */
    if (t->getitem || t->contains || (t->flags & TF_HEAP))
        err_format(vm, &exc_TypeError, "'%s' object doesn't support item deletion", type_name(t));
    else
        err_format(vm, &exc_TypeError, "'%s' object does not support item deletion", type_name(t));
    return -1;
}

intptr_t obj_len(VM *vm, Value v)
{
    Type *t = type_of(v);
    if (t->len) return t->len(vm, v);
    err_format(vm, &exc_TypeError, "object of type '%s' has no len()", type_name(t));
    return -1;
}

int obj_contains(VM *vm, Value container, Value item)
{
    Type *t = type_of(container);
    if (t->contains) return t->contains(vm, container, item);
    Value it = obj_iter(vm, container);
    if (!it) {
        if (err_matches(vm, &exc_TypeError)) {
            err_clear(vm);
            err_format(vm, &exc_TypeError, "argument of type '%s' is not iterable", type_name(t));
        }
        return -1;
    }
    int found = iter_contains(vm, it, item);
    decref(vm, it);
    return found;
}

int iter_contains(VM *vm, Value it, Value item)
{
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (!x) return err_occurred(vm) ? -1 : 0;
        int eq = obj_eq(vm, x, item);
        decref(vm, x);
        if (eq != 0) return eq;
    }
}

/* ---- iteration ------------------------------------------------------------ */

typedef struct SeqIterObj { Obj ob; Value seq; intptr_t index; } SeqIterObj;

static void seqiter_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    xdecref(vm, ((SeqIterObj *)o)->seq);
    obj_free(vm, o, sizeof(SeqIterObj));
}
static int seqiter_traverse(Obj *o, VisitFn visit, void *arg)
{
    SeqIterObj *it = (SeqIterObj *)o;
    return it->seq ? visit(it->seq, arg) : 0;
}
static Value seqiter_self(VM *vm, Value v) { (void)vm; return incref(v); }
static Value seqiter_next(VM *vm, Value v)
{
    SeqIterObj *it = (SeqIterObj *)as_obj(v);
    if (!it->seq) return VAL_NULL;
    Value r = obj_getitem(vm, it->seq, small(it->index));
    if (!r) {
        if (err_matches(vm, &exc_IndexError) || err_matches(vm, &exc_StopIteration)) {
            err_clear(vm);
            clear_slot(vm, &it->seq);
        }
        return VAL_NULL;
    }
    it->index++;
    return r;
}

Type type_seq_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "iterator", .size = sizeof(SeqIterObj),
    .flags = TF_GC, .dealloc = seqiter_dealloc, .traverse = seqiter_traverse,
    .iter = seqiter_self, .iternext = seqiter_next,
};

Value obj_iter(VM *vm, Value v)
{
    Type *t = type_of(v);
    if (t->iter) return t->iter(vm, v);
    if (t->getitem && t != &type_dict) {
        SeqIterObj *it = (SeqIterObj *)gc_new_object(vm, &type_seq_iter, sizeof(SeqIterObj));
        if (!it) return VAL_NULL;
        it->seq = incref(v);
        gc_track(vm, &it->ob);
        return val(it);
    }
    return err_format(vm, &exc_TypeError, "'%s' object is not iterable", type_name(t));
}

Value obj_iternext(VM *vm, Value it)
{
    Type *t = type_of(it);
    if (!t->iternext) return err_format(vm, &exc_TypeError, "'%s' object is not an iterator", type_name(t));
    return t->iternext(vm, it);
}

/* ---- numbers -------------------------------------------------------------- */

static const char *const binop_symbols[NB_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "|", "^", "&",
};

static Value binop_slot(VM *vm, NumOp op, Value a, Value b, bool *tried)
{
    Type *ta = type_of(a), *tb = type_of(b);
    Value (*fa)(VM *, Value, Value) = ta->binop[op];
    Value (*fb)(VM *, Value, Value) = tb != ta ? tb->binop[op] : NULL;
    if (fb == fa) fb = NULL;
    *tried = fa || fb;
    if (fa) {
        if (fb && type_is_subtype(tb, ta)) {
            Value r = fb(vm, a, b);
            if (r != NOTIMPL) return r;
            fb = NULL;
        }
        Value r = fa(vm, a, b);
        if (r != NOTIMPL) return r;
    }
    if (fb) return fb(vm, a, b);
    return NOTIMPL;
}

static Value binop_type_error(VM *vm, NumOp op, Value a, Value b, bool inplace)
{
    if (op == NB_ADD && is_str(a) && !is_str(b))
        return err_format(vm, &exc_TypeError, "can only concatenate str (not \"%s\") to str", type_name(type_of(b)));
    if (op == NB_ADD && is_list(a) && !is_list(b) && !inplace)
        return err_format(vm, &exc_TypeError, "can only concatenate list (not \"%s\") to list", type_name(type_of(b)));
    if (op == NB_ADD && is_tuple(a) && !is_tuple(b))
        return err_format(vm, &exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(type_of(b)));
    if (op == NB_MUL) {
        bool a_seq = is_str(a) || is_list(a) || is_tuple(a) || is_instance_of(a, &type_bytes) ||
                     is_instance_of(a, &type_bytearray);
        bool b_seq = is_str(b) || is_list(b) || is_tuple(b) || is_instance_of(b, &type_bytes) ||
                     is_instance_of(b, &type_bytearray);
        /* CPython: the left operand's sq_repeat wins, so 'a' * 'b' blames the right one */
        if ((a_seq && !is_int(b)) || (b_seq && !is_int(a)))
            return err_format(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                              type_name(type_of(a_seq ? b : a)));
    }
    const char *sym = binop_symbols[op];
    if (inplace) {
        static const char *const inplace_symbols[NB_COUNT] = {
            "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=",
        };
        sym = inplace_symbols[op];
    }
    return err_format(vm, &exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                      sym, type_name(type_of(a)), type_name(type_of(b)));
}

Value obj_binop(VM *vm, NumOp op, Value a, Value b)
{
    bool tried;
    Value r = binop_slot(vm, op, a, b, &tried);
    if (r != NOTIMPL) return r;
    return binop_type_error(vm, op, a, b, false);
}

Value obj_inplace_binop(VM *vm, NumOp op, Value a, Value b)
{
    Type *ta = type_of(a);
    if (ta->inplace[op]) {
        Value r = ta->inplace[op](vm, a, b);
        if (r != NOTIMPL) return r;
    }
    bool tried;
    Value r = binop_slot(vm, op, a, b, &tried);
    if (r != NOTIMPL) return r;
    return binop_type_error(vm, op, a, b, true);
}

static Value unary_error(VM *vm, const char *what, Value v)
{
    return err_format(vm, &exc_TypeError, "bad operand type for %s: '%s'", what, type_name(type_of(v)));
}

Value obj_neg(VM *vm, Value v)
{
    Type *t = type_of(v);
    return t->neg ? t->neg(vm, v) : unary_error(vm, "unary -", v);
}
Value obj_pos(VM *vm, Value v)
{
    Type *t = type_of(v);
    return t->pos ? t->pos(vm, v) : unary_error(vm, "unary +", v);
}
Value obj_invert(VM *vm, Value v)
{
    Type *t = type_of(v);
    return t->invert ? t->invert(vm, v) : unary_error(vm, "unary ~", v);
}
Value obj_abs(VM *vm, Value v)
{
    Type *t = type_of(v);
    return t->abs ? t->abs(vm, v) : unary_error(vm, "abs()", v);
}

Value obj_index(VM *vm, Value v)
{
    if (is_small(v)) return v;
    Type *t = type_of(v);
    if (t == &type_int) return incref(v);
    if (t == &type_bool) return small(v == TRUE_V);
    if (t->index) return t->index(vm, v);
    return err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(t));
}

bool obj_as_index(VM *vm, Value v, intptr_t *out)
{
    if (is_small(v)) {
        *out = small_val(v);
        return true;
    }
    Value i = obj_index(vm, v);
    if (!i) return false;
    bool ok = int_as_ssize(vm, i, out);
    decref(vm, i);
    if (!ok && err_matches(vm, &exc_OverflowError)) {
        err_clear(vm);
        err_format(vm, &exc_OverflowError, "cannot fit '%s' into an index-sized integer", type_name(type_of(v)));
    }
    return ok;
}

/* ---- memory -------------------------------------------------------------- */

size_t obj_sizeof(Value v)
{
    Type *t = type_of(v);
    return t->sizeof_ ? t->sizeof_(v) : t->size;
}

/* ---- calls --------------------------------------------------------------- */

bool obj_is_callable(Value v)
{
    if (is_small(v)) return false;
    return type_of(v)->call != NULL;
}

Value obj_call(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames)
{
    Type *t = type_of(callable);
    if (!t->call) return err_format(vm, &exc_TypeError, "'%s' object is not callable", type_name(t));
    return t->call(vm, callable, args, nargs, kwnames);
}

Value obj_call0(VM *vm, Value callable) { return obj_call(vm, callable, NULL, 0, VAL_NULL); }
Value obj_call1(VM *vm, Value callable, Value a) { return obj_call(vm, callable, &a, 1, VAL_NULL); }
Value obj_call2(VM *vm, Value callable, Value a, Value b)
{
    Value args[2] = {a, b};
    return obj_call(vm, callable, args, 2, VAL_NULL);
}

Value obj_call_method(VM *vm, Value obj, const char *name, Value *args, size_t nargs)
{
    Value m = obj_getattr_cstr(vm, obj, name);
    if (!m) return VAL_NULL;
    Value r = obj_call(vm, m, args, nargs, VAL_NULL);
    decref(vm, m);
    return r;
}

/* ---- repr recursion guard ------------------------------------------------- */

int repr_enter(VM *vm, Value v)
{
    ListObj *l = as_list(vm->repr_active);
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == v) return 1;
    return list_append(vm, vm->repr_active, v) < 0 ? -1 : 0;
}

void repr_leave(VM *vm, Value v)
{
    ListObj *l = as_list(vm->repr_active);
    for (size_t i = l->len; i-- > 0;) {
        if (l->items[i] == v) {
            Value item = l->items[i];
            memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
            l->len--;
            decref(vm, item);
            return;
        }
    }
}

/* ---- argument checking ------------------------------------------------------ */

/* Callers pass the qualified name ("list.append"): CPython prints it in the
 * "takes exactly one argument" and "takes no keyword arguments" messages of
 * METH_O / METH_NOARGS / METH_FASTCALL methods, but only the last part
 * ("index expected at least 1 argument", "invalid keyword argument for
 * split()") in the messages of its argument parsers. */
static const char *short_name(const char *fname)
{
    const char *dot = strrchr(fname, '.');
    return dot ? dot + 1 : fname;
}

bool args_no_kw(VM *vm, const char *fname, Value kwnames)
{
    if (kwnames && as_tuple(kwnames)->len) {
        err_format(vm, &exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    return true;
}

/* CPython's _PyArg_CheckPositional (after _PyArg_NoKeywords). */
bool args_positional(VM *vm, const char *fname, size_t nargs, Value kwnames, size_t min, size_t max)
{
    if (!args_no_kw(vm, fname, kwnames)) return false;
    if (nargs >= min && nargs <= max) return true;
    const char *name = short_name(fname);
    if (min == max)
        err_format(vm, &exc_TypeError, "%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        err_format(vm, &exc_TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                   min == 1 ? "" : "s", nargs);
    else
        err_format(vm, &exc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                   max == 1 ? "" : "s", nargs);
    return false;
}

/* METH_NOARGS and METH_O methods have their own messages; the others check
 * their positional count as _PyArg_CheckPositional does. */
bool args_check(VM *vm, const char *fname, size_t nargs, Value kwnames, size_t min, size_t max)
{
    if (min != max || min > 1 || nargs == min) return args_positional(vm, fname, nargs, kwnames, min, max);
    if (!args_no_kw(vm, fname, kwnames)) return false;
    if (min == 0)
        err_format(vm, &exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else
        err_format(vm, &exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    return false;
}

bool args_c_int(VM *vm, Value v, int *out)
{
    Value i = obj_index(vm, v);
    if (!i) return false;
    int64_t x;
    bool ok = int_to_i64(vm, i, &x);
    decref(vm, i);
    if (!ok || x > INT_MAX || x < INT_MIN) {
        err_clear(vm);
        err_set_str(vm, &exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = (int)x;
    return true;
}

/* Parses "a/,b|c$d" (see object.h). */
typedef struct ParamSpec { const char *name; size_t len; bool optional, kwonly; } ParamSpec;
typedef struct Signature {
    ParamSpec params[16];
    size_t n;          /* parameters */
    size_t posonly;    /* the first posonly ones cannot be given by keyword */
    size_t maxpos;     /* positional-or-keyword and positional-only ones */
    size_t minpos;     /* required positional ones */
    bool varargs;      /* the native function took *args itself */
} Signature;

static void parse_spec(const char *spec, Signature *sig)
{
    bool optional = false, kwonly = false;
    const char *p = spec;
    *sig = (Signature){.n = 0};
    if (*p == '*') { sig->varargs = true; p++; }
    while (*p && sig->n < 16) {
        if (*p == '|') { optional = true; p++; continue; }
        if (*p == '$') { kwonly = optional = true; p++; continue; }
        if (*p == '/') { sig->posonly = sig->n; p++; continue; }
        if (*p == ',') { p++; continue; }
        const char *start = p;
        while (*p && !strchr(",|$/", *p)) p++;
        sig->params[sig->n++] = (ParamSpec){start, (size_t)(p - start), optional, kwonly};
        if (!kwonly) sig->maxpos++;
        if (!optional) sig->minpos++;
    }
}

static Value find_keyword(const ParamSpec *param, Value *args, size_t nargs, Value kwnames)
{
    TupleObj *kw = kwnames ? as_tuple(kwnames) : NULL;
    for (size_t k = 0; kw && k < kw->len; k++)
        if (str_nbytes(as_str(kw->items[k])) == param->len && memcmp(str_cstr(kw->items[k]), param->name, param->len) == 0)
            return args[nargs + k];
    return VAL_NULL;
}

static bool is_parameter(const Signature *sig, Value kwname)
{
    for (size_t i = sig->posonly; i < sig->n; i++)
        if (str_nbytes(as_str(kwname)) == sig->params[i].len &&
            memcmp(str_cstr(kwname), sig->params[i].name, sig->params[i].len) == 0)
            return true;
    return false;
}

/* The keyword errors, checked after the missing arguments as CPython's
 * _PyArg_UnpackKeywords does. */
static bool unexpected_keywords(VM *vm, const char *name, const Signature *sig, Value *args, size_t nargs,
                                Value kwnames)
{
    for (size_t i = sig->posonly; i < nargs; i++) {
        if (find_keyword(&sig->params[i], args, nargs, kwnames)) {
            err_format(vm, &exc_TypeError, "argument for %s() given by name ('%.*s') and position (%zu)", name,
                       (int)sig->params[i].len, sig->params[i].name, i + 1);
            return false;
        }
    }
    TupleObj *kw = as_tuple(kwnames);
    for (size_t k = 0; k < kw->len; k++) {
        if (!is_parameter(sig, kw->items[k])) {
            err_format(vm, &exc_TypeError, "'%U' is an invalid keyword argument for %s()", kw->items[k], name);
            return false;
        }
    }
    return true;
}

/* CPython's argument clinic (_PyArg_UnpackKeywords): the same checks in the
 * same order, so the same message wins. */
bool args_parse(VM *vm, const char *fname, Value *args, size_t nargs, Value kwnames,
                const char *spec, Value *out)
{
    Signature sig;
    parse_spec(spec, &sig);
    const char *name = short_name(fname);
    size_t nkw = kwnames ? as_tuple(kwnames)->len : 0;
    for (size_t i = 0; i < sig.n; i++) out[i] = VAL_NULL;
    if (!sig.varargs && nargs + nkw > sig.n) {
        err_format(vm, &exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", name, sig.n,
                   nargs == 0 ? "keyword " : "", sig.n == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    if (nargs > sig.maxpos) {
        if (sig.maxpos == 0)
            err_format(vm, &exc_TypeError, "%s() takes no positional arguments", name);
        else
            err_format(vm, &exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", name,
                       sig.minpos < sig.maxpos ? "at most" : "exactly", sig.maxpos, sig.maxpos == 1 ? "" : "s",
                       nargs);
        return false;
    }
    size_t minposonly = sig.posonly < sig.minpos ? sig.posonly : sig.minpos;
    if (nargs < minposonly) {
        err_format(vm, &exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", name,
                   minposonly < sig.maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    size_t kw_left = nkw;
    for (size_t i = nargs > sig.posonly ? nargs : sig.posonly; i < sig.n; i++) {
        out[i] = kw_left ? find_keyword(&sig.params[i], args, nargs, kwnames) : VAL_NULL;
        if (out[i]) {
            kw_left--;
        } else if (!sig.params[i].optional) {
            err_format(vm, &exc_TypeError, "%s() missing required argument '%.*s' (pos %zu)", name,
                       (int)sig.params[i].len, sig.params[i].name, i + 1);
            return false;
        }
    }
    return kw_left == 0 || unexpected_keywords(vm, name, &sig, args, nargs, kwnames);
}

/* ---- format() and ascii() ---------------------------------------------------- */

/* The str part of the format mini-language: [[fill]align][width][.precision][s]. */
static Value format_str(VM *vm, Value s, Value spec)
{
    const char *p = str_cstr(spec);
    const char *end = p + str_nbytes(as_str(spec));
    uint32_t fill = ' ';
    char align = '<';
    bool fill_given = false;
    uint32_t cp;
    size_t n = p < end ? str_utf8_decode(p, &cp) : 0;
    if (p + n < end && strchr("<>^=", p[n])) {
        fill = cp;
        fill_given = true;
        align = p[n];
        p += n + 1;
    } else if (p < end && strchr("<>^=", *p)) {
        align = *p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' '))
        return err_set_str(vm, &exc_ValueError, *p == ' ' ? "Space not allowed in string format specifier"
                                                          : "Sign not allowed in string format specifier");
    if (p < end && *p == 'z')
        return err_set_str(vm, &exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (p < end && *p == '#')
        return err_set_str(vm, &exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (p < end && *p == '0') {
        if (!fill_given) fill = '0';
        p++;
    }
    size_t width = 0;
    while (p < end && *p >= '0' && *p <= '9') width = width * 10 + (size_t)(*p++ - '0');
    char grouping = p < end && (*p == ',' || *p == '_') ? *p++ : 0;
    intptr_t precision = -1;
    if (p < end && *p == '.') {
        p++;
        precision = 0;
        if (p >= end || *p < '0' || *p > '9')
            return err_set_str(vm, &exc_ValueError, "Format specifier missing precision");
        while (p < end && *p >= '0' && *p <= '9') precision = precision * 10 + (*p++ - '0');
    }
    /* a separator is checked against the type (default 's') before the type itself */
    char type = p < end && end - p == 1 ? *p : 's';
    if (grouping && !strchr("defgEGF%", type) && !(grouping == '_' && strchr("boxX", type)))
        return err_format(vm, &exc_ValueError, "Cannot specify '%c' with '%c'.", grouping, type);
    if (p < end && *p == 's') p++;
    if (p < end) {
        uint32_t code;
        if (p + str_utf8_decode(p, &code) == end) {
            char text[16];
            format_code_text(code, text);
            return err_format(vm, &exc_ValueError, "Unknown format code '%s' for object of type 'str'", text);
        }
        return err_format(vm, &exc_ValueError, "Invalid format specifier '%U' for object of type 'str'", spec);
    }
    if (align == '=') return err_set_str(vm, &exc_ValueError, "'=' alignment not allowed in string format specifier");
    size_t len = str_len(as_str(s));
    Value body = precision >= 0 && (size_t)precision < len ? str_substr(vm, s, 0, (size_t)precision) : incref(s);
    if (!body) return VAL_NULL;
    len = str_len(as_str(body));
    if (width <= len) return body;
    size_t pad = width - len, left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    char fb[4];
    size_t fn = str_utf8_encode(fill, fb);
    StrBuf b;
    strbuf_init(&b, vm);
    for (size_t i = 0; i < left; i++) strbuf_add(&b, fb, fn);
    strbuf_add_str(&b, body);
    for (size_t i = left; i < pad; i++) strbuf_add(&b, fb, fn);
    decref(vm, body);
    return strbuf_finish(&b);
}

Value obj_format(VM *vm, Value v, Value spec)
{
    bool empty = !spec || str_nbytes(as_str(spec)) == 0;
    Type *t = type_of(v);
    if (t == &type_str) return empty ? incref(v) : format_str(vm, v, spec);
    if (t == &type_bool && empty) return obj_str(vm, v);
    if (t == &type_int || t == &type_bool) {
        if (empty) return obj_str(vm, v);
        return int_format(vm, v, spec);
    }
    if (t == &type_float) {
        if (empty) return obj_str(vm, v);
        return float_format(vm, float_val(v), spec);
    }
    Value method = type_lookup_borrowed(t, vm->s.__format__);
    if (method && !is_type(method, &type_method_descr)) {
        Value s = spec ? incref(spec) : str_new(vm, "", 0);
        if (!s) return VAL_NULL;
        Value args[2] = {v, s};
        Value r = obj_call(vm, method, args, 2, VAL_NULL);
        decref(vm, s);
        if (r && !is_str(r)) {
            Value bad = r;
            r = err_format(vm, &exc_TypeError, "__format__ must return a str, not %T", bad);
            decref(vm, bad);
        }
        return r;
    }
    /* subclasses of str/int/float without their own __format__ use the base's */
    if (!empty && is_str(v)) return format_str(vm, v, spec);
    if (!empty && is_int(v)) return int_format(vm, v, spec);
    if (!empty && is_instance_of(v, &type_float)) return float_format(vm, float_val(v), spec);
    if (!empty)
        return err_format(vm, &exc_TypeError, "unsupported format string passed to %s.__format__", type_name(t));
    return obj_str(vm, v);
}

Value obj_ascii(VM *vm, Value v)
{
    Value r = obj_repr(vm, v);
    if (!r || str_is_ascii(as_str(r))) return r;
    StrBuf b;
    strbuf_init(&b, vm);
    const char *s = str_cstr(r);
    size_t n = str_nbytes(as_str(r));
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += str_utf8_decode(s + i, &cp);
        if (cp < 0x80) strbuf_add_char(&b, (char)cp);
        else if (cp < 0x100) strbuf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000) strbuf_printf(&b, "\\u%04x", cp);
        else strbuf_printf(&b, "\\U%08x", cp);
    }
    decref(vm, r);
    return strbuf_finish(&b);
}
