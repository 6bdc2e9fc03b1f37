/*
 * Code objects, Python functions, cells, bound methods and builtin
 * functions.
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

/* ---- code ------------------------------------------------------------------------ */

static void code_dealloc(VM *vm, Obj *o)
{
    CodeObj *c = (CodeObj *)o;
    gc_mem_free(vm, c->code, c->ncode * sizeof(uint32_t));
    gc_mem_free(vm, c->positions, c->ncode * sizeof(CodePos));
    gc_mem_free(vm, c->exc_table, c->exc_table_len * sizeof(ExcEntry));
    gc_mem_free(vm, c->cell2arg, (size_t)c->ncells * sizeof(int));
    if (c->names) gc_mem_free(vm, c->name_cache, as_tuple(c->names)->len * sizeof(NameCache));
    Value *fields[] = {&c->consts, &c->names, &c->varnames, &c->cellvars, &c->freevars,
                       &c->filename, &c->name, &c->qualname};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) clear_slot(vm, fields[i]);
    gc_mem_free(vm, o, sizeof(CodeObj));
}

static Value code_repr(VM *vm, Value v)
{
    CodeObj *c = (CodeObj *)as_obj(v);
    return str_format(vm, "<code object %U at %p, file \"%U\", line %d>", c->name, (void *)v, c->filename,
                      c->firstlineno);
}

static Value code_get_name(VM *vm, Value v) { (void)vm; return incref(((CodeObj *)as_obj(v))->name); }
static Value code_get_filename(VM *vm, Value v) { (void)vm; return incref(((CodeObj *)as_obj(v))->filename); }
static Value code_get_varnames(VM *vm, Value v) { (void)vm; return incref(((CodeObj *)as_obj(v))->varnames); }
static Value code_get_consts(VM *vm, Value v) { (void)vm; return incref(((CodeObj *)as_obj(v))->consts); }
static Value code_get_firstlineno(VM *vm, Value v) { (void)vm; return small(((CodeObj *)as_obj(v))->firstlineno); }
static Value code_get_argcount(VM *vm, Value v) { (void)vm; return small(((CodeObj *)as_obj(v))->argcount); }
static const GetSetDef code_getset[] = {
    {"co_name", code_get_name, NULL}, {"co_filename", code_get_filename, NULL},
    {"co_varnames", code_get_varnames, NULL}, {"co_consts", code_get_consts, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL}, {"co_argcount", code_get_argcount, NULL},
    {NULL, NULL, NULL},
};

/* The arrays code_dealloc frees with it. */
static size_t code_sizeof(Value v)
{
    const CodeObj *c = (CodeObj *)as_obj(v);
    return sizeof(CodeObj) + c->ncode * (sizeof(uint32_t) + sizeof(CodePos)) +
           c->exc_table_len * sizeof(ExcEntry) + (size_t)c->ncells * sizeof(int);
}

Type type_code = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "code", .size = sizeof(CodeObj),
    .base = &type_object, .dealloc = code_dealloc, .repr = code_repr, .sizeof_ = code_sizeof,
    .getattr = obj_generic_getattr, .getset = code_getset,
};

/* ---- function ---------------------------------------------------------------------- */

Value function_new(VM *vm, CodeObj *code, Value globals, Value qualname)
{
    FunctionObj *f = (FunctionObj *)gc_new_object(vm, &type_function, sizeof(FunctionObj));
    if (!f) return VAL_NULL;
    f->code = (CodeObj *)as_obj(incref(val(code)));
    f->globals = incref(globals);
    f->builtins = incref(vm->builtins);
    f->name = incref(code->name);
    f->qualname = incref(qualname ? qualname : code->name);
    Value mod = dict_get_str_borrowed(vm, globals, vm->s.__name__);
    f->module = incref(mod ? mod : NONE);
    f->doc = NONE;
    gc_track(vm, &f->ob);
    return val(f);
}

static void function_clear(VM *vm, Obj *o)
{
    FunctionObj *f = (FunctionObj *)o;
    clear_slot(vm, &f->globals);
    clear_slot(vm, &f->builtins);
    clear_slot(vm, &f->defaults);
    clear_slot(vm, &f->kwdefaults);
    clear_slot(vm, &f->closure);
    clear_slot(vm, &f->module);
    clear_slot(vm, &f->doc);
    clear_slot(vm, &f->dict);
}

static void function_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    FunctionObj *f = (FunctionObj *)o;
    function_clear(vm, o);
    clear_slot(vm, &f->name);
    clear_slot(vm, &f->qualname);
    decref(vm, val(f->code));
    obj_free(vm, o, sizeof(FunctionObj));
}

static int function_traverse(Obj *o, VisitFn visit, void *arg)
{
    FunctionObj *f = (FunctionObj *)o;
    Value fields[] = {val(f->code), f->globals, f->builtins, f->defaults, f->kwdefaults, f->closure,
                      f->name, f->qualname, f->module, f->doc, f->dict};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    return 0;
}

static Value function_repr(VM *vm, Value v)
{
    return str_format(vm, "<function %U at %p>", ((FunctionObj *)as_obj(v))->qualname, (void *)v);
}

static Value function_call(VM *vm, Value f, Value *args, size_t nargs, Value kwnames)
{
    return vm_call_function(vm, f, args, nargs, kwnames);
}

static Value function_descr_get(VM *vm, Value descr, Value obj, Value type)
{
    (void)type;
    if (!obj || obj == NONE) {
        if (!obj) return incref(descr);
    }
    return method_new(vm, descr, obj);
}

static Value fn_get_name(VM *vm, Value v) { (void)vm; return incref(((FunctionObj *)as_obj(v))->name); }
static int fn_set_name(VM *vm, Value v, Value x)
{
    if (!x || !is_str(x)) {
        err_set_str(vm, &exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    set_slot(vm, &((FunctionObj *)as_obj(v))->name, incref(x));
    return 0;
}
static Value fn_get_qualname(VM *vm, Value v) { (void)vm; return incref(((FunctionObj *)as_obj(v))->qualname); }
static int fn_set_qualname(VM *vm, Value v, Value x)
{
    if (!x || !is_str(x)) {
        err_set_str(vm, &exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    set_slot(vm, &((FunctionObj *)as_obj(v))->qualname, incref(x));
    return 0;
}
static Value fn_get_module(VM *vm, Value v) { (void)vm; return incref(((FunctionObj *)as_obj(v))->module); }
static int fn_set_module(VM *vm, Value v, Value x)
{
    set_slot(vm, &((FunctionObj *)as_obj(v))->module, incref(x ? x : NONE));
    return 0;
}
static Value fn_get_doc(VM *vm, Value v) { (void)vm; return incref(((FunctionObj *)as_obj(v))->doc); }
static int fn_set_doc(VM *vm, Value v, Value x)
{
    set_slot(vm, &((FunctionObj *)as_obj(v))->doc, incref(x ? x : NONE));
    return 0;
}
static Value fn_get_code(VM *vm, Value v) { (void)vm; return incref(val(((FunctionObj *)as_obj(v))->code)); }
static Value fn_get_globals(VM *vm, Value v) { (void)vm; return incref(((FunctionObj *)as_obj(v))->globals); }
static Value optional(Value v) { return v ? incref(v) : NONE; }
static Value fn_get_defaults(VM *vm, Value v) { (void)vm; return optional(((FunctionObj *)as_obj(v))->defaults); }
static Value fn_get_kwdefaults(VM *vm, Value v) { (void)vm; return optional(((FunctionObj *)as_obj(v))->kwdefaults); }
static Value fn_get_closure(VM *vm, Value v) { (void)vm; return optional(((FunctionObj *)as_obj(v))->closure); }
static int fn_set_defaults(VM *vm, Value v, Value x)
{
    if (x && x != NONE && !is_tuple(x)) {
        err_set_str(vm, &exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    set_slot(vm, &((FunctionObj *)as_obj(v))->defaults, x && x != NONE ? incref(x) : VAL_NULL);
    return 0;
}

static const GetSetDef function_getset[] = {
    {"__name__", fn_get_name, fn_set_name}, {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__module__", fn_get_module, fn_set_module}, {"__doc__", fn_get_doc, fn_set_doc},
    {"__code__", fn_get_code, NULL}, {"__globals__", fn_get_globals, NULL},
    {"__defaults__", fn_get_defaults, fn_set_defaults}, {"__kwdefaults__", fn_get_kwdefaults, NULL},
    {"__closure__", fn_get_closure, NULL},
    {NULL, NULL, NULL},
};

Type type_function = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "function", .size = sizeof(FunctionObj),
    .flags = TF_GC, .base = &type_object, .dictoffset = offsetof(FunctionObj, dict),
    .dealloc = function_dealloc, .traverse = function_traverse, .clear = function_clear,
    .repr = function_repr, .call = function_call, .descr_get = function_descr_get,
    .getattr = obj_generic_getattr, .setattr = obj_generic_setattr, .getset = function_getset,
};

/* ---- cell -------------------------------------------------------------------------- */

Value cell_new(VM *vm, Value v)
{
    CellObj *c = (CellObj *)gc_new_object(vm, &type_cell, sizeof(CellObj));
    if (!c) return VAL_NULL;
    c->ref = xincref(v);
    gc_track(vm, &c->ob);
    return val(c);
}

static void cell_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    clear_slot(vm, &((CellObj *)o)->ref);
    obj_free(vm, o, sizeof(CellObj));
}
static int cell_traverse(Obj *o, VisitFn visit, void *arg)
{
    CellObj *c = (CellObj *)o;
    return c->ref ? visit(c->ref, arg) : 0;
}
static void cell_clear(VM *vm, Obj *o) { clear_slot(vm, &((CellObj *)o)->ref); }
static Value cell_repr(VM *vm, Value v)
{
    CellObj *c = (CellObj *)as_obj(v);
    if (!c->ref) return str_format(vm, "<cell at %p: empty>", (void *)v);
    return str_format(vm, "<cell at %p: %T object at %p>", (void *)v, c->ref, (void *)c->ref);
}
static Value cell_get_contents(VM *vm, Value v)
{
    CellObj *c = (CellObj *)as_obj(v);
    if (!c->ref) return err_set_str(vm, &exc_ValueError, "Cell is empty");
    return incref(c->ref);
}
static const GetSetDef cell_getset[] = {{"cell_contents", cell_get_contents, NULL}, {NULL, NULL, NULL}};

Type type_cell = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "cell", .size = sizeof(CellObj), .flags = TF_GC,
    .base = &type_object, .dealloc = cell_dealloc, .traverse = cell_traverse, .clear = cell_clear,
    .repr = cell_repr, .getattr = obj_generic_getattr, .getset = cell_getset,
};

/* ---- bound method ---------------------------------------------------------------------- */

Value method_new(VM *vm, Value func, Value self)
{
    MethodObj *m = (MethodObj *)gc_new_object(vm, &type_method, sizeof(MethodObj));
    if (!m) return VAL_NULL;
    m->func = incref(func);
    m->self = incref(self);
    gc_track(vm, &m->ob);
    return val(m);
}

static void method_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    MethodObj *m = (MethodObj *)o;
    clear_slot(vm, &m->func);
    clear_slot(vm, &m->self);
    obj_free(vm, o, sizeof(MethodObj));
}
static int method_traverse(Obj *o, VisitFn visit, void *arg)
{
    MethodObj *m = (MethodObj *)o;
    int r = m->func ? visit(m->func, arg) : 0;
    if (!r && m->self) r = visit(m->self, arg);
    return r;
}
static void method_clear(VM *vm, Obj *o)
{
    MethodObj *m = (MethodObj *)o;
    clear_slot(vm, &m->func);
    clear_slot(vm, &m->self);
}

/* Calls func(self, *args): the arguments are copied behind self in a small
 * buffer on the C stack when they fit. */
static Value method_call(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames)
{
    MethodObj *m = (MethodObj *)as_obj(callable);
    size_t total = nargs + (kwnames ? as_tuple(kwnames)->len : 0);
    Value buf[16];
    Value *all = total + 1 <= 16 ? buf : gc_mem_alloc(vm, (total + 1) * sizeof(Value));
    if (!all) return VAL_NULL;
    all[0] = m->self;
    if (total) memcpy(all + 1, args, total * sizeof(Value));
    Value func = incref(m->func), self = incref(m->self);
    Value r = obj_call(vm, func, all, nargs + 1, kwnames);
    decref(vm, func);
    decref(vm, self);
    if (all != buf) gc_mem_free(vm, all, (total + 1) * sizeof(Value));
    return r;
}

static Value method_repr(VM *vm, Value v)
{
    MethodObj *m = (MethodObj *)as_obj(v);
    Value name = obj_getattr(vm, m->func, vm->s.__qualname__);
    if (!name) return VAL_NULL;
    Value r = str_format(vm, "<bound method %S of %R>", name, m->self);
    decref(vm, name);
    return r;
}

static Value method_getattr(VM *vm, Value obj, Value name)
{
    Value r = obj_generic_getattr(vm, obj, name);
    if (r || !err_matches(vm, &exc_AttributeError)) return r;
    err_clear(vm);
    return obj_getattr(vm, ((MethodObj *)as_obj(obj))->func, name);
}

static Value method_get_func(VM *vm, Value v) { (void)vm; return incref(((MethodObj *)as_obj(v))->func); }
static Value method_get_self(VM *vm, Value v) { (void)vm; return incref(((MethodObj *)as_obj(v))->self); }
static const GetSetDef method_getset[] = {
    {"__func__", method_get_func, NULL}, {"__self__", method_get_self, NULL}, {NULL, NULL, NULL},
};

static Value method_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    if (!is_type(a, &type_method) || !is_type(b, &type_method) || (op != CMP_CODE_EQ && op != CMP_CODE_NE))
        return NOTIMPL;
    MethodObj *x = (MethodObj *)as_obj(a), *y = (MethodObj *)as_obj(b);
    int eq = x->self == y->self;
    if (eq) {
        eq = obj_eq(vm, x->func, y->func);
        if (eq < 0) return VAL_NULL;
    }
    return bool_val(op == CMP_CODE_EQ ? eq : !eq);
}

static bool method_hash(VM *vm, Value v, intptr_t *out)
{
    MethodObj *m = (MethodObj *)as_obj(v);
    intptr_t a, b;
    if (!obj_hash(vm, m->self, &a) || !obj_hash(vm, m->func, &b)) return false;
    *out = a ^ b;
    if (*out == -1) *out = -2;
    return true;
}

Type type_method = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "method", .size = sizeof(MethodObj), .flags = TF_GC,
    .base = &type_object, .dealloc = method_dealloc, .traverse = method_traverse,
    .clear = method_clear, .call = method_call, .repr = method_repr, .getattr = method_getattr,
    .getset = method_getset, .richcompare = method_richcompare, .hash = method_hash,
};

/* ---- builtin function ---------------------------------------------------------------------- */

Value native_function_new(VM *vm, const MethodDef *def, Value self, Value module)
{
    NativeFunctionObj *f = (NativeFunctionObj *)gc_new_object(vm, &type_native_function, sizeof(NativeFunctionObj));
    if (!f) return VAL_NULL;
    f->def = def;
    f->self = xincref(self);
    f->module = xincref(module);
    gc_track(vm, &f->ob);
    return val(f);
}

static void native_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    NativeFunctionObj *f = (NativeFunctionObj *)o;
    clear_slot(vm, &f->self);
    clear_slot(vm, &f->module);
    obj_free(vm, o, sizeof(NativeFunctionObj));
}
static int native_traverse(Obj *o, VisitFn visit, void *arg)
{
    NativeFunctionObj *f = (NativeFunctionObj *)o;
    int r = f->self ? visit(f->self, arg) : 0;
    if (!r && f->module) r = visit(f->module, arg);
    return r;
}
static Value native_call(VM *vm, Value callable, Value *args, size_t nargs, Value kwnames)
{
    NativeFunctionObj *f = (NativeFunctionObj *)as_obj(callable);
    return f->def->fn(vm, f->self, args, nargs, kwnames);
}
static Value native_repr(VM *vm, Value v)
{
    NativeFunctionObj *f = (NativeFunctionObj *)as_obj(v);
    if (!f->self || is_type(f->self, &type_module))
        return str_format(vm, "<built-in function %s>", f->def->name);
    return str_format(vm, "<built-in method %s of %s object at %p>", f->def->name, type_name(type_of(f->self)),
                      (void *)f->self);
}
static Value native_get_name(VM *vm, Value v) { return str_from_cstr(vm, ((NativeFunctionObj *)as_obj(v))->def->name); }
static Value native_get_self(VM *vm, Value v)
{
    (void)vm;
    NativeFunctionObj *f = (NativeFunctionObj *)as_obj(v);
    return f->self ? incref(f->self) : NONE;
}
/* CPython's meth_get__qualname__: "list.append" for a method, the bare
 * name for a module's function. */
static Value native_get_qualname(VM *vm, Value v)
{
    NativeFunctionObj *f = (NativeFunctionObj *)as_obj(v);
    if (!f->self || is_type(f->self, &type_module)) return native_get_name(vm, v);
    bool is_class = is_type(f->self, &type_type) || (type_of(f->self)->flags & TF_TYPE_SUB);
    Type *t = is_class ? (Type *)as_obj(f->self) : type_of(f->self);
    Value owner = obj_getattr(vm, val(t), vm->s.__qualname__);
    if (!owner) return VAL_NULL;
    Value r = str_format(vm, "%S.%s", owner, f->def->name);
    decref(vm, owner);
    return r;
}
/* The module's name for a module's function, None for a method. */
static Value native_get_module(VM *vm, Value v)
{
    NativeFunctionObj *f = (NativeFunctionObj *)as_obj(v);
    if (f->self && is_type(f->self, &type_module)) return obj_getattr(vm, f->self, vm->s.__name__);
    return NONE;
}
static const GetSetDef native_getset[] = {
    {"__name__", native_get_name, NULL}, {"__qualname__", native_get_qualname, NULL},
    {"__module__", native_get_module, NULL},
    {"__self__", native_get_self, NULL}, {NULL, NULL, NULL},
};

Type type_native_function = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "builtin_function_or_method",
    .size = sizeof(NativeFunctionObj), .flags = TF_GC, .base = &type_object,
    .dealloc = native_dealloc, .traverse = native_traverse, .call = native_call,
    .repr = native_repr, .getattr = obj_generic_getattr, .getset = native_getset,
};
