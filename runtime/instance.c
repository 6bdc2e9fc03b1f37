/*
 * Instances of user classes: the attribute table they keep inside
 * themselves, __dict__ (materialised on demand), __slots__ members at
 * dealloc, traverse and clear, the __del__ finaliser; and the methods of
 * `object` itself (object.__init__, object.__new__, object.__eq__, ...).
 *
 * Attributes live in an InstAttrs table (runtime/class.h): interned str
 * keys and values in insertion order, no dict object, so the cycle
 * collector counts a plain instance as one object, as CPython 3.11 does.
 * Asking for __dict__ (or a 31st attribute) moves them into a real dict,
 * which the instance uses from then on.
 */
#include <string.h>

#include "runtime/class.h"
#include "vm/vm.h"

/* ---- the attribute table ---------------------------------------------------- */

static intptr_t attrs_find(const InstAttrs *a, Value name)
{
    for (uint32_t i = 0; i < a->len; i++)
        if (a->entries[i].key == name) return i;
    /* Keys are interned; a name that is not can still be equal to one. */
    if (is_type(name, &type_str) && str_is_interned(as_str(name))) return -1;
    for (uint32_t i = 0; i < a->len; i++)
        if (str_eq(a->entries[i].key, name)) return i;
    return -1;
}

/* Releases every attribute in insertion order, as CPython does. */
static void attrs_release(VM *vm, InstAttrs *a)
{
    AttrEntry *e = a->entries;
    uint32_t n = a->len, cap = a->cap;
    a->entries = NULL;
    a->len = a->cap = 0;
    for (uint32_t i = 0; i < n; i++) {
        decref(vm, e[i].key);
        decref(vm, e[i].value);
    }
    gc_mem_free(vm, e, cap * sizeof(AttrEntry));
}

/* Moves the attributes into a new dict that the instance uses from now on. */
static bool attrs_materialise(VM *vm, Obj *o)
{
    InstAttrs *a = inst_attrs(o);
    Value d = dict_new(vm);
    if (!d) return false;
    for (uint32_t i = 0; i < a->len; i++) {
        if (dict_set(vm, d, a->entries[i].key, a->entries[i].value) < 0) {
            decref(vm, d);
            return false;
        }
    }
    *inst_dict_slot(o) = d;
    attrs_release(vm, a);
    return true;
}

static Value intern_key(VM *vm, Value name)
{
    if (is_type(name, &type_str)) return str_intern(vm, incref(name));
    Value exact = str_new(vm, str_cstr(name), str_nbytes(as_str(name)));
    return exact ? str_intern(vm, exact) : VAL_NULL;
}

/* The VM's LOAD_METHOD takes a method from the class unless the instance's
 * dict (at dictoffset) holds the name; an attribute that shadows a method
 * therefore has to live in a real dict. */
static bool shadows_method(Type *t, Value name)
{
    if (t->getattr != obj_generic_getattr) return false;
    Value d = type_lookup_borrowed(t, name);
    if (!d) return false;
    if (is_type(d, &type_function)) return true;
    return is_type(d, &type_method_descr) &&
           !(((MethodDescrObj *)as_obj(d))->def->flags & (METH_STATIC | METH_CLASS));
}

Value instance_attr_get_borrowed(Value obj, Value name)
{
    Obj *o = as_obj(obj);
    InstAttrs *a = inst_attrs(o);
    intptr_t i = attrs_find(a, name);
    return i >= 0 ? a->entries[i].value : VAL_NULL;
}

static int attrs_delete(VM *vm, InstAttrs *a, intptr_t i)
{
    if (i < 0) return 1;
    AttrEntry e = a->entries[i];
    memmove(a->entries + i, a->entries + i + 1, (a->len - (size_t)i - 1) * sizeof(AttrEntry));
    a->len--;
    decref(vm, e.key);
    decref(vm, e.value);
    return 0;
}

static bool attrs_grow(VM *vm, InstAttrs *a)
{
    uint32_t cap = a->cap ? a->cap * 2 : 4;
    if (cap > INST_ATTRS_MAX) cap = INST_ATTRS_MAX;
    AttrEntry *e = gc_mem_realloc(vm, a->entries, a->cap * sizeof(AttrEntry), cap * sizeof(AttrEntry));
    if (!e) return false;
    a->entries = e;
    a->cap = cap;
    return true;
}

int instance_attr_set(VM *vm, Value obj, Value name, Value v)
{
    Obj *o = as_obj(obj);
    InstAttrs *a = inst_attrs(o);
    intptr_t i = attrs_find(a, name);
    if (!v) return attrs_delete(vm, a, i);
    if (i >= 0) {
        set_slot(vm, &a->entries[i].value, incref(v));
        return 0;
    }
    if (a->len >= INST_ATTRS_MAX || shadows_method(o->type, name)) {
        if (!attrs_materialise(vm, o)) return -1;
        return dict_set(vm, *inst_dict_slot(o), name, v);
    }
    if (a->len == a->cap && !attrs_grow(vm, a)) return -1;
    Value key = intern_key(vm, name);
    if (!key) return -1;
    /* Interning can't run Python code, so the table is still as it was. */
    a->entries[a->len++] = (AttrEntry){key, incref(v)};
    return 0;
}

/* ---- __dict__ ------------------------------------------------------------------ */

Value instance_get_dict(VM *vm, Value obj)
{
    Obj *o = as_obj(obj);
    Type *t = o->type;
    if (!t->dictoffset)
        return err_format(vm, &exc_AttributeError, "'%s' object has no attribute '__dict__'", type_name(t));
    Value *slot = inst_dict_slot(o);
    if (!*slot) {
        if (t->flags & TF_INLINE_ATTRS) {
            if (!attrs_materialise(vm, o)) return VAL_NULL;
        } else {
            *slot = dict_new(vm);
            if (!*slot) return VAL_NULL;
        }
    }
    return incref(*slot);
}

static int instance_set_dict(VM *vm, Value obj, Value v)
{
    Obj *o = as_obj(obj);
    if (!v) {
        err_set_str(vm, &exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!is_dict(v)) {
        err_format(vm, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    Value *slot = inst_dict_slot(o);
    Value old = *slot;
    *slot = incref(v);
    if (!old && (o->type->flags & TF_INLINE_ATTRS)) attrs_release(vm, inst_attrs(o));
    xdecref(vm, old);
    return 0;
}

static Value instance_get_weakref(VM *vm, Value obj)
{
    (void)vm; (void)obj;
    return NONE;
}

const GetSetDef instance_dict_getset[] = {
    {"__dict__", instance_get_dict, instance_set_dict},
    {"__weakref__", instance_get_weakref, NULL},
    {NULL, NULL, NULL},
};

/* ---- lifetime -------------------------------------------------------------------- */

/* The __slots__ members of o's class and of its heap bases: calls fn on
 * each until it returns non-zero. */
static int for_each_member(Obj *o, int (*fn)(Value *slot, void *ctx), void *ctx)
{
    for (Type *k = o->type; k && is_heap_type(k); k = k->base) {
        HeapType *h = (HeapType *)k;
        Value *p = (Value *)((char *)o + h->slots_offset);
        for (size_t i = 0; i < h->nslots; i++) {
            int r = fn(&p[i], ctx);
            if (r) return r;
        }
    }
    return 0;
}

static int clear_member(Value *slot, void *vm)
{
    clear_slot(vm, slot);
    return 0;
}

typedef struct VisitCtx { VisitFn visit; void *arg; } VisitCtx;
static int visit_member(Value *slot, void *ctx)
{
    VisitCtx *c = ctx;
    return *slot ? c->visit(*slot, c->arg) : 0;
}

static void release_own_storage(VM *vm, Obj *o)
{
    Type *t = o->type;
    if (t->flags & TF_INLINE_ATTRS) {
        Value *slot = inst_dict_slot(o);
        if (*slot) clear_slot(vm, slot);
        else attrs_release(vm, inst_attrs(o));
    }
    for_each_member(o, clear_member, vm);
}

/* How many bytes the object's block has, for builtin bases whose dealloc
 * can't free a GC-headed block (int and float are not GC types). */
static size_t block_size(Obj *o)
{
    Type *t = o->type;
    if (t->flags & TF_INT_SUB) {
        intptr_t n = ((IntObj *)o)->size;
        return t->size + (size_t)(n < 0 ? -n : n) * sizeof(uint32_t);
    }
    return t->size;
}

void instance_dealloc(VM *vm, Obj *o)
{
    Type *t = o->type;
    gc_untrack(o);
    release_own_storage(vm, o);
    Type *base = ((HeapType *)t)->layout_base;
    if (base == &type_object || base == &type_int || base == &type_float) {
        obj_free(vm, o, block_size(o));
        decref(vm, val(t));
        return;
    }
    /* The builtin's dealloc releases its own fields and frees the block.
     * Exceptions drop their heap class themselves (runtime/exception.c),
     * which may free t: read its flags first. */
    bool drops_class = (t->flags & TF_EXC_SUB) != 0;
    base->dealloc(vm, o);
    if (!drops_class) decref(vm, val(t));
}

int instance_traverse(Obj *o, VisitFn visit, void *arg)
{
    Type *t = o->type;
    int r;
    VisitCtx ctx = {visit, arg};
    if ((r = for_each_member(o, visit_member, &ctx))) return r;
    if (t->flags & TF_INLINE_ATTRS) {
        Value d = *inst_dict_slot(o);
        if (d) {
            if ((r = visit(d, arg))) return r;
        } else {
            InstAttrs *a = inst_attrs(o);
            for (uint32_t i = 0; i < a->len; i++)
                if ((r = visit(a->entries[i].value, arg))) return r;
        }
    }
    if ((r = visit(val(t), arg))) return r;
    Type *base = ((HeapType *)t)->layout_base;
    return base->traverse ? base->traverse(o, visit, arg) : 0;
}

void instance_clear(VM *vm, Obj *o)
{
    release_own_storage(vm, o);
    Type *base = ((HeapType *)o->type)->layout_base;
    if (base->clear) base->clear(vm, o);
}

/* Type.finalize of classes with __del__: errors are reported here, naming
 * the __del__ function as CPython does, so none is left pending. */
void instance_finalize(VM *vm, Obj *o)
{
    const ClassNames *n = class_names(vm);
    if (!n) return;
    Value del = type_lookup_borrowed(o->type, n->__del__);
    if (!del) return;
    incref(del);
    Value saved = err_fetch(vm);
    bool found;
    Value r = class_call_special(vm, val(o), n->__del__, NULL, 0, &found);
    if (r) decref(vm, r);
    else if (err_occurred(vm)) err_write_unraisable(vm, del);
    if (saved) err_restore(vm, saved);
    decref(vm, del);
}

/* ---- object's own methods ---------------------------------------------------------- */

static bool excess_args(size_t nargs, Value kwnames)
{
    return nargs || (kwnames && as_tuple(kwnames)->len);
}

/* Whether t's __init__ / __new__ is object's own (not overridden). */
static bool inherits_object_method(VM *vm, Type *t, bool init)
{
    const ClassNames *n = class_names(vm);
    Value m = n ? type_lookup_borrowed(t, init ? n->__init__ : n->__new__) : VAL_NULL;
    if (!m) return true;
    if (init) return is_type(m, &type_method_descr) && ((MethodDescrObj *)as_obj(m))->def->fn == object_init_m;
    if (is_type(m, &type_native_function)) return ((NativeFunctionObj *)as_obj(m))->def->fn == object_new_m;
    return is_type(m, &type_method_descr) && ((MethodDescrObj *)as_obj(m))->def->fn == object_new_m;
}

Value object_init_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!excess_args(nargs, kwnames)) return NONE;
    Type *t = type_of(self);
    if (!inherits_object_method(vm, t, true))
        return err_set_str(vm, &exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (inherits_object_method(vm, t, false))
        return err_format(vm, &exc_TypeError, "%s() takes no arguments", type_name(t));
    return NONE;
}

/* object.__new__(cls, *args): a static method, cls comes first. */
Value object_new_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (nargs < 1) return err_set_str(vm, &exc_TypeError, "object.__new__(): not enough arguments");
    Value cls = args[0];
    if (!is_type(cls, &type_type))
        return err_format(vm, &exc_TypeError, "object.__new__(X): X is not a type object (%T)", cls);
    Type *t = (Type *)as_obj(cls);
    if (excess_args(nargs - 1, kwnames)) {
        if (!inherits_object_method(vm, t, false))
            return err_set_str(vm, &exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (inherits_object_method(vm, t, true))
            return err_format(vm, &exc_TypeError, "%s() takes no arguments", type_name(t));
    }
    Type *base = is_heap_type(t) ? ((HeapType *)t)->layout_base : t;
    if (base != &type_object)
        return err_format(vm, &exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", type_name(t),
                          type_name(base));
    return type_object.new_(vm, t, NULL, 0, VAL_NULL);
}

static Value object_format_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "object.__format__", nargs, kwnames, 1, 1)) return VAL_NULL;
    if (!is_str(args[0]))
        return err_format(vm, &exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (str_nbytes(as_str(args[0])))
        return err_format(vm, &exc_TypeError, "unsupported format string passed to %T.__format__", self);
    return obj_str(vm, self);
}

static Value object_init_subclass_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (kwnames && as_tuple(kwnames)->len)
        return err_format(vm, &exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                          type_name((Type *)as_obj(self)));
    if (!args_check(vm, "object.__init_subclass__", nargs, kwnames, 0, 0)) return VAL_NULL;
    return NONE;
}

static Value object_dir_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "object.__dir__", nargs, kwnames, 0, 0)) return VAL_NULL;
    Value names = dict_new(vm);
    if (!names) return VAL_NULL;
    Type *t = type_of(self);
    Value own = VAL_NULL;
    if (t->dictoffset) {
        Value *slot = inst_dict_slot(as_obj(self));
        if (*slot) own = incref(*slot);
    }
    bool ok = true;
    if (own) {
        ok = dict_merge(vm, names, own, 1) == 0;
        decref(vm, own);
    } else if (t->flags & TF_INLINE_ATTRS) {
        InstAttrs *a = inst_attrs(as_obj(self));
        for (uint32_t i = 0; ok && i < a->len; i++) ok = dict_set(vm, names, a->entries[i].key, NONE) == 0;
    }
    TupleObj *mro = as_tuple(t->mro);
    for (size_t i = 0; ok && i < mro->len; i++) {
        Type *k = (Type *)as_obj(mro->items[i]);
        if (k->dict) ok = dict_merge(vm, names, k->dict, 1) == 0;
    }
    Value r = ok ? dict_keys_list(vm, names) : VAL_NULL;
    decref(vm, names);
    return r;
}

/* object.__sizeof__: what the type's sizeof_ slot says (obj_sizeof).  The
 * arity message names the builtin that answers, as CPython's per-type
 * __sizeof__ methods do ("list.__sizeof__() takes no arguments"). */
static Value object_sizeof_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    Type *t = type_of(self);
    while (t->flags & TF_HEAP) t = t->base;
    char fname[96];
    snprintf(fname, sizeof fname, "%s.__sizeof__", t->sizeof_ ? type_name(t) : "object");
    if (!args_check(vm, fname, nargs, kwnames, 0, 0)) return VAL_NULL;
    size_t size = obj_sizeof(self);
    return size <= (size_t)SMALL_MAX ? small((intptr_t)size) : int_from_u64(vm, size);
}

/* The sizeof_ slot of heap classes: the builtin base's answer (its fields
 * at the class's larger size) plus the inline attribute table. */
size_t instance_sizeof(Value v)
{
    Obj *o = as_obj(v);
    Type *base = ((HeapType *)o->type)->layout_base;
    size_t size = base->sizeof_ ? base->sizeof_(v) : o->type->size;
    if ((o->type->flags & TF_INLINE_ATTRS) && !*inst_dict_slot(o))
        size += inst_attrs(o)->cap * sizeof(AttrEntry);
    return size;
}

const MethodDef object_methods[] = {
    {"__init__", object_init_m, METH_DEFAULT},
    {"__new__", object_new_m, METH_STATIC},
    {"__format__", object_format_m, METH_DEFAULT},
    {"__init_subclass__", object_init_subclass_m, METH_CLASS},
    {"__dir__", object_dir_m, METH_DEFAULT},
    {"__sizeof__", object_sizeof_m, METH_DEFAULT},
    {NULL, NULL, 0},
};

static Value object_get_class(VM *vm, Value self)
{
    (void)vm;
    return incref(val(type_of(self)));
}

const GetSetDef object_getset[] = {
    {"__class__", object_get_class, NULL},
    {NULL, NULL, NULL},
};
