/*
 * The root of the type system: object, type, the singletons, deallocation
 * and attribute lookup along the MRO.
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

/* Deallocation deeper than this defers to vm->dealloc_pending, so freeing a
 * million-deep chain runs in a loop instead of a million C frames. */
#define DEALLOC_MAX_DEPTH 64

static void run_dealloc(VM *vm, Obj *o)
{
    /* __del__ once, then weakrefs (gc/gc.h); stop if __del__ resurrected it. */
    if (obj_is_gc(o) && (o->type->finalize || (gc_head(o)->refs & GC_FLAG_WEAKREFS)) &&
        gc_dealloc_prologue_slow(vm, o))
        return;
    vm->dealloc_depth++;
    o->type->dealloc(vm, o);
    vm->dealloc_depth--;
}

/* The pending list is linked through the dead objects themselves: a GC
 * object's generation links (it is untracked first: the collector must never
 * meet it), else its count and aux words taken as one 64-bit word (no
 * non-GC type but str keeps data in aux, and a str is never deferred). */
static void pending_push(VM *vm, Obj *o)
{
    if (obj_is_gc(o)) {
        gc_untrack(o);
        gc_head(o)->prev = (GCHead *)vm->dealloc_pending;
    } else {
        _Static_assert(offsetof(Obj, aux) == sizeof(uint32_t) && sizeof(Obj *) == 2 * sizeof(uint32_t),
                       "refcnt and aux make one pointer-sized word");
        memcpy(&o->refcnt, &vm->dealloc_pending, sizeof(Obj *));
    }
    vm->dealloc_pending = o;
}

static Obj *pending_pop(VM *vm)
{
    Obj *p = vm->dealloc_pending;
    if (obj_is_gc(p)) {
        vm->dealloc_pending = (Obj *)gc_head(p)->prev;
        gc_head(p)->prev = NULL;
    } else {
        memcpy(&vm->dealloc_pending, &p->refcnt, sizeof(Obj *));
        p->aux = 0;
    }
    p->refcnt = 0;
    return p;
}

void obj_dealloc(VM *vm, Obj *o)
{
    /* A str's dealloc never recurses: it runs at once, keeping its aux. */
    if (vm->dealloc_depth >= DEALLOC_MAX_DEPTH && o->type != &type_str) {
        pending_push(vm, o);
        return;
    }
    run_dealloc(vm, o);
    if (vm->dealloc_depth == 0) {
        while (vm->dealloc_pending) run_dealloc(vm, pending_pop(vm));
    }
}

void obj_free(VM *vm, Obj *o, size_t size)
{
    if (obj_is_gc(o))
        gc_free_object(vm, o, size);
    else
        gc_mem_free(vm, o, size);
}

/* ---- singletons ---------------------------------------------------------- */

static Value none_repr(VM *vm, Value v) { (void)v; return str_from_cstr(vm, "None"); }
static int none_truth(VM *vm, Value v) { (void)vm; (void)v; return 0; }
static Value notimpl_repr(VM *vm, Value v) { (void)v; return str_from_cstr(vm, "NotImplemented"); }
static Value ellipsis_repr(VM *vm, Value v) { (void)v; return str_from_cstr(vm, "Ellipsis"); }
static void static_dealloc(VM *vm, Obj *o) { (void)vm; o->refcnt = STATIC_REFCNT; }

static Value none_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    (void)t; (void)args;
    if (nargs || kwnames) return err_set_str(vm, &exc_TypeError, "NoneType takes no arguments");
    return NONE;
}

Type type_none = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "NoneType", .size = sizeof(Obj),
    .base = &type_object, .dealloc = static_dealloc, .repr = none_repr,
    .truth = none_truth, .new_ = none_type_new,
};
Type type_notimplemented = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "NotImplementedType", .size = sizeof(Obj),
    .base = &type_object, .dealloc = static_dealloc, .repr = notimpl_repr,
};
Type type_ellipsis = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "ellipsis", .size = sizeof(Obj),
    .base = &type_object, .dealloc = static_dealloc, .repr = ellipsis_repr,
};
Obj none_obj = OBJ_HEAD_INIT(&type_none);
Obj notimplemented_obj = OBJ_HEAD_INIT(&type_notimplemented);
Obj ellipsis_obj = OBJ_HEAD_INIT(&type_ellipsis);

/* ---- object -------------------------------------------------------------- */

static void object_dealloc(VM *vm, Obj *o) { obj_free(vm, o, o->type->size); }

static Value object_repr(VM *vm, Value v)
{
    Type *t = type_of(v);
    if (t->module && is_str(t->module) && strcmp(str_cstr(t->module), "builtins") != 0)
        return str_format(vm, "<%U.%U object at %p>", t->module, t->qualname, (void *)v);
    return str_format(vm, "<%s object at %p>", type_name(t), (void *)v);
}

static Value object_str(VM *vm, Value v) { return type_of(v)->repr(vm, v); }

static bool object_hash(VM *vm, Value v, intptr_t *out)
{
    (void)vm;
    /* CPython: id rotated by 4 bits, so aligned addresses spread. */
    uintptr_t y = (uintptr_t)v;
    *out = (intptr_t)((y >> 4) | (y << (8 * sizeof(y) - 4)));
    if (*out == -1) *out = -2;
    return true;
}

static Value object_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    (void)vm;
    if (op == CMP_CODE_EQ) return a == b ? TRUE_V : NOTIMPL;
    if (op == CMP_CODE_NE) {
        if (a == b) return FALSE_V;
        return NOTIMPL;
    }
    return NOTIMPL;
}

static Value object_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if ((nargs || kwnames) && t == &type_object)
        return err_set_str(vm, &exc_TypeError, "object() takes no arguments");
    Obj *o;
    if (t->flags & TF_GC) {
        o = gc_new_object(vm, t, t->size);
        if (!o) return VAL_NULL;
    } else {
        o = gc_mem_alloc(vm, t->size);
        if (!o) return VAL_NULL;
        memset(o, 0, t->size);
        o->refcnt = 1;
        o->type = t;
    }
    if (t->flags & TF_HEAP) incref(val(t));
    if (t->flags & TF_GC) gc_track(vm, o);
    return val(o);
}

Type type_object = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "object", .size = sizeof(Obj),
    .flags = TF_BASETYPE, .dealloc = object_dealloc, .repr = object_repr,
    .str = object_str, .hash = object_hash, .richcompare = object_richcompare,
    .getattr = obj_generic_getattr, .setattr = obj_generic_setattr, .new_ = object_new,
    .methods = object_methods, .getset = object_getset,
};

/* ---- type ---------------------------------------------------------------- */

bool type_is_subtype(const Type *t, const Type *base)
{
    if (t->mro) {
        TupleObj *mro = as_tuple(t->mro);
        for (size_t i = 0; i < mro->len; i++)
            if (as_obj(mro->items[i]) == (const Obj *)base) return true;
        return false;
    }
    for (; t; t = t->base)
        if (t == base) return true;
    return false;
}

const char *type_name(Type *t)
{
    if (t->name_str) return str_cstr(t->name_str);
    return t->name;
}

Value type_name_value(VM *vm, Type *t)
{
    if (t->name_str) return incref(t->name_str);
    return str_from_cstr(vm, t->name);
}

Value type_lookup_borrowed(Type *t, Value name)
{
    if (!t->mro) return VAL_NULL;
    TupleObj *mro = as_tuple(t->mro);
    for (size_t i = 0; i < mro->len; i++) {
        Type *k = (Type *)as_obj(mro->items[i]);
        if (!k->dict) continue;
        Value v = dict_get_str_borrowed(NULL, k->dict, name);
        if (v) return v;
    }
    return VAL_NULL;
}

static Value type_repr(VM *vm, Value v)
{
    Type *t = (Type *)as_obj(v);
    if (t->module && is_str(t->module) && strcmp(str_cstr(t->module), "builtins") != 0)
        return str_format(vm, "<class '%U.%U'>", t->module, t->qualname);
    return str_format(vm, "<class '%s'>", type_name(t));
}

static Value type_call(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames)
{
    Type *t = (Type *)as_obj(callable);
    if (t == &type_type && nargs == 1 && !kwnames) return incref(val(type_of(args[0])));
    if (t->flags & TF_HEAP) return class_call(vm, t, args, nargs, kwnames);
    if (!t->new_) return err_format(vm, &exc_TypeError, "cannot create '%s' instances", type_name(t));
    return t->new_(vm, t, args, nargs, kwnames);
}

static Value type_getattr(VM *vm, Value obj, Value name)
{
    Type *t = (Type *)as_obj(obj);
    Type *meta = type_of(obj);
    Value meta_attr = type_lookup_borrowed(meta, name);
    if (meta_attr && type_of(meta_attr)->descr_set && type_of(meta_attr)->descr_get)
        return type_of(meta_attr)->descr_get(vm, meta_attr, obj, val(meta));
    Value attr = type_lookup_borrowed(t, name);
    if (attr) {
        Type *at = type_of(attr);
        if (at->descr_get) return at->descr_get(vm, attr, VAL_NULL, obj);
        return incref(attr);
    }
    if (meta_attr) {
        Type *mt = type_of(meta_attr);
        if (mt->descr_get) return mt->descr_get(vm, meta_attr, obj, val(meta));
        return incref(meta_attr);
    }
    return err_format(vm, &exc_AttributeError, "type object '%s' has no attribute '%U'",
                      type_name(t), name);
}

static int type_setattr(VM *vm, Value obj, Value name, Value v)
{
    Type *t = (Type *)as_obj(obj);
    if (!(t->flags & TF_HEAP)) {
        err_format(vm, &exc_TypeError,
                   "cannot set '%U' attribute of immutable type '%s'", name, type_name(t));
        return -1;
    }
    return class_setattr(vm, obj, name, v);
}

static Value type_get_name(VM *vm, Value self) { return type_name_value(vm, (Type *)as_obj(self)); }
static Value type_get_qualname(VM *vm, Value self)
{
    Type *t = (Type *)as_obj(self);
    return t->qualname ? incref(t->qualname) : type_name_value(vm, t);
}
static Value type_get_mro(VM *vm, Value self) { (void)vm; return incref(((Type *)as_obj(self))->mro); }
static Value type_get_bases(VM *vm, Value self) { (void)vm; return incref(((Type *)as_obj(self))->bases); }
static Value type_get_base(VM *vm, Value self)
{
    (void)vm;
    Type *b = ((Type *)as_obj(self))->base;
    return b ? incref(val(b)) : NONE;
}
static Value type_get_module(VM *vm, Value self)
{
    Type *t = (Type *)as_obj(self);
    return t->module ? incref(t->module) : str_from_cstr(vm, "builtins");
}

static const GetSetDef type_getset[] = {
    {"__name__", type_get_name, NULL},
    {"__qualname__", type_get_qualname, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__module__", type_get_module, NULL},
    {"__dict__", class_get_dict, NULL},
    {"__doc__", class_get_doc, NULL},
    {NULL, NULL, NULL},
};

static bool type_hash(VM *vm, Value v, intptr_t *out) { return object_hash(vm, v, out); }

Type type_type = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "type", .size = sizeof(Type),
    .flags = TF_GC | TF_BASETYPE | TF_TYPE_SUB, .base = &type_object,
    .dealloc = class_dealloc, .traverse = class_traverse, .clear = class_clear,
    .sizeof_ = class_type_sizeof, .new_ = class_type_new, .repr = type_repr, .call = type_call, .hash = type_hash,
    .getattr = type_getattr, .setattr = type_setattr, .getset = type_getset,
    .methods = class_type_methods,
};

/* ---- descriptors for builtin methods and getsets ------------------------- */

static void descr_dealloc(VM *vm, Obj *o) { obj_free(vm, o, o->type->size); }

static Value method_descr_get(VM *vm, Value descr, Value obj, Value type)
{
    MethodDescrObj *d = (MethodDescrObj *)as_obj(descr);
    if (d->def->flags & METH_CLASS)
        return native_function_new(vm, d->def, obj ? val(type_of(obj)) : type, VAL_NULL);
    if (d->def->flags & METH_STATIC) return native_function_new(vm, d->def, VAL_NULL, VAL_NULL);
    if (!obj) return incref(descr);
    return native_function_new(vm, d->def, obj, VAL_NULL);
}

static Value method_descr_call(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames)
{
    MethodDescrObj *d = (MethodDescrObj *)as_obj(callable);
    if (d->def->flags & METH_STATIC) return d->def->fn(vm, VAL_NULL, args, nargs, kwnames);
    if (d->def->flags & METH_CLASS) return d->def->fn(vm, val(d->owner), args, nargs, kwnames);
    if (nargs < 1)
        return err_format(vm, &exc_TypeError, "unbound method %s.%s() needs an argument",
                          type_name(d->owner), d->def->name);
    if (!is_instance_of(args[0], d->owner))
        return err_format(vm, &exc_TypeError,
                          "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                          d->def->name, type_name(d->owner), args[0]);
    return d->def->fn(vm, args[0], args + 1, nargs - 1, kwnames);
}

static Value method_descr_repr(VM *vm, Value v)
{
    MethodDescrObj *d = (MethodDescrObj *)as_obj(v);
    return str_format(vm, "<method '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

static Value method_descr_name(VM *vm, Value v)
{
    return str_from_cstr(vm, ((MethodDescrObj *)as_obj(v))->def->name);
}
static Value method_descr_qualname(VM *vm, Value v)
{
    MethodDescrObj *d = (MethodDescrObj *)as_obj(v);
    return str_format(vm, "%s.%s", type_name(d->owner), d->def->name);
}
static const GetSetDef method_descr_getset[] = {
    {"__name__", method_descr_name, NULL}, {"__qualname__", method_descr_qualname, NULL}, {NULL, NULL, NULL},
};

Type type_method_descr = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "method_descriptor", .size = sizeof(MethodDescrObj),
    .base = &type_object, .dealloc = descr_dealloc, .descr_get = method_descr_get,
    .call = method_descr_call, .repr = method_descr_repr, .getset = method_descr_getset,
};

static Value getset_descr_get(VM *vm, Value descr, Value obj, Value type)
{
    (void)type;
    GetSetDescrObj *d = (GetSetDescrObj *)as_obj(descr);
    if (!obj) return incref(descr);
    return d->def->get(vm, obj);
}

static int getset_descr_set(VM *vm, Value descr, Value obj, Value v)
{
    GetSetDescrObj *d = (GetSetDescrObj *)as_obj(descr);
    if (!d->def->set) {
        if (!v)
            err_format(vm, &exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                       d->def->name, type_name(d->owner));
        else
            err_format(vm, &exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                       d->def->name, type_name(d->owner));
        return -1;
    }
    return d->def->set(vm, obj, v);
}

Type type_getset_descr = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "getset_descriptor", .size = sizeof(GetSetDescrObj),
    .base = &type_object, .dealloc = descr_dealloc, .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
};

static Value descr_new(VM *vm, Type *descr_type, const void *def, Type *owner)
{
    Obj *o = gc_mem_alloc(vm, descr_type->size);
    if (!o) return VAL_NULL;
    o->refcnt = 1;
    o->type = descr_type;
    if (descr_type == &type_method_descr) {
        ((MethodDescrObj *)o)->def = def;
        ((MethodDescrObj *)o)->owner = owner;
    } else {
        ((GetSetDescrObj *)o)->def = def;
        ((GetSetDescrObj *)o)->owner = owner;
    }
    return val(o);
}

/* ---- readying builtin types ---------------------------------------------- */

static Value build_mro(VM *vm, Type *t)
{
    size_t n = 1;
    for (Type *b = t->base; b; b = b->base) n++;
    Value mro = tuple_new(vm, n);
    if (!mro) return VAL_NULL;
    size_t i = 0;
    for (Type *b = t; b; b = b->base) as_tuple(mro)->items[i++] = incref(val(b));
    return mro;
}

static int add_descriptors(VM *vm, Type *t)
{
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Value d = descr_new(vm, &type_method_descr, m, t);
        if (!d || dict_set_cstr(vm, t->dict, m->name, d) < 0) { xdecref(vm, d); return -1; }
        decref(vm, d);
    }
    for (const GetSetDef *g = t->getset; g && g->name; g++) {
        Value d = descr_new(vm, &type_getset_descr, g, t);
        if (!d || dict_set_cstr(vm, t->dict, g->name, d) < 0) { xdecref(vm, d); return -1; }
        decref(vm, d);
    }
    return 0;
}

/* Slots a builtin type leaves empty are inherited from its base, as
 * CPython's inherit_slots does. */
static void inherit_slots(Type *t)
{
    Type *b = t->base;
    if (!b) return;
#define INHERIT(slot) if (!t->slot) t->slot = b->slot
    INHERIT(dealloc); INHERIT(repr); INHERIT(str); INHERIT(getattr); INHERIT(setattr);
    INHERIT(richcompare); INHERIT(iter); INHERIT(iternext); INHERIT(len); INHERIT(getitem);
    INHERIT(setitem); INHERIT(contains); INHERIT(neg); INHERIT(pos); INHERIT(invert);
    INHERIT(abs); INHERIT(truth); INHERIT(index); INHERIT(call); INHERIT(descr_get);
    INHERIT(descr_set); INHERIT(traverse); INHERIT(clear);
    if (!t->hash && !(t->richcompare && t->richcompare != b->richcompare)) t->hash = b->hash;
    for (int i = 0; i < NB_COUNT; i++) {
        INHERIT(binop[i]);
        INHERIT(inplace[i]);
    }
#undef INHERIT
    if (!t->size) t->size = b->size;
}

/* Static types readied on first use rather than by types_init (bytes
 * iterators, struct sequences, module types such as os.stat_result): types_fini
 * unreadies them too, or their dict, mro and bases would outlive the VM. */
#define MAX_LATE_TYPES 128
static Type *late_types[MAX_LATE_TYPES];
static size_t nlate_types;
static bool is_builtin_type(const Type *t);

static void remember_late_type(Type *t)
{
    if (!(t->flags & TF_HEAP) && !is_builtin_type(t) && nlate_types < MAX_LATE_TYPES)
        late_types[nlate_types++] = t;
}

int type_ready(VM *vm, Type *t)
{
    if (t->dict) return 0;
    if (t->base && t->base != t) {
        if (type_ready(vm, t->base) < 0) return -1;
    }
    if (t != &type_object && !t->base) t->base = &type_object;
    inherit_slots(t);
    t->name_str = str_intern_cstr(vm, t->name);
    if (!t->name_str) return -1;
    t->qualname = incref(t->name_str);
    t->dict = dict_new(vm);
    t->mro = build_mro(vm, t);
    if (!t->dict || !t->mro) return -1;
    t->bases = t->base ? tuple_pack(vm, 1, val(t->base)) : tuple_empty(vm);
    if (!t->bases) return -1;
    if (add_descriptors(vm, t) < 0) return -1;
    if (class_add_slot_wrappers(vm, t) < 0) return -1;
    remember_late_type(t);
    return 0;
}

static void type_unready(VM *vm, Type *t)
{
    clear_slot(vm, &t->dict);
    clear_slot(vm, &t->mro);
    clear_slot(vm, &t->bases);
    clear_slot(vm, &t->name_str);
    clear_slot(vm, &t->qualname);
    clear_slot(vm, &t->module);   /* native modules' types name their module */
}

#define EXC_ENTRY(c, py, base) &exc_##c,
static Type *const builtin_types[] = {
    &type_object, &type_type, &type_none, &type_notimplemented, &type_ellipsis,
    &type_int, &type_bool, &type_float, &type_str, &type_bytes, &type_bytearray, &type_list, &type_tuple,
    &type_dict, &type_set, &type_frozenset, &type_range, &type_slice, &type_function,
    &type_native_function, &type_method_descr, &type_method, &type_cell, &type_code,
    &type_module, &type_traceback, &type_list_iter, &type_tuple_iter, &type_str_iter,
    &type_range_iter, &type_longrange_iter, &type_dict_keyiter, &type_dict_valueiter, &type_dict_itemiter,
    &type_dict_keys, &type_dict_values, &type_dict_items, &type_set_iter,
    &type_getset_descr, &type_seq_iter, &type_file, &type_buffered_reader, &type_buffered_writer,
    &type_buffered_random, &type_dict_revkeyiter,
    &type_dict_revvalueiter, &type_dict_revitemiter, &type_enumerate, &type_zip, &type_map, &type_filter,
    &type_reversed, &type_list_reverseiter, &type_generator, &type_frame, &type_callable_iter,
    &type_weakref, &type_weakproxy, &type_weakcallableproxy, &type_weakvaluedict,
    &type_weakkeydict, &type_weakset, &type_weakfinalize, &type_weakkeyedref,
    &type_property, &type_staticmethod, &type_classmethod, &type_super, &type_member_descr,
    &type_heap_getset, &type_wrapper_descr,
    EXCEPTION_TYPES(EXC_ENTRY)
    &exc_io_UnsupportedOperation,
};
#undef EXC_ENTRY

static bool is_builtin_type(const Type *t)
{
    for (size_t i = 0; i < sizeof builtin_types / sizeof *builtin_types; i++)
        if (builtin_types[i] == t) return true;
    return false;
}

int types_init(VM *vm)
{
    for (size_t i = 0; i < sizeof builtin_types / sizeof *builtin_types; i++)
        if (type_ready(vm, builtin_types[i]) < 0) return -1;
    return 0;
}

void types_fini(VM *vm)
{
    class_fini(vm);
    while (nlate_types > 0) type_unready(vm, late_types[--nlate_types]);
    for (size_t i = sizeof builtin_types / sizeof *builtin_types; i-- > 0;)
        type_unready(vm, builtin_types[i]);
}
