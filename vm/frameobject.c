/*
 * Frame objects and locals(), as CPython 3.11 has them.
 *
 * A frame object is made the first time something asks for a frame
 * (sys._getframe, a traceback entry, gi_frame, f_back) and is then owned by
 * the frame (Frame.frame_obj), so asking again gives the same object.
 * While the frame runs, the object only points at it and is not tracked by
 * the collector (executing frames are roots).  When the frame ends
 * (frame_pop, or a generator's frame_clear) and the object is still
 * referenced elsewhere, the object takes over the frame: the header, locals
 * and cells are moved into its own storage, f_back becomes the caller's
 * frame object, and it is tracked -- so a frame stored in one of its own
 * locals, or an exception kept in a local (exception -> traceback -> frame
 * -> locals), is a cycle the collector frees, with CPython's counts.
 */
#include <string.h>

#include "vm/internal.h"

typedef struct FrameObj {
    Obj ob;
    Frame *frame;       /* the running frame, or (Frame *)data once it owns it */
    Value back;         /* owned: f_back, set when it takes over the frame */
    Value globals;      /* owned once it owns the frame (module frames have no function) */
    bool owns;          /* data holds the frame and its references */
    size_t nvalues;     /* room in data, in Values */
    Value data[];
} FrameObj;

static FrameObj *as_frame_obj(Value v) { return (FrameObj *)as_obj(v); }

/* Values needed to hold a frame without its value stack. */
static size_t frame_values_no_stack(const CodeObj *code) { return frame_values(code) - (size_t)code->stacksize; }

Value vm_frame_object(VM *vm, Frame *f)
{
    if (f->frame_obj) return incref(f->frame_obj);
    size_t n = frame_values_no_stack(f->code);
    FrameObj *fo = (FrameObj *)gc_new_object(vm, &type_frame, sizeof(FrameObj) + n * sizeof(Value));
    if (!fo) return VAL_NULL;
    fo->frame = f;
    fo->back = VAL_NULL;
    fo->globals = VAL_NULL;
    fo->owns = false;
    fo->nvalues = n;
    f->frame_obj = val(fo);
    return incref(val(fo));
}

/* The frame object of the frame `f` returns to, or VAL_NULL.  Called while
 * an exception may be pending: a failure to allocate leaves f_back None. */
static Value back_frame_object(VM *vm, Frame *f)
{
    if (!f->back) return VAL_NULL;
    Value pending = err_fetch(vm);
    Value back = vm_frame_object(vm, f->back);
    if (!back) err_clear(vm);
    if (pending) err_restore(vm, pending);
    return back;
}

/* The frame is ending while `fo` is referenced elsewhere: move the frame's
 * references (code, function, locals dict, locals and cells) into the
 * object.  The value stack must be empty already. */
void frame_object_take_over(VM *vm, Value fo_val, Frame *f)
{
    FrameObj *fo = as_frame_obj(fo_val);
    size_t n = frame_values_no_stack(f->code);
    Frame *copy = (Frame *)fo->data;
    memcpy(copy, f, n * sizeof(Value));
    copy->back = NULL;
    copy->frame_obj = VAL_NULL;
    copy->is_entry = false;
    copy->owned_by_generator = false;
    copy->stack = copy->sp = (Value *)copy + n;
    fo->frame = copy;
    fo->owns = true;
    fo->globals = incref(copy->globals);
    fo->back = back_frame_object(vm, f);
    /* The frame no longer holds anything. */
    size_t nslots = (size_t)(f->code->nlocals + f->code->ncells + f->code->nfree);
    memset(f->slots, 0, nslots * sizeof(Value));
    f->locals = f->func = VAL_NULL;
    f->code = NULL;
    if (!gc_is_tracked(&fo->ob)) gc_track(vm, &fo->ob);
}

/* Releases what the frame object owns of its frame, in frame_pop's order. */
static void release_owned_frame(VM *vm, FrameObj *fo)
{
    if (!fo->owns) return;
    fo->owns = false;
    frame_release_vars(vm, fo->frame);
}

static void frame_obj_dealloc(VM *vm, Obj *o)
{
    FrameObj *fo = (FrameObj *)o;
    gc_untrack(o);
    release_owned_frame(vm, fo);
    clear_slot(vm, &fo->back);
    clear_slot(vm, &fo->globals);
    obj_free(vm, o, sizeof(FrameObj) + fo->nvalues * sizeof(Value));
}

/* As CPython's frame_tp_traverse: f_back always; the frame's references
 * only once the object owns them. */
static int frame_obj_traverse(Obj *o, VisitFn visit, void *arg)
{
    FrameObj *fo = (FrameObj *)o;
    int r;
    if (fo->back && (r = visit(fo->back, arg))) return r;
    if (!fo->owns) return 0;
    Frame *f = fo->frame;
    Value head[] = {f->locals, f->func, fo->globals};
    for (size_t i = 0; i < sizeof head / sizeof *head; i++)
        if (head[i] && (r = visit(head[i], arg))) return r;
    size_t nslots = (size_t)(f->code->nlocals + f->code->ncells + f->code->nfree);
    for (size_t i = 0; i < nslots; i++)
        if (f->slots[i] && (r = visit(f->slots[i], arg))) return r;
    return 0;
}

/* As CPython's frame_tp_clear: the locals and cells go. */
static void frame_obj_clear(VM *vm, Obj *o)
{
    FrameObj *fo = (FrameObj *)o;
    if (!fo->owns) return;
    Frame *f = fo->frame;
    size_t nslots = (size_t)(f->code->nlocals + f->code->ncells + f->code->nfree);
    for (size_t i = 0; i < nslots; i++) clear_slot(vm, &f->slots[i]);
}

/* ---- locals() ------------------------------------------------------------------------ */

static Value cell_contents(Value cell)
{
    return cell && is_type(cell, &type_cell) ? ((CellObj *)as_obj(cell))->ref : VAL_NULL;
}

/* Sets name to v in d, or removes it when v is unbound. */
static int sync_name(VM *vm, Value d, Value name, Value v)
{
    if (v) return dict_set(vm, d, name, v);
    return dict_del_if_present(vm, d, name) < 0 ? -1 : 0;
}

Value vm_frame_locals(VM *vm, Frame *f)
{
    CodeObj *co = f->code;
    if (f->locals && (co->flags & (CO_MODULE | CO_CLASS))) return incref(f->locals);
    if (!f->locals && (co->flags & (CO_MODULE | CO_CLASS))) return dict_new(vm);
    if (!f->locals && !(f->locals = dict_new(vm))) return VAL_NULL;
    Value d = f->locals;
    TupleObj *varnames = as_tuple(co->varnames);
    Value *cells = f->slots + co->nlocals;
    for (int i = 0; i < co->nlocals; i++) {
        Value v = f->slots[i];
        /* A parameter captured by an inner function lives in its cell. */
        for (int c = 0; !v && co->cell2arg && c < co->ncells; c++)
            if (co->cell2arg[c] == i) v = cell_contents(cells[c]);
        if (sync_name(vm, d, varnames->items[i], v) < 0) return VAL_NULL;
    }
    for (int c = 0; c < co->ncells; c++) {
        if (co->cell2arg && co->cell2arg[c] >= 0) continue;
        if (sync_name(vm, d, as_tuple(co->cellvars)->items[c], cell_contents(cells[c])) < 0) return VAL_NULL;
    }
    for (int c = 0; c < co->nfree; c++)
        if (sync_name(vm, d, as_tuple(co->freevars)->items[c], cell_contents(cells[co->ncells + c])) < 0)
            return VAL_NULL;
    return incref(d);
}

/* ---- attributes ---------------------------------------------------------------------- */

static Frame *frame_of(Value self) { return as_frame_obj(self)->frame; }

static Value frame_get_lineno(VM *vm, Value self)
{
    (void)vm;
    return small(vm_frame_lineno(frame_of(self)));
}

static Value frame_get_code(VM *vm, Value self)
{
    (void)vm;
    return incref(val(frame_of(self)->code));
}

static Value frame_get_globals(VM *vm, Value self)
{
    (void)vm;
    return incref(frame_of(self)->globals);
}

static Value frame_get_builtins(VM *vm, Value self)
{
    (void)vm;
    return incref(frame_of(self)->builtins);
}

static Value frame_get_locals(VM *vm, Value self) { return vm_frame_locals(vm, frame_of(self)); }

static Value frame_get_back(VM *vm, Value self)
{
    FrameObj *fo = as_frame_obj(self);
    if (fo->owns) return fo->back ? incref(fo->back) : NONE;
    return fo->frame->back ? vm_frame_object(vm, fo->frame->back) : NONE;
}

static Value frame_get_lasti(VM *vm, Value self)
{
    (void)vm;
    uint32_t ip = frame_of(self)->ip;
    return small(ip ? (intptr_t)(ip - 1) * 2 : -1);
}

static Value frame_repr(VM *vm, Value self)
{
    Frame *f = frame_of(self);
    return str_format(vm, "<frame at %p, file '%U', line %d, code %U>", (void *)self, f->code->filename,
                      vm_frame_lineno(f), f->code->name);
}

static const GetSetDef frame_getset[] = {
    {"f_lineno", frame_get_lineno, NULL}, {"f_code", frame_get_code, NULL},
    {"f_locals", frame_get_locals, NULL}, {"f_globals", frame_get_globals, NULL},
    {"f_builtins", frame_get_builtins, NULL}, {"f_back", frame_get_back, NULL},
    {"f_lasti", frame_get_lasti, NULL}, {NULL, NULL, NULL},
};

Type type_frame = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "frame", .size = sizeof(FrameObj), .flags = TF_GC,
    .base = &type_object, .dealloc = frame_obj_dealloc, .traverse = frame_obj_traverse,
    .clear = frame_obj_clear, .repr = frame_repr, .getattr = obj_generic_getattr, .getset = frame_getset,
};
