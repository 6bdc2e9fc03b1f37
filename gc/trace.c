/*
 * tracemalloc's engine: while tracing, every block gc_mem_alloc /
 * gc_mem_realloc hand out is recorded with its size and the Python stack
 * (filename, line) that asked for it, and gc_mem_free forgets it.  The
 * design is CPython's Modules/_tracemalloc.c: a table block -> trace, and
 * tracebacks and filenames interned so a million allocations from one line
 * share one traceback.
 *
 * The tracer's own tables come from malloc, not from gc_mem_*: they are the
 * measuring instrument, so they are neither traced nor counted in
 * sys.getallocatedblocks() (get_tracemalloc_memory() reports them), and the
 * hooks never re-enter the allocator.  Filenames are str Values the tracer
 * holds a reference to, so an interned filename's address stays unique.
 *
 * When not tracing vm->gc.tracer is NULL and the allocator pays one test.
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "runtime/object.h"
#include "vm/vm.h"

/* An open-addressing table with linear probing and backward-shift
 * deletion (no tombstones), keyed by a pointer-sized word. */
typedef struct TraceSlot { uintptr_t block; size_t size; GCTraceback *tb; } TraceSlot;

struct GCTracer {
    int limit;                   /* frames kept per traceback */
    size_t traced, peak;         /* bytes of the traced blocks now, and at most */
    int pins;                    /* live copies (gc_trace_copy) that use the tracebacks; while
                                  * one is converted, new blocks are not traced (CPython's
                                  * reentrant flag), so a snapshot does not measure itself */
    bool detached;               /* stopped while pinned: free at the last unpin */
    /* block -> trace */
    TraceSlot *traces;
    size_t traces_cap, traces_len;
    /* interned tracebacks (a set of pointers, hashed by content) */
    GCTraceback **tbs;
    size_t tbs_cap, tbs_len, tbs_bytes;
    /* filenames held (a set of str Values, hashed by address) */
    uintptr_t *names;
    size_t names_cap, names_len;
    GCTraceback *scratch;        /* the traceback being built, room for `limit` frames */
};

#define TABLE_MIN 1024

static size_t hash_word(uintptr_t w)
{
    uint64_t x = (uint64_t)w;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

static size_t traceback_bytes(uint32_t nframe) { return sizeof(GCTraceback) + nframe * sizeof(GCTraceFrame); }

/* ---------------------------------------------------------------- traces */

static TraceSlot *trace_find(GCTracer *t, uintptr_t block)
{
    size_t mask = t->traces_cap - 1;
    for (size_t i = hash_word(block) & mask;; i = (i + 1) & mask) {
        if (t->traces[i].block == block) return &t->traces[i];
        if (!t->traces[i].block) return NULL;
    }
}

static bool traces_grow(GCTracer *t)
{
    size_t cap = t->traces_cap * 2;
    TraceSlot *slots = calloc(cap, sizeof *slots);
    if (!slots) return false;
    for (size_t j = 0; j < t->traces_cap; j++) {
        TraceSlot *s = &t->traces[j];
        if (!s->block) continue;
        size_t i = hash_word(s->block) & (cap - 1);
        while (slots[i].block) i = (i + 1) & (cap - 1);
        slots[i] = *s;
    }
    free(t->traces);
    t->traces = slots;
    t->traces_cap = cap;
    return true;
}

static void trace_remove(GCTracer *t, uintptr_t block)
{
    TraceSlot *s = trace_find(t, block);
    if (!s) return;
    t->traced -= s->size;
    t->traces_len--;
    /* Backward shift: pull later members of the probe run into the hole. */
    size_t mask = t->traces_cap - 1, hole = (size_t)(s - t->traces);
    for (size_t i = (hole + 1) & mask; t->traces[i].block; i = (i + 1) & mask) {
        size_t home = hash_word(t->traces[i].block) & mask;
        if (((i - home) & mask) >= ((i - hole) & mask)) {
            t->traces[hole] = t->traces[i];
            hole = i;
        }
    }
    t->traces[hole] = (TraceSlot){0, 0, NULL};
}

static void trace_put(GCTracer *t, uintptr_t block, size_t size, GCTraceback *tb)
{
    if ((t->traces_len + 1) * 4 > t->traces_cap * 3 && !traces_grow(t)) {
        trace_remove(t, block);   /* no room: the block goes untraced */
        return;
    }
    size_t mask = t->traces_cap - 1, i = hash_word(block) & mask;
    while (t->traces[i].block && t->traces[i].block != block) i = (i + 1) & mask;
    if (t->traces[i].block) {
        t->traced -= t->traces[i].size;
    } else {
        t->traces_len++;
    }
    t->traces[i] = (TraceSlot){block, size, tb};
    t->traced += size;
    if (t->traced > t->peak) t->peak = t->traced;
}

/* ---------------------------------------------------------------- interning */

static bool set_grow(void ***slots, size_t *cap, size_t (*hash)(const void *))
{
    size_t ncap = *cap * 2;
    void **n = calloc(ncap, sizeof *n);
    if (!n) return false;
    for (size_t j = 0; j < *cap; j++) {
        void *p = (*slots)[j];
        if (!p) continue;
        size_t i = hash(p) & (ncap - 1);
        while (n[i]) i = (i + 1) & (ncap - 1);
        n[i] = p;
    }
    free(*slots);
    *slots = n;
    *cap = ncap;
    return true;
}

static size_t tb_hash(const void *p) { return (size_t)((GCTraceback *)p)->hash; }
static size_t name_hash(const void *p) { return hash_word((uintptr_t)p); }

/* Field by field: a GCTraceFrame has padding, which memcmp would read. */
static bool tb_equal(GCTraceback *a, GCTraceback *b)
{
    if (a->hash != b->hash || a->nframe != b->nframe || a->total_nframe != b->total_nframe) return false;
    for (uint32_t k = 0; k < a->nframe; k++)
        if (a->frames[k].filename != b->frames[k].filename || a->frames[k].lineno != b->frames[k].lineno)
            return false;
    return true;
}

/* Holds a reference to the filename the first time it is seen. */
static bool name_intern(GCTracer *t, uintptr_t name)
{
    if (!name) return true;
    if ((t->names_len + 1) * 2 > t->names_cap &&
        !set_grow((void ***)&t->names, &t->names_cap, name_hash))
        return false;
    size_t mask = t->names_cap - 1, i = hash_word(name) & mask;
    while (t->names[i]) {
        if (t->names[i] == name) return true;
        i = (i + 1) & mask;
    }
    t->names[i] = name;
    t->names_len++;
    incref((Value)name);
    return true;
}

static GCTraceback *tb_intern(GCTracer *t, GCTraceback *tb)
{
    if ((t->tbs_len + 1) * 2 > t->tbs_cap && !set_grow((void ***)&t->tbs, &t->tbs_cap, tb_hash)) return NULL;
    size_t mask = t->tbs_cap - 1, i = (size_t)tb->hash & mask;
    while (t->tbs[i]) {
        if (tb_equal(t->tbs[i], tb)) return t->tbs[i];
        i = (i + 1) & mask;
    }
    for (uint32_t k = 0; k < tb->nframe; k++)
        if (!name_intern(t, tb->frames[k].filename)) return NULL;
    size_t bytes = traceback_bytes(tb->nframe);
    GCTraceback *copy = malloc(bytes);
    if (!copy) return NULL;
    memcpy(copy, tb, bytes);
    t->tbs[i] = copy;
    t->tbs_len++;
    t->tbs_bytes += bytes;
    return copy;
}

/* The running Python stack, innermost first, `limit` frames deep; with no
 * Python frame at all, one "<unknown>" frame (filename 0, line 0). */
static GCTraceback *current_traceback(VM *vm, GCTracer *t)
{
    GCTraceback *tb = t->scratch;
    uint64_t h = 0x345678;
    tb->nframe = tb->total_nframe = 0;
    for (Frame *f = vm->frame; f; f = f->back) {
        if (!f->code) continue;
        if (tb->total_nframe < UINT16_MAX) tb->total_nframe++;
        if (tb->nframe == (uint32_t)t->limit) continue;
        GCTraceFrame *fr = &tb->frames[tb->nframe++];
        fr->filename = f->code->filename;
        fr->lineno = vm_frame_lineno(f);
        h = (h ^ hash_word(fr->filename)) * 1000003 ^ (uint64_t)(uint32_t)fr->lineno;
    }
    if (!tb->nframe) {
        tb->frames[0] = (GCTraceFrame){0, 0};
        tb->nframe = tb->total_nframe = 1;
    }
    tb->hash = h ^ tb->nframe ^ ((uint64_t)tb->total_nframe << 32);
    return tb_intern(t, tb);
}

/* ---------------------------------------------------------------- hooks */

void gc_trace_alloc(VM *vm, void *block, size_t size)
{
    GCTracer *t = vm->gc.tracer;
    if (t->pins) return;
    GCTraceback *tb = current_traceback(vm, t);
    if (tb) trace_put(t, (uintptr_t)block, size, tb);
}

void gc_trace_realloc(VM *vm, void *old, void *block, size_t size)
{
    GCTracer *t = vm->gc.tracer;
    if (old != block) trace_remove(t, (uintptr_t)old);
    GCTraceback *tb = t->pins ? NULL : current_traceback(vm, t);
    if (tb) trace_put(t, (uintptr_t)block, size, tb);
    else trace_remove(t, (uintptr_t)block);
}

void gc_trace_free(VM *vm, void *block)
{
    trace_remove(vm->gc.tracer, (uintptr_t)block);
}

/* ---------------------------------------------------------------- control */

static void tracer_free(VM *vm, GCTracer *t)
{
    for (size_t i = 0; i < t->tbs_cap; i++) free(t->tbs[i]);
    free(t->tbs);
    free(t->traces);
    free(t->scratch);
    uintptr_t *names = t->names;
    size_t cap = t->names_cap;
    free(t);
    /* Last, and with tracing already off: a filename may die here. */
    for (size_t i = 0; i < cap; i++)
        if (names[i]) decref(vm, (Value)names[i]);
    free(names);
}

static GCTracer *tracer_new(int limit)
{
    GCTracer *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->limit = limit;
    t->traces_cap = t->tbs_cap = t->names_cap = TABLE_MIN;
    t->traces = calloc(t->traces_cap, sizeof *t->traces);
    t->tbs = calloc(t->tbs_cap, sizeof *t->tbs);
    t->names = calloc(t->names_cap, sizeof *t->names);
    t->scratch = malloc(traceback_bytes((uint32_t)limit));
    if (!t->traces || !t->tbs || !t->names || !t->scratch) {
        free(t->traces);
        free(t->tbs);
        free(t->names);
        free(t->scratch);
        free(t);
        return NULL;
    }
    return t;
}

bool gc_trace_start(VM *vm, int nframe)
{
    vm->gc.trace_limit = nframe;
    if (vm->gc.tracer) {
        /* CPython keeps the traces and only changes the depth of new ones. */
        GCTraceback *scratch = malloc(traceback_bytes((uint32_t)nframe));
        if (!scratch) {
            err_no_memory(vm);
            return false;
        }
        free(vm->gc.tracer->scratch);
        vm->gc.tracer->scratch = scratch;
        vm->gc.tracer->limit = nframe;
        return true;
    }
    GCTracer *t = tracer_new(nframe);
    if (!t) {
        err_no_memory(vm);
        return false;
    }
    vm->gc.tracer = t;
    return true;
}

void gc_trace_stop(VM *vm)
{
    GCTracer *t = vm->gc.tracer;
    if (!t) return;
    vm->gc.tracer = NULL;
    if (t->pins) t->detached = true;
    else tracer_free(vm, t);
}

bool gc_trace_is_tracing(VM *vm) { return vm->gc.tracer != NULL; }

int gc_trace_limit(VM *vm) { return vm->gc.trace_limit ? vm->gc.trace_limit : 1; }

void gc_trace_memory(VM *vm, size_t *current, size_t *peak)
{
    GCTracer *t = vm->gc.tracer;
    *current = t ? t->traced : 0;
    *peak = t ? t->peak : 0;
}

void gc_trace_reset_peak(VM *vm)
{
    GCTracer *t = vm->gc.tracer;
    if (t) t->peak = t->traced;
}

bool gc_trace_clear(VM *vm)
{
    if (!vm->gc.tracer) return true;
    gc_trace_stop(vm);
    return gc_trace_start(vm, gc_trace_limit(vm));
}

size_t gc_trace_self_size(VM *vm)
{
    GCTracer *t = vm->gc.tracer;
    if (!t) return 0;
    return sizeof *t + t->traces_cap * sizeof *t->traces + t->tbs_cap * sizeof *t->tbs + t->tbs_bytes +
           t->names_cap * sizeof *t->names + traceback_bytes((uint32_t)t->limit);
}

GCTraceback *gc_trace_of(VM *vm, const void *block)
{
    GCTracer *t = vm->gc.tracer;
    if (!t) return NULL;
    TraceSlot *s = trace_find(t, (uintptr_t)block);
    return s ? s->tb : NULL;
}

bool gc_trace_copy(VM *vm, GCTraceCopy *out)
{
    GCTracer *t = vm->gc.tracer;
    out->owner = NULL;
    out->len = 0;
    out->traces = NULL;
    if (!t) return true;
    out->traces = malloc((t->traces_len ? t->traces_len : 1) * sizeof *out->traces);
    if (!out->traces) {
        err_no_memory(vm);
        return false;
    }
    for (size_t i = 0; i < t->traces_cap; i++) {
        TraceSlot *s = &t->traces[i];
        if (s->block) out->traces[out->len++] = (GCTrace){s->size, s->tb};
    }
    t->pins++;
    out->owner = t;
    return true;
}

void gc_trace_copy_free(VM *vm, GCTraceCopy *copy)
{
    GCTracer *t = copy->owner;
    free(copy->traces);
    copy->traces = NULL;
    copy->len = 0;
    copy->owner = NULL;
    if (t && --t->pins == 0 && t->detached) tracer_free(vm, t);
}
