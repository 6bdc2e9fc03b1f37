/*
 * Generators: the generator type (next/send/throw/close, the gi_*
 * attributes, finalisation) and the callable iterator of iter(callable, sentinel).
 *
 * MEMORY.  A generator owns its frame, and the frame is allocated with it:
 * one block holds the GenObj and, right after it, the Frame (vm/vm.h), and
 * the interpreter runs that frame in place.  Nothing is copied on yield or
 * resume (copying in and out of the VM's frame stack would cost two copies
 * of every frame per item of a pipeline), and a generator is one allocation,
 * as in CPython 3.11 (gi_iframe).  The frame's references are the
 * generator's: `traverse` visits its locals and live stack slots while it
 * is suspended, and they are released the moment it finishes, is closed or
 * is deleted (vm_gen_clear_frame), so an object held only by a suspended
 * generator's local lives exactly as long as in CPython.
 *
 * FINALISATION.  Type.finalize closes a started generator (PEP 442): it runs
 * once, on the refcount path (gc_dealloc_prologue) or from the cycle
 * collector, so `finally` blocks and `with` exits run at `del g`, at
 * gc.collect() for a generator in a cycle, and at exit.  An unstarted
 * generator is just dropped.  The resuming itself (vm_gen_send) and the
 * opcodes that yield live in vm/vm.c.
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

static inline GenObj *as_gen(Value v) { return (GenObj *)as_obj(v); }

GenObj *gen_alloc(VM *vm, FunctionObj *fn, size_t frame_values)
{
    size_t size = sizeof(GenObj) + frame_values * sizeof(Value);
    GenObj *g = (GenObj *)gc_new_object(vm, &type_generator, size);
    if (!g) return NULL;
    g->frame = (Frame *)(g + 1);
    g->frame_values = frame_values;
    g->code = incref(val(fn->code));
    g->name = incref(fn->name);
    g->qualname = incref(fn->qualname);
    g->state = GEN_CREATED;
    return g;
}

/* ---- results ------------------------------------------------------------------------- */

/* Turns a vm_gen_send status into what send()/throw()/__next__ return:
 * the yielded value, or StopIteration carrying the return value. */
static Value gen_result(VM *vm, int status, Value r)
{
    if (status == 1) return r;
    if (status == 0) {
        if (r == NONE) err_set_none(vm, &exc_StopIteration);
        else err_set_value(vm, &exc_StopIteration, r);
        decref(vm, r);
        return VAL_NULL;
    }
    if (!err_occurred(vm)) err_set_none(vm, &exc_StopIteration);
    return VAL_NULL;
}

static Value gen_send_value(VM *vm, GenObj *g, Value v)
{
    Value r;
    int status = vm_gen_send(vm, g, v, false, &r);
    return gen_result(vm, status, r);
}

/* Resumes g with the pending exception raised at its yield. */
static Value gen_resume_throwing(VM *vm, GenObj *g)
{
    Value r;
    int status = vm_gen_send(vm, g, NONE, true, &r);
    return gen_result(vm, status, r);
}

Value gen_next(VM *vm, Value gen)
{
    Value r;
    int status = vm_gen_send(vm, as_gen(gen), VAL_NULL, false, &r);
    return gen_result(vm, status, r);
}

/* The iternext slot: exhaustion is VAL_NULL without an exception, the
 * return value is dropped (as for-loops and list() drop it in CPython). */
static Value gen_iternext(VM *vm, Value self)
{
    Value r;
    int status = vm_gen_send(vm, as_gen(self), VAL_NULL, false, &r);
    if (status == 1) return r;
    if (status == 0) decref(vm, r);
    return VAL_NULL;
}

/* ---- close and throw -------------------------------------------------------------------- */

static Value gen_close_impl(VM *vm, GenObj *g);

/* Marks g as executing while close() or throw() is delegated to its
 * sub-iterator, as CPython does (so re-entering g raises ValueError);
 * returns the state to restore afterwards. */
static int delegate_state_enter(GenObj *g)
{
    int saved = g->state;
    g->state = GEN_RUNNING;
    return saved;
}

static Value lookup_cstr(VM *vm, Value obj, const char *name)
{
    Value n = str_intern_cstr(vm, name);
    if (!n) return VAL_NULL;
    Value r = obj_lookup_attr(vm, obj, n);
    decref(vm, n);
    return r;
}

/* Closes the iterator a `yield from` delegates to: 0, or -1 with an
 * exception. */
static int close_iter(VM *vm, Value yf)
{
    Value r;
    if (is_type(yf, &type_generator)) {
        r = gen_close_impl(vm, as_gen(yf));
    } else {
        Value meth = lookup_cstr(vm, yf, "close");
        if (!meth) {
            if (err_occurred(vm)) err_write_unraisable(vm, yf);
            return 0;
        }
        r = obj_call0(vm, meth);
        decref(vm, meth);
    }
    if (!r) return -1;
    decref(vm, r);
    return 0;
}

static Value gen_close_impl(VM *vm, GenObj *g)
{
    if (g->state == GEN_CREATED) {
        /* Nothing of it has run, so nothing runs now. */
        vm_gen_clear_frame(vm, g);
        return NONE;
    }
    int err = 0;
    Value yf = vm_gen_yieldfrom_borrowed(g);
    if (yf) {
        incref(yf);
        int saved = delegate_state_enter(g);
        err = close_iter(vm, yf);
        g->state = saved;
        decref(vm, yf);
    }
    if (err == 0) err_set_none(vm, &exc_GeneratorExit);
    Value r;
    int status = vm_gen_send(vm, g, NONE, true, &r);
    if (status == 1) {
        decref(vm, r);
        return err_set_str(vm, &exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (status == 0) {
        decref(vm, r);
        return NONE;
    }
    if (!err_occurred(vm) || err_matches(vm, &exc_StopIteration) || err_matches(vm, &exc_GeneratorExit)) {
        err_clear(vm);
        return NONE;
    }
    return VAL_NULL;
}

static bool is_exception_class(Value v)
{
    return (is_type(v, &type_type) || (type_of(v)->flags & TF_TYPE_SUB)) && (((Type *)as_obj(v))->flags & TF_EXC_SUB);
}

/* CPython's PyErr_NormalizeException for throw(type, value). */
static Value instantiate(VM *vm, Value typ, Value value)
{
    if (value && is_instance_of(value, (Type *)as_obj(typ))) return incref(value);
    Value inst;
    if (!value || value == NONE) inst = obj_call0(vm, typ);
    else if (is_type(value, &type_tuple)) inst = obj_call(vm, typ, as_tuple(value)->items, as_tuple(value)->len, VAL_NULL);
    else inst = obj_call1(vm, typ, value);
    if (inst && !is_exception(inst)) {
        err_format(vm, &exc_TypeError, "calling %R should have returned an instance of BaseException, not %T", typ, inst);
        decref(vm, inst);
        return VAL_NULL;
    }
    return inst;
}

/* Makes the exception throw(typ, value, tb) raises pending. */
static bool set_thrown(VM *vm, Value typ, Value value, Value tb)
{
    if (tb == NONE) tb = VAL_NULL;
    if (tb && !is_type(tb, &type_traceback)) {
        err_set_str(vm, &exc_TypeError, "throw() third argument must be a traceback object");
        return false;
    }
    Value inst;
    if (is_exception_class(typ)) {
        inst = instantiate(vm, typ, value);
        if (!inst) return false;
    } else if (is_exception(typ)) {
        if (value && value != NONE) {
            err_set_str(vm, &exc_TypeError, "instance exception may not have a separate value");
            return false;
        }
        inst = incref(typ);
    } else {
        err_format(vm, &exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                   type_name(type_of(typ)));
        return false;
    }
    if (tb) set_slot(vm, &((ExcObj *)as_obj(inst))->traceback, incref(tb));
    err_restore(vm, inst);
    return true;
}

static bool matches_generator_exit(Value typ)
{
    Type *t = is_exception(typ) ? type_of(typ) : is_exception_class(typ) ? (Type *)as_obj(typ) : NULL;
    return t && type_is_subtype(t, &exc_GeneratorExit);
}

static Value gen_throw_impl(VM *vm, GenObj *g, Value typ, Value value, Value tb);

/* throw() while g delegates to yf with `yield from`: the sub-iterator gets
 * it first; if it finishes, g goes on after its `yield from`. */
static Value throw_delegated(VM *vm, GenObj *g, Value yf, Value typ, Value value, Value tb, size_t nargs)
{
    Value ret;
    int saved = delegate_state_enter(g);
    if (is_type(yf, &type_generator)) {
        ret = gen_throw_impl(vm, as_gen(yf), typ, value, tb);
    } else {
        Value meth = lookup_cstr(vm, yf, "throw");
        if (!meth) {
            g->state = saved;
            if (err_occurred(vm)) return VAL_NULL;
            if (!set_thrown(vm, typ, value, tb)) return VAL_NULL;
            return gen_resume_throwing(vm, g);
        }
        Value args[3] = {typ, value ? value : NONE, tb ? tb : NONE};
        ret = obj_call(vm, meth, args, nargs, VAL_NULL);
        decref(vm, meth);
    }
    g->state = saved;
    if (ret) return ret;
    /* The sub-iterator is done: pop it and resume g at the end of its
     * SEND loop, with its return value or its exception. */
    vm_gen_yieldfrom_done(vm, g);
    if (err_matches(vm, &exc_StopIteration)) {
        Value stop = err_fetch(vm);
        TupleObj *a = as_tuple(((ExcObj *)as_obj(stop))->args);
        Value v = a->len ? incref(a->items[0]) : NONE;
        decref(vm, stop);
        ret = gen_send_value(vm, g, v);
        decref(vm, v);
        return ret;
    }
    return gen_resume_throwing(vm, g);
}

static Value gen_throw_impl(VM *vm, GenObj *g, Value typ, Value value, Value tb)
{
    size_t nargs = tb ? 3 : value ? 2 : 1;
    Value yf = vm_gen_yieldfrom_borrowed(g);
    if (yf) {
        incref(yf);
        Value ret;
        if (matches_generator_exit(typ)) {
            int saved = delegate_state_enter(g);
            int err = close_iter(vm, yf);
            g->state = saved;
            decref(vm, yf);
            if (err < 0) return gen_resume_throwing(vm, g);
        } else {
            ret = throw_delegated(vm, g, yf, typ, value, tb, nargs);
            decref(vm, yf);
            return ret;
        }
    }
    if (!set_thrown(vm, typ, value, tb)) return VAL_NULL;
    return gen_resume_throwing(vm, g);
}

/* ---- methods --------------------------------------------------------------------------------- */

static Value gen_send_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "generator.send", nargs, kw, 1, 1)) return VAL_NULL;
    return gen_send_value(vm, as_gen(self), args[0]);
}

static Value gen_throw_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "throw", nargs, kw, 1, 3)) return VAL_NULL;
    return gen_throw_impl(vm, as_gen(self), args[0], nargs > 1 ? args[1] : VAL_NULL, nargs > 2 ? args[2] : VAL_NULL);
}

static Value gen_close_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "generator.close", nargs, kw, 0, 0)) return VAL_NULL;
    return gen_close_impl(vm, as_gen(self));
}

static Value gen_next_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "generator.__next__", nargs, kw, 0, 0)) return VAL_NULL;
    return gen_next(vm, self);
}

static Value gen_iter_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "generator.__iter__", nargs, kw, 0, 0)) return VAL_NULL;
    return incref(self);
}

static const MethodDef gen_methods[] = {
    {"send", gen_send_m, 0}, {"throw", gen_throw_m, 0}, {"close", gen_close_m, 0},
    {"__next__", gen_next_m, 0}, {"__iter__", gen_iter_m, 0}, {NULL, NULL, 0},
};

/* ---- attributes ------------------------------------------------------------------------------ */

static Value gen_get_frame(VM *vm, Value self)
{
    return as_gen(self)->state == GEN_CLOSED ? NONE : vm_frame_object(vm, as_gen(self)->frame);
}
static Value gen_get_running(VM *vm, Value self) { (void)vm; return bool_val(as_gen(self)->state == GEN_RUNNING); }
static Value gen_get_suspended(VM *vm, Value self) { (void)vm; return bool_val(as_gen(self)->state == GEN_SUSPENDED); }
static Value gen_get_code(VM *vm, Value self) { (void)vm; return incref(as_gen(self)->code); }
static Value gen_get_name(VM *vm, Value self) { (void)vm; return incref(as_gen(self)->name); }
static Value gen_get_qualname(VM *vm, Value self) { (void)vm; return incref(as_gen(self)->qualname); }
static Value gen_get_yieldfrom(VM *vm, Value self)
{
    (void)vm;
    Value yf = vm_gen_yieldfrom_borrowed(as_gen(self));
    return yf ? incref(yf) : NONE;
}

static int set_name_field(VM *vm, Value *slot, Value v, const char *what)
{
    if (!v || !is_str(v)) {
        err_format(vm, &exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    set_slot(vm, slot, incref(v));
    return 0;
}
static int gen_set_name(VM *vm, Value self, Value v) { return set_name_field(vm, &as_gen(self)->name, v, "__name__"); }
static int gen_set_qualname(VM *vm, Value self, Value v)
{
    return set_name_field(vm, &as_gen(self)->qualname, v, "__qualname__");
}

static const GetSetDef gen_getset[] = {
    {"gi_frame", gen_get_frame, NULL}, {"gi_running", gen_get_running, NULL},
    {"gi_suspended", gen_get_suspended, NULL}, {"gi_code", gen_get_code, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL}, {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname}, {NULL, NULL, NULL},
};

/* ---- lifetime -------------------------------------------------------------------------------- */

static Value gen_repr(VM *vm, Value self)
{
    return str_format(vm, "<generator object %U at %p>", as_gen(self)->qualname, (void *)self);
}

static Value gen_iter(VM *vm, Value self) { (void)vm; return incref(self); }

static bool frame_is_live(const GenObj *g) { return g->state == GEN_CREATED || g->state == GEN_SUSPENDED; }

static int gen_traverse(Obj *o, VisitFn visit, void *arg)
{
    GenObj *g = (GenObj *)o;
    /* code, name and qualname cannot be part of a cycle. */
    Value fields[] = {g->exc_state, g->outer_handled};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        int r = fields[i] ? visit(fields[i], arg) : 0;
        if (r) return r;
    }
    /* A running frame is the VM's root, like every executing frame. */
    if (!frame_is_live(g) || !g->frame->code) return 0;
    Frame *f = g->frame;
    CodeObj *co = f->code;
    size_t nslots = (size_t)(co->nlocals + co->ncells + co->nfree);
    Value head[] = {f->func, f->locals, f->frame_obj};
    for (size_t i = 0; i < 3; i++) {
        int r = head[i] ? visit(head[i], arg) : 0;
        if (r) return r;
    }
    for (size_t i = 0; i < nslots; i++) {
        int r = f->slots[i] ? visit(f->slots[i], arg) : 0;
        if (r) return r;
    }
    for (Value *p = f->stack; p < f->sp; p++) {
        int r = *p ? visit(*p, arg) : 0;
        if (r) return r;
    }
    return 0;
}

/* Drops the frame (the references that can form cycles) without running
 * it; the collector has run the finaliser, which closed it, before. */
static void gen_clear(VM *vm, Obj *o)
{
    GenObj *g = (GenObj *)o;
    if (g->state == GEN_RUNNING) return;
    vm_gen_clear_frame(vm, g);
}

/* PEP 442 finaliser: close a started generator, reporting what escapes. */
static void gen_finalize(VM *vm, Obj *o)
{
    GenObj *g = (GenObj *)o;
    /* CPython's gen_dealloc clears weak references before it closes the
     * generator, so their callbacks run before its finally blocks. */
    if (gc_head(o)->refs & GC_FLAG_WEAKREFS) weakref_clear_on_dealloc(vm, o);
    if (!frame_is_live(g)) return;
    Value pending = err_fetch(vm);
    Value r = gen_close_impl(vm, g);
    if (r) decref(vm, r);
    else err_write_unraisable(vm, val(g));
    if (pending) err_restore(vm, pending);
}

static void gen_dealloc(VM *vm, Obj *o)
{
    GenObj *g = (GenObj *)o;
    gc_untrack(o);
    if (g->state != GEN_CLOSED) vm_gen_clear_frame(vm, g);
    clear_slot(vm, &g->exc_state);
    clear_slot(vm, &g->outer_handled);
    clear_slot(vm, &g->name);
    clear_slot(vm, &g->qualname);
    clear_slot(vm, &g->code);
    obj_free(vm, o, sizeof(GenObj) + g->frame_values * sizeof(Value));
}

/* The generator and the frame that lives in the same block (gen_alloc). */
static size_t gen_sizeof(Value v)
{
    return sizeof(GenObj) + ((GenObj *)as_obj(v))->frame_values * sizeof(Value);
}

Type type_generator = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "generator", .size = sizeof(GenObj), .flags = TF_GC,
    .base = &type_object, .dealloc = gen_dealloc, .traverse = gen_traverse, .clear = gen_clear,
    .sizeof_ = gen_sizeof,
    .finalize = gen_finalize, .repr = gen_repr, .getattr = obj_generic_getattr, .iter = gen_iter,
    .iternext = gen_iternext, .methods = gen_methods, .getset = gen_getset,
};

/* ---- next() ---------------------------------------------------------------------------------- */

Value iter_next_keeping_stop(VM *vm, Value it)
{
    Type *t = type_of(it);
    if (t == &type_generator) return gen_next(vm, it);
    if (t->flags & TF_HEAP) {
        Value m = type_lookup_borrowed(t, vm->s.__next__);
        if (m && is_type(m, &type_function)) return obj_call1(vm, m, it);
    }
    return t->iternext(vm, it);
}

/* ---- iter(callable, sentinel) ------------------------------------------------------------------ */

typedef struct CallIterObj { Obj ob; Value callable, sentinel; } CallIterObj;

Value callable_iter_new(VM *vm, Value callable, Value sentinel)
{
    CallIterObj *it = (CallIterObj *)gc_new_object(vm, &type_callable_iter, sizeof(CallIterObj));
    if (!it) return VAL_NULL;
    it->callable = incref(callable);
    it->sentinel = incref(sentinel);
    gc_track(vm, &it->ob);
    return val(it);
}

static void calliter_finish(VM *vm, CallIterObj *it)
{
    clear_slot(vm, &it->callable);
    clear_slot(vm, &it->sentinel);
}

static Value calliter_next(VM *vm, Value self)
{
    CallIterObj *it = (CallIterObj *)as_obj(self);
    if (!it->callable) return VAL_NULL;
    Value r = obj_call0(vm, it->callable);
    if (!r) {
        if (err_matches(vm, &exc_StopIteration)) {
            err_clear(vm);
            calliter_finish(vm, it);
        }
        return VAL_NULL;
    }
    int eq = obj_richcompare_bool(vm, it->sentinel, r, CMP_CODE_EQ);
    if (eq == 0) return r;
    decref(vm, r);
    if (eq > 0) calliter_finish(vm, it);
    return VAL_NULL;
}

static void calliter_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    calliter_finish(vm, (CallIterObj *)o);
    obj_free(vm, o, sizeof(CallIterObj));
}

static int calliter_traverse(Obj *o, VisitFn visit, void *arg)
{
    CallIterObj *it = (CallIterObj *)o;
    int r = it->callable ? visit(it->callable, arg) : 0;
    if (!r && it->sentinel) r = visit(it->sentinel, arg);
    return r;
}

static Value calliter_iter(VM *vm, Value self) { (void)vm; return incref(self); }

Type type_callable_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "callable_iterator", .size = sizeof(CallIterObj), .flags = TF_GC,
    .base = &type_object, .dealloc = calliter_dealloc, .traverse = calliter_traverse,
    .getattr = obj_generic_getattr, .iter = calliter_iter, .iternext = calliter_next,
};
