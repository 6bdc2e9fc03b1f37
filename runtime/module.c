/*
 * module objects: a name and a namespace dict.
 */
#include "runtime/object.h"
#include "vm/vm.h"

Value module_new(VM *vm, Value name)
{
    ModuleObj *m = (ModuleObj *)gc_new_object(vm, &type_module, sizeof(ModuleObj));
    if (!m) return VAL_NULL;
    m->name = incref(name);
    m->dict = dict_new(vm);
    if (!m->dict || dict_set(vm, m->dict, vm->s.__name__, name) < 0 ||
        dict_set(vm, m->dict, vm->s.__doc__, NONE) < 0) {
        decref(vm, val(m));
        return VAL_NULL;
    }
    gc_track(vm, &m->ob);
    return val(m);
}

int module_add_object(VM *vm, Value module, const char *name, Value v)
{
    return dict_set_cstr(vm, ((ModuleObj *)as_obj(module))->dict, name, v);
}

int module_add_functions(VM *vm, Value module, const MethodDef *defs)
{
    for (const MethodDef *d = defs; d->name; d++) {
        Value f = native_function_new(vm, d, module, VAL_NULL);
        if (!f) return -1;
        int r = module_add_object(vm, module, d->name, f);
        decref(vm, f);
        if (r < 0) return -1;
    }
    return 0;
}

static void module_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    ModuleObj *m = (ModuleObj *)o;
    clear_slot(vm, &m->dict);
    clear_slot(vm, &m->name);
    obj_free(vm, o, sizeof(ModuleObj));
}
static int module_traverse(Obj *o, VisitFn visit, void *arg)
{
    ModuleObj *m = (ModuleObj *)o;
    return m->dict ? visit(m->dict, arg) : 0;
}
static void module_clear(VM *vm, Obj *o) { clear_slot(vm, &((ModuleObj *)o)->dict); }

static Value module_getattr(VM *vm, Value obj, Value name)
{
    ModuleObj *m = (ModuleObj *)as_obj(obj);
    if (m->dict) {
        Value v = dict_get_str_borrowed(vm, m->dict, name);
        if (v) return incref(v);
    }
    if (str_eq(name, vm->s.__dict__) && m->dict) return incref(m->dict);
    Value r = obj_generic_getattr(vm, obj, name);
    if (r || !err_matches(vm, &exc_AttributeError)) return r;
    err_clear(vm);
    return err_format(vm, &exc_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
}

static int module_setattr(VM *vm, Value obj, Value name, Value v)
{
    ModuleObj *m = (ModuleObj *)as_obj(obj);
    if (v) return dict_set(vm, m->dict, name, v);
    int r = dict_del_if_present(vm, m->dict, name);
    if (r == 0) {
        err_format(vm, &exc_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static Value module_repr(VM *vm, Value v)
{
    ModuleObj *m = (ModuleObj *)as_obj(v);
    Value file = dict_get_str_borrowed(vm, m->dict, vm->s.__file__);
    if (file) return str_format(vm, "<module %R from %R>", m->name, file);
    return str_format(vm, "<module %R (built-in)>", m->name);
}

Type type_module = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "module", .size = sizeof(ModuleObj), .flags = TF_GC,
    .base = &type_object, .dealloc = module_dealloc, .traverse = module_traverse,
    .clear = module_clear, .getattr = module_getattr, .setattr = module_setattr,
    .repr = module_repr,
};
