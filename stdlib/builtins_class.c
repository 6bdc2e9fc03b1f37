/*
 * The builtins of the class machinery: __build_class__, vars, dir, and the
 * names super, property, staticmethod and classmethod (types defined in
 * runtime/descr.c).
 */
#include <string.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

static Value builtin_build_class(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    return class_build(vm, args, nargs, kwnames);
}

/* vars() without an argument is locals(). */
static Value frame_locals(VM *vm) { return vm->frame ? vm_frame_locals(vm, vm->frame) : dict_new(vm); }

static Value builtin_vars(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (!args_check(vm, "vars", nargs, kwnames, 0, 1)) return VAL_NULL;
    if (nargs == 0) return frame_locals(vm);
    Value d = obj_getattr(vm, args[0], vm->s.__dict__);
    if (!d && err_matches(vm, &exc_AttributeError)) {
        err_clear(vm);
        /* Builtins with an instance dict but no __dict__ attribute (functions). */
        if (!is_small(args[0]) && type_of(args[0])->dictoffset) return instance_get_dict(vm, args[0]);
        return err_set_str(vm, &exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static Value sorted_list(VM *vm, Value l_steal)
{
    if (!l_steal) return VAL_NULL;
    if (list_sort(vm, l_steal, VAL_NULL, false) < 0) {
        decref(vm, l_steal);
        return VAL_NULL;
    }
    return l_steal;
}

/* dir(type): the names along its MRO. */
static Value dir_of_type(VM *vm, Type *t)
{
    Value names = dict_new(vm);
    if (!names) return VAL_NULL;
    TupleObj *mro = as_tuple(t->mro);
    for (size_t i = mro->len; i-- > 0;) {
        Type *k = (Type *)as_obj(mro->items[i]);
        if (k->dict && dict_merge(vm, names, k->dict, 1) < 0) {
            decref(vm, names);
            return VAL_NULL;
        }
    }
    Value l = dict_keys_list(vm, names);
    decref(vm, names);
    return l;
}

static Value builtin_dir(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (!args_check(vm, "dir", nargs, kwnames, 0, 1)) return VAL_NULL;
    if (nargs == 0) {
        Value d = frame_locals(vm);
        if (!d) return VAL_NULL;
        Value l = dict_keys_list(vm, d);
        decref(vm, d);
        return sorted_list(vm, l);
    }
    Value obj = args[0];
    if (is_type(obj, &type_type)) return sorted_list(vm, dir_of_type(vm, (Type *)as_obj(obj)));
    if (is_type(obj, &type_module)) {
        Value l = dict_keys_list(vm, ((ModuleObj *)as_obj(obj))->dict);
        return sorted_list(vm, l);
    }
    Value r = obj_call_method(vm, obj, "__dir__", NULL, 0);
    if (!r) return VAL_NULL;
    Value l = list_from_iterable(vm, r);
    decref(vm, r);
    return sorted_list(vm, l);
}

static const MethodDef class_builtins[] = {
    {"__build_class__", builtin_build_class, 0},
    {"vars", builtin_vars, 0},
    {"dir", builtin_dir, 0},
    {NULL, NULL, 0},
};

Value stdlib_class_builtins_init(VM *vm, Value m)
{
    if (module_add_functions(vm, m, class_builtins) < 0) return VAL_NULL;
    static const struct { const char *name; Type *type; } types[] = {
        {"super", &type_super}, {"property", &type_property},
        {"staticmethod", &type_staticmethod}, {"classmethod", &type_classmethod},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (module_add_object(vm, m, types[i].name, val(types[i].type)) < 0) return VAL_NULL;
    return m;
}
