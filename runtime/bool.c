/*
 * runtime/bool.c -- True, False and the bool type.
 *
 * bool is a final subclass of int whose only instances are the two statics
 * below.  Everything numeric is int's (runtime/int.c reads True/False as
 * 1/0); only repr and the bitwise operators on two bools differ.
 */
#include "runtime/object.h"

BoolObj true_obj = { OBJ_HEAD_INIT(&type_bool) };
BoolObj false_obj = { OBJ_HEAD_INIT(&type_bool) };

static Value bool_repr(VM *vm, Value v)
{
    return str_from_cstr(vm, v == TRUE_V ? "True" : "False");
}

static bool is_bool(Value v) { return v == TRUE_V || v == FALSE_V; }

/* &, | and ^ of two bools stay bools; anything else is int arithmetic. */
static Value bool_bitwise(VM *vm, NumOp op, Value a, Value b)
{
    if (is_bool(a) && is_bool(b)) {
        bool x = a == TRUE_V, y = b == TRUE_V;
        return bool_val(op == NB_AND ? (x && y) : op == NB_OR ? (x || y) : (x != y));
    }
    return type_int.binop[op](vm, a, b);
}

static Value bool_and(VM *vm, Value a, Value b) { return bool_bitwise(vm, NB_AND, a, b); }
static Value bool_or(VM *vm, Value a, Value b) { return bool_bitwise(vm, NB_OR, a, b); }
static Value bool_xor(VM *vm, Value a, Value b) { return bool_bitwise(vm, NB_XOR, a, b); }

/* The other slots forward to int's at run time, since type_int's slot
 * functions are private to int.c. */
#define BOOL_FWD(name, op) \
    static Value bool_##name(VM *vm, Value a, Value b) { return type_int.binop[op](vm, a, b); }
BOOL_FWD(add, NB_ADD) BOOL_FWD(sub, NB_SUB) BOOL_FWD(mul, NB_MUL) BOOL_FWD(matmul, NB_MATMUL)
BOOL_FWD(truediv, NB_TRUEDIV) BOOL_FWD(floordiv, NB_FLOORDIV) BOOL_FWD(mod, NB_MOD)
BOOL_FWD(pow, NB_POW) BOOL_FWD(lshift, NB_LSHIFT) BOOL_FWD(rshift, NB_RSHIFT)
#undef BOOL_FWD

static bool bool_hash(VM *vm, Value v, intptr_t *out) { (void)vm; *out = v == TRUE_V; return true; }
static Value bool_richcompare(VM *vm, Value a, Value b, CmpCode op) { return type_int.richcompare(vm, a, b, op); }
static int bool_truth(VM *vm, Value v) { (void)vm; return v == TRUE_V; }
static Value bool_neg(VM *vm, Value v) { (void)vm; return small(v == TRUE_V ? -1 : 0); }
static Value bool_pos(VM *vm, Value v) { (void)vm; return small(v == TRUE_V); }
static Value bool_invert(VM *vm, Value v) { (void)vm; return small(v == TRUE_V ? -2 : -1); }

static Value bool_new(VM *vm, Type *type, Value *args, size_t nargs, Value kwnames)
{
    (void)type;
    if (!args_check(vm, "bool", nargs, kwnames, 0, 1)) return VAL_NULL;
    if (nargs == 0) return FALSE_V;
    int t = obj_truth(vm, args[0]);
    return t < 0 ? VAL_NULL : bool_val(t);
}

Type type_bool = {
    .ob = OBJ_HEAD_INIT(&type_type),
    .name = "bool",
    .size = sizeof(BoolObj),
    .flags = TF_INT_SUB,
    .base = &type_int,
    .new_ = bool_new,
    .repr = bool_repr,
    .hash = bool_hash,
    .richcompare = bool_richcompare,
    .binop = {
        [NB_ADD] = bool_add, [NB_SUB] = bool_sub, [NB_MUL] = bool_mul,
        [NB_MATMUL] = bool_matmul, [NB_TRUEDIV] = bool_truediv,
        [NB_FLOORDIV] = bool_floordiv, [NB_MOD] = bool_mod, [NB_POW] = bool_pow,
        [NB_LSHIFT] = bool_lshift, [NB_RSHIFT] = bool_rshift, [NB_OR] = bool_or,
        [NB_XOR] = bool_xor, [NB_AND] = bool_and,
    },
    .neg = bool_neg,
    .pos = bool_pos,
    .invert = bool_invert,
    .abs = bool_pos,
    .truth = bool_truth,
    .index = bool_pos,
};
