/*
 * Exceptions: CPython's builtin hierarchy, exception objects, tracebacks
 * and the err_* functions C code uses to raise.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

/* ---- raising --------------------------------------------------------------- */

bool err_occurred(VM *vm) { return vm->exc != VAL_NULL; }

void err_clear(VM *vm) { clear_slot(vm, &vm->exc); }

Value err_fetch(VM *vm)
{
    Value e = vm->exc;
    vm->exc = VAL_NULL;
    return e;
}

void err_restore(VM *vm, Value exc_steal) { set_slot(vm, &vm->exc, exc_steal); }

bool err_matches(VM *vm, Type *type)
{
    return vm->exc && type_is_subtype(type_of(vm->exc), type);
}

/* A new exception takes the one being handled as its __context__, as
 * CPython does when raising inside an except block. */
static void attach_context(VM *vm, Value exc)
{
    if (!vm->handled || vm->handled == exc) return;
    ExcObj *e = (ExcObj *)as_obj(exc);
    if (e->context) return;
    /* Avoid making a cycle through the context chain. */
    for (Value c = vm->handled; c; c = ((ExcObj *)as_obj(c))->context)
        if (c == exc) return;
    e->context = incref(vm->handled);
}

Value err_set_exc(VM *vm, Value exc_steal)
{
    attach_context(vm, exc_steal);
    err_restore(vm, exc_steal);
    return VAL_NULL;
}

Value err_set_value(VM *vm, Type *type, Value arg)
{
    Value args = tuple_pack(vm, 1, arg);
    if (!args) return VAL_NULL;
    Value e = exc_new(vm, type, args);
    if (!e) return VAL_NULL;
    return err_set_exc(vm, e);
}

Value err_set_none(VM *vm, Type *type)
{
    Value args = tuple_empty(vm);
    Value e = exc_new(vm, type, args);
    if (!e) return VAL_NULL;
    return err_set_exc(vm, e);
}

Value err_set_str(VM *vm, Type *type, const char *msg)
{
    Value s = str_from_cstr(vm, msg);
    if (!s) return VAL_NULL;
    err_set_value(vm, type, s);
    decref(vm, s);
    return VAL_NULL;
}

Value err_format(VM *vm, Type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vformat(vm, fmt, ap);
    va_end(ap);
    if (!msg) return VAL_NULL;
    err_set_value(vm, type, msg);
    decref(vm, msg);
    return VAL_NULL;
}

/* Raised when memory runs out: the instance is made at start-up, so raising
 * it needs no allocation. */
Value err_no_memory(VM *vm)
{
    Value e = vm->memory_error;
    if (!e) {
        fputs("pith: out of memory during start-up\n", stderr);
        exit(1);
    }
    ExcObj *x = (ExcObj *)as_obj(e);
    clear_slot(vm, &x->traceback);
    clear_slot(vm, &x->context);
    err_restore(vm, incref(e));
    return VAL_NULL;
}

/* ---- exception objects ------------------------------------------------------ */

Value exc_new(VM *vm, Type *type, Value args_steal)
{
    if (!args_steal) return VAL_NULL;
    ExcObj *e = (ExcObj *)gc_new_object(vm, type, type->size);
    if (!e) {
        decref(vm, args_steal);
        return VAL_NULL;
    }
    if (type->flags & TF_HEAP) incref(val(type));
    e->args = args_steal;
    gc_track(vm, &e->ob);
    return val(e);
}

static Value exc_type_new(VM *vm, Type *type, Value *args, size_t nargs, Value kwnames)
{
    /* A class's own __init__ may take keywords; BaseException.__init__ refuses them. */
    if (kwnames && as_tuple(kwnames)->len && !(type->flags & TF_HEAP))
        return err_format(vm, &exc_TypeError, "%s() takes no keyword arguments", type_name(type));
    Value targs = tuple_from_array(vm, args, nargs);
    return exc_new(vm, type, targs);
}

static void exc_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    ExcObj *e = (ExcObj *)o;
    Type *t = o->type;
    clear_slot(vm, &e->dict);
    clear_slot(vm, &e->args);
    clear_slot(vm, &e->traceback);
    clear_slot(vm, &e->context);
    clear_slot(vm, &e->cause);
    obj_free(vm, o, t->size);
    if (t->flags & TF_HEAP) decref(vm, val(t));
}

static int exc_traverse(Obj *o, VisitFn visit, void *arg)
{
    ExcObj *e = (ExcObj *)o;
    Value fields[] = {e->dict, e->args, e->traceback, e->context, e->cause};
    for (size_t i = 0; i < 5; i++)
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    return 0;
}

static void exc_clear(VM *vm, Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    clear_slot(vm, &e->dict);
    clear_slot(vm, &e->args);
    clear_slot(vm, &e->traceback);
    clear_slot(vm, &e->context);
    clear_slot(vm, &e->cause);
}

static Value exc_args_str(VM *vm, Value args)
{
    TupleObj *t = as_tuple(args);
    if (t->len == 0) return str_from_cstr(vm, "");
    if (t->len == 1) return obj_str(vm, t->items[0]);
    return obj_str(vm, args);
}

Value exc_str(VM *vm, Value exc)
{
    return obj_str(vm, exc);
}

static Value base_exc_str(VM *vm, Value v) { return exc_args_str(vm, ((ExcObj *)as_obj(v))->args); }

static Value key_error_str(VM *vm, Value v)
{
    TupleObj *t = as_tuple(((ExcObj *)as_obj(v))->args);
    if (t->len == 1) return obj_repr(vm, t->items[0]);
    return base_exc_str(vm, v);
}

/* CPython's SyntaxError_str: "msg (file, line N)" with the file's base name. */
static Value syntax_error_str(VM *vm, Value v)
{
    Value dict = ((ExcObj *)as_obj(v))->dict;
    Value msg = dict ? dict_get_cstr_borrowed(vm, dict, "msg") : VAL_NULL;
    if (!msg) return base_exc_str(vm, v);
    Value filename = dict_get_cstr_borrowed(vm, dict, "filename");
    Value lineno = dict_get_cstr_borrowed(vm, dict, "lineno");
    bool has_line = lineno && is_small(lineno);
    const char *base = NULL;
    if (filename && is_str(filename)) {
        const char *slash = strrchr(str_cstr(filename), '/');
        base = slash ? slash + 1 : str_cstr(filename);
    }
    if (base && has_line) return str_format(vm, "%S (%s, line %ld)", msg, base, (long)small_val(lineno));
    if (base) return str_format(vm, "%S (%s)", msg, base);
    if (has_line) return str_format(vm, "%S (line %ld)", msg, (long)small_val(lineno));
    return obj_str(vm, msg);
}

static Value base_exc_repr(VM *vm, Value v)
{
    ExcObj *e = (ExcObj *)as_obj(v);
    TupleObj *t = as_tuple(e->args);
    if (t->len == 1) return str_format(vm, "%s(%R)", type_name(type_of(v)), t->items[0]);
    if (t->len == 0) return str_format(vm, "%s()", type_name(type_of(v)));
    return str_format(vm, "%s%R", type_name(type_of(v)), e->args);
}

static Value exc_get_args(VM *vm, Value self) { (void)vm; return incref(((ExcObj *)as_obj(self))->args); }
static int exc_set_args(VM *vm, Value self, Value v)
{
    if (!v) {
        err_set_str(vm, &exc_TypeError, "args may not be deleted");
        return -1;
    }
    Value t = is_tuple(v) ? incref(v) : VAL_NULL;
    if (!t) {
        Value l = list_from_iterable(vm, v);
        if (!l) return -1;
        t = tuple_from_array(vm, as_list(l)->items, as_list(l)->len);
        decref(vm, l);
        if (!t) return -1;
    }
    set_slot(vm, &((ExcObj *)as_obj(self))->args, t);
    return 0;
}

static Value optional_field(Value v) { return v ? incref(v) : NONE; }
static Value exc_get_tb(VM *vm, Value self) { (void)vm; return optional_field(((ExcObj *)as_obj(self))->traceback); }
static Value exc_get_context(VM *vm, Value self) { (void)vm; return optional_field(((ExcObj *)as_obj(self))->context); }
static Value exc_get_cause(VM *vm, Value self) { (void)vm; return optional_field(((ExcObj *)as_obj(self))->cause); }
static Value exc_get_suppress(VM *vm, Value self) { (void)vm; return bool_val(((ExcObj *)as_obj(self))->suppress_context); }

static int set_optional_exc(VM *vm, Value *slot, Value v, const char *what)
{
    if (!v || v == NONE) {
        clear_slot(vm, slot);
        return 0;
    }
    if (!is_exception(v)) {
        err_format(vm, &exc_TypeError, "exception %s must be None or derive from BaseException", what);
        return -1;
    }
    set_slot(vm, slot, incref(v));
    return 0;
}
static int exc_set_context(VM *vm, Value self, Value v)
{
    return set_optional_exc(vm, &((ExcObj *)as_obj(self))->context, v, "context");
}
static int exc_set_cause(VM *vm, Value self, Value v)
{
    ExcObj *e = (ExcObj *)as_obj(self);
    e->suppress_context = true;
    return set_optional_exc(vm, &e->cause, v, "cause");
}
static int exc_set_tb(VM *vm, Value self, Value v)
{
    if (v && v != NONE && !is_type(v, &type_traceback)) {
        err_set_str(vm, &exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    set_slot(vm, &((ExcObj *)as_obj(self))->traceback, v && v != NONE ? incref(v) : VAL_NULL);
    return 0;
}
static int exc_set_suppress(VM *vm, Value self, Value v)
{
    int t = v ? obj_truth(vm, v) : 0;
    if (t < 0) return -1;
    ((ExcObj *)as_obj(self))->suppress_context = t;
    return 0;
}

static const GetSetDef exc_getset[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_tb, exc_set_tb},
    {"__context__", exc_get_context, exc_set_context},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__dict__", instance_get_dict, NULL},   /* runtime/instance.c makes it on demand */
    {NULL, NULL, NULL},
};

static Value exc_with_traceback(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "BaseException.with_traceback", nargs, kwnames, 1, 1)) return VAL_NULL;
    if (exc_set_tb(vm, self, args[0]) < 0) return VAL_NULL;
    return incref(self);
}

/* BaseException.__init__(self, *args): what super().__init__(msg) calls. */
static Value exc_init_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && as_tuple(kwnames)->len)
        return err_format(vm, &exc_TypeError, "%T() takes no keyword arguments", self);
    Value t = tuple_from_array(vm, args, nargs);
    if (!t) return VAL_NULL;
    set_slot(vm, &((ExcObj *)as_obj(self))->args, t);
    return NONE;
}

static const MethodDef exc_methods[] = {
    {"__init__", exc_init_m, METH_DEFAULT},
    {"with_traceback", exc_with_traceback, METH_DEFAULT},
    {NULL, NULL, 0},
};

/* The first argument, or None: StopIteration.value, SystemExit.code. */
static Value exc_first_arg(VM *vm, Value self)
{
    (void)vm;
    TupleObj *t = as_tuple(((ExcObj *)as_obj(self))->args);
    if (t->len == 0) return NONE;
    if (t->len == 1) return incref(t->items[0]);
    return incref(((ExcObj *)as_obj(self))->args);
}
static Value stop_iteration_value(VM *vm, Value self)
{
    (void)vm;
    TupleObj *t = as_tuple(((ExcObj *)as_obj(self))->args);
    return t->len ? incref(t->items[0]) : NONE;
}
static const GetSetDef stop_iteration_getset[] = {{"value", stop_iteration_value, NULL}, {NULL, NULL, NULL}};
static const GetSetDef system_exit_getset[] = {{"code", exc_first_arg, NULL}, {NULL, NULL, NULL}};

#define EXC_FIELDS(pyname, newfn) \
    .ob = OBJ_HEAD_INIT(&type_type), .name = pyname, .size = sizeof(ExcObj), \
    .flags = TF_GC | TF_BASETYPE | TF_EXC_SUB, .dictoffset = offsetof(ExcObj, dict), \
    .dealloc = exc_dealloc, .traverse = exc_traverse, .clear = exc_clear, .new_ = newfn
#define EXC_COMMON(pyname) EXC_FIELDS(pyname, exc_type_new)
/* OSError and its subclasses parse (errno, strerror, filename, ...) in __new__. */
#define OSERR_COMMON(pyname) EXC_FIELDS(pyname, oserror_new)

Type exc_BaseException = {
    EXC_COMMON("BaseException"), .base = &type_object, .repr = base_exc_repr, .str = base_exc_str,
    .getattr = obj_generic_getattr, .setattr = obj_generic_setattr, .getset = exc_getset,
    .methods = exc_methods,
};
Type exc_KeyError = {EXC_COMMON("KeyError"), .base = &exc_LookupError, .str = key_error_str};
Type exc_StopIteration = {EXC_COMMON("StopIteration"), .base = &exc_Exception, .getset = stop_iteration_getset};
Type exc_StopAsyncIteration = {EXC_COMMON("StopAsyncIteration"), .base = &exc_Exception};
Type exc_SystemExit = {EXC_COMMON("SystemExit"), .base = &exc_BaseException, .getset = system_exit_getset};

Type exc_KeyboardInterrupt = {EXC_COMMON("KeyboardInterrupt"), .base = &exc_BaseException};
Type exc_GeneratorExit = {EXC_COMMON("GeneratorExit"), .base = &exc_BaseException};
Type exc_Exception = {EXC_COMMON("Exception"), .base = &exc_BaseException};
Type exc_ArithmeticError = {EXC_COMMON("ArithmeticError"), .base = &exc_Exception};
Type exc_FloatingPointError = {EXC_COMMON("FloatingPointError"), .base = &exc_ArithmeticError};
Type exc_OverflowError = {EXC_COMMON("OverflowError"), .base = &exc_ArithmeticError};
Type exc_ZeroDivisionError = {EXC_COMMON("ZeroDivisionError"), .base = &exc_ArithmeticError};
Type exc_AssertionError = {EXC_COMMON("AssertionError"), .base = &exc_Exception};
Type exc_AttributeError = {EXC_COMMON("AttributeError"), .base = &exc_Exception};
Type exc_BufferError = {EXC_COMMON("BufferError"), .base = &exc_Exception};
Type exc_EOFError = {EXC_COMMON("EOFError"), .base = &exc_Exception};
Type exc_ImportError = {EXC_COMMON("ImportError"), .base = &exc_Exception};
Type exc_ModuleNotFoundError = {EXC_COMMON("ModuleNotFoundError"), .base = &exc_ImportError};
Type exc_LookupError = {EXC_COMMON("LookupError"), .base = &exc_Exception};
Type exc_IndexError = {EXC_COMMON("IndexError"), .base = &exc_LookupError};
Type exc_MemoryError = {EXC_COMMON("MemoryError"), .base = &exc_Exception};
Type exc_NameError = {EXC_COMMON("NameError"), .base = &exc_Exception};
Type exc_UnboundLocalError = {EXC_COMMON("UnboundLocalError"), .base = &exc_NameError};
Type exc_OSError = {OSERR_COMMON("OSError"), .base = &exc_Exception, .str = oserror_str, .methods = oserror_methods};
Type exc_FileExistsError = {OSERR_COMMON("FileExistsError"), .base = &exc_OSError};
Type exc_FileNotFoundError = {OSERR_COMMON("FileNotFoundError"), .base = &exc_OSError};
Type exc_IsADirectoryError = {OSERR_COMMON("IsADirectoryError"), .base = &exc_OSError};
Type exc_NotADirectoryError = {OSERR_COMMON("NotADirectoryError"), .base = &exc_OSError};
Type exc_PermissionError = {OSERR_COMMON("PermissionError"), .base = &exc_OSError};
Type exc_ProcessLookupError = {OSERR_COMMON("ProcessLookupError"), .base = &exc_OSError};
Type exc_TimeoutError = {OSERR_COMMON("TimeoutError"), .base = &exc_OSError};
Type exc_ChildProcessError = {OSERR_COMMON("ChildProcessError"), .base = &exc_OSError};
Type exc_InterruptedError = {OSERR_COMMON("InterruptedError"), .base = &exc_OSError};
Type exc_BlockingIOError = {OSERR_COMMON("BlockingIOError"), .base = &exc_OSError};
Type exc_ConnectionError = {OSERR_COMMON("ConnectionError"), .base = &exc_OSError};
Type exc_BrokenPipeError = {OSERR_COMMON("BrokenPipeError"), .base = &exc_ConnectionError};
Type exc_ConnectionAbortedError = {OSERR_COMMON("ConnectionAbortedError"), .base = &exc_ConnectionError};
Type exc_ConnectionRefusedError = {OSERR_COMMON("ConnectionRefusedError"), .base = &exc_ConnectionError};
Type exc_ConnectionResetError = {OSERR_COMMON("ConnectionResetError"), .base = &exc_ConnectionError};
Type exc_ReferenceError = {EXC_COMMON("ReferenceError"), .base = &exc_Exception};
Type exc_RuntimeError = {EXC_COMMON("RuntimeError"), .base = &exc_Exception};
Type exc_NotImplementedError = {EXC_COMMON("NotImplementedError"), .base = &exc_RuntimeError};
Type exc_RecursionError = {EXC_COMMON("RecursionError"), .base = &exc_RuntimeError};
Type exc_SyntaxError = {EXC_COMMON("SyntaxError"), .base = &exc_Exception, .str = syntax_error_str};
Type exc_IndentationError = {EXC_COMMON("IndentationError"), .base = &exc_SyntaxError};
Type exc_TabError = {EXC_COMMON("TabError"), .base = &exc_IndentationError};
Type exc_SystemError = {EXC_COMMON("SystemError"), .base = &exc_Exception};
Type exc_TypeError = {EXC_COMMON("TypeError"), .base = &exc_Exception};
Type exc_ValueError = {EXC_COMMON("ValueError"), .base = &exc_Exception};
Type exc_UnicodeError = {EXC_COMMON("UnicodeError"), .base = &exc_ValueError};
Type exc_UnicodeDecodeError = {EXC_COMMON("UnicodeDecodeError"), .base = &exc_UnicodeError};
Type exc_UnicodeEncodeError = {EXC_COMMON("UnicodeEncodeError"), .base = &exc_UnicodeError};
Type exc_UnicodeTranslateError = {EXC_COMMON("UnicodeTranslateError"), .base = &exc_UnicodeError};
Type exc_Warning = {EXC_COMMON("Warning"), .base = &exc_Exception};
Type exc_DeprecationWarning = {EXC_COMMON("DeprecationWarning"), .base = &exc_Warning};
Type exc_RuntimeWarning = {EXC_COMMON("RuntimeWarning"), .base = &exc_Warning};
Type exc_UserWarning = {EXC_COMMON("UserWarning"), .base = &exc_Warning};
Type exc_ResourceWarning = {EXC_COMMON("ResourceWarning"), .base = &exc_Warning};
Type exc_PendingDeprecationWarning = {EXC_COMMON("PendingDeprecationWarning"), .base = &exc_Warning};
Type exc_SyntaxWarning = {EXC_COMMON("SyntaxWarning"), .base = &exc_Warning};
Type exc_FutureWarning = {EXC_COMMON("FutureWarning"), .base = &exc_Warning};
Type exc_ImportWarning = {EXC_COMMON("ImportWarning"), .base = &exc_Warning};
Type exc_UnicodeWarning = {EXC_COMMON("UnicodeWarning"), .base = &exc_Warning};
Type exc_BytesWarning = {EXC_COMMON("BytesWarning"), .base = &exc_Warning};
Type exc_EncodingWarning = {EXC_COMMON("EncodingWarning"), .base = &exc_Warning};

/* Matching `except X:` where X is a class or a tuple of classes. */
bool exc_type_matches(VM *vm, Value spec, Type *t, bool *ok)
{
    *ok = true;
    if (is_tuple(spec)) {
        TupleObj *tup = as_tuple(spec);
        for (size_t i = 0; i < tup->len; i++) {
            if (exc_type_matches(vm, tup->items[i], t, ok)) return true;
            if (!*ok) return false;
        }
        return false;
    }
    if (!is_type(spec, &type_type) && !(type_of(spec)->flags & TF_TYPE_SUB)) {
        *ok = false;
        err_set_str(vm, &exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return false;
    }
    Type *st = (Type *)as_obj(spec);
    if (!(st->flags & TF_EXC_SUB)) {
        *ok = false;
        err_set_str(vm, &exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return false;
    }
    return type_is_subtype(t, st);
}

/* ---- tracebacks ------------------------------------------------------------- */

static void tb_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    TracebackObj *tb = (TracebackObj *)o;
    clear_slot(vm, &tb->next);
    clear_slot(vm, &tb->frame);
    clear_slot(vm, &tb->code);
    obj_free(vm, o, sizeof(TracebackObj));
}

static int tb_traverse(Obj *o, VisitFn visit, void *arg)
{
    TracebackObj *tb = (TracebackObj *)o;
    int r;
    if (tb->next && (r = visit(tb->next, arg))) return r;
    if (tb->frame && (r = visit(tb->frame, arg))) return r;
    return 0;
}

static void tb_clear(VM *vm, Obj *o)
{
    TracebackObj *tb = (TracebackObj *)o;
    clear_slot(vm, &tb->next);
    clear_slot(vm, &tb->frame);
}

static Value tb_get_lineno(VM *vm, Value self) { (void)vm; return small(((TracebackObj *)as_obj(self))->lineno); }
static Value tb_get_next(VM *vm, Value self) { (void)vm; return optional_field(((TracebackObj *)as_obj(self))->next); }
static Value tb_get_frame(VM *vm, Value self) { (void)vm; return optional_field(((TracebackObj *)as_obj(self))->frame); }
static Value tb_get_lasti(VM *vm, Value self) { (void)vm; return small(((TracebackObj *)as_obj(self))->lasti * 2); }
static const GetSetDef tb_getset[] = {
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_next", tb_get_next, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {NULL, NULL, NULL},
};

Type type_traceback = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "traceback", .size = sizeof(TracebackObj),
    .flags = TF_GC, .dealloc = tb_dealloc, .traverse = tb_traverse, .clear = tb_clear, .getset = tb_getset,
};

void exc_add_traceback(VM *vm, Value exc, Value frame, Value code, int lasti)
{
    ExcObj *e = (ExcObj *)as_obj(exc);
    TracebackObj *tb = (TracebackObj *)gc_new_object(vm, &type_traceback, sizeof(TracebackObj));
    if (!tb) {
        err_clear(vm);
        return;
    }
    tb->next = e->traceback;
    tb->frame = xincref(frame);
    tb->code = incref(code);
    CodeObj *co = (CodeObj *)as_obj(code);
    tb->lasti = lasti;
    tb->lineno = lasti >= 0 && (size_t)lasti < co->ncode ? co->positions[lasti].line : co->firstlineno;
    e->traceback = val(tb);
    gc_track(vm, &tb->ob);
}
