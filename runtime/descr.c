/*
 * Descriptors of the class machinery: property, staticmethod, classmethod,
 * super, the member descriptors of __slots__, and the getset descriptors
 * (__dict__, __weakref__) a class gets when its instances have a dict.
 *
 * Unlike the getset descriptors of builtin types (runtime/object.c), the
 * ones made here are tracked and hold their class, as CPython's do, so a
 * dead class is the cycle the collector expects (gc-spec: 6 objects).
 */
#include <string.h>

#include "runtime/class.h"
#include "vm/vm.h"

static int visit_fields(const Value *fields, size_t n, VisitFn visit, void *arg)
{
    for (size_t i = 0; i < n; i++)
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    return 0;
}

static Obj *new_tracked_later(VM *vm, Type *t)
{
    return gc_new_object(vm, t, t->size);
}

/* ---- member descriptors (__slots__) ------------------------------------------------ */

typedef struct MemberDescrObj { Obj ob; Value name; Type *owner; size_t offset; } MemberDescrObj;

Value member_descr_new(VM *vm, Type *owner, Value name, size_t offset)
{
    MemberDescrObj *d = (MemberDescrObj *)new_tracked_later(vm, &type_member_descr);
    if (!d) return VAL_NULL;
    d->name = incref(name);
    d->owner = (Type *)as_obj(incref(val(owner)));
    d->offset = offset;
    gc_track(vm, &d->ob);
    return val(d);
}

static void member_dealloc(VM *vm, Obj *o)
{
    MemberDescrObj *d = (MemberDescrObj *)o;
    gc_untrack(o);
    clear_slot(vm, &d->name);
    Type *owner = d->owner;
    d->owner = NULL;
    obj_free(vm, o, sizeof(MemberDescrObj));
    if (owner) decref(vm, val(owner));
}

static int member_traverse(Obj *o, VisitFn visit, void *arg)
{
    MemberDescrObj *d = (MemberDescrObj *)o;
    return d->owner ? visit(val(d->owner), arg) : 0;
}

static void member_clear(VM *vm, Obj *o)
{
    MemberDescrObj *d = (MemberDescrObj *)o;
    Type *owner = d->owner;
    d->owner = NULL;
    if (owner) decref(vm, val(owner));
}

static bool descr_applies(VM *vm, const char *kind, Value name, Type *owner, Value obj)
{
    if (owner && !is_instance_of(obj, owner)) {
        err_format(vm, &exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object", name,
                   type_name(owner), obj);
        return false;
    }
    (void)kind;
    return true;
}

static Value member_get(VM *vm, Value descr, Value obj, Value type)
{
    (void)type;
    MemberDescrObj *d = (MemberDescrObj *)as_obj(descr);
    if (!obj) return incref(descr);
    if (!descr_applies(vm, "member", d->name, d->owner, obj)) return VAL_NULL;
    Value v = *(Value *)((char *)as_obj(obj) + d->offset);
    if (!v) return err_format(vm, &exc_AttributeError, "'%T' object has no attribute '%U'", obj, d->name);
    return incref(v);
}

static int member_set(VM *vm, Value descr, Value obj, Value v)
{
    MemberDescrObj *d = (MemberDescrObj *)as_obj(descr);
    if (!descr_applies(vm, "member", d->name, d->owner, obj)) return -1;
    Value *slot = (Value *)((char *)as_obj(obj) + d->offset);
    if (!v && !*slot) {
        err_set_value(vm, &exc_AttributeError, d->name);
        return -1;
    }
    set_slot(vm, slot, xincref(v));
    return 0;
}

static Value member_repr(VM *vm, Value v)
{
    MemberDescrObj *d = (MemberDescrObj *)as_obj(v);
    return str_format(vm, "<member '%U' of '%s' objects>", d->name, d->owner ? type_name(d->owner) : "?");
}

Type type_member_descr = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "member_descriptor", .size = sizeof(MemberDescrObj),
    .flags = TF_GC, .base = &type_object, .dealloc = member_dealloc, .traverse = member_traverse,
    .clear = member_clear, .descr_get = member_get, .descr_set = member_set, .repr = member_repr,
};

/* ---- getset descriptors of classes (__dict__, __weakref__) ------------------------------ */

typedef struct HeapGetSetObj { Obj ob; const GetSetDef *def; Type *owner; } HeapGetSetObj;

Value heap_getset_descr_new(VM *vm, Type *owner, const GetSetDef *def)
{
    HeapGetSetObj *d = (HeapGetSetObj *)new_tracked_later(vm, &type_heap_getset);
    if (!d) return VAL_NULL;
    d->def = def;
    d->owner = (Type *)as_obj(incref(val(owner)));
    gc_track(vm, &d->ob);
    return val(d);
}

static void heap_getset_dealloc(VM *vm, Obj *o)
{
    HeapGetSetObj *d = (HeapGetSetObj *)o;
    gc_untrack(o);
    Type *owner = d->owner;
    obj_free(vm, o, sizeof(HeapGetSetObj));
    if (owner) decref(vm, val(owner));
}

static int heap_getset_traverse(Obj *o, VisitFn visit, void *arg)
{
    HeapGetSetObj *d = (HeapGetSetObj *)o;
    return d->owner ? visit(val(d->owner), arg) : 0;
}

static void heap_getset_clear(VM *vm, Obj *o)
{
    HeapGetSetObj *d = (HeapGetSetObj *)o;
    Type *owner = d->owner;
    d->owner = NULL;
    if (owner) decref(vm, val(owner));
}

static bool getset_applies(VM *vm, HeapGetSetObj *d, Value obj)
{
    if (d->owner && !is_instance_of(obj, d->owner)) {
        err_format(vm, &exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                   d->def->name, type_name(d->owner), obj);
        return false;
    }
    return true;
}

static Value heap_getset_get(VM *vm, Value descr, Value obj, Value type)
{
    (void)type;
    HeapGetSetObj *d = (HeapGetSetObj *)as_obj(descr);
    if (!obj) return incref(descr);
    if (!getset_applies(vm, d, obj)) return VAL_NULL;
    return d->def->get(vm, obj);
}

static int heap_getset_set(VM *vm, Value descr, Value obj, Value v)
{
    HeapGetSetObj *d = (HeapGetSetObj *)as_obj(descr);
    if (!getset_applies(vm, d, obj)) return -1;
    if (!d->def->set) {
        err_format(vm, &exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                   d->owner ? type_name(d->owner) : "?");
        return -1;
    }
    return d->def->set(vm, obj, v);
}

static Value heap_getset_repr(VM *vm, Value v)
{
    HeapGetSetObj *d = (HeapGetSetObj *)as_obj(v);
    return str_format(vm, "<attribute '%s' of '%s' objects>", d->def->name, d->owner ? type_name(d->owner) : "?");
}

Type type_heap_getset = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "getset_descriptor", .size = sizeof(HeapGetSetObj),
    .flags = TF_GC, .base = &type_object, .dealloc = heap_getset_dealloc, .traverse = heap_getset_traverse,
    .clear = heap_getset_clear, .descr_get = heap_getset_get, .descr_set = heap_getset_set,
    .repr = heap_getset_repr,
};

/* ---- staticmethod and classmethod --------------------------------------------------------- */

typedef struct WrapperObj { Obj ob; Value func; Value dict; } WrapperObj;

static Value wrapper_new(VM *vm, Type *t, Value func)
{
    WrapperObj *w = (WrapperObj *)new_tracked_later(vm, t);
    if (!w) return VAL_NULL;
    w->func = incref(func);
    gc_track(vm, &w->ob);
    return val(w);
}

Value staticmethod_new(VM *vm, Value func) { return wrapper_new(vm, &type_staticmethod, func); }
Value classmethod_new(VM *vm, Value func) { return wrapper_new(vm, &type_classmethod, func); }
Value staticmethod_func_borrowed(Value sm) { return ((WrapperObj *)as_obj(sm))->func; }

static void wrapper_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    WrapperObj *w = (WrapperObj *)o;
    clear_slot(vm, &w->func);
    clear_slot(vm, &w->dict);
    obj_free(vm, o, o->type->size);
}

static int wrapper_traverse(Obj *o, VisitFn visit, void *arg)
{
    WrapperObj *w = (WrapperObj *)o;
    Value fields[] = {w->func, w->dict};
    return visit_fields(fields, 2, visit, arg);
}

static void wrapper_clear(VM *vm, Obj *o)
{
    WrapperObj *w = (WrapperObj *)o;
    clear_slot(vm, &w->func);
    clear_slot(vm, &w->dict);
}

static Value wrapper_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    if (!args_positional(vm, type_name(t), nargs, kwnames, 1, 1)) return VAL_NULL;
    return wrapper_new(vm, t, args[0]);
}

static Value staticmethod_get(VM *vm, Value descr, Value obj, Value type)
{
    (void)vm; (void)obj; (void)type;
    return incref(((WrapperObj *)as_obj(descr))->func);
}

static Value staticmethod_call(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames)
{
    return obj_call(vm, ((WrapperObj *)as_obj(callable))->func, args, nargs, kwnames);
}

static Value classmethod_get(VM *vm, Value descr, Value obj, Value type)
{
    Value cls = type ? type : val(type_of(obj));
    return method_new(vm, ((WrapperObj *)as_obj(descr))->func, cls);
}

static Value wrapper_repr(VM *vm, Value v)
{
    return str_format(vm, "<%s(%R)>", type_name(type_of(v)), ((WrapperObj *)as_obj(v))->func);
}

static Value wrapper_get_func(VM *vm, Value v) { (void)vm; return incref(((WrapperObj *)as_obj(v))->func); }

static Value wrapper_getattr(VM *vm, Value obj, Value name)
{
    /* __name__, __doc__, __qualname__ come from the wrapped function. */
    Value r = obj_generic_getattr(vm, obj, name);
    if (r || !err_matches(vm, &exc_AttributeError)) return r;
    const char *s = str_cstr(name);
    if (strcmp(s, "__name__") && strcmp(s, "__qualname__") && strcmp(s, "__doc__") && strcmp(s, "__module__"))
        return r;
    err_clear(vm);
    return obj_getattr(vm, ((WrapperObj *)as_obj(obj))->func, name);
}

static const GetSetDef wrapper_getset[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {NULL, NULL, NULL},
};

Type type_staticmethod = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "staticmethod", .size = sizeof(WrapperObj),
    .flags = TF_GC | TF_BASETYPE, .base = &type_object, .dictoffset = offsetof(WrapperObj, dict),
    .dealloc = wrapper_dealloc, .traverse = wrapper_traverse, .clear = wrapper_clear,
    .new_ = wrapper_type_new, .descr_get = staticmethod_get, .call = staticmethod_call, .repr = wrapper_repr,
    .getattr = wrapper_getattr, .setattr = obj_generic_setattr, .getset = wrapper_getset,
};

Type type_classmethod = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "classmethod", .size = sizeof(WrapperObj),
    .flags = TF_GC | TF_BASETYPE, .base = &type_object, .dictoffset = offsetof(WrapperObj, dict),
    .dealloc = wrapper_dealloc, .traverse = wrapper_traverse, .clear = wrapper_clear,
    .new_ = wrapper_type_new, .descr_get = classmethod_get, .repr = wrapper_repr,
    .getattr = wrapper_getattr, .setattr = obj_generic_setattr, .getset = wrapper_getset,
};

/* ---- property ----------------------------------------------------------------------------- */

typedef struct PropertyObj { Obj ob; Value fget, fset, fdel, doc, name; } PropertyObj;

static Value property_make(VM *vm, Type *t, Value fget, Value fset, Value fdel, Value doc, Value name)
{
    PropertyObj *p = (PropertyObj *)new_tracked_later(vm, t);
    if (!p) return VAL_NULL;
    if (t->flags & TF_HEAP) incref(val(t));
    p->fget = fget && fget != NONE ? incref(fget) : VAL_NULL;
    p->fset = fset && fset != NONE ? incref(fset) : VAL_NULL;
    p->fdel = fdel && fdel != NONE ? incref(fdel) : VAL_NULL;
    p->name = xincref(name);
    if ((!doc || doc == NONE) && p->fget) {
        /* property(fget) takes fget's docstring, as CPython does. */
        doc = obj_lookup_attr(vm, p->fget, vm->s.__doc__);
        if (!doc && err_occurred(vm)) {
            decref(vm, val(p));
            return VAL_NULL;
        }
        p->doc = doc;
    } else {
        p->doc = xincref(doc);
    }
    gc_track(vm, &p->ob);
    return val(p);
}

static void property_clear(VM *vm, Obj *o)
{
    PropertyObj *p = (PropertyObj *)o;
    clear_slot(vm, &p->fget);
    clear_slot(vm, &p->fset);
    clear_slot(vm, &p->fdel);
    clear_slot(vm, &p->doc);
    clear_slot(vm, &p->name);
}

static void property_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    Type *t = o->type;
    property_clear(vm, o);
    obj_free(vm, o, t->size);
    if (t->flags & TF_HEAP) decref(vm, val(t));
}

static int property_traverse(Obj *o, VisitFn visit, void *arg)
{
    PropertyObj *p = (PropertyObj *)o;
    Value fields[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    return visit_fields(fields, 5, visit, arg);
}

static Value property_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    Value a[4];
    if (!args_parse(vm, "property", args, nargs, kwnames, "|fget,fset,fdel,doc", a)) return VAL_NULL;
    return property_make(vm, t, a[0], a[1], a[2], a[3], VAL_NULL);
}

/* "property 'x' of 'P' object has no setter", as 3.11 words it. */
static Value property_missing(VM *vm, PropertyObj *p, Value obj, const char *what)
{
    Type *t = type_of(obj);
    Value qual = t->qualname ? t->qualname : VAL_NULL;
    if (p->name && qual)
        return err_format(vm, &exc_AttributeError, "property %R of %R object has no %s", p->name, qual, what);
    if (qual) return err_format(vm, &exc_AttributeError, "property of %R object has no %s", qual, what);
    return err_format(vm, &exc_AttributeError, "property has no %s", what);
}

static Value property_get(VM *vm, Value descr, Value obj, Value type)
{
    (void)type;
    PropertyObj *p = (PropertyObj *)as_obj(descr);
    if (!obj || obj == NONE) {
        if (!obj) return incref(descr);
    }
    if (!p->fget) return property_missing(vm, p, obj, "getter");
    return obj_call1(vm, p->fget, obj);
}

static int property_set(VM *vm, Value descr, Value obj, Value v)
{
    PropertyObj *p = (PropertyObj *)as_obj(descr);
    Value f = v ? p->fset : p->fdel;
    if (!f) {
        property_missing(vm, p, obj, v ? "setter" : "deleter");
        return -1;
    }
    Value r = v ? obj_call2(vm, f, obj, v) : obj_call1(vm, f, obj);
    if (!r) return -1;
    decref(vm, r);
    return 0;
}

int property_set_name(VM *vm, Value prop, Value name)
{
    set_slot(vm, &((PropertyObj *)as_obj(prop))->name, incref(name));
    return 0;
}

/* getter/setter/deleter: a copy with one function replaced. */
static Value property_copy(VM *vm, Value self, Value *args, size_t nargs, Value kwnames, int which, const char *fname)
{
    if (!args_check(vm, fname, nargs, kwnames, 1, 1)) return VAL_NULL;
    PropertyObj *p = (PropertyObj *)as_obj(self);
    Value f[3] = {p->fget, p->fset, p->fdel};
    f[which] = args[0];
    /* A docstring taken from the old getter is taken again from the new one. */
    Value doc = which == 0 ? VAL_NULL : p->doc;
    return property_make(vm, type_of(self), f[0], f[1], f[2], doc, p->name);
}

static Value property_getter_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    return property_copy(vm, self, args, nargs, kw, 0, "getter");
}
static Value property_setter_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    return property_copy(vm, self, args, nargs, kw, 1, "setter");
}
static Value property_deleter_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    return property_copy(vm, self, args, nargs, kw, 2, "deleter");
}
static Value property_set_name_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "__set_name__", nargs, kw, 2, 2)) return VAL_NULL;
    property_set_name(vm, self, args[1]);
    return NONE;
}
static Value property_get_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "__get__", nargs, kw, 1, 2)) return VAL_NULL;
    return property_get(vm, self, args[0] == NONE ? VAL_NULL : args[0], nargs > 1 ? args[1] : VAL_NULL);
}
static Value property_set_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "__set__", nargs, kw, 2, 2)) return VAL_NULL;
    return property_set(vm, self, args[0], args[1]) < 0 ? VAL_NULL : NONE;
}
static Value property_delete_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "__delete__", nargs, kw, 1, 1)) return VAL_NULL;
    return property_set(vm, self, args[0], VAL_NULL) < 0 ? VAL_NULL : NONE;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter_m, METH_DEFAULT},
    {"setter", property_setter_m, METH_DEFAULT},
    {"deleter", property_deleter_m, METH_DEFAULT},
    {"__set_name__", property_set_name_m, METH_DEFAULT},
    {"__get__", property_get_m, METH_DEFAULT},
    {"__set__", property_set_m, METH_DEFAULT},
    {"__delete__", property_delete_m, METH_DEFAULT},
    {NULL, NULL, 0},
};

static Value optional(Value v) { return v ? incref(v) : NONE; }
static Value property_fget(VM *vm, Value v) { (void)vm; return optional(((PropertyObj *)as_obj(v))->fget); }
static Value property_fset(VM *vm, Value v) { (void)vm; return optional(((PropertyObj *)as_obj(v))->fset); }
static Value property_fdel(VM *vm, Value v) { (void)vm; return optional(((PropertyObj *)as_obj(v))->fdel); }
static Value property_doc(VM *vm, Value v) { (void)vm; return optional(((PropertyObj *)as_obj(v))->doc); }
static int property_set_doc(VM *vm, Value v, Value doc)
{
    set_slot(vm, &((PropertyObj *)as_obj(v))->doc, doc ? incref(doc) : VAL_NULL);
    return 0;
}

static const GetSetDef property_getset[] = {
    {"fget", property_fget, NULL},
    {"fset", property_fset, NULL},
    {"fdel", property_fdel, NULL},
    {"__doc__", property_doc, property_set_doc},
    {NULL, NULL, NULL},
};

Type type_property = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "property", .size = sizeof(PropertyObj),
    .flags = TF_GC, .base = &type_object, .dealloc = property_dealloc, .traverse = property_traverse,
    .clear = property_clear, .new_ = property_type_new, .descr_get = property_get, .descr_set = property_set,
    .getattr = obj_generic_getattr, .methods = property_methods, .getset = property_getset,
};

/* ---- super ---------------------------------------------------------------------------------- */

typedef struct SuperObj { Obj ob; Value type; Value obj; Value obj_type; } SuperObj;

static void super_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    SuperObj *s = (SuperObj *)o;
    clear_slot(vm, &s->type);
    clear_slot(vm, &s->obj);
    clear_slot(vm, &s->obj_type);
    obj_free(vm, o, sizeof(SuperObj));
}

static int super_traverse(Obj *o, VisitFn visit, void *arg)
{
    SuperObj *s = (SuperObj *)o;
    Value fields[] = {s->obj, s->type, s->obj_type};
    return visit_fields(fields, 3, visit, arg);
}

static bool is_class(Value v) { return is_type(v, &type_type); }

/* CPython's supercheck: the class whose MRO super() walks. */
static Type *super_check(VM *vm, Type *type, Value obj)
{
    if (is_class(obj) && type_is_subtype((Type *)as_obj(obj), type)) return (Type *)as_obj(obj);
    if (is_instance_of(obj, type)) return type_of(obj);
    err_set_str(vm, &exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* super() without arguments: the first argument of the calling function
 * and its __class__ cell. */
static bool super_from_frame(VM *vm, Value *type_out, Value *obj_out)
{
    Frame *f = vm->frame;
    if (!f) {
        err_set_str(vm, &exc_RuntimeError, "super(): no current frame");
        return false;
    }
    CodeObj *co = f->code;
    if (co->argcount == 0) {
        err_set_str(vm, &exc_RuntimeError, "super(): no arguments");
        return false;
    }
    Value first = f->slots[0];
    for (int i = 0; !first && co->cell2arg && i < co->ncells; i++)
        if (co->cell2arg[i] == 0) first = ((CellObj *)as_obj(f->slots[co->nlocals + i]))->ref;
    if (!first) {
        err_set_str(vm, &exc_RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    TupleObj *free = as_tuple(co->freevars);
    for (size_t j = 0; j < free->len; j++) {
        if (strcmp(str_cstr(free->items[j]), "__class__") != 0) continue;
        Value cell = f->slots[co->nlocals + co->ncells + (int)j];
        Value cls = cell ? ((CellObj *)as_obj(cell))->ref : VAL_NULL;
        if (!cls) {
            err_set_str(vm, &exc_RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!is_class(cls)) {
            err_format(vm, &exc_RuntimeError, "super(): __class__ is not a type (%T)", cls);
            return false;
        }
        *type_out = cls;
        *obj_out = first;
        return true;
    }
    err_set_str(vm, &exc_RuntimeError, "super(): __class__ cell not found");
    return false;
}

static Value super_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    (void)t;
    if (!args_no_kw(vm, "super", kwnames)) return VAL_NULL;
    /* "super()" is the whole name in CPython's "super() expected at most 2 arguments". */
    if (!args_positional(vm, "super()", nargs, VAL_NULL, 0, 2)) return VAL_NULL;
    Value type, obj = VAL_NULL;
    if (nargs == 0) {
        if (!super_from_frame(vm, &type, &obj)) return VAL_NULL;
    } else {
        type = args[0];
        if (!is_class(type))
            return err_format(vm, &exc_TypeError, "super() argument 1 must be a type, not %T", type);
        if (nargs == 2 && args[1] != NONE) obj = args[1];
    }
    Type *obj_type = NULL;
    if (obj && !(obj_type = super_check(vm, (Type *)as_obj(type), obj))) return VAL_NULL;
    SuperObj *s = (SuperObj *)gc_new_object(vm, &type_super, sizeof(SuperObj));
    if (!s) return VAL_NULL;
    s->type = incref(type);
    s->obj = xincref(obj);
    s->obj_type = obj_type ? incref(val(obj_type)) : VAL_NULL;
    gc_track(vm, &s->ob);
    return val(s);
}

static Value super_getattr(VM *vm, Value self, Value name)
{
    SuperObj *s = (SuperObj *)as_obj(self);
    if (s->obj_type && strcmp(str_cstr(name), "__class__") != 0) {
        TupleObj *mro = as_tuple(((Type *)as_obj(s->obj_type))->mro);
        size_t i = 0;
        while (i < mro->len && mro->items[i] != s->type) i++;
        for (i++; i < mro->len; i++) {
            Type *k = (Type *)as_obj(mro->items[i]);
            Value res = k->dict ? dict_get_str_borrowed(vm, k->dict, name) : VAL_NULL;
            if (!res) continue;
            Type *rt = type_of(res);
            if (!rt->descr_get) return incref(res);
            incref(res);
            Value r = rt->descr_get(vm, res, s->obj == s->obj_type ? VAL_NULL : s->obj, s->obj_type);
            decref(vm, res);
            return r;
        }
    }
    return obj_generic_getattr(vm, self, name);
}

static Value super_repr(VM *vm, Value v)
{
    SuperObj *s = (SuperObj *)as_obj(v);
    if (s->obj_type) return str_format(vm, "<super: %R, <%s object>>", s->type, type_name((Type *)as_obj(s->obj_type)));
    return str_format(vm, "<super: %R, NULL>", s->type);
}

static Value super_get_thisclass(VM *vm, Value v) { (void)vm; return incref(((SuperObj *)as_obj(v))->type); }
static Value super_get_self(VM *vm, Value v) { (void)vm; return optional(((SuperObj *)as_obj(v))->obj); }
static Value super_get_self_class(VM *vm, Value v) { (void)vm; return optional(((SuperObj *)as_obj(v))->obj_type); }

static const GetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

Type type_super = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "super", .size = sizeof(SuperObj), .flags = TF_GC,
    .base = &type_object, .dealloc = super_dealloc, .traverse = super_traverse, .new_ = super_type_new,
    .getattr = super_getattr, .repr = super_repr, .getset = super_getset,
};

/* ---- slot wrappers of builtin types (list.__getitem__, int.__add__, ...) ------------------------- */

/* A builtin type's dict gets one of these for each slot it has of its own,
 * as CPython's add_operators does, so that list.__len__(x), hasattr(x,
 * '__iter__') and super().__getitem__(k) in a dict subclass work. */
typedef enum WrapKind {
    WK_UNARY, WK_BINARY, WK_BINARY_R, WK_INPLACE, WK_CMP, WK_HASH, WK_LEN, WK_BOOL, WK_GETITEM,
    WK_SETITEM, WK_DELITEM, WK_CONTAINS, WK_NEXT, WK_CALL, WK_GETATTR, WK_SETATTR, WK_DELATTR,
    WK_GET, WK_SET, WK_DELETE,
} WrapKind;

typedef struct WrapperDef { const char *name; size_t off; WrapKind kind; int op; } WrapperDef;

#define TO(field) offsetof(Type, field)
#define NUMWRAP(nm, op) \
    {"__" nm "__", TO(binop[op]), WK_BINARY, op}, {"__r" nm "__", TO(binop[op]), WK_BINARY_R, op}, \
    {"__i" nm "__", TO(inplace[op]), WK_INPLACE, op}
static const WrapperDef wrapper_defs[] = {
    {"__repr__", TO(repr), WK_UNARY, 0}, {"__str__", TO(str), WK_UNARY, 0},
    {"__hash__", TO(hash), WK_HASH, 0},
    {"__lt__", TO(richcompare), WK_CMP, CMP_CODE_LT}, {"__le__", TO(richcompare), WK_CMP, CMP_CODE_LE},
    {"__eq__", TO(richcompare), WK_CMP, CMP_CODE_EQ}, {"__ne__", TO(richcompare), WK_CMP, CMP_CODE_NE},
    {"__gt__", TO(richcompare), WK_CMP, CMP_CODE_GT}, {"__ge__", TO(richcompare), WK_CMP, CMP_CODE_GE},
    {"__getattribute__", TO(getattr), WK_GETATTR, 0}, {"__setattr__", TO(setattr), WK_SETATTR, 0},
    {"__delattr__", TO(setattr), WK_DELATTR, 0}, {"__call__", TO(call), WK_CALL, 0},
    {"__get__", TO(descr_get), WK_GET, 0}, {"__set__", TO(descr_set), WK_SET, 0},
    {"__delete__", TO(descr_set), WK_DELETE, 0}, {"__iter__", TO(iter), WK_UNARY, 0},
    {"__next__", TO(iternext), WK_NEXT, 0}, {"__len__", TO(len), WK_LEN, 0},
    {"__getitem__", TO(getitem), WK_GETITEM, 0}, {"__setitem__", TO(setitem), WK_SETITEM, 0},
    {"__delitem__", TO(setitem), WK_DELITEM, 0}, {"__contains__", TO(contains), WK_CONTAINS, 0},
    {"__neg__", TO(neg), WK_UNARY, 0}, {"__pos__", TO(pos), WK_UNARY, 0},
    {"__invert__", TO(invert), WK_UNARY, 0}, {"__abs__", TO(abs), WK_UNARY, 0},
    {"__bool__", TO(truth), WK_BOOL, 0}, {"__index__", TO(index), WK_UNARY, 0},
    NUMWRAP("add", NB_ADD), NUMWRAP("sub", NB_SUB), NUMWRAP("mul", NB_MUL), NUMWRAP("matmul", NB_MATMUL),
    NUMWRAP("truediv", NB_TRUEDIV), NUMWRAP("floordiv", NB_FLOORDIV), NUMWRAP("mod", NB_MOD),
    NUMWRAP("pow", NB_POW), NUMWRAP("lshift", NB_LSHIFT), NUMWRAP("rshift", NB_RSHIFT),
    NUMWRAP("or", NB_OR), NUMWRAP("xor", NB_XOR), NUMWRAP("and", NB_AND),
};
#undef NUMWRAP
#undef TO

typedef void (*AnyFn)(void);
static AnyFn fn_at(const Type *t, size_t off)
{
    AnyFn f;
    memcpy(&f, (const char *)t + off, sizeof f);
    return f;
}

typedef struct WrapperDescrObj { Obj ob; const WrapperDef *def; Type *owner; } WrapperDescrObj;

static void wrapper_descr_dealloc(VM *vm, Obj *o) { obj_free(vm, o, sizeof(WrapperDescrObj)); }

static Value wrapper_descr_get(VM *vm, Value descr, Value obj, Value type)
{
    (void)type;
    if (!obj) return incref(descr);
    return method_new(vm, descr, obj);
}

static Value wrapper_descr_repr(VM *vm, Value v)
{
    WrapperDescrObj *d = (WrapperDescrObj *)as_obj(v);
    return str_format(vm, "<slot wrapper '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

static Value wrapper_descr_name(VM *vm, Value v) { return str_from_cstr(vm, ((WrapperDescrObj *)as_obj(v))->def->name); }
static Value wrapper_descr_qualname(VM *vm, Value v)
{
    WrapperDescrObj *d = (WrapperDescrObj *)as_obj(v);
    return str_format(vm, "%s.%s", type_name(d->owner), d->def->name);
}
static Value wrapper_descr_objclass(VM *vm, Value v) { (void)vm; return incref(val(((WrapperDescrObj *)as_obj(v))->owner)); }
static const GetSetDef wrapper_descr_getset[] = {
    {"__name__", wrapper_descr_name, NULL},
    {"__qualname__", wrapper_descr_qualname, NULL},
    {"__objclass__", wrapper_descr_objclass, NULL},
    {NULL, NULL, NULL},
};

static Value none_or_fail(VM *vm, int r) { (void)vm; return r < 0 ? VAL_NULL : NONE; }

static Value wrap_cmp(VM *vm, Type *owner, Value self, Value other, CmpCode op)
{
    if (op == CMP_CODE_NE && owner == &type_object) {
        /* object.__ne__ inverts type(self).__eq__ unless NotImplemented. */
        Type *t = type_of(self);
        Value r = t->richcompare ? t->richcompare(vm, self, other, CMP_CODE_EQ) : NOTIMPL;
        if (!r || r == NOTIMPL) return r;
        int truth = obj_truth(vm, r);
        decref(vm, r);
        return truth < 0 ? VAL_NULL : bool_val(!truth);
    }
    return owner->richcompare(vm, self, other, op);
}

static Value wrap_dispatch(VM *vm, const WrapperDef *w, Type *owner, Value self, Value *args, size_t nargs)
{
    AnyFn f = fn_at(owner, w->off);
    switch (w->kind) {
    case WK_UNARY: return ((Value (*)(VM *, Value))f)(vm, self);
    case WK_BINARY: case WK_INPLACE: return ((Value (*)(VM *, Value, Value))f)(vm, self, args[0]);
    case WK_BINARY_R: return ((Value (*)(VM *, Value, Value))f)(vm, args[0], self);
    case WK_CMP: return wrap_cmp(vm, owner, self, args[0], (CmpCode)w->op);
    case WK_HASH: {
        intptr_t h;
        return owner->hash(vm, self, &h) ? int_from_i64(vm, h) : VAL_NULL;
    }
    case WK_LEN: {
        intptr_t n = owner->len(vm, self);
        return n < 0 ? VAL_NULL : int_from_i64(vm, n);
    }
    case WK_BOOL: {
        int t = owner->truth(vm, self);
        return t < 0 ? VAL_NULL : bool_val(t);
    }
    case WK_GETITEM: return owner->getitem(vm, self, args[0]);
    case WK_SETITEM: return none_or_fail(vm, owner->setitem(vm, self, args[0], args[1]));
    case WK_DELITEM: return none_or_fail(vm, owner->setitem(vm, self, args[0], VAL_NULL));
    case WK_CONTAINS: {
        int t = owner->contains(vm, self, args[0]);
        return t < 0 ? VAL_NULL : bool_val(t);
    }
    case WK_NEXT: {
        Value r = owner->iternext(vm, self);
        if (!r && !err_occurred(vm)) err_set_none(vm, &exc_StopIteration);
        return r;
    }
    case WK_GETATTR:
        if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "attribute name must be string, not '%T'", args[0]);
        return owner->getattr(vm, self, args[0]);
    case WK_SETATTR: case WK_DELATTR:
        if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "attribute name must be string, not '%T'", args[0]);
        return none_or_fail(vm, owner->setattr(vm, self, args[0], w->kind == WK_SETATTR ? args[1] : VAL_NULL));
    case WK_GET:
        return owner->descr_get(vm, self, args[0] == NONE ? VAL_NULL : args[0],
                                nargs > 1 && args[1] != NONE ? args[1] : VAL_NULL);
    case WK_SET: return none_or_fail(vm, owner->descr_set(vm, self, args[0], args[1]));
    case WK_DELETE: return none_or_fail(vm, owner->descr_set(vm, self, args[0], VAL_NULL));
    case WK_CALL: break;
    }
    return VAL_NULL;
}

static size_t wrapper_arity(WrapKind k, size_t *max)
{
    static const unsigned char arity[] = {
        [WK_UNARY] = 0, [WK_BINARY] = 1, [WK_BINARY_R] = 1, [WK_INPLACE] = 1, [WK_CMP] = 1, [WK_HASH] = 0,
        [WK_LEN] = 0, [WK_BOOL] = 0, [WK_GETITEM] = 1, [WK_SETITEM] = 2, [WK_DELITEM] = 1, [WK_CONTAINS] = 1,
        [WK_NEXT] = 0, [WK_CALL] = 0, [WK_GETATTR] = 1, [WK_SETATTR] = 2, [WK_DELATTR] = 1, [WK_GET] = 1,
        [WK_SET] = 2, [WK_DELETE] = 1,
    };
    *max = k == WK_GET ? 2 : arity[k];
    return arity[k];
}

static Value wrapper_descr_call(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames)
{
    WrapperDescrObj *d = (WrapperDescrObj *)as_obj(callable);
    const WrapperDef *w = d->def;
    if (nargs < 1)
        return err_format(vm, &exc_TypeError, "descriptor '%s' of '%s' object needs an argument", w->name,
                          type_name(d->owner));
    Value self = args[0];
    if (!is_instance_of(self, d->owner))
        return err_format(vm, &exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%T'", w->name,
                          type_name(d->owner), self);
    if (w->kind == WK_CALL) return d->owner->call(vm, self, args + 1, nargs - 1, kwnames);
    size_t max, min = wrapper_arity(w->kind, &max);
    if (!args_check(vm, w->name, nargs - 1, kwnames, min, max)) return VAL_NULL;
    return wrap_dispatch(vm, w, d->owner, self, args + 1, nargs - 1);
}

Type type_wrapper_descr = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "wrapper_descriptor", .size = sizeof(WrapperDescrObj),
    .base = &type_object, .dealloc = wrapper_descr_dealloc, .descr_get = wrapper_descr_get,
    .call = wrapper_descr_call, .repr = wrapper_descr_repr, .getattr = obj_generic_getattr,
    .getset = wrapper_descr_getset,
};

static bool owns_slot(const Type *t, size_t off)
{
    return !t->base || fn_at(t, off) != fn_at(t->base, off);
}

int class_add_slot_wrappers(VM *vm, Type *t)
{
    if (!t->dict || (t->flags & TF_HEAP)) return 0;
    for (size_t i = 0; i < sizeof wrapper_defs / sizeof *wrapper_defs; i++) {
        const WrapperDef *w = &wrapper_defs[i];
        if (!owns_slot(t, w->off) || dict_get_cstr_borrowed(vm, t->dict, w->name)) continue;
        if (!fn_at(t, w->off)) {
            /* An unhashable builtin says so: list.__hash__ is None. */
            if (w->kind == WK_HASH && dict_set_cstr(vm, t->dict, w->name, NONE) < 0) return -1;
            continue;
        }
        WrapperDescrObj *d = gc_mem_alloc(vm, sizeof(WrapperDescrObj));
        if (!d) return -1;
        d->ob.refcnt = 1;
        d->ob.type = &type_wrapper_descr;
        d->def = w;
        d->owner = t;
        int r = dict_set_cstr(vm, t->dict, w->name, val(d));
        decref(vm, val(d));
        if (r < 0) return -1;
    }
    return class_add_new_wrapper(vm, t);
}
