/*
 * runtime/ -- values, objects and the builtin types.
 *
 * This is the one public header of runtime/.  One .c file per type.
 *
 * VALUES.  A Value is one machine word.  If its low bit is 1 it is an
 * immediate small int (the other 63 bits, signed); otherwise it is a pointer
 * to an Obj.  Small ints are canonical: an int that fits in 63 bits is never a
 * heap IntObj, so two equal small ints are the same word.  VAL_NULL (0) is not
 * a value: a function returning Value returns VAL_NULL to say "an exception is
 * set in vm->exc" (or, where documented, "absent").
 *
 * THE REFERENCE RULE.  Every Obj carries a reference count.
 *  - A function that returns a Value returns a NEW reference, which the
 *    caller owns and must give away (store it, return it, or decref it).
 *    A function that returns a borrowed reference says so: its name ends in
 *    `_borrowed`.
 *  - Arguments are BORROWED: the callee increfs what it keeps.  A function
 *    that takes ownership of an argument says so with `_steal` in its name.
 *  - An object is freed the instant its count reaches zero (decref calls its
 *    type's dealloc at once), so __del__ and weakref callbacks run at that
 *    moment.  Deallocation of long chains defers through vm->dealloc_pending
 *    so it never recurses deeply on the C stack.
 *  - Statically allocated objects (None, True, False, Ellipsis,
 *    NotImplemented, builtin types) start with a count so high it never
 *    reaches zero; they are otherwise counted like any object.
 *
 * ERRORS.  C code never aborts on a script's error: it sets an exception with
 * err_* (runtime/exception.c) and returns VAL_NULL, -1 or false as its
 * signature says.
 */
#ifndef PITH_RUNTIME_OBJECT_H
#define PITH_RUNTIME_OBJECT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "gc/gc.h"

typedef struct VM VM;
typedef struct Type Type;
typedef uintptr_t Value;

#define VAL_NULL ((Value)0)

/* 16 bytes.  The count is 32 bits (2^32 references to one object would take
 * 32 GiB of pointers); `aux` is 32 bits a type may use for its own data (str
 * keeps its flags and, when short, its lengths there) -- but only a GC type
 * or str: a deferred dealloc (runtime/object.c) of another object reuses the
 * count and aux words as one 64-bit link. */
struct Obj {
    uint32_t refcnt;
    uint32_t aux;
    Type *type;
};

/* Statics start in the middle of the range, so they can be counted up or
 * down by 2^31 and still be told apart from every heap object. */
#define STATIC_REFCNT ((uint32_t)1 << 31)
#define OBJ_HEAD_INIT(t) { STATIC_REFCNT, 0, (t) }

/* ---- immediates ---------------------------------------------------------- */

#define SMALL_MAX (INTPTR_MAX >> 1)
#define SMALL_MIN (INTPTR_MIN >> 1)

static inline bool is_small(Value v) { return (v & 1) != 0; }
static inline intptr_t small_val(Value v) { return (intptr_t)v >> 1; }
static inline Value small(intptr_t i) { return ((uintptr_t)i << 1) | 1; }
static inline bool fits_small(intptr_t i) { return i >= SMALL_MIN && i <= SMALL_MAX; }
static inline Obj *as_obj(Value v) { return (Obj *)v; }
static inline Value val(const void *o) { return (Value)o; }

/* ---- reference counting -------------------------------------------------- */

void obj_dealloc(VM *vm, Obj *o);   /* called when a count reaches zero */

static inline Value incref(Value v)
{
    if (!is_small(v)) as_obj(v)->refcnt++;
    return v;
}
static inline Value xincref(Value v) { return v ? incref(v) : v; }
static inline void decref(VM *vm, Value v)
{
    if (!is_small(v) && --as_obj(v)->refcnt == 0) obj_dealloc(vm, as_obj(v));
}
static inline void xdecref(VM *vm, Value v) { if (v) decref(vm, v); }
/* Replaces *slot by a new reference, releasing the old one afterwards (so a
 * finaliser run by the release sees the slot already updated). */
static inline void set_slot(VM *vm, Value *slot, Value steal)
{
    Value old = *slot;
    *slot = steal;
    xdecref(vm, old);
}
static inline void clear_slot(VM *vm, Value *slot) { set_slot(vm, slot, VAL_NULL); }

/* ---- types --------------------------------------------------------------- */

typedef int (*VisitFn)(Value v, void *arg);

/* Native callables use one convention everywhere (functions, methods,
 * constructors): positional arguments are args[0..nargs), and if kwnames (a
 * tuple of str) is not VAL_NULL the keyword values follow at
 * args[nargs..nargs+len(kwnames)).  All borrowed. */
typedef Value (*NativeFn)(VM *vm, Value self, Value *args, size_t nargs, Value kwnames);

enum { METH_DEFAULT = 0, METH_STATIC = 1, METH_CLASS = 2 };
typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    int flags;
} MethodDef;

typedef struct GetSetDef {
    const char *name;
    Value (*get)(VM *vm, Value self);
    int (*set)(VM *vm, Value self, Value v);   /* v == VAL_NULL: delete; NULL slot: read-only */
} GetSetDef;

/* Binary number operations, in the order of vm/opcodes.h's BINARY_OP argument. */
typedef enum NumOp {
    NB_ADD, NB_SUB, NB_MUL, NB_MATMUL, NB_TRUEDIV, NB_FLOORDIV, NB_MOD, NB_POW,
    NB_LSHIFT, NB_RSHIFT, NB_OR, NB_XOR, NB_AND,
    NB_COUNT
} NumOp;

/* Rich comparison codes (CPython's order). */
typedef enum CmpCode { CMP_CODE_LT, CMP_CODE_LE, CMP_CODE_EQ, CMP_CODE_NE, CMP_CODE_GT, CMP_CODE_GE } CmpCode;

enum TypeFlags {
    TF_GC        = 1 << 0,   /* instances carry a GCHead (gc_new_object) */
    TF_HEAP      = 1 << 1,   /* made by `class` at run time */
    TF_BASETYPE  = 1 << 2,   /* may be subclassed */
    TF_INT_SUB   = 1 << 3,   /* fast subclass checks */
    TF_STR_SUB   = 1 << 4,
    TF_TUPLE_SUB = 1 << 5,
    TF_LIST_SUB  = 1 << 6,
    TF_DICT_SUB  = 1 << 7,
    TF_EXC_SUB   = 1 << 8,
    TF_TYPE_SUB  = 1 << 9,
    TF_HAS_DEL   = 1 << 10,  /* instances have a __del__ finaliser */
    TF_INLINE_ATTRS = 1 << 11, /* instances keep attributes in a table after the dict slot (runtime/instance.c) */
};

struct Type {
    Obj ob;
    const char *name;            /* __name__ for builtins ("list", "ZeroDivisionError") */
    size_t size;                 /* bytes of an instance, Obj included */
    uint32_t flags;
    Type *base;                  /* __base__ (NULL only for object) */
    Value name_str;              /* str: __name__ */
    Value qualname;              /* str: __qualname__ */
    Value module;                /* str: __module__ or VAL_NULL for builtins */
    Value bases;                 /* tuple of types */
    Value mro;                   /* tuple of types, self first */
    Value dict;                  /* dict: the type's attributes */
    size_t dictoffset;           /* offset of a `Value dict` slot in instances, or 0 */

    /* lifetime */
    void (*dealloc)(VM *vm, Obj *o);
    int (*traverse)(Obj *o, VisitFn visit, void *arg);
    void (*clear)(VM *vm, Obj *o);
    void (*finalize)(VM *vm, Obj *o);     /* __del__-like, run once (PEP 442) */

    /* construction and calling */
    Value (*new_)(VM *vm, Type *type, Value *args, size_t nargs, Value kwnames);
    Value (*call)(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames);

    /* text */
    Value (*repr)(VM *vm, Value v);
    Value (*str)(VM *vm, Value v);

    /* comparison and hashing */
    bool (*hash)(VM *vm, Value v, intptr_t *out);   /* false with an exception set */
    Value (*richcompare)(VM *vm, Value a, Value b, CmpCode op);  /* may return NotImplemented */

    /* attributes (name is always a str) */
    Value (*getattr)(VM *vm, Value obj, Value name);
    int (*setattr)(VM *vm, Value obj, Value name, Value v);    /* v == VAL_NULL: delete */
    Value (*descr_get)(VM *vm, Value descr, Value obj, Value type);  /* obj VAL_NULL: via class */
    int (*descr_set)(VM *vm, Value descr, Value obj, Value v);

    /* iteration: iternext returns VAL_NULL with no exception set when exhausted */
    Value (*iter)(VM *vm, Value v);
    Value (*iternext)(VM *vm, Value v);

    /* containers (setitem with v == VAL_NULL deletes) */
    intptr_t (*len)(VM *vm, Value v);                 /* -1 with an exception set */
    Value (*getitem)(VM *vm, Value v, Value key);
    int (*setitem)(VM *vm, Value v, Value key, Value item);
    int (*contains)(VM *vm, Value v, Value item);     /* 1, 0, or -1 with an exception */

    /* numbers: may return NotImplemented; inplace ones are optional */
    Value (*binop[NB_COUNT])(VM *vm, Value a, Value b);
    Value (*inplace[NB_COUNT])(VM *vm, Value a, Value b);
    Value (*neg)(VM *vm, Value v);
    Value (*pos)(VM *vm, Value v);
    Value (*invert)(VM *vm, Value v);
    Value (*abs)(VM *vm, Value v);
    int (*truth)(VM *vm, Value v);                    /* 1, 0, or -1 with an exception */
    Value (*index)(VM *vm, Value v);                  /* __index__: an int */

    /* memory: bytes the object itself owns -- its block without the GCHead
     * plus buffers only it points to (a list's items, a dict's table), not
     * the objects it refers to.  NULL means `size`.  object.__sizeof__ and
     * sys.getsizeof ask it (obj_sizeof).  Builtin subtypes do not inherit
     * it (bool is not laid out as int); heap classes get instance_sizeof. */
    size_t (*sizeof_)(Value v);

    const MethodDef *methods;
    const GetSetDef *getset;
};

extern Type type_object, type_type, type_none, type_notimplemented, type_ellipsis,
    type_bool, type_int, type_float, type_str, type_bytes, type_list, type_tuple,
    type_dict, type_set, type_frozenset, type_range, type_slice, type_function,
    type_native_function, type_method_descr, type_method, type_cell, type_code,
    type_module, type_traceback, type_property, type_staticmethod, type_classmethod,
    type_list_iter, type_tuple_iter, type_str_iter, type_range_iter, type_longrange_iter, type_dict_keyiter,
    type_dict_valueiter, type_dict_itemiter, type_dict_keys, type_dict_values,
    type_dict_items, type_set_iter, type_seq_iter, type_enumerate, type_zip, type_map,
    type_filter, type_reversed, type_getset_descr, type_super, type_callable_iter, type_list_reverseiter;
/* list.__reversed__ (runtime/iterators.c). */
Value list_reversed_m(VM *vm, Value self, Value *args, size_t nargs, Value kw);
/* iter(callable, sentinel) (runtime/generator.c). */
Value callable_iter_new(VM *vm, Value callable, Value sentinel);
/* next(it) where a StopIteration's value matters (next(), yield from): like
 * the iternext slot, but a generator's or a class's StopIteration stays
 * pending with its value (runtime/generator.c). */
Value iter_next_keeping_stop(VM *vm, Value it);

static inline Type *type_of(Value v) { return is_small(v) ? &type_int : as_obj(v)->type; }
static inline bool is_type(Value v, const Type *t) { return !is_small(v) && as_obj(v)->type == t; }
bool type_is_subtype(const Type *t, const Type *base);
static inline bool is_instance_of(Value v, const Type *t)
{
    return type_of(v) == t || type_is_subtype(type_of(v), t);
}
/* True if the object carries a GCHead (builtin static types do not). */
static inline bool obj_is_gc(Obj *o)
{
    return (o->type->flags & TF_GC) &&
           (o->type != &type_type || (((Type *)o)->flags & TF_HEAP));
}

/* ---- singletons ---------------------------------------------------------- */

extern Obj none_obj, notimplemented_obj, ellipsis_obj;
typedef struct BoolObj { Obj ob; } BoolObj;
extern BoolObj true_obj, false_obj;
#define NONE val(&none_obj)
#define TRUE_V val(&true_obj)
#define FALSE_V val(&false_obj)
#define NOTIMPL val(&notimplemented_obj)
#define ELLIPSIS val(&ellipsis_obj)
static inline Value bool_val(bool b) { return b ? TRUE_V : FALSE_V; }
static inline Value none_new(void) { return NONE; }   /* statics need no incref */

/* ---- int ----------------------------------------------------------------- */

/* A heap int: magnitude in base 2^30 digits, least significant first; the
 * sign of `size` is the sign of the number, |size| the number of digits.
 * Only ints outside the small range live here (see VALUES). */
#define INT_DIGIT_BITS 30
#define INT_DIGIT_MASK ((uint32_t)((1u << INT_DIGIT_BITS) - 1))
typedef struct IntObj { Obj ob; intptr_t size; uint32_t digits[]; } IntObj;

static inline bool is_int(Value v) { return is_small(v) || is_instance_of(v, &type_int); }
Value int_from_i64(VM *vm, int64_t i);
Value int_from_u64(VM *vm, uint64_t u);
Value int_from_double(VM *vm, double d);                    /* truncates; raises on inf/nan */
Value int_from_string(VM *vm, const char *s, size_t len, int base);  /* Python int(s, base) */
bool int_to_i64(VM *vm, Value v, int64_t *out);             /* OverflowError if too big */
bool int_as_ssize(VM *vm, Value v, intptr_t *out);          /* for indices */
double int_to_double(VM *vm, Value v, bool *ok);            /* OverflowError if too big */
Value int_to_decimal(VM *vm, Value v);                      /* str */
Value int_to_base(VM *vm, Value v, int base, bool prefix);  /* bin/oct/hex */
int int_sign(Value v);
int int_compare(Value a, Value b);                          /* -1, 0, 1 */
intptr_t int_hash(Value v);
Value int_binop(VM *vm, NumOp op, Value a, Value b);        /* both ints (bool allowed) */
Value int_neg(VM *vm, Value v);
Value int_invert(VM *vm, Value v);
Value int_abs(VM *vm, Value v);
Value int_pow_mod(VM *vm, Value b, Value e, Value m);
size_t int_bit_length_small(intptr_t i);
Value int_normalize(VM *vm, IntObj *big_steal);             /* small if it fits */
/* sys.set_int_max_str_digits(): limit on decimal str<->int conversions (0: none). */
extern intptr_t int_max_str_digits;
/* format(int, spec) and builtin round() for ints and floats (runtime/numfmt.c). */
Value int_format(VM *vm, Value v, Value spec);
Value num_round(VM *vm, Value x, Value ndigits);            /* ndigits VAL_NULL/None: absent */
Value num_divmod(VM *vm, Value a, Value b);                 /* ints/floats; else NotImplemented */
/* A format code as "Unknown format code '%s'" shows it ('x', or '\x20'). */
void format_code_text(uint32_t type, char out[16]);
/* For int()/float() of a str: Unicode decimal digits -> '0'..'9', Unicode
 * spaces -> ' ', other non-ASCII -> '?'.  out has room for len bytes;
 * returns the new length. */
size_t num_to_ascii(const char *s, size_t len, char *out);

/* ---- float --------------------------------------------------------------- */

typedef struct FloatObj { Obj ob; double v; } FloatObj;
static inline double float_val(Value v) { return ((FloatObj *)as_obj(v))->v; }
Value float_new(VM *vm, double d);
Value float_repr_str(VM *vm, double d);    /* CPython's shortest repr */
size_t float_repr_buf(double d, char *buf, size_t cap);
intptr_t float_hash(double d);
Value float_binop(VM *vm, NumOp op, double a, double b);
Value float_divmod(VM *vm, double a, double b);              /* tuple */
bool float_parse(VM *vm, const char *s, size_t len, double *out);  /* float(str) grammar */
Value float_format(VM *vm, double d, Value spec);            /* format(float, spec) */
/* PyOS_double_to_string: code 'e', 'f', 'g' or 'r' (shortest repr); buf holds
 * FLOAT_CHARS_CAP(precision) bytes; returns the length of the text. */
enum { FLOAT_FMT_ADD_DOT_0 = 1, FLOAT_FMT_ALT = 2, FLOAT_FMT_NO_NEG_0 = 4, FLOAT_FMT_UPPER = 8 };
#define FLOAT_CHARS_CAP(precision) (3 * ((size_t)(precision) + 400))
size_t float_to_chars(double d, char code, int precision, int flags, char *buf, size_t cap);

/* ---- str ----------------------------------------------------------------- */

/* UTF-8 bytes plus the length in code points, in one of two layouts (the
 * fields are private: use the accessors below).
 *  - compact (STR_COMPACT): an exact str of at most STR_COMPACT_MAX bytes.
 *    Obj.aux holds the flags, the byte length and the code point count; the
 *    text follows the 16-byte Obj at once, so "123456" is a 24-byte block.
 *    The hash is not stored: it is computed on demand (str_hash_bytes).
 *  - full (StrFull): longer strings, str subclass instances and interned
 *    strings the interner could take over: cached hash, lengths and, for
 *    non-ASCII text, the lazy code point index.  Obj.aux holds the flags.
 * The text is NUL-terminated for C's convenience.  `ascii` means one byte per
 * code point, so indexing is direct; otherwise indexing walks the bytes. */
typedef struct StrObj { Obj ob; } StrObj;
typedef struct StrFull {
    Obj ob;
    intptr_t hash;        /* -1: not computed yet */
    size_t len;           /* code points */
    size_t nbytes;
    size_t *cpindex;      /* non-ASCII: lazy byte offsets of every 32nd code point, or NULL */
    char data[];
} StrFull;

/* Obj.aux of a str. */
enum { STR_ASCII = 1u << 0, STR_INTERNED = 1u << 1, STR_COMPACT = 1u << 2 };
#define STR_COMPACT_MAX 63      /* bytes; below the index threshold, so compact strs never need one */
#define STR_NBYTES_SHIFT 8      /* compact: byte length in bits 8..19 */
#define STR_LEN_SHIFT 20        /* compact: code point count in bits 20..31 */
#define STR_FIELD_MASK 0xfffu

static inline StrObj *as_str(Value v) { return (StrObj *)as_obj(v); }
static inline bool is_str(Value v) { return !is_small(v) && (as_obj(v)->type == &type_str || (as_obj(v)->type->flags & TF_STR_SUB)); }
static inline bool str_is_compact(const StrObj *s) { return (s->ob.aux & STR_COMPACT) != 0; }
static inline StrFull *str_full(const StrObj *s) { return (StrFull *)s; }
static inline const char *str_data(const StrObj *s)
{
    return str_is_compact(s) ? (const char *)(s + 1) : str_full(s)->data;
}
static inline size_t str_nbytes(const StrObj *s)
{
    return str_is_compact(s) ? (s->ob.aux >> STR_NBYTES_SHIFT) & STR_FIELD_MASK : str_full(s)->nbytes;
}
static inline size_t str_len(const StrObj *s)   /* code points */
{
    return str_is_compact(s) ? s->ob.aux >> STR_LEN_SHIFT : str_full(s)->len;
}
static inline bool str_is_ascii(const StrObj *s) { return (s->ob.aux & STR_ASCII) != 0; }
static inline bool str_is_interned(const StrObj *s) { return (s->ob.aux & STR_INTERNED) != 0; }
static inline const char *str_cstr(Value v) { return str_data(as_str(v)); }
/* The hash of a str's text (the same for both layouts). */
intptr_t str_hash_bytes(const char *p, size_t n);
Value str_new(VM *vm, const char *utf8, size_t nbytes);      /* validated UTF-8 */
Value str_from_cstr(VM *vm, const char *s);
Value str_format(VM *vm, const char *fmt, ...);              /* see err_format for %-codes */
Value str_vformat(VM *vm, const char *fmt, va_list ap);
Value str_intern(VM *vm, Value s_steal);                     /* the interned equal string */
Value str_intern_cstr(VM *vm, const char *s);
Value str_from_codepoint(VM *vm, uint32_t cp);
Value str_concat(VM *vm, Value a, Value b);
bool str_eq(Value a, Value b);
static inline intptr_t str_hash(Value v)
{
    StrObj *s = as_str(v);
    if (str_is_compact(s)) return str_hash_bytes((const char *)(s + 1), str_nbytes(s));
    StrFull *f = str_full(s);
    if (f->hash == -1) f->hash = str_hash_bytes(f->data, f->nbytes);
    return f->hash;
}
Value str_repr(VM *vm, Value v);
Value str_substr(VM *vm, Value s, size_t start_cp, size_t end_cp);
size_t str_utf8_decode(const char *p, uint32_t *cp);        /* bytes used */
size_t str_utf8_encode(uint32_t cp, char *out);             /* bytes written (1..4) */
/* Byte offset reached by moving `count` code points forward from byte `off`. */
size_t str_advance(const StrObj *s, size_t off, size_t count);
/* Byte offset of code point `index` (index <= len), O(1) amortised: long
 * non-ASCII strings get a lazily built table of checkpoints. */
size_t str_byte_offset(VM *vm, StrObj *s, size_t index);
/* Code point index of byte offset `byte` (a code point boundary). */
size_t str_cp_index(VM *vm, StrObj *s, size_t byte);

/* A growable UTF-8 buffer for building strings. */
typedef struct StrBuf { VM *vm; char *data; size_t len, cap; bool failed; } StrBuf;
void strbuf_init(StrBuf *b, VM *vm);
void strbuf_add(StrBuf *b, const char *s, size_t n);
void strbuf_add_cstr(StrBuf *b, const char *s);
void strbuf_add_char(StrBuf *b, char c);
void strbuf_add_str(StrBuf *b, Value s);
void strbuf_printf(StrBuf *b, const char *fmt, ...);
bool strbuf_add_repr(StrBuf *b, Value v);   /* false with an exception set */
Value strbuf_finish(StrBuf *b);             /* a str; frees the buffer */
void strbuf_discard(StrBuf *b);

/* ---- bytes --------------------------------------------------------------- */

typedef struct BytesObj { Obj ob; intptr_t hash; size_t len; unsigned char data[]; } BytesObj;
Value bytes_new(VM *vm, const void *data, size_t len);
/* bytearray: `data` is a gc_mem_alloc block of `cap` bytes (over-allocated as CPython's). */
typedef struct ByteArrayObj { Obj ob; size_t len, cap; unsigned char *data; } ByteArrayObj;
extern Type type_bytearray;

/* ---- tuple --------------------------------------------------------------- */

typedef struct TupleObj { Obj ob; size_t len; Value items[]; } TupleObj;
static inline TupleObj *as_tuple(Value v) { return (TupleObj *)as_obj(v); }
static inline bool is_tuple(Value v) { return !is_small(v) && (as_obj(v)->type == &type_tuple || (as_obj(v)->type->flags & TF_TUPLE_SUB)); }
Value tuple_new(VM *vm, size_t len);             /* items VAL_NULL: fill, then tuple_done */
void tuple_done(VM *vm, Value t);                /* tracks it */
Value tuple_pack(VM *vm, size_t n, ...);         /* borrowed items */
Value tuple_from_array(VM *vm, const Value *items, size_t n);
Value tuple_empty(VM *vm);
/* Lexicographic comparison of two item arrays (tuples and lists share it). */
Value seq_richcompare(VM *vm, const Value *a, size_t na, const Value *b, size_t nb, CmpCode op);

/* ---- list ---------------------------------------------------------------- */

typedef struct ListObj { Obj ob; size_t len, cap; Value *items; } ListObj;
static inline ListObj *as_list(Value v) { return (ListObj *)as_obj(v); }
static inline bool is_list(Value v) { return !is_small(v) && (as_obj(v)->type == &type_list || (as_obj(v)->type->flags & TF_LIST_SUB)); }
Value list_new(VM *vm, size_t cap);
int list_append(VM *vm, Value list, Value item);
int list_append_steal(VM *vm, Value list, Value item);
Value list_from_iterable(VM *vm, Value iterable);
int list_extend(VM *vm, Value list, Value iterable);
int list_sort(VM *vm, Value list, Value key, bool reverse);
/* list.sort(*, key=None, reverse=False) as a NativeFn (also what sorted() calls). */
Value list_sort_method(VM *vm, Value self, Value *args, size_t nargs, Value kw);

/* ---- dict ---------------------------------------------------------------- */

typedef struct DictEntry { intptr_t hash; Value key, value; } DictEntry;
typedef struct DictObj {
    Obj ob;
    size_t used;           /* live entries */
    size_t nentries;       /* entries used, including deleted ones */
    size_t capacity;       /* slots in the index table (a power of 2); 0: no table yet */
    size_t usable;         /* insertions left before a resize (deletions don't give any back) */
    uint64_t version;      /* bumped on every insertion of a new key, deletion, resize and clear */
    void *index;           /* capacity indices of 1, 2, 4 or 8 bytes */
    DictEntry *entries;    /* capacity*2/3 entries, insertion ordered; deleted: key == VAL_NULL */
    bool general_keys;     /* a non-str key was stored since the table was made: the
                            * collector visits keys too (CPython's DICT_KEYS_GENERAL) */
} DictObj;
static inline DictObj *as_dict(Value v) { return (DictObj *)as_obj(v); }
static inline bool is_dict(Value v) { return !is_small(v) && (as_obj(v)->type == &type_dict || (as_obj(v)->type->flags & TF_DICT_SUB)); }
Value dict_new(VM *vm);
Value dict_get_borrowed(VM *vm, Value d, Value key);   /* VAL_NULL: missing, or error if err_occurred */
Value dict_get_str_borrowed(VM *vm, Value d, Value key); /* key is a str; never raises */
/* The address of str key's value slot in d, or NULL when absent.  It stays
 * valid while d's version is unchanged (a new key, a deletion or a resize
 * changes it; storing over an existing key does not), and versions are unique
 * over all dicts, so an unchanged version also proves it is the same dict. */
Value *dict_str_value_slot(Value d, Value key);
Value dict_get_cstr_borrowed(VM *vm, Value d, const char *key);
int dict_set(VM *vm, Value d, Value key, Value value);
int dict_set_cstr(VM *vm, Value d, const char *key, Value value);
int dict_del(VM *vm, Value d, Value key);              /* -1 + KeyError if missing */
int dict_del_if_present(VM *vm, Value d, Value key);   /* 1 deleted, 0 missing, -1 error */
bool dict_next(Value d, size_t *pos, Value *key, Value *value);  /* borrowed */
void dict_clear(VM *vm, Value d);
Value dict_copy(VM *vm, Value d);
int dict_update(VM *vm, Value d, Value other);
Value dict_keys_list(VM *vm, Value d);
Value dict_repr(VM *vm, Value d);
int dict_contains(VM *vm, Value d, Value key);        /* 1, 0, -1 */
/* With the hash already known (as sets and other dicts store it). */
int dict_contains_known_hash(VM *vm, Value d, Value key, intptr_t hash);
bool dict_next_hash(Value d, size_t *pos, Value *key, Value *value, intptr_t *hash);
/* CPython's dict_merge: `other` is a dict or a mapping with keys().  override
 * 1: replace existing keys; 0: keep them; 2: raise KeyError(key) on a
 * duplicate (for f(**a, **b)). */
int dict_merge(VM *vm, Value d, Value other, int override);
/* For the collector (full collections): untracks an exact dict whose keys
 * and values can't be part of a cycle.  True if it untracked it. */
bool dict_maybe_untrack(VM *vm, Value d);
/* reversed(d), reversed(d.values()), reversed(d.items()).  Readied lazily if
 * types_init doesn't list them. */
extern Type type_dict_revkeyiter, type_dict_revvalueiter, type_dict_revitemiter;

/* ---- set ----------------------------------------------------------------- */

typedef struct SetEntry { intptr_t hash; Value key; } SetEntry;
#define SET_MINSIZE 8
typedef struct SetObj {
    Obj ob;
    size_t used;           /* live keys */
    size_t fill;           /* live keys + deleted (dummy) slots */
    size_t mask;           /* table size - 1 */
    uint64_t version;      /* bumped when a key is added or removed, or the table replaced */
    SetEntry *table;       /* `small` or a heap block of mask+1 entries */
    intptr_t hash;         /* frozenset: cached hash, -1 not computed */
    size_t finger;         /* where set.pop() resumes its search */
    SetEntry small[SET_MINSIZE];
} SetObj;
static inline bool is_anyset(Value v) { return !is_small(v) && (as_obj(v)->type == &type_set || as_obj(v)->type == &type_frozenset || type_is_subtype(as_obj(v)->type, &type_set) || type_is_subtype(as_obj(v)->type, &type_frozenset)); }
Value set_new(VM *vm, Type *type);
int set_add(VM *vm, Value s, Value key);
int set_contains(VM *vm, Value s, Value key);
int set_discard(VM *vm, Value s, Value key);
bool set_next(Value s, size_t *pos, Value *key);
void set_clear(VM *vm, Value s);
int set_update(VM *vm, Value s, Value iterable);
bool set_next_hash(Value s, size_t *pos, Value *key, intptr_t *hash);

/* ---- range, slice -------------------------------------------------------- */

/* A range whose bounds and length fit a machine word keeps them in the
 * intptr_t fields; otherwise `big` holds them as int Values (start, stop,
 * step, length) and the word fields are unused. */
typedef struct RangeObj { Obj ob; intptr_t start, stop, step, len; Value *big; } RangeObj;
typedef struct SliceObj { Obj ob; Value start, stop, step; } SliceObj;
Value slice_new(VM *vm, Value start, Value stop, Value step);
/* Resolves a slice against a sequence length: CPython's PySlice_Unpack +
 * AdjustIndices.  Returns the number of items, or -1 with an exception. */
intptr_t slice_indices(VM *vm, Value slice, intptr_t len, intptr_t *start, intptr_t *stop, intptr_t *step);
/* The optional start and stop of list.index(x, start, stop) (args[1], args[2])
 * clamped to [0, len] as CPython does. */
bool seq_index_bounds(VM *vm, Value *args, size_t nargs, size_t len, size_t *start, size_t *stop);

/* ---- code, function, cell, method ----------------------------------------- */

enum CodeFlags {
    CO_VARARGS = 1 << 0, CO_VARKEYWORDS = 1 << 1, CO_GENERATOR = 1 << 2,
    CO_NESTED = 1 << 3, CO_MODULE = 1 << 4, CO_CLASS = 1 << 5, CO_LAMBDA = 1 << 6,
    CO_COMPREHENSION = 1 << 7, CO_DOCSTRING = 1 << 8   /* consts[0] is the docstring */
};

/* Where the VM last found a global name (vm/vm.c): the value slot in the
 * globals dict (builtins_version 0) or in the builtins dict, valid while both
 * versions match (see dict_str_value_slot). */
typedef struct NameCache { uint64_t globals_version, builtins_version; Value *value; } NameCache;

typedef struct CodeObj {
    Obj ob;
    uint32_t *code;      /* instructions: opcode in the low 8 bits, argument above */
    size_t ncode;
    Value consts;        /* tuple */
    Value names;         /* tuple of str: globals, attributes */
    Value varnames;      /* tuple of str: locals, parameters first */
    Value cellvars;      /* tuple of str: locals captured by inner functions */
    Value freevars;      /* tuple of str: variables from enclosing functions */
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals, ncells, nfree;
    int stacksize;
    int flags;
    int firstlineno;
    int *cell2arg;       /* per cell: index of the parameter it starts from, or -1 */
    struct CodePos *positions;   /* one per instruction (vm/vm.h) */
    struct ExcEntry *exc_table;  /* protected ranges, innermost first (vm/vm.h) */
    size_t exc_table_len;
    Value filename, name, qualname;
    NameCache *name_cache;       /* one per entry of names, zeroed: nothing cached */
} CodeObj;

typedef struct FunctionObj {
    Obj ob;
    CodeObj *code;
    Value globals;       /* dict */
    Value builtins;      /* dict */
    Value defaults;      /* tuple or VAL_NULL */
    Value kwdefaults;    /* dict or VAL_NULL */
    Value closure;       /* tuple of cells or VAL_NULL */
    Value name, qualname, module, doc;
    Value dict;          /* __dict__ or VAL_NULL */
} FunctionObj;

typedef struct CellObj { Obj ob; Value ref; } CellObj;
typedef struct MethodObj { Obj ob; Value func; Value self; } MethodObj;

/* A builtin function: `self` is the bound object (a module for module-level
 * functions, the receiver for a bound builtin method, or VAL_NULL). */
typedef struct NativeFunctionObj { Obj ob; const MethodDef *def; Value self; Value module; } NativeFunctionObj;
/* An unbound builtin method living in a type's dict (list.append). */
typedef struct MethodDescrObj { Obj ob; const MethodDef *def; Type *owner; } MethodDescrObj;
typedef struct GetSetDescrObj { Obj ob; const GetSetDef *def; Type *owner; } GetSetDescrObj;

Value function_new(VM *vm, CodeObj *code, Value globals, Value qualname);
Value cell_new(VM *vm, Value v);
Value method_new(VM *vm, Value func, Value self);
Value native_function_new(VM *vm, const MethodDef *def, Value self, Value module);

/* ---- module -------------------------------------------------------------- */

typedef struct ModuleObj { Obj ob; Value dict; Value name; } ModuleObj;
Value module_new(VM *vm, Value name);
int module_add_functions(VM *vm, Value module, const MethodDef *defs);
int module_add_object(VM *vm, Value module, const char *name, Value v);

/* ---- exceptions ----------------------------------------------------------- */

typedef struct ExcObj {
    Obj ob;
    Value dict;          /* attributes (user subclasses, .name of NameError, ...) */
    Value args;          /* tuple */
    Value traceback;     /* TracebackObj or VAL_NULL */
    Value context, cause;
    bool suppress_context;
} ExcObj;

typedef struct TracebackObj { Obj ob; Value next; Value frame; Value code; int lineno; int lasti; } TracebackObj;

/* The builtin hierarchy: X(c_name, python_name, base c_name) */
#define EXCEPTION_TYPES(X) \
    X(BaseException, "BaseException", object) \
    X(SystemExit, "SystemExit", BaseException) \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException) \
    X(GeneratorExit, "GeneratorExit", BaseException) \
    X(Exception, "Exception", BaseException) \
    X(StopIteration, "StopIteration", Exception) \
    X(StopAsyncIteration, "StopAsyncIteration", Exception) \
    X(ArithmeticError, "ArithmeticError", Exception) \
    X(FloatingPointError, "FloatingPointError", ArithmeticError) \
    X(OverflowError, "OverflowError", ArithmeticError) \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError) \
    X(AssertionError, "AssertionError", Exception) \
    X(AttributeError, "AttributeError", Exception) \
    X(BufferError, "BufferError", Exception) \
    X(EOFError, "EOFError", Exception) \
    X(ImportError, "ImportError", Exception) \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError) \
    X(LookupError, "LookupError", Exception) \
    X(IndexError, "IndexError", LookupError) \
    X(KeyError, "KeyError", LookupError) \
    X(MemoryError, "MemoryError", Exception) \
    X(NameError, "NameError", Exception) \
    X(UnboundLocalError, "UnboundLocalError", NameError) \
    X(OSError, "OSError", Exception) \
    X(FileExistsError, "FileExistsError", OSError) \
    X(FileNotFoundError, "FileNotFoundError", OSError) \
    X(IsADirectoryError, "IsADirectoryError", OSError) \
    X(NotADirectoryError, "NotADirectoryError", OSError) \
    X(PermissionError, "PermissionError", OSError) \
    X(ProcessLookupError, "ProcessLookupError", OSError) \
    X(TimeoutError, "TimeoutError", OSError) \
    X(ChildProcessError, "ChildProcessError", OSError) \
    X(InterruptedError, "InterruptedError", OSError) \
    X(BlockingIOError, "BlockingIOError", OSError) \
    X(ConnectionError, "ConnectionError", OSError) \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError) \
    X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError) \
    X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError) \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError) \
    X(ReferenceError, "ReferenceError", Exception) \
    X(RuntimeError, "RuntimeError", Exception) \
    X(NotImplementedError, "NotImplementedError", RuntimeError) \
    X(RecursionError, "RecursionError", RuntimeError) \
    X(SyntaxError, "SyntaxError", Exception) \
    X(IndentationError, "IndentationError", SyntaxError) \
    X(TabError, "TabError", IndentationError) \
    X(SystemError, "SystemError", Exception) \
    X(TypeError, "TypeError", Exception) \
    X(ValueError, "ValueError", Exception) \
    X(UnicodeError, "UnicodeError", ValueError) \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError) \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError) \
    X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError) \
    X(Warning, "Warning", Exception) \
    X(DeprecationWarning, "DeprecationWarning", Warning) \
    X(RuntimeWarning, "RuntimeWarning", Warning) \
    X(UserWarning, "UserWarning", Warning) \
    X(ResourceWarning, "ResourceWarning", Warning) \
    X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning) \
    X(SyntaxWarning, "SyntaxWarning", Warning) \
    X(FutureWarning, "FutureWarning", Warning) \
    X(ImportWarning, "ImportWarning", Warning) \
    X(UnicodeWarning, "UnicodeWarning", Warning) \
    X(BytesWarning, "BytesWarning", Warning) \
    X(EncodingWarning, "EncodingWarning", Warning)

#define DECLARE_EXC(c, py, base) extern Type exc_##c;
EXCEPTION_TYPES(DECLARE_EXC)
#undef DECLARE_EXC

static inline bool is_exception(Value v) { return !is_small(v) && (as_obj(v)->type->flags & TF_EXC_SUB); }

/* Raising.  Each returns VAL_NULL so `return err_format(...)` reads naturally.
 * Format codes: %s (char*), %d (int), %ld, %zd, %zu, %c, %% and
 *   %R  repr of a Value          %S  str of a Value
 *   %T  type name of a Value      %U  a str Value's text */
Value err_format(VM *vm, Type *type, const char *fmt, ...);
Value err_set_str(VM *vm, Type *type, const char *msg);
Value err_set_value(VM *vm, Type *type, Value arg);   /* type(arg) */
Value err_set_none(VM *vm, Type *type);               /* type() */
Value err_set_exc(VM *vm, Value exc_steal);           /* raise this instance */
Value err_no_memory(VM *vm);
bool err_occurred(VM *vm);
bool err_matches(VM *vm, Type *type);
Value err_fetch(VM *vm);                              /* takes the pending exception */
void err_clear(VM *vm);
void err_restore(VM *vm, Value exc_steal);
/* Prints `Exception ignored in: <obj repr>` plus the pending exception's
 * traceback to stderr, as CPython's unraisable hook does; clears it. */
void err_write_unraisable(VM *vm, Value where);

Value exc_new(VM *vm, Type *type, Value args_steal);
Value exc_str(VM *vm, Value exc);
/* Adds a traceback entry (frame object or VAL_NULL, code, instruction
 * index) in front of the exception's traceback. */
void exc_add_traceback(VM *vm, Value exc, Value frame, Value code, int lasti);
bool exc_type_matches(VM *vm, Value exc_type_or_tuple, Type *t, bool *ok);

/* ---- file -------------------------------------------------------------- */

/* Text files are type_file (_io.TextIOWrapper); binary ones are
 * BufferedReader/Writer/Random.  The layout is private to runtime/file.c. */
typedef struct FileObj FileObj;
extern Type type_file, type_buffered_reader, type_buffered_writer, type_buffered_random;
Value file_new(VM *vm, FILE *fp, const char *name, const char *mode, bool owns);
int file_write_str(VM *vm, Value file, Value s);
/* The open() builtin (a NativeFn). */
Value file_open(VM *vm, Value self, Value *args, size_t nargs, Value kwnames);
/* Raises the OSError subclass errno calls for (FileNotFoundError, ...) with
 * .errno, .strerror, .filename (VAL_NULL: None) and .filename2 set. */
Value err_set_from_errno(VM *vm, int errnum, Value filename);
Value err_set_from_errno2(VM *vm, int errnum, Value filename, Value filename2);
/* str() of OSError and its subclasses: "[Errno 2] No such file or directory: 'x'". */
Value oserror_str(VM *vm, Value exc);
/* OSError(errno, strerror, ...) (the FileNotFoundError for errno 2) and its __init__. */
Value oserror_new(VM *vm, Type *type, Value *args, size_t nargs, Value kwnames);
extern const MethodDef oserror_methods[];
/* io.UnsupportedOperation (an OSError and a ValueError), readied on first use. */
extern Type exc_io_UnsupportedOperation;
Type *file_unsupported_operation_type(VM *vm);

/* ---- generic object protocol (runtime/abstract.c) ---------------------- */

Value obj_repr(VM *vm, Value v);
Value obj_str(VM *vm, Value v);
Value obj_ascii(VM *vm, Value v);
Value obj_format(VM *vm, Value v, Value spec);   /* format(v, spec); spec may be VAL_NULL */
bool obj_hash(VM *vm, Value v, intptr_t *out);
int obj_truth(VM *vm, Value v);
Value obj_richcompare(VM *vm, Value a, Value b, CmpCode op);
int obj_richcompare_bool(VM *vm, Value a, Value b, CmpCode op);   /* identity implies == */
int obj_eq(VM *vm, Value a, Value b);
Value obj_getattr(VM *vm, Value obj, Value name);
Value obj_getattr_cstr(VM *vm, Value obj, const char *name);
Value obj_lookup_attr(VM *vm, Value obj, Value name);  /* VAL_NULL without error if missing */
int obj_setattr(VM *vm, Value obj, Value name, Value v);
Value obj_generic_getattr(VM *vm, Value obj, Value name);
int obj_generic_setattr(VM *vm, Value obj, Value name, Value v);
Value obj_getitem(VM *vm, Value obj, Value key);
int obj_setitem(VM *vm, Value obj, Value key, Value v);
int obj_delitem(VM *vm, Value obj, Value key);
intptr_t obj_len(VM *vm, Value v);
int obj_contains(VM *vm, Value container, Value item);
int iter_contains(VM *vm, Value it, Value item);   /* `in` by consuming an iterator */
Value obj_iter(VM *vm, Value v);
Value obj_iternext(VM *vm, Value it);     /* VAL_NULL and no exception: exhausted */
Value obj_binop(VM *vm, NumOp op, Value a, Value b);
Value obj_inplace_binop(VM *vm, NumOp op, Value a, Value b);
Value obj_neg(VM *vm, Value v);
Value obj_pos(VM *vm, Value v);
Value obj_invert(VM *vm, Value v);
Value obj_abs(VM *vm, Value v);
Value obj_index(VM *vm, Value v);         /* operator.index */
bool obj_as_index(VM *vm, Value v, intptr_t *out);   /* index that must fit a machine word */
Value obj_call(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames);
Value obj_call0(VM *vm, Value callable);
Value obj_call1(VM *vm, Value callable, Value a);
Value obj_call2(VM *vm, Value callable, Value a, Value b);
Value obj_call_method(VM *vm, Value obj, const char *name, Value *args, size_t nargs);
bool obj_is_callable(Value v);
/* object.__sizeof__: the type's sizeof_ slot, or its size (see Type). */
size_t obj_sizeof(Value v);
Value type_lookup_borrowed(Type *t, Value name);  /* along the MRO; no error */
Value type_name_value(VM *vm, Type *t);
const char *type_name(Type *t);

/* Argument helpers for native functions.
 * fname is the qualified name ("list.append", "math.floor", "len"); the
 * helpers print it, or its last part, where CPython does.
 * args_check: exact positional count in [min, max], no keywords; (0, 0) and
 *   (1, 1) give the METH_NOARGS / METH_O messages ("takes no arguments").
 * args_positional: the same with the "X expected 1 argument, got 0" messages
 *   (_PyArg_CheckPositional) whatever the counts.
 * args_parse: `spec` is a comma-separated list of parameter names; a name
 *   after '|' is optional, after '$' keyword-only; a '/' ends the
 *   positional-only ones; a leading '*' says the function took *args itself
 *   (so no "takes at most N arguments" check).  out[i] receives a borrowed
 *   value or VAL_NULL when not given.  Messages are those of CPython's
 *   argument clinic. */
bool args_no_kw(VM *vm, const char *fname, Value kwnames);
bool args_check(VM *vm, const char *fname, size_t nargs, Value kwnames, size_t min, size_t max);
bool args_positional(VM *vm, const char *fname, size_t nargs, Value kwnames, size_t min, size_t max);
bool args_parse(VM *vm, const char *fname, Value *args, size_t nargs, Value kwnames, const char *spec, Value *out);
/* A C int as argument clinic's `int` converter makes it (__index__, then
 * "Python int too large to convert to C int"). */
bool args_c_int(VM *vm, Value v, int *out);

/* ---- classes, instances, descriptors (runtime/class.c, instance.c, descr.c) ----
 * A class made by `class` or type(name, bases, dict) is a heap Type (TF_HEAP,
 * tracked).  Its slots call the dunder methods found along its MRO.  Its
 * instances keep their attributes in a small insertion-ordered table
 * (TF_INLINE_ATTRS) until __dict__ is asked for.  Type.finalize of a class
 * with __del__ just runs __del__ (reporting errors as unraisable); the
 * caller checks and sets GC_FLAG_FINALIZED, as CPython's callers do. */
extern Type type_member_descr, type_heap_getset, type_wrapper_descr;
extern const MethodDef object_methods[];
extern const GetSetDef object_getset[];
extern const MethodDef class_type_methods[];   /* type.mro(), type.__subclasses__() */
Value class_type_new(VM *vm, Type *meta, Value *args, size_t nargs, Value kwnames);  /* type(x), type(n, b, d) */
Value class_new(VM *vm, Value name, Value bases, Value dict);
Value class_build(VM *vm, Value *args, size_t nargs, Value kwnames);   /* __build_class__ */
Value class_call(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames);  /* instantiate a heap class */
int class_setattr(VM *vm, Value cls, Value name, Value v);
Value class_get_dict(VM *vm, Value cls);
Value class_get_doc(VM *vm, Value cls);
void class_dealloc(VM *vm, Obj *o);
size_t class_type_sizeof(Value cls);   /* type's sizeof_ slot */
int class_traverse(Obj *o, VisitFn visit, void *arg);
void class_clear(VM *vm, Obj *o);
int class_add_new_wrapper(VM *vm, Type *t);   /* t.__new__ for builtin types */
/* For type_ready: list.__len__, int.__add__, ... (slot wrappers) and T.__new__. */
int class_add_slot_wrappers(VM *vm, Type *t);
void class_fini(VM *vm);
/* Inline attributes, for obj_generic_getattr/setattr: get returns VAL_NULL
 * if absent (never raises); set returns 0, or 1 if deleting an absent name,
 * or -1 with an exception. */
Value instance_attr_get_borrowed(Value obj, Value name);
int instance_attr_set(VM *vm, Value obj, Value name, Value v);
Value instance_get_dict(VM *vm, Value obj);   /* obj.__dict__ (materialises it) */

/* Type setup: fills dicts, name strings and MROs of builtin types. */
int types_init(VM *vm);
void types_fini(VM *vm);
int type_ready(VM *vm, Type *t);

/* Printing values to stdio (used by print() before sys.stdout exists as an object). */
bool obj_print(VM *vm, Value v, FILE *out);

/* ---- weak references (runtime/weakref.c, stdlib/mod_weakref.c) ---------- */

/* weakref.ref and the two proxy types share this layout.  The live weakrefs
 * to an object are chained in CPython's order (basic ref, basic proxy, then
 * the others newest first) and found through GCState.weak (gc/gc.h). */
typedef struct WeakRefObj {
    Obj ob;
    Obj *referent;                  /* NULL once cleared */
    Value callback;                 /* owned, or VAL_NULL */
    intptr_t hash;                  /* -1: not computed yet */
    struct WeakRefObj *prev, *next;
} WeakRefObj;
extern Type type_weakref, type_weakproxy, type_weakcallableproxy, type_weakvaluedict,
    type_weakkeydict, type_weakset, type_weakfinalize, type_weakkeyedref;
bool weakref_supported(Type *t);                           /* may be weakly referenced */
Value weakref_new(VM *vm, Type *type, Value obj, Value callback);  /* ref or proxy */
WeakRefObj *weakref_list_borrowed(VM *vm, Obj *o);          /* first weakref to o, or NULL */
void weakref_clear_ref(VM *vm, WeakRefObj *wr);             /* detaches it from its referent */

/* Dealloc helpers for types' dealloc slots. */
void obj_free(VM *vm, Obj *o, size_t size);   /* frees the memory of a dead object */

/* The repr-recursion guard for containers ([[...]]). */
int repr_enter(VM *vm, Value v);   /* 1: already being printed, 0: go on, -1: error */
void repr_leave(VM *vm, Value v);

#endif
