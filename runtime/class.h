/*
 * Private to runtime/class.c, instance.c and descr.c: the layout of heap
 * classes and of their instances, and the interned dunder names.
 *
 * A heap class is a HeapType: a Type followed by what only classes made at
 * run time need.  An instance of a class whose instances have attributes
 * (TF_INLINE_ATTRS) carries, at type->dictoffset,
 *
 *     Value dict;        the materialised __dict__, or VAL_NULL
 *     InstAttrs attrs;   the attributes while dict is VAL_NULL
 *
 * so obj_generic_getattr and the VM's LOAD_METHOD see a real dict once it
 * exists and nothing before.  __slots__ members are Values at fixed offsets
 * (member descriptors in the class dict say where).
 */
#ifndef PITH_RUNTIME_CLASS_H
#define PITH_RUNTIME_CLASS_H

#include "runtime/object.h"

typedef struct HeapType {
    Type type;
    Value slot_names;            /* tuple of str (own __slots__ members) or VAL_NULL */
    size_t nslots;               /* own __slots__ members: Values from slots_offset on */
    size_t slots_offset;
    Type *layout_base;           /* nearest builtin ancestor: its dealloc frees instances */
    struct HeapType **subclasses;   /* not owned; a subclass removes itself when it dies */
    size_t nsub, capsub;
} HeapType;

static inline bool is_heap_type(const Type *t) { return (t->flags & TF_HEAP) != 0; }

typedef struct AttrEntry { Value key, value; } AttrEntry;   /* key: an interned str */
typedef struct InstAttrs { uint32_t len, cap; AttrEntry *entries; } InstAttrs;

/* CPython's values array holds 30 attributes; the 31st makes a real dict. */
#define INST_ATTRS_MAX 30

static inline Value *inst_dict_slot(Obj *o) { return (Value *)((char *)o + o->type->dictoffset); }
static inline InstAttrs *inst_attrs(Obj *o)
{
    return (InstAttrs *)((char *)o + o->type->dictoffset + sizeof(Value));
}
#define INST_EXTRA_SIZE (sizeof(Value) + sizeof(InstAttrs))

/* Dunder names, interned once per VM (borrowed: the VM's intern table owns them). */
#define CLASS_NAMES(X) \
    X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) \
    X(__getattribute__) X(__getattr__) X(__setattr__) X(__delattr__) X(__call__) X(__iter__) \
    X(__next__) X(__len__) X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) \
    X(__bool__) X(__neg__) X(__pos__) X(__abs__) X(__invert__) X(__index__) X(__get__) X(__set__) \
    X(__delete__) X(__del__) X(__new__) X(__init__) X(__set_name__) X(__dict__) X(__weakref__) \
    X(__doc__) X(__module__) X(__qualname__) X(__classcell__) X(__slots__) X(__name__) \
    X(__init_subclass__) X(__class_getitem__) X(__class__) X(metaclass) \
    X(__add__) X(__sub__) X(__mul__) X(__matmul__) X(__truediv__) X(__floordiv__) X(__mod__) \
    X(__pow__) X(__lshift__) X(__rshift__) X(__or__) X(__xor__) X(__and__) \
    X(__radd__) X(__rsub__) X(__rmul__) X(__rmatmul__) X(__rtruediv__) X(__rfloordiv__) \
    X(__rmod__) X(__rpow__) X(__rlshift__) X(__rrshift__) X(__ror__) X(__rxor__) X(__rand__) \
    X(__iadd__) X(__isub__) X(__imul__) X(__imatmul__) X(__itruediv__) X(__ifloordiv__) \
    X(__imod__) X(__ipow__) X(__ilshift__) X(__irshift__) X(__ior__) X(__ixor__) X(__iand__)

typedef struct ClassNames {
#define CLASS_NAME_FIELD(n) Value n;
    CLASS_NAMES(CLASS_NAME_FIELD)
#undef CLASS_NAME_FIELD
} ClassNames;

/* NULL with MemoryError set if interning fails (only at the first call). */
const ClassNames *class_names(VM *vm);

/* Looks `name` up on type(self) and calls it with self first.  *found is
 * false (and nothing raised) when the type has no such attribute. */
Value class_call_special(VM *vm, Value self, Value name, Value *args, size_t nargs, bool *found);

/* Instances (runtime/instance.c). */
void instance_dealloc(VM *vm, Obj *o);
size_t instance_sizeof(Value v);
int instance_traverse(Obj *o, VisitFn visit, void *arg);
void instance_clear(VM *vm, Obj *o);
void instance_finalize(VM *vm, Obj *o);
extern const GetSetDef instance_dict_getset[];   /* __dict__, __weakref__ */
Value object_init_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames);
Value object_new_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames);

/* Descriptors (runtime/descr.c). */
Value member_descr_new(VM *vm, Type *owner, Value name, size_t offset);
Value heap_getset_descr_new(VM *vm, Type *owner, const GetSetDef *def);
Value staticmethod_new(VM *vm, Value func);
Value classmethod_new(VM *vm, Value func);
Value staticmethod_func_borrowed(Value sm);
int property_set_name(VM *vm, Value prop, Value name);

#endif
