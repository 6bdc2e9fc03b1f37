/*
 * Frames and argument binding.
 *
 * Frames are carved from chunks of Values owned by the VM.  A frame's slots
 * are [locals][cells][free cells][value stack].  Binding moves the caller's
 * argument references into the callee's locals when the caller says they
 * may be stolen, so an argument is counted once (as in CPython, where
 * sys.getrefcount inside f(x) sees the global, the parameter and its own
 * argument: 3).
 */
#include <string.h>

#include "vm/internal.h"

typedef struct DataChunk {
    struct DataChunk *prev;
    size_t size;           /* Values in data[] */
    Value *top;
    Value data[];
} DataChunk;

#define CHUNK_VALUES (16 * 1024)

size_t frame_values(const CodeObj *code)
{
    size_t header = (sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value);
    return header + (size_t)(code->nlocals + code->ncells + code->nfree + code->stacksize);
}

static bool push_chunk(VM *vm, size_t need)
{
    size_t n = need > CHUNK_VALUES ? need : CHUNK_VALUES;
    DataChunk *c = gc_mem_alloc(vm, sizeof(DataChunk) + n * sizeof(Value));
    if (!c) return false;
    c->prev = vm->chunk;
    c->size = n;
    c->top = c->data;
    vm->chunk = c;
    return true;
}

/* Fills in a frame laid out over frame_values(code) Values at f (on the chunk stack, or
 * inside a generator). */
void frame_init(VM *vm, Frame *f, CodeObj *code, Value func, Value globals, Value locals)
{
    /* The value stack above sp is never read, so only the header and the
     * variable slots need zeroing. */
    size_t nslots = (size_t)(code->nlocals + code->ncells + code->nfree);
    memset(f, 0, sizeof(Frame) + nslots * sizeof(Value));
    f->code = code;
    incref(val(code));
    f->func = func;          /* stolen */
    f->globals = globals;
    f->builtins = vm->builtins;
    f->locals = xincref(locals);
    f->stack = f->slots + code->nlocals + code->ncells + code->nfree;
    f->sp = f->stack;
}

Frame *frame_push(VM *vm, CodeObj *code, Value func, Value globals, Value locals)
{
    size_t n = frame_values(code);
    DataChunk *c = vm->chunk;
    if (!c || (size_t)(c->data + c->size - c->top) < n) {
        if (!push_chunk(vm, n)) return NULL;
        c = vm->chunk;
    }
    Frame *f = (Frame *)c->top;
    c->top += n;
    frame_init(vm, f, code, func, globals, locals);
    return f;
}

/* Drops the frame's own reference to its frame object; if others still
 * hold that object, it takes over the frame's references (true), as
 * CPython's _PyFrame_Clear does. */
static bool release_frame_object(VM *vm, Frame *f)
{
    Value fo = f->frame_obj;
    if (!fo) return false;
    f->frame_obj = VAL_NULL;
    bool moved = as_obj(fo)->refcnt > 1;
    if (moved) frame_object_take_over(vm, fo, f);
    decref(vm, fo);
    return moved;
}

/* Releases what a frame that is not on the chunk stack holds (a
 * generator's), in CPython's order: locals and stack, then the function and
 * the code.  Each slot is emptied before its release, so a finaliser run
 * meanwhile sees a consistent frame. */
void frame_clear(VM *vm, Frame *f)
{
    CodeObj *code = f->code;
    if (!code) return;
    while (f->sp > f->stack) {
        Value v = *--f->sp;
        xdecref(vm, v);
    }
    if (release_frame_object(vm, f)) return;
    frame_release_vars(vm, f);
}

/* Releases the variables, the locals dict, the function and the code of a
 * frame whose value stack is already empty, each slot emptied before its
 * release so a finaliser run meanwhile sees a consistent frame. */
void frame_release_vars(VM *vm, Frame *f)
{
    CodeObj *code = f->code;
    size_t nslots = (size_t)(code->nlocals + code->ncells + code->nfree);
    for (size_t i = 0; i < nslots; i++) clear_slot(vm, &f->slots[i]);
    clear_slot(vm, &f->locals);
    clear_slot(vm, &f->func);
    f->code = NULL;
    decref(vm, val(code));
}

/* Releases the frame's references (locals in definition order, as CPython)
 * and its memory.  The frame must be the newest on the chunk stack. */
void frame_pop(VM *vm, Frame *f)
{
    CodeObj *code = f->code;
    bool moved = false;
    if (f->frame_obj) {
        while (f->sp > f->stack) xdecref(vm, *--f->sp);
        moved = release_frame_object(vm, f);
    }
    if (!moved) {
        size_t nslots = (size_t)(code->nlocals + code->ncells + code->nfree);
        for (size_t i = 0; i < nslots; i++) clear_slot(vm, &f->slots[i]);
        while (f->sp > f->stack) xdecref(vm, *--f->sp);
        clear_slot(vm, &f->locals);
    }
    Value func = f->func;
    f->func = VAL_NULL;
    DataChunk *c = vm->chunk;
    c->top = (Value *)f;
    if (c->top == c->data && c->prev) {
        vm->chunk = c->prev;
        gc_mem_free(vm, c, sizeof(DataChunk) + c->size * sizeof(Value));
    }
    xdecref(vm, func);
    if (!moved) decref(vm, val(code));
}

void frame_chunks_free(VM *vm)
{
    while (vm->chunk) {
        DataChunk *c = vm->chunk;
        vm->chunk = c->prev;
        gc_mem_free(vm, c, sizeof(DataChunk) + c->size * sizeof(Value));
    }
}

/* ---- argument binding --------------------------------------------------------------- */

static const char *qualname_of(Value func) { return str_cstr(((FunctionObj *)as_obj(func))->qualname); }

static void missing_arguments(VM *vm, Value func, CodeObj *co, Value *slots, int from, int to, bool kwonly)
{
    int missing[256], n = 0;
    for (int i = from; i < to && n < 256; i++)
        if (!slots[i]) missing[n++] = i;
    StrBuf b;
    strbuf_init(&b, vm);
    for (int k = 0; k < n; k++) {
        if (k) strbuf_add_cstr(&b, n == 2 ? " and " : k == n - 1 ? ", and " : ", ");
        strbuf_printf(&b, "'%s'", str_cstr(as_tuple(co->varnames)->items[missing[k]]));
    }
    Value names = strbuf_finish(&b);
    if (!names) return;
    err_format(vm, &exc_TypeError, "%s() missing %d required %s argument%s: %U", qualname_of(func), n,
               kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", names);
    decref(vm, names);
}

static void too_many_positional(VM *vm, Value func, CodeObj *co, size_t given, size_t ndefaults, Value *slots)
{
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (slots[i]) kwonly_given++;
    char takes[64];
    if (ndefaults)
        snprintf(takes, sizeof takes, "from %d to %d positional arguments", co->argcount - (int)ndefaults, co->argcount);
    else
        snprintf(takes, sizeof takes, "%d positional argument%s", co->argcount, co->argcount == 1 ? "" : "s");
    if (kwonly_given)
        err_format(vm, &exc_TypeError, "%s() takes %s but %zu positional argument%s (and %d keyword-only argument%s) were given",
                   qualname_of(func), takes, given, given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        err_format(vm, &exc_TypeError, "%s() takes %s but %zu %s given", qualname_of(func), takes, given,
                   given == 1 ? "was" : "were");
}

static int find_param(CodeObj *co, Value name, int total)
{
    TupleObj *names = as_tuple(co->varnames);
    for (int i = 0; i < total; i++)
        if (names->items[i] == name) return i;
    for (int i = 0; i < total; i++)
        if (str_eq(names->items[i], name)) return i;
    return -1;
}

/* Moves (steal) or copies the arguments into the frame's parameter slots.
 * With `steal`, every args[i] reference is consumed, even on failure. */
bool frame_bind_args(VM *vm, Frame *f, Value func, Value *args, size_t nargs, Value kwnames, bool steal)
{
    FunctionObj *fn = (FunctionObj *)as_obj(func);
    CodeObj *co = fn->code;
    Value *slots = f->slots;
    size_t nkw = kwnames ? as_tuple(kwnames)->len : 0;
    size_t total_in = nargs + nkw;
    int argcount = co->argcount, kwcount = co->kwonlyargcount;
    int nparams = argcount + kwcount;
    int varargs_slot = (co->flags & CO_VARARGS) ? nparams : -1;
    int varkw_slot = (co->flags & CO_VARKEYWORDS) ? nparams + (varargs_slot >= 0) : -1;
    size_t used = 0;   /* args consumed so far (for cleanup on failure) */
    Value kwdict = VAL_NULL;

    if (!steal)
        for (size_t i = 0; i < total_in; i++) incref(args[i]);

    if (varkw_slot >= 0) {
        kwdict = dict_new(vm);
        if (!kwdict) goto fail;
        slots[varkw_slot] = kwdict;
    }
    size_t npos = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < npos; i++) slots[i] = args[i];
    used = npos;
    if (varargs_slot >= 0) {
        size_t extra = nargs - npos;
        Value t = extra ? tuple_new(vm, extra) : tuple_empty(vm);
        if (!t) goto fail;
        for (size_t i = 0; i < extra; i++) as_tuple(t)->items[i] = args[npos + i];
        if (extra) tuple_done(vm, t);
        used = nargs;
        slots[varargs_slot] = t;
    } else if (nargs > (size_t)argcount) {
        /* Report after keywords are bound so the message can count them. */
    }

    for (size_t k = 0; k < nkw; k++) {
        Value name = as_tuple(kwnames)->items[k];
        Value value = args[nargs + k];
        int idx = find_param(co, name, nparams);
        if (idx >= 0 && idx < co->posonlyargcount) idx = -2;
        if (idx < 0) {
            if (kwdict) {
                if (dict_set(vm, kwdict, name, value) < 0) goto fail;
                continue;
            }
            if (idx == -2)
                err_format(vm, &exc_TypeError,
                           "%s() got some positional-only arguments passed as keyword arguments: '%U'",
                           qualname_of(func), name);
            else
                err_format(vm, &exc_TypeError, "%s() got an unexpected keyword argument '%U'", qualname_of(func), name);
            goto fail;
        }
        if (slots[idx]) {
            err_format(vm, &exc_TypeError, "%s() got multiple values for argument '%U'", qualname_of(func), name);
            goto fail;
        }
        slots[idx] = incref(value);
    }

    if (varargs_slot < 0 && nargs > (size_t)argcount) {
        size_t ndef = fn->defaults ? as_tuple(fn->defaults)->len : 0;
        too_many_positional(vm, func, co, nargs, ndef, slots);
        goto fail;
    }

    /* Defaults for the missing positional parameters. */
    if ((int)nargs < argcount) {
        size_t ndef = fn->defaults ? as_tuple(fn->defaults)->len : 0;
        int first_default = argcount - (int)ndef;
        for (int i = (int)nargs; i < argcount; i++) {
            if (slots[i]) continue;
            if (i >= first_default) slots[i] = incref(as_tuple(fn->defaults)->items[i - first_default]);
        }
        for (int i = (int)nargs; i < argcount; i++)
            if (!slots[i]) {
                missing_arguments(vm, func, co, slots, (int)nargs, argcount, false);
                goto fail;
            }
    }
    if (kwcount) {
        for (int i = argcount; i < nparams; i++) {
            if (slots[i]) continue;
            Value d = fn->kwdefaults ? dict_get_str_borrowed(vm, fn->kwdefaults, as_tuple(co->varnames)->items[i]) : VAL_NULL;
            if (d) slots[i] = incref(d);
        }
        for (int i = argcount; i < nparams; i++)
            if (!slots[i]) {
                missing_arguments(vm, func, co, slots, argcount, nparams, true);
                goto fail;
            }
    }
    /* Keyword values were increfed into slots; drop the originals. */
    for (size_t k = 0; k < nkw; k++) decref(vm, args[nargs + k]);
    return true;

fail:
    for (size_t i = used; i < nargs; i++) decref(vm, args[i]);
    for (size_t k = 0; k < nkw; k++) decref(vm, args[nargs + k]);
    return false;
}

/* Creates the frame's cells (moving parameters that are captured into
 * their cells) and copies the closure's cells in. */
bool frame_init_cells(VM *vm, Frame *f, Value func)
{
    CodeObj *co = f->code;
    if (co->ncells == 0 && co->nfree == 0) return true;
    Value *cells = f->slots + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        int arg = co->cell2arg ? co->cell2arg[i] : -1;
        Value init = arg >= 0 ? f->slots[arg] : VAL_NULL;
        Value cell = cell_new(vm, init);
        if (!cell) return false;
        if (arg >= 0) clear_slot(vm, &f->slots[arg]);
        cells[i] = cell;
    }
    if (co->nfree) {
        Value closure = ((FunctionObj *)as_obj(func))->closure;
        for (int i = 0; i < co->nfree; i++) cells[co->ncells + i] = incref(as_tuple(closure)->items[i]);
    }
    return true;
}
