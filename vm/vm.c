/*
 * The interpreter loop.
 *
 * Python-to-Python calls do not recurse in C: CALL pushes the callee's
 * frame and the loop goes on in it; RETURN_VALUE pops back to the caller.
 * Only frames entered from C (is_entry) return out of vm_run_frame.
 *
 * Dispatch is by computed goto where the compiler has it, by switch
 * otherwise, behind the TARGET / DISPATCH macros.
 */
#include <string.h>
#include <sys/resource.h>

#include "vm/internal.h"

#if defined(__GNUC__) && !defined(PITH_SWITCH_DISPATCH)
#define USE_COMPUTED_GOTO 1
#endif

/* Helpers used by a few opcodes stay out of line: inlined into the loop
 * they cost every other opcode registers (measured: ~7% on bench/loop.py). */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

/* ---- calling ------------------------------------------------------------------------- */

static bool check_recursion(VM *vm)
{
    if (vm->depth >= vm->recursion_limit) {
        err_set_str(vm, &exc_RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    return true;
}

/* Entering eval() from C (a Python function called by C code, a generator
 * resumed by next()) nests on the C stack.  With a large
 * sys.setrecursionlimit() that could overflow it, so entries check how much
 * of the stack is used: RecursionError instead of a crash. */
static bool c_stack_exhausted(VM *vm)
{
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    if (!vm->c_stack_base) {
        struct rlimit rl;
        size_t size = (size_t)8 << 20;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < size)
            size = (size_t)rl.rlim_cur;
        vm->c_stack_base = here;
        vm->c_stack_room = size / 4 * 3;
    }
    if (here < vm->c_stack_base && vm->c_stack_base - here > vm->c_stack_room) {
        err_set_str(vm, &exc_RecursionError, "maximum recursion depth exceeded");
        return true;
    }
    return false;
}

/* The common call, which needs none of frame_bind_args' rules: exactly the
 * positional parameters, no keyword-only, *args, **kwargs or cells. */
static inline bool is_simple_call(const CodeObj *co, size_t nargs)
{
    return nargs == (size_t)co->argcount && co->kwonlyargcount == 0 && co->ncells == 0 && co->nfree == 0 &&
           !(co->flags & (CO_VARARGS | CO_VARKEYWORDS));
}

/* Builds the frame for calling Python function `func`; consumes func and,
 * with `steal`, the arguments. */
static Frame *prepare_call(VM *vm, Value func, Value *args, size_t nargs, Value kwnames, bool steal)
{
    FunctionObj *fn = (FunctionObj *)as_obj(func);
    CodeObj *co = fn->code;
    Frame *f = frame_push(vm, co, func, fn->globals, VAL_NULL);
    if (!f) {
        decref(vm, func);
        if (steal) {
            size_t n = nargs + (kwnames ? as_tuple(kwnames)->len : 0);
            for (size_t i = 0; i < n; i++) decref(vm, args[i]);
        }
        return NULL;
    }
    f->builtins = fn->builtins;
    if (steal && !kwnames && is_simple_call(co, nargs)) {
        for (size_t i = 0; i < nargs; i++) f->slots[i] = args[i];   /* the references move */
        return f;
    }
    if (!frame_bind_args(vm, f, func, args, nargs, kwnames, steal) || !frame_init_cells(vm, f, func)) {
        frame_pop(vm, f);
        return NULL;
    }
    return f;
}

/* Calling a generator function: the frame is built inside a new generator
 * (see runtime/generator.c) and nothing runs yet.  Consumes func and, with
 * `steal`, the arguments. */
NOINLINE static Value make_generator(VM *vm, Value func, Value *args, size_t nargs, Value kwnames, bool steal)
{
    FunctionObj *fn = (FunctionObj *)as_obj(func);
    CodeObj *co = fn->code;
    size_t n = frame_values(co);
    GenObj *g = gen_alloc(vm, fn, n);
    if (!g) {
        decref(vm, func);
        if (steal) {
            size_t total = nargs + (kwnames ? as_tuple(kwnames)->len : 0);
            for (size_t i = 0; i < total; i++) decref(vm, args[i]);
        }
        return VAL_NULL;
    }
    Frame *f = g->frame;
    frame_init(vm, f, co, func, fn->globals, VAL_NULL);
    f->builtins = fn->builtins;
    f->owned_by_generator = true;
    if (!frame_bind_args(vm, f, func, args, nargs, kwnames, steal) || !frame_init_cells(vm, f, func)) {
        decref(vm, val(g));
        return VAL_NULL;
    }
    gc_track(vm, &g->ob);
    return val(g);
}

Value vm_call_function(VM *vm, Value func, Value *args, size_t nargs, Value kwnames)
{
    if (!check_recursion(vm)) return VAL_NULL;
    CodeObj *co = ((FunctionObj *)as_obj(func))->code;
    if (co->flags & CO_GENERATOR) return make_generator(vm, incref(func), args, nargs, kwnames, false);
    Frame *f = prepare_call(vm, incref(func), args, nargs, kwnames, false);
    if (!f) return VAL_NULL;
    return vm_run_frame(vm, f);
}

Value vm_run_class_body(VM *vm, Value func, Value ns)
{
    if (!check_recursion(vm)) return VAL_NULL;
    FunctionObj *fn = (FunctionObj *)as_obj(func);
    Frame *f = frame_push(vm, fn->code, incref(func), fn->globals, ns);
    if (!f) return VAL_NULL;
    f->builtins = fn->builtins;
    if (!frame_init_cells(vm, f, func)) {
        frame_pop(vm, f);
        return VAL_NULL;
    }
    return vm_run_frame(vm, f);
}

Value vm_run_code(VM *vm, Value code, Value globals) { return vm_exec_code(vm, code, globals, globals); }

Value vm_exec_code(VM *vm, Value code, Value globals, Value locals)
{
    if (!check_recursion(vm)) return VAL_NULL;
    if (!dict_get_str_borrowed(vm, globals, vm->s.__builtins__) &&
        dict_set(vm, globals, vm->s.__builtins__, vm->builtins_module) < 0)
        return VAL_NULL;
    CodeObj *co = (CodeObj *)as_obj(code);
    if (co->flags & CO_GENERATOR) {
        /* A generator function's code: calling it makes the generator. */
        Value fn = function_new(vm, co, globals, co->qualname);
        if (!fn) return VAL_NULL;
        Value r = vm_call_function(vm, fn, NULL, 0, VAL_NULL);
        decref(vm, fn);
        return r;
    }
    Frame *f = frame_push(vm, co, VAL_NULL, globals, locals);
    if (!f) return VAL_NULL;
    if (co->ncells && !frame_init_cells(vm, f, VAL_NULL)) {
        frame_pop(vm, f);
        return VAL_NULL;
    }
    return vm_run_frame(vm, f);
}

/* ---- helpers for instructions ---------------------------------------------------------- */

static Value unbound_local(VM *vm, CodeObj *co, int index)
{
    return err_format(vm, &exc_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                      as_tuple(co->varnames)->items[index]);
}

static Value unbound_deref(VM *vm, CodeObj *co, int index)
{
    if (index < co->ncells)
        return err_format(vm, &exc_UnboundLocalError,
                          "cannot access local variable '%U' where it is not associated with a value",
                          as_tuple(co->cellvars)->items[index]);
    return err_format(vm, &exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                      as_tuple(co->freevars)->items[index - co->ncells]);
}

static Value name_error(VM *vm, Value name)
{
    return err_format(vm, &exc_NameError, "name '%U' is not defined", name);
}

static Value load_global(VM *vm, Frame *f, Value name)
{
    Value v = dict_get_str_borrowed(vm, f->globals, name);
    if (!v) v = dict_get_str_borrowed(vm, f->builtins, name);
    if (!v) return name_error(vm, name);
    return incref(v);
}

static Value load_name(VM *vm, Frame *f, Value name)
{
    if (f->locals && f->locals != f->globals) {
        if (!is_type(f->locals, &type_dict)) {
            /* A mapping given to exec() or eval() as locals, or a dict
             * subclass: its __getitem__ decides, as in CPython. */
            Value v = obj_getitem(vm, f->locals, name);
            if (v || !err_matches(vm, &exc_KeyError)) return v;
            err_clear(vm);
            return load_global(vm, f, name);
        }
        Value v = dict_get_str_borrowed(vm, f->locals, name);
        if (v) return incref(v);
    }
    return load_global(vm, f, name);
}

/* Global names go through the code object's NameCache: a hit is two version
 * compares and a load, instead of hashing into globals and then builtins. */
static inline Value *cached_global_slot(const Frame *f, const NameCache *c)
{
    if (c->globals_version != as_dict(f->globals)->version) return NULL;
    if (c->builtins_version && c->builtins_version != as_dict(f->builtins)->version) return NULL;
    return c->value;
}

static Value load_global_caching(VM *vm, Frame *f, Value name, NameCache *c)
{
    Value *slot = cached_global_slot(f, c);
    if (slot) return incref(*slot);
    slot = dict_str_value_slot(f->globals, name);
    if (slot) {
        *c = (NameCache){as_dict(f->globals)->version, 0, slot};
        return incref(*slot);
    }
    slot = dict_str_value_slot(f->builtins, name);
    if (!slot) return name_error(vm, name);
    *c = (NameCache){as_dict(f->globals)->version, as_dict(f->builtins)->version, slot};
    return incref(*slot);
}

/* Stores into globals; owns v.  Storing over a cached existing key replaces
 * the value in place (what dict_set would do, minus the lookup) when the
 * dict is already tracked, so no tracking decision is skipped. */
static int store_global_caching(VM *vm, Frame *f, Value name, Value v, NameCache *c)
{
    Value *slot = cached_global_slot(f, c);
    if (slot && !c->builtins_version && gc_is_tracked(as_obj(f->globals))) {
        Value old = *slot;
        *slot = v;
        decref(vm, old);
        return 0;
    }
    int r = dict_set(vm, f->globals, name, v);
    decref(vm, v);
    if (r == 0 && (slot = dict_str_value_slot(f->globals, name)))
        *c = (NameCache){as_dict(f->globals)->version, 0, slot};
    return r;
}

static int store_name(VM *vm, Frame *f, Value name, Value v)
{
    if (is_type(f->locals, &type_dict)) return dict_set(vm, f->locals, name, v);
    return obj_setitem(vm, f->locals, name, v);
}

/* 1 deleted, 0 not there (NameError to raise), -1 error. */
static int delete_name(VM *vm, Frame *f, Value name)
{
    if (is_type(f->locals, &type_dict)) return dict_del_if_present(vm, f->locals, name);
    if (obj_delitem(vm, f->locals, name) == 0) return 1;
    if (!err_matches(vm, &exc_KeyError)) return -1;
    err_clear(vm);
    return 0;
}

/* Small-int arithmetic that stays small; anything else goes the generic way. */
static Value fast_int_binop(int op, intptr_t a, intptr_t b)
{
    intptr_t r;
    switch (op) {
    case NB_ADD: if (__builtin_add_overflow(a, b, &r)) return VAL_NULL; break;
    case NB_SUB: if (__builtin_sub_overflow(a, b, &r)) return VAL_NULL; break;
    case NB_MUL: if (__builtin_mul_overflow(a, b, &r)) return VAL_NULL; break;
    case NB_FLOORDIV:
        if (b == 0 || (a == SMALL_MIN && b == -1)) return VAL_NULL;
        r = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) r--;
        break;
    case NB_MOD:
        if (b == 0) return VAL_NULL;
        r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) r += b;
        break;
    case NB_AND: r = a & b; break;
    case NB_OR: r = a | b; break;
    case NB_XOR: r = a ^ b; break;
    default: return VAL_NULL;
    }
    return fits_small(r) ? small(r) : VAL_NULL;
}

/* A float operand as a double, or false for anything but a float or small int.
 * A small int converts exactly as CPython's int.__float__ does (round half
 * to even, and it always fits). */
static inline bool fast_double(Value v, double *out)
{
    if (is_small(v)) { *out = (double)small_val(v); return true; }
    if (is_type(v, &type_float)) { *out = float_val(v); return true; }
    return false;
}

/* The float result of a fast float operation.  An operand the caller's stack
 * holds the only reference to is a temporary nobody else can see, so it takes
 * the result in place instead of a new allocation; the caller's decref of
 * that operand then leaves exactly the result's reference. */
static inline Value float_result(VM *vm, Value a, Value b, double r)
{
    Value reuse = !is_small(a) && as_obj(a)->refcnt == 1 ? a
                : !is_small(b) && as_obj(b)->refcnt == 1 ? b : VAL_NULL;
    if (!reuse) return float_new(vm, r);
    ((FloatObj *)as_obj(reuse))->v = r;
    return incref(reuse);
}

/* + - * / on floats mixed with small ints, when they cannot raise. */
static Value fast_float_binop(VM *vm, int op, Value a, Value b)
{
    double x, y;
    if (!fast_double(a, &x) || !fast_double(b, &y)) return VAL_NULL;
    switch (op) {
    case NB_ADD: return float_result(vm, a, b, x + y);
    case NB_SUB: return float_result(vm, a, b, x - y);
    case NB_MUL: return float_result(vm, a, b, x * y);
    case NB_TRUEDIV: return y != 0.0 ? float_result(vm, a, b, x / y) : VAL_NULL;
    default: return VAL_NULL;
    }
}

static Value binary_op(VM *vm, int arg, Value a, Value b)
{
    int op = arg & 0xff;
    if (is_small(a) && is_small(b)) {
        Value r = fast_int_binop(op, small_val(a), small_val(b));
        if (r) return r;
    } else if (is_type(a, &type_float) || is_type(b, &type_float)) {
        Value r = fast_float_binop(vm, op, a, b);
        if (r) return r;
        if (err_occurred(vm)) return VAL_NULL;   /* float_new ran out of memory */
    } else if (op == NB_ADD && is_type(a, &type_str) && is_type(b, &type_str)) {
        return str_concat(vm, a, b);
    }
    if (arg & INPLACE_FLAG) return obj_inplace_binop(vm, op, a, b);
    return obj_binop(vm, op, a, b);
}

static Value compare_op(VM *vm, int op, Value a, Value b)
{
    if (is_small(a) && is_small(b)) {
        intptr_t x = small_val(a), y = small_val(b);
        switch (op) {
        case CMP_CODE_LT: return bool_val(x < y);
        case CMP_CODE_LE: return bool_val(x <= y);
        case CMP_CODE_EQ: return bool_val(x == y);
        case CMP_CODE_NE: return bool_val(x != y);
        case CMP_CODE_GT: return bool_val(x > y);
        default: return bool_val(x >= y);
        }
    }
    return obj_richcompare(vm, a, b, (CmpCode)op);
}

static bool unpack_sequence(VM *vm, Value seq, int n, Value *out)
{
    Value *items = NULL;
    size_t len = 0;
    if (is_type(seq, &type_tuple)) {
        items = as_tuple(seq)->items;
        len = as_tuple(seq)->len;
    } else if (is_type(seq, &type_list)) {
        items = as_list(seq)->items;
        len = as_list(seq)->len;
    }
    if (items) {
        if (len != (size_t)n) {
            if (len < (size_t)n)
                err_format(vm, &exc_ValueError, "not enough values to unpack (expected %d, got %zu)", n, len);
            else
                err_format(vm, &exc_ValueError, "too many values to unpack (expected %d)", n);
            return false;
        }
        for (int i = 0; i < n; i++) out[n - 1 - i] = incref(items[i]);
        return true;
    }
    Value it = obj_iter(vm, seq);
    if (!it) {
        if (err_matches(vm, &exc_TypeError) && !type_of(seq)->iter) {
            err_clear(vm);
            err_format(vm, &exc_TypeError, "cannot unpack non-iterable %s object", type_name(type_of(seq)));
        }
        return false;
    }
    int got = 0;
    for (; got < n; got++) {
        Value x = obj_iternext(vm, it);
        if (!x) {
            if (!err_occurred(vm))
                err_format(vm, &exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, got);
            goto fail;
        }
        out[n - 1 - got] = x;
    }
    Value extra = obj_iternext(vm, it);
    if (extra) {
        decref(vm, extra);
        err_format(vm, &exc_ValueError, "too many values to unpack (expected %d)", n);
        goto fail;
    }
    if (err_occurred(vm)) goto fail;
    decref(vm, it);
    return true;
fail:
    for (int i = 0; i < got; i++) decref(vm, out[n - 1 - i]);
    decref(vm, it);
    return false;
}

static bool unpack_ex(VM *vm, Value seq, int before, int after, Value *out)
{
    Value l = list_from_iterable(vm, seq);
    if (!l) {
        if (err_matches(vm, &exc_TypeError) && !type_of(seq)->iter) {
            err_clear(vm);
            err_format(vm, &exc_TypeError, "cannot unpack non-iterable %s object", type_name(type_of(seq)));
        }
        return false;
    }
    ListObj *list = as_list(l);
    size_t need = (size_t)before + (size_t)after;
    if (list->len < need) {
        err_format(vm, &exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)", need, list->len);
        decref(vm, l);
        return false;
    }
    int total = before + after + 1;
    int k = total - 1;
    for (int i = 0; i < before; i++) out[k--] = incref(list->items[i]);
    size_t mid = list->len - (size_t)after;
    Value rest = list_new(vm, mid - (size_t)before);
    if (!rest) {
        for (int i = 0; i < before; i++) decref(vm, out[total - 1 - i]);
        decref(vm, l);
        return false;
    }
    for (size_t i = (size_t)before; i < mid; i++) list_append(vm, rest, list->items[i]);
    out[k--] = rest;
    for (size_t i = mid; i < list->len; i++) out[k--] = incref(list->items[i]);
    decref(vm, l);
    return true;
}

static Value make_function(VM *vm, Value *sp_top, int flags, Value **sp_out)
{
    Value *sp = sp_top;
    Value qualname = *--sp;
    Value code = *--sp;
    Value closure = (flags & MF_CLOSURE) ? *--sp : VAL_NULL;
    Value kwdefaults = (flags & MF_KWDEFAULTS) ? *--sp : VAL_NULL;
    Value defaults = (flags & MF_DEFAULTS) ? *--sp : VAL_NULL;
    *sp_out = sp;
    CodeObj *co = (CodeObj *)as_obj(code);
    Value globals = vm->frame->globals;
    Value f = function_new(vm, co, globals, qualname);
    if (f) {
        FunctionObj *fn = (FunctionObj *)as_obj(f);
        fn->defaults = defaults;
        fn->kwdefaults = kwdefaults;
        fn->closure = closure;
        if (co->flags & CO_DOCSTRING) set_slot(vm, &fn->doc, incref(as_tuple(co->consts)->items[0]));
        defaults = kwdefaults = closure = VAL_NULL;
    }
    xdecref(vm, defaults);
    xdecref(vm, kwdefaults);
    xdecref(vm, closure);
    decref(vm, code);
    decref(vm, qualname);
    return f;
}

/* Raises `exc` (a class or instance) with optional cause, as `raise exc from cause`. */
static void do_raise(VM *vm, Value exc, Value cause)
{
    Value inst;
    if (is_type(exc, &type_type) || (type_of(exc)->flags & TF_TYPE_SUB)) {
        Type *t = (Type *)as_obj(exc);
        if (!(t->flags & TF_EXC_SUB)) {
            err_set_str(vm, &exc_TypeError, "exceptions must derive from BaseException");
            return;
        }
        inst = obj_call0(vm, exc);
        if (!inst) return;
        if (!is_exception(inst)) {
            err_format(vm, &exc_TypeError, "calling %R should have returned an instance of BaseException, not %T", exc, inst);
            decref(vm, inst);
            return;
        }
    } else if (is_exception(exc)) {
        inst = incref(exc);
    } else {
        err_set_str(vm, &exc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        Value c;
        if (cause == NONE) {
            c = VAL_NULL;
        } else if (is_type(cause, &type_type) && (((Type *)as_obj(cause))->flags & TF_EXC_SUB)) {
            c = obj_call0(vm, cause);
            if (!c) {
                decref(vm, inst);
                return;
            }
        } else if (is_exception(cause)) {
            c = incref(cause);
        } else {
            decref(vm, inst);
            err_set_str(vm, &exc_TypeError, "exception causes must derive from BaseException");
            return;
        }
        ExcObj *e = (ExcObj *)as_obj(inst);
        set_slot(vm, &e->cause, c);
        e->suppress_context = true;
    }
    err_set_exc(vm, inst);
}

static Value special_method(VM *vm, Value obj, Value name)
{
    Value descr = type_lookup_borrowed(type_of(obj), name);
    if (!descr) return VAL_NULL;
    Type *dt = type_of(descr);
    if (dt->descr_get) return dt->descr_get(vm, descr, obj, val(type_of(obj)));
    return incref(descr);
}

static bool before_with(VM *vm, Value mgr, Value *exit_out, Value *enter_result)
{
    Value enter = special_method(vm, mgr, vm->s.__enter__);
    if (!enter) {
        if (!err_occurred(vm))
            err_format(vm, &exc_TypeError, "'%s' object does not support the context manager protocol",
                       type_name(type_of(mgr)));
        return false;
    }
    Value exit = special_method(vm, mgr, vm->s.__exit__);
    if (!exit) {
        decref(vm, enter);
        if (!err_occurred(vm))
            err_format(vm, &exc_TypeError,
                       "'%s' object does not support the context manager protocol (missed __exit__ method)",
                       type_name(type_of(mgr)));
        return false;
    }
    Value r = obj_call0(vm, enter);
    decref(vm, enter);
    if (!r) {
        decref(vm, exit);
        return false;
    }
    *exit_out = exit;
    *enter_result = r;
    return true;
}

static Value call_with_kwargs_dict(VM *vm, Value callable, Value self, Value args_tuple, Value kwargs)
{
    size_t npos = as_tuple(args_tuple)->len + (self ? 1 : 0);
    size_t nkw = kwargs ? as_dict(kwargs)->used : 0;
    Value buf[16];
    Value *all = npos + nkw <= 16 ? buf : gc_mem_alloc(vm, (npos + nkw) * sizeof(Value));
    if (!all) return VAL_NULL;
    size_t k = 0;
    if (self) all[k++] = self;
    for (size_t i = 0; i < as_tuple(args_tuple)->len; i++) all[k++] = as_tuple(args_tuple)->items[i];
    Value kwnames = VAL_NULL;
    if (nkw) {
        kwnames = tuple_new(vm, nkw);
        if (!kwnames) goto done;
        size_t pos = 0, j = 0;
        Value key, value;
        while (dict_next(kwargs, &pos, &key, &value)) {
            if (!is_str(key)) {
                decref(vm, kwnames);
                kwnames = VAL_NULL;
                err_set_str(vm, &exc_TypeError, "keywords must be strings");
                goto done;
            }
            as_tuple(kwnames)->items[j++] = incref(key);
            all[k++] = value;
        }
        tuple_done(vm, kwnames);
    }
    Value r = obj_call(vm, callable, all, npos, kwnames);
    xdecref(vm, kwnames);
    if (all != buf) gc_mem_free(vm, all, (npos + nkw) * sizeof(Value));
    return r;
done:
    if (all != buf) gc_mem_free(vm, all, (npos + nkw) * sizeof(Value));
    return VAL_NULL;
}

/* CPython's _PyObject_FunctionStr, as the call errors name the callable:
 * "module.qualname()", just "qualname()" for builtins. */
static Value function_str(VM *vm, Value func)
{
    Value qualname = obj_getattr(vm, func, vm->s.__qualname__);
    if (!qualname) {
        err_clear(vm);
        return obj_str(vm, func);
    }
    Value module = obj_getattr(vm, func, vm->s.__module__);
    if (!module) err_clear(vm);
    Value r;
    if (module && is_str(module) && strcmp(str_cstr(module), "builtins") != 0)
        r = str_format(vm, "%S.%S()", module, qualname);
    else
        r = str_format(vm, "%S()", qualname);
    decref(vm, qualname);
    xdecref(vm, module);
    return r;
}

/* "f() argument after ...", "f() got multiple values ...": the message
 * starts with function_str(func). */
static void call_error(VM *vm, Value func, const char *fmt, Value what)
{
    Value name = function_str(vm, func);
    if (!name) return;
    err_format(vm, &exc_TypeError, fmt, name, what);
    decref(vm, name);
}

static int dict_merge_kwargs(VM *vm, Value target, Value source, Value func)
{
    int r = dict_merge(vm, target, source, 2);
    if (r == 0) return 0;
    if (err_matches(vm, &exc_AttributeError)) {
        err_clear(vm);
        Value tname = type_name_value(vm, type_of(source));
        if (tname) call_error(vm, func, "%S argument after ** must be a mapping, not %S", tname);
        xdecref(vm, tname);
    } else if (err_matches(vm, &exc_KeyError)) {
        Value exc = err_fetch(vm);
        Value args = ((ExcObj *)as_obj(exc))->args;
        if (is_tuple(args) && as_tuple(args)->len == 1)
            call_error(vm, func, "%S got multiple values for keyword argument '%S'", as_tuple(args)->items[0]);
        else
            err_restore(vm, incref(exc));
        decref(vm, exc);
    }
    return -1;
}

/* f(*x) passes x itself (CPython's CALL_FUNCTION_EX): a tuple of it, or
 * the error naming f when x is not iterable. */
static Value star_args_tuple(VM *vm, Value func, Value x)
{
    if (is_type(x, &type_tuple)) return incref(x);
    Type *t = type_of(x);
    if (!t->iter && !t->getitem) {
        Value tname = type_name_value(vm, t);
        if (tname) call_error(vm, func, "%S argument after * must be an iterable, not %S", tname);
        xdecref(vm, tname);
        return VAL_NULL;
    }
    Value l = list_from_iterable(vm, x);
    if (!l) return VAL_NULL;
    Value r = tuple_from_array(vm, as_list(l)->items, as_list(l)->len);
    decref(vm, l);
    return r;
}

static bool print_expr(VM *vm, Value v)
{
    if (v == NONE) return true;
    if (dict_set(vm, vm->builtins, vm->s._, v) < 0) return false;
    Value r = obj_repr(vm, v);
    if (!r) return false;
    fwrite(str_cstr(r), 1, str_nbytes(as_str(r)), stdout);
    fputc('\n', stdout);
    decref(vm, r);
    return true;
}

/* Finds the handler covering instruction `lasti`, or NULL. */
static const ExcEntry *find_handler(const CodeObj *co, uint32_t lasti)
{
    size_t lo = 0, hi = co->exc_table_len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const ExcEntry *e = &co->exc_table[mid];
        if (lasti < e->start) hi = mid;
        else if (lasti >= e->end) lo = mid + 1;
        else return e;
    }
    return NULL;
}

/* ---- generators ----------------------------------------------------------------------------- */

/* A generator's frame runs in this same loop.  Resumed from C (next(),
 * send(), throw()), it is an entry frame and YIELD_VALUE returns out of
 * eval(); resumed by FOR_ITER or SEND of a frame in the loop, it is pushed
 * on top of that frame like a call, and yielding or finishing goes back to
 * it without recursing in C (so a `yield from` chain costs no C stack).
 *
 * Handled exceptions: while a generator runs, vm->handled is its own
 * handled exception if it has one, else its resumer's (what CPython's
 * exc_info chain shows); the resumer's is parked in g->outer_handled.  When
 * it yields, what it handles moves to g->exc_state (gi_exc_state). */
NOINLINE static void gen_enter(VM *vm, GenObj *g, Value sent_steal, bool is_entry)
{
    Frame *gf = g->frame;
    if (sent_steal) *gf->sp++ = sent_steal;
    g->outer_handled = vm->handled;
    vm->handled = g->exc_state ? g->exc_state : xincref(g->outer_handled);
    g->exc_state = VAL_NULL;
    g->state = GEN_RUNNING;
    gf->back = vm->frame;
    gf->is_entry = is_entry;
    vm->frame = gf;
    vm->depth++;
}

NOINLINE static void gen_leave(VM *vm, GenObj *g, bool suspended)
{
    Frame *gf = g->frame;
    vm->frame = gf->back;
    gf->back = NULL;
    vm->depth--;
    Value h = vm->handled;
    vm->handled = g->outer_handled;
    g->outer_handled = VAL_NULL;
    g->state = suspended ? GEN_SUSPENDED : GEN_CLOSED;
    if (suspended && h != vm->handled) g->exc_state = h;
    else xdecref(vm, h);
}

/* The generator's frame finished with retval (VAL_NULL: an exception is
 * pending).  A StopIteration escaping becomes RuntimeError (PEP 479), and
 * the frame's references are released at once. */
NOINLINE static Value gen_finish(VM *vm, GenObj *g, Value retval)
{
    gen_leave(vm, g, false);
    if (!retval && err_matches(vm, &exc_StopIteration)) {
        Value stop = err_fetch(vm);
        err_set_str(vm, &exc_RuntimeError, "generator raised StopIteration");
        if (err_matches(vm, &exc_RuntimeError)) {
            ExcObj *e = (ExcObj *)as_obj(vm->exc);
            set_slot(vm, &e->cause, incref(stop));
            set_slot(vm, &e->context, incref(stop));
            e->suppress_context = true;
        }
        decref(vm, stop);
    }
    Value exc = err_fetch(vm);
    vm_gen_clear_frame(vm, g);
    if (exc) err_restore(vm, exc);
    return retval;
}

void vm_gen_clear_frame(VM *vm, GenObj *g)
{
    g->state = GEN_CLOSED;
    clear_slot(vm, &g->exc_state);
    frame_clear(vm, g->frame);
}

int vm_frame_lineno(const Frame *f)
{
    const CodeObj *co = f->code;
    if (!co) return 0;
    if (f->ip == 0) return co->firstlineno;
    return co->positions[f->ip - 1].line;
}

Value vm_gen_yieldfrom_borrowed(GenObj *g)
{
    if (g->state != GEN_SUSPENDED) return VAL_NULL;
    Frame *f = g->frame;
    const uint32_t *code = f->code->code;
    if (f->ip < 2 || INSTR_OP(code[f->ip - 1]) != OP_YIELD_VALUE || INSTR_OP(code[f->ip - 2]) != OP_SEND)
        return VAL_NULL;
    return f->sp[-1];
}

void vm_gen_yieldfrom_done(VM *vm, GenObj *g)
{
    Frame *f = g->frame;
    Value sub = *--f->sp;
    f->ip = INSTR_ARG(f->code->code[f->ip - 2]);
    decref(vm, sub);
}

/* The value a StopIteration carries (None if none); consumes it. */
static Value stop_iteration_value(VM *vm, Value stop)
{
    TupleObj *args = as_tuple(((ExcObj *)as_obj(stop))->args);
    Value v = args->len ? incref(args->items[0]) : NONE;
    decref(vm, stop);
    return v;
}

/* `yield from` and SEND with a sub-iterator that is not a generator run
 * here: 1 it yielded (*out), 0 it finished (*out = its return value), -1. */
NOINLINE static int send_to_iterator(VM *vm, Value sub, Value v, Value *out)
{
    if (is_type(sub, &type_generator)) return vm_gen_send(vm, (GenObj *)as_obj(sub), v, false, out);
    Value r;
    if (v == NONE && type_of(sub)->iternext) r = iter_next_keeping_stop(vm, sub);
    else r = obj_call_method(vm, sub, "send", &v, 1);
    if (r) {
        *out = r;
        return 1;
    }
    if (!err_occurred(vm)) {
        *out = NONE;
        return 0;
    }
    if (!err_matches(vm, &exc_StopIteration)) return -1;
    *out = stop_iteration_value(vm, err_fetch(vm));
    return 0;
}

static Value eval(VM *vm, bool throwing);

/* Adds the entry of frame f at instruction lasti to the pending
 * exception's traceback, with f's frame object as tb_frame (as CPython's
 * PyTraceBack_Here); without memory for it, the entry has no frame. */
NOINLINE void vm_add_traceback_entry(VM *vm, Frame *f, uint32_t lasti)
{
    Value exc = err_fetch(vm);
    Value fo = vm_frame_object(vm, f);
    if (!fo) err_clear(vm);
    err_restore(vm, exc);
    exc_add_traceback(vm, exc, fo, val(f->code), (int)lasti);
    xdecref(vm, fo);
}

/* An exception thrown into a generator that is handling `handled` (in an
 * except block where it yielded) gets it as __context__, as CPython's
 * _PyErr_ChainStackItem does. */
static void chain_thrown(VM *vm, Value handled)
{
    if (!vm->exc || !is_exception(vm->exc)) return;
    ExcObj *e = (ExcObj *)as_obj(vm->exc);
    if (e->context) return;
    for (Value c = handled; c; c = ((ExcObj *)as_obj(c))->context)
        if (c == vm->exc) return;
    e->context = incref(handled);
}

int vm_gen_send(VM *vm, GenObj *g, Value sent, bool throwing, Value *out)
{
    *out = VAL_NULL;
    if (g->state == GEN_RUNNING) {
        err_set_str(vm, &exc_ValueError, "generator already executing");
        return -1;
    }
    if (g->state == GEN_CLOSED) {
        if (sent && !throwing) {
            *out = NONE;
            return 0;
        }
        return -1;
    }
    if (g->state == GEN_CREATED && sent && sent != NONE && !throwing) {
        err_set_str(vm, &exc_TypeError, "can't send non-None value to a just-started generator");
        return -1;
    }
    if (!check_recursion(vm) || c_stack_exhausted(vm)) return -1;
    if (throwing && g->exc_state) chain_thrown(vm, g->exc_state);
    Value v = g->state == GEN_SUSPENDED && !throwing ? incref(sent ? sent : NONE) : VAL_NULL;
    gen_enter(vm, g, v, true);
    *out = eval(vm, throwing);
    if (g->state == GEN_SUSPENDED) return 1;
    return *out ? 0 : -1;
}

/* ---- the loop ----------------------------------------------------------------------------- */

Value vm_run_frame(VM *vm, Frame *entry)
{
    if (c_stack_exhausted(vm)) {
        frame_pop(vm, entry);
        return VAL_NULL;
    }
    entry->is_entry = true;
    entry->back = vm->frame;
    vm->frame = entry;
    vm->depth++;
    return eval(vm, false);
}

/* Runs vm->frame, an entry frame, until it returns or (a generator's)
 * yields; with `throwing`, the pending exception is raised in it first. */
static Value eval(VM *vm, bool throwing)
{
    Frame *f;
    CodeObj *co;
    const uint32_t *code;
    Value *consts, *names, *slots, *sp;
    uint32_t instr;
    int arg;
    Value retval = VAL_NULL;
    bool add_traceback;

#define LOAD_FRAME()                                  \
    do {                                              \
        f = vm->frame;                                \
        co = f->code;                                 \
        code = co->code;                              \
        consts = as_tuple(co->consts)->items;         \
        names = as_tuple(co->names)->items;           \
        slots = f->slots;                             \
        sp = f->sp;                                   \
    } while (0)

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define SAVE_SP() (f->sp = sp)
#define FAIL() goto error
#define CHECK(x) do { if (!(x)) goto error; } while (0)

#ifdef USE_COMPUTED_GOTO
    static void *const targets[OP_COUNT] = {
#define OPCODE_TARGET(name, effect) &&TARGET_##name,
        OPCODES(OPCODE_TARGET)
#undef OPCODE_TARGET
    };
#define TARGET(name) TARGET_##name:
#define DISPATCH() do { instr = code[f->ip++]; arg = (int)INSTR_ARG(instr); goto *targets[INSTR_OP(instr)]; } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

    LOAD_FRAME();
    if (throwing) goto error;
#ifdef USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    instr = code[f->ip++];
    arg = (int)INSTR_ARG(instr);
    switch ((Opcode)INSTR_OP(instr)) {
#endif

    TARGET(NOP) DISPATCH();

    TARGET(POP_TOP) {
        Value v = POP();
        xdecref(vm, v);
        DISPATCH();
    }
    TARGET(COPY) {
        Value v = PEEK(arg);
        PUSH(xincref(v));
        DISPATCH();
    }
    TARGET(SWAP) {
        Value t = TOP();
        TOP() = PEEK(arg);
        PEEK(arg) = t;
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(VAL_NULL);
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PUSH(incref(consts[arg]));
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        Value v = slots[arg];
        if (!v) {
            unbound_local(vm, co, arg);
            FAIL();
        }
        PUSH(incref(v));
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        Value v = POP();
        Value old = slots[arg];
        slots[arg] = v;
        SAVE_SP();
        xdecref(vm, old);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        Value old = slots[arg];
        if (!old) {
            unbound_local(vm, co, arg);
            FAIL();
        }
        slots[arg] = VAL_NULL;
        SAVE_SP();
        decref(vm, old);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        CellObj *cell = (CellObj *)as_obj(slots[co->nlocals + arg]);
        if (!cell->ref) {
            unbound_deref(vm, co, arg);
            FAIL();
        }
        PUSH(incref(cell->ref));
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        CellObj *cell = (CellObj *)as_obj(slots[co->nlocals + arg]);
        Value v = POP();
        SAVE_SP();
        set_slot(vm, &cell->ref, v);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        CellObj *cell = (CellObj *)as_obj(slots[co->nlocals + arg]);
        if (!cell->ref) {
            unbound_deref(vm, co, arg);
            FAIL();
        }
        SAVE_SP();
        clear_slot(vm, &cell->ref);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PUSH(incref(slots[co->nlocals + arg]));
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Value name = as_tuple(co->freevars)->items[arg - co->ncells];
        Value v = f->locals ? dict_get_str_borrowed(vm, f->locals, name) : VAL_NULL;
        if (v) {
            PUSH(incref(v));
            DISPATCH();
        }
        CellObj *cell = (CellObj *)as_obj(slots[co->nlocals + arg]);
        if (!cell->ref) {
            unbound_deref(vm, co, arg);
            FAIL();
        }
        PUSH(incref(cell->ref));
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        SAVE_SP();
        Value v = load_global_caching(vm, f, names[arg], &co->name_cache[arg]);
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Value v = POP();
        SAVE_SP();
        int r = store_global_caching(vm, f, names[arg], v, &co->name_cache[arg]);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        SAVE_SP();
        int r = dict_del_if_present(vm, f->globals, names[arg]);
        if (r == 0) name_error(vm, names[arg]);
        CHECK(r > 0);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        SAVE_SP();
        Value v = f->locals == f->globals && is_type(f->locals, &type_dict)
                      ? load_global_caching(vm, f, names[arg], &co->name_cache[arg])
                      : load_name(vm, f, names[arg]);
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Value v = POP();
        SAVE_SP();
        int r;
        if (f->locals == f->globals && is_type(f->locals, &type_dict)) {
            r = store_global_caching(vm, f, names[arg], v, &co->name_cache[arg]);
        } else {
            r = store_name(vm, f, names[arg], v);
            decref(vm, v);
        }
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        SAVE_SP();
        int r = delete_name(vm, f, names[arg]);
        if (r == 0) name_error(vm, names[arg]);
        CHECK(r > 0);
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        Value obj = TOP();
        SAVE_SP();
        Value v = obj_getattr(vm, obj, names[arg]);
        CHECK(v);
        TOP() = v;
        decref(vm, obj);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Value obj = POP();
        Value v = POP();
        SAVE_SP();
        int r = obj_setattr(vm, obj, names[arg], v);
        decref(vm, obj);
        decref(vm, v);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Value obj = POP();
        SAVE_SP();
        int r = obj_setattr(vm, obj, names[arg], VAL_NULL);
        decref(vm, obj);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Value obj = TOP();
        Type *t = type_of(obj);
        Value name = names[arg];
        SAVE_SP();
        if (t->getattr == obj_generic_getattr) {
            Value descr = type_lookup_borrowed(t, name);
            if (descr && (is_type(descr, &type_function) ||
                          (is_type(descr, &type_method_descr) &&
                           !(((MethodDescrObj *)as_obj(descr))->def->flags & (METH_STATIC | METH_CLASS))))) {
                Value *dslot = t->dictoffset ? (Value *)((char *)as_obj(obj) + t->dictoffset) : NULL;
                if (!dslot || !*dslot || !dict_get_str_borrowed(vm, *dslot, name)) {
                    TOP() = incref(descr);
                    PUSH(obj);
                    DISPATCH();
                }
            }
        }
        Value v = obj_getattr(vm, obj, name);
        CHECK(v);
        TOP() = v;
        PUSH(VAL_NULL);
        decref(vm, obj);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Value b = POP();
        Value a = TOP();
        SAVE_SP();
        Value r = binary_op(vm, arg, a, b);
        decref(vm, b);
        if (!r) {
            /* keep `a` on the stack so unwinding releases it */
            FAIL();
        }
        TOP() = r;
        decref(vm, a);
        DISPATCH();
    }
    TARGET(UNARY_NEG) {
        Value v = TOP();
        SAVE_SP();
        Value r = is_small(v) && small_val(v) != SMALL_MIN ? small(-small_val(v)) : obj_neg(vm, v);
        CHECK(r);
        TOP() = r;
        decref(vm, v);
        DISPATCH();
    }
    TARGET(UNARY_POS) {
        Value v = TOP();
        SAVE_SP();
        Value r = obj_pos(vm, v);
        CHECK(r);
        TOP() = r;
        decref(vm, v);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Value v = TOP();
        SAVE_SP();
        Value r = obj_invert(vm, v);
        CHECK(r);
        TOP() = r;
        decref(vm, v);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Value v = TOP();
        SAVE_SP();
        int t = obj_truth(vm, v);
        CHECK(t >= 0);
        TOP() = bool_val(!t);
        decref(vm, v);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = POP();
        Value a = TOP();
        SAVE_SP();
        Value r = compare_op(vm, arg, a, b);
        decref(vm, b);
        CHECK(r);
        TOP() = r;
        decref(vm, a);
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP();
        Value a = TOP();
        TOP() = bool_val((a == b) != (arg == 1));
        SAVE_SP();
        decref(vm, b);
        decref(vm, a);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Value container = POP();
        Value item = TOP();
        SAVE_SP();
        int r = obj_contains(vm, container, item);
        decref(vm, container);
        CHECK(r >= 0);
        TOP() = bool_val(r != arg);
        decref(vm, item);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value key = POP();
        Value obj = TOP();
        SAVE_SP();
        Value r;
        if (is_small(key) && is_type(obj, &type_list)) {
            ListObj *l = as_list(obj);
            intptr_t i = small_val(key);
            if (i < 0) i += (intptr_t)l->len;
            r = i >= 0 && i < (intptr_t)l->len ? incref(l->items[i]) : obj_getitem(vm, obj, key);
        } else {
            r = obj_getitem(vm, obj, key);
        }
        decref(vm, key);
        CHECK(r);
        TOP() = r;
        decref(vm, obj);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value key = POP();
        Value obj = POP();
        Value v = POP();
        SAVE_SP();
        int r = obj_setitem(vm, obj, key, v);
        decref(vm, key);
        decref(vm, obj);
        decref(vm, v);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value key = POP();
        Value obj = POP();
        SAVE_SP();
        int r = obj_delitem(vm, obj, key);
        decref(vm, key);
        decref(vm, obj);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Value step = arg == 3 ? POP() : VAL_NULL;
        Value stop = POP();
        Value start = POP();
        SAVE_SP();
        Value s = slice_new(vm, start, stop, step);
        decref(vm, start);
        decref(vm, stop);
        xdecref(vm, step);
        CHECK(s);
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        SAVE_SP();
        Value t = arg ? tuple_new(vm, (size_t)arg) : tuple_empty(vm);
        CHECK(t);
        sp -= arg;
        if (arg) {
            memcpy(as_tuple(t)->items, sp, (size_t)arg * sizeof(Value));
            tuple_done(vm, t);
        }
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        SAVE_SP();
        Value l = list_new(vm, (size_t)arg);
        CHECK(l);
        sp -= arg;
        if (arg) memcpy(as_list(l)->items, sp, (size_t)arg * sizeof(Value));
        as_list(l)->len = (size_t)arg;
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        SAVE_SP();
        Value s = set_new(vm, &type_set);
        CHECK(s);
        int r = 0;
        for (int i = arg; i > 0; i--)
            if (r == 0) r = set_add(vm, s, PEEK(i));
        for (int i = 0; i < arg; i++) decref(vm, POP());
        if (r < 0) {
            decref(vm, s);
            FAIL();
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        SAVE_SP();
        Value d = dict_new(vm);
        CHECK(d);
        int r = 0;
        for (int i = arg; i > 0; i--)
            if (r == 0) r = dict_set(vm, d, PEEK(2 * i), PEEK(2 * i - 1));
        for (int i = 0; i < 2 * arg; i++) decref(vm, POP());
        if (r < 0) {
            decref(vm, d);
            FAIL();
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        SAVE_SP();
        StrBuf b;
        strbuf_init(&b, vm);
        for (int i = arg; i > 0; i--) strbuf_add_str(&b, PEEK(i));
        for (int i = 0; i < arg; i++) decref(vm, POP());
        Value s = strbuf_finish(&b);
        CHECK(s);
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        SAVE_SP();
        CHECK(list_append_steal(vm, PEEK(arg), v) == 0);
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        SAVE_SP();
        int r = set_add(vm, PEEK(arg), v);
        decref(vm, v);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        SAVE_SP();
        int r = dict_set(vm, PEEK(arg), k, v);
        decref(vm, k);
        decref(vm, v);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Value it = POP();
        SAVE_SP();
        int r = list_extend(vm, PEEK(arg), it);
        if (r < 0 && err_matches(vm, &exc_TypeError) && !type_of(it)->iter && !type_of(it)->getitem) {
            err_clear(vm);
            err_format(vm, &exc_TypeError, "Value after * must be an iterable, not %s", type_name(type_of(it)));
        }
        decref(vm, it);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Value it = POP();
        SAVE_SP();
        int r = set_update(vm, PEEK(arg), it);
        decref(vm, it);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value m = POP();
        SAVE_SP();
        int r = dict_merge(vm, PEEK(arg), m, 1);
        if (r < 0 && err_matches(vm, &exc_AttributeError)) {
            err_clear(vm);
            err_format(vm, &exc_TypeError, "'%s' object is not a mapping", type_name(type_of(m)));
        }
        decref(vm, m);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Value m = POP();
        SAVE_SP();
        /* the callable sits below: [callable, self, args, dict] */
        int r = dict_merge_kwargs(vm, PEEK(arg), m, PEEK(arg + 3));
        decref(vm, m);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Value l = TOP();
        SAVE_SP();
        Value t = tuple_from_array(vm, as_list(l)->items, as_list(l)->len);
        CHECK(t);
        TOP() = t;
        decref(vm, l);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        SAVE_SP();
        bool ok = unpack_sequence(vm, seq, arg, sp);
        decref(vm, seq);
        CHECK(ok);
        sp += arg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        Value seq = POP();
        SAVE_SP();
        bool ok = unpack_ex(vm, seq, arg & 0xff, arg >> 8, sp);
        decref(vm, seq);
        CHECK(ok);
        sp += (arg & 0xff) + (arg >> 8) + 1;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Value v = TOP();
        SAVE_SP();
        Value it = obj_iter(vm, v);
        CHECK(it);
        TOP() = it;
        decref(vm, v);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value it = TOP();
        SAVE_SP();
        if (is_type(it, &type_generator)) {
            GenObj *g = (GenObj *)as_obj(it);
            if (g->state == GEN_SUSPENDED || g->state == GEN_CREATED) {
                CHECK(check_recursion(vm));
                gen_enter(vm, g, g->state == GEN_SUSPENDED ? NONE : VAL_NULL, false);
                LOAD_FRAME();
                DISPATCH();
            }
        }
        Value v = type_of(it)->iternext(vm, it);
        if (v) {
            PUSH(v);
            DISPATCH();
        }
        CHECK(!err_occurred(vm));
        sp--;
        SAVE_SP();
        decref(vm, it);
        f->ip = (uint32_t)arg;
        DISPATCH();
    }
    TARGET(JUMP) {
        if ((uint32_t)arg < f->ip && vm->interrupted) {
            SAVE_SP();
            CHECK(vm_check_interrupt(vm));
        }
        f->ip = (uint32_t)arg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        int t = v == TRUE_V ? 1 : v == FALSE_V ? 0 : -2;
        if (t == -2) {
            SAVE_SP();
            t = obj_truth(vm, v);
            decref(vm, v);
            CHECK(t >= 0);
        }
        if (!t) f->ip = (uint32_t)arg;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        int t = v == TRUE_V ? 1 : v == FALSE_V ? 0 : -2;
        if (t == -2) {
            SAVE_SP();
            t = obj_truth(vm, v);
            decref(vm, v);
            CHECK(t >= 0);
        }
        if (t) f->ip = (uint32_t)arg;
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        SAVE_SP();
        int t = obj_truth(vm, v);
        CHECK(t >= 0);
        if (!t) {
            f->ip = (uint32_t)arg;
        } else {
            sp--;
            SAVE_SP();
            decref(vm, v);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        SAVE_SP();
        int t = obj_truth(vm, v);
        CHECK(t >= 0);
        if (t) {
            f->ip = (uint32_t)arg;
        } else {
            sp--;
            SAVE_SP();
            decref(vm, v);
        }
        DISPATCH();
    }
    TARGET(CALL) {
        int n = arg;
        Value *args = sp - n;
        Value callable = args[-2];
        if (args[-1]) {
            args--;
            n++;
        }
        if (is_type(callable, &type_function)) {
            sp -= arg + 2;
            SAVE_SP();
            if (!check_recursion(vm)) {
                sp += arg + 2;
                FAIL();
            }
            /* The callee owns callable and the arguments now. */
            if (((FunctionObj *)as_obj(callable))->code->flags & CO_GENERATOR) {
                Value g = make_generator(vm, callable, args, (size_t)n, VAL_NULL, true);
                CHECK(g);
                PUSH(g);
                DISPATCH();
            }
            Frame *nf = prepare_call(vm, callable, args, (size_t)n, VAL_NULL, true);
            CHECK(nf);
            nf->back = f;
            vm->frame = nf;
            vm->depth++;
            if (vm->interrupted) {
                LOAD_FRAME();
                CHECK(vm_check_interrupt(vm));
            }
            LOAD_FRAME();
            DISPATCH();
        }
        SAVE_SP();
        Value r = obj_call(vm, callable, args, (size_t)n, VAL_NULL);
        for (int i = 0; i < n; i++) decref(vm, args[i]);
        sp -= arg + 2;
        decref(vm, callable);
        SAVE_SP();
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_KW) {
        Value kwnames = POP();
        int n = arg;
        int nkw = (int)as_tuple(kwnames)->len;
        Value *args = sp - n;
        Value callable = args[-2];
        bool has_self = args[-1] != VAL_NULL;
        if (has_self) args--;
        int total = n + has_self;
        SAVE_SP();
        Value r;
        if (is_type(callable, &type_function) && !(((FunctionObj *)as_obj(callable))->code->flags & CO_GENERATOR)) {
            sp -= arg + 2;
            SAVE_SP();
            if (!check_recursion(vm)) {
                sp += arg + 2;
                decref(vm, kwnames);
                FAIL();
            }
            Frame *nf = prepare_call(vm, callable, args, (size_t)(total - nkw), kwnames, true);
            decref(vm, kwnames);
            CHECK(nf);
            nf->back = f;
            vm->frame = nf;
            vm->depth++;
            LOAD_FRAME();
            DISPATCH();
        }
        r = obj_call(vm, callable, args, (size_t)(total - nkw), kwnames);
        for (int i = 0; i < total; i++) decref(vm, args[i]);
        sp -= arg + 2;
        decref(vm, callable);
        decref(vm, kwnames);
        SAVE_SP();
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_EX) {
        Value kwargs = (arg & 1) ? POP() : VAL_NULL;
        Value argtuple = POP();
        Value self = POP();
        Value callable = POP();
        SAVE_SP();
        if (arg & 2) {   /* f(*x): x as written */
            Value t = star_args_tuple(vm, callable, argtuple);
            decref(vm, argtuple);
            argtuple = t;
        }
        Value r = argtuple ? call_with_kwargs_dict(vm, callable, self, argtuple, kwargs) : VAL_NULL;
        xdecref(vm, kwargs);
        xdecref(vm, argtuple);
        xdecref(vm, self);
        decref(vm, callable);
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        SAVE_SP();
        Value fn = make_function(vm, sp, arg, &sp);
        SAVE_SP();
        CHECK(fn);
        PUSH(fn);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        SAVE_SP();
        goto return_from_frame;
    }
    TARGET(RAISE) {
        SAVE_SP();
        if (arg == 0) {
            if (!vm->handled) {
                err_set_str(vm, &exc_RuntimeError, "No active exception to reraise");
                FAIL();
            }
            err_restore(vm, incref(vm->handled));
            add_traceback = false;
            goto unwind;
        }
        Value cause = arg == 2 ? POP() : VAL_NULL;
        Value exc = POP();
        SAVE_SP();
        do_raise(vm, exc, cause);
        decref(vm, exc);
        xdecref(vm, cause);
        FAIL();
    }
    TARGET(RERAISE) {
        Value exc = POP();
        SAVE_SP();
        err_restore(vm, exc);
        add_traceback = false;
        goto unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        Value prev = vm->handled;
        if (prev && f->owned_by_generator && prev == frame_generator(f)->outer_handled) {
            /* Not the generator's own: restoring it means "the resumer's". */
            decref(vm, prev);
            prev = VAL_NULL;
        }
        TOP() = prev ? prev : NONE;
        PUSH(exc);
        vm->handled = incref(exc);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Value prev = POP();
        SAVE_SP();
        Value old = vm->handled;
        if (prev == NONE) prev = f->owned_by_generator ? xincref(frame_generator(f)->outer_handled) : VAL_NULL;
        vm->handled = prev;
        xdecref(vm, old);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Value spec = POP();
        Value exc = TOP();
        SAVE_SP();
        bool ok;
        bool m = exc_type_matches(vm, spec, type_of(exc), &ok);
        decref(vm, spec);
        CHECK(ok);
        PUSH(bool_val(m));
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        Value mgr = TOP();
        SAVE_SP();
        Value exit, res;
        CHECK(before_with(vm, mgr, &exit, &res));
        TOP() = exit;
        decref(vm, mgr);
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Value exc = TOP();
        Value exit = PEEK(3);
        SAVE_SP();
        ExcObj *e = (ExcObj *)as_obj(exc);
        Value args[3] = {val(type_of(exc)), exc, e->traceback ? e->traceback : NONE};
        Value r = obj_call(vm, exit, args, 3, VAL_NULL);
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (arg & 4) ? POP() : VAL_NULL;
        Value v = POP();
        SAVE_SP();
        Value conv = v;
        int c = arg & 3;
        if (c) {
            conv = c == 1 ? obj_str(vm, v) : c == 2 ? obj_repr(vm, v) : obj_ascii(vm, v);
            decref(vm, v);
            if (!conv) {
                xdecref(vm, spec);
                FAIL();
            }
        }
        Value r;
        if (!spec && is_type(conv, &type_str)) r = incref(conv);
        else r = obj_format(vm, conv, spec);
        decref(vm, conv);
        xdecref(vm, spec);
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Value v = POP();
        SAVE_SP();
        bool ok = print_expr(vm, v);
        decref(vm, v);
        CHECK(ok);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Value bc = dict_get_str_borrowed(vm, f->builtins, vm->s.__build_class__);
        if (!bc) {
            err_set_str(vm, &exc_NameError, "__build_class__ not found");
            FAIL();
        }
        PUSH(incref(bc));
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        Value fromlist = POP();
        Value level = POP();
        SAVE_SP();
        Value m = vm_import(vm, names[arg], f->globals, fromlist, (int)small_val(level));
        decref(vm, fromlist);
        decref(vm, level);
        CHECK(m);
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SAVE_SP();
        Value v = vm_import_from(vm, TOP(), names[arg]);
        CHECK(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Value m = POP();
        SAVE_SP();
        int r = vm_import_star(vm, m, f->locals);
        decref(vm, m);
        CHECK(r == 0);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(incref(val(&exc_AssertionError)));
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        if (!is_type(v, &type_generator)) {
            SAVE_SP();
            Value it = obj_iter(vm, v);
            CHECK(it);
            TOP() = it;
            decref(vm, v);
        }
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        SAVE_SP();
        Frame *done = f;
        gen_leave(vm, frame_generator(done), true);
        if (done->is_entry) return retval;
        LOAD_FRAME();
        PUSH(retval);
        DISPATCH();
    }
    TARGET(SEND) {
        /* [.., sub, v]: a generator runs on top of this frame (see gen_enter);
         * anything else is sent to in C. */
        Value v = POP();
        Value sub = TOP();
        SAVE_SP();
        if (is_type(sub, &type_generator)) {
            GenObj *g = (GenObj *)as_obj(sub);
            if (g->state == GEN_SUSPENDED || (g->state == GEN_CREATED && v == NONE)) {
                if (!check_recursion(vm)) {
                    decref(vm, v);
                    FAIL();
                }
                bool started = g->state == GEN_SUSPENDED;
                if (!started) decref(vm, v);
                gen_enter(vm, g, started ? v : VAL_NULL, false);
                LOAD_FRAME();
                DISPATCH();
            }
        }
        Value r;
        int status = send_to_iterator(vm, sub, v, &r);
        decref(vm, v);
        CHECK(status >= 0);
        if (status == 0) {
            sp--;
            SAVE_SP();
            decref(vm, sub);
            f->ip = (uint32_t)arg;
        }
        PUSH(r);
        DISPATCH();
    }
    TARGET(RETURN_GENERATOR)
    TARGET(SETUP_ANNOTATIONS) {
        SAVE_SP();
        err_format(vm, &exc_SystemError, "unexpected opcode %d", (int)INSTR_OP(instr));
        FAIL();
    }
#ifndef USE_COMPUTED_GOTO
    default:
        err_format(vm, &exc_SystemError, "unknown opcode %d", (int)INSTR_OP(instr));
        FAIL();
    }
#endif

error:
    add_traceback = true;
unwind:
    /* vm->exc holds the exception; find a handler in this frame or the callers. */
    for (;;) {
        uint32_t lasti = f->ip - 1;
        if (add_traceback && vm->exc) vm_add_traceback_entry(vm, f, lasti);
        const ExcEntry *h = find_handler(co, lasti);
        if (h) {
            Value *target = f->stack + h->depth;
            while (sp > target) xdecref(vm, *--sp);
            Value exc = err_fetch(vm);
            PUSH(exc);
            SAVE_SP();
            f->ip = h->target;
            DISPATCH();
        }
        /* No handler here: leave this frame. */
        while (sp > f->stack) xdecref(vm, *--sp);
        SAVE_SP();
        retval = VAL_NULL;
        goto return_from_frame;
    unwind_caller:
        add_traceback = true;
    }

return_from_frame: {
        Frame *done = f;
        bool was_entry = done->is_entry;
        if (done->owned_by_generator) {
            retval = gen_finish(vm, frame_generator(done), retval);
            if (was_entry) return retval;
            /* Back in the frame whose FOR_ITER or SEND resumed it. */
            LOAD_FRAME();
            if (!retval) goto unwind_caller;
            uint32_t resumer = code[f->ip - 1];
            Value top = POP();
            SAVE_SP();
            if (INSTR_OP(resumer) == OP_SEND) PUSH(retval);
            else decref(vm, retval);
            SAVE_SP();
            decref(vm, top);
            f->ip = INSTR_ARG(resumer);
            DISPATCH();
        }
        vm->frame = done->back;
        vm->depth--;
        frame_pop(vm, done);
        if (was_entry) return retval;
        LOAD_FRAME();
        if (!retval) goto unwind_caller;
        PUSH(retval);
        SAVE_SP();
        DISPATCH();
    }
}
