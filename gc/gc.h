/*
 * gc/ -- the one allocator and the cycle collector.
 *
 * Every byte pith uses comes through gc_mem_alloc / gc_mem_realloc / gc_mem_free,
 * which keep the counts (bytes, blocks, peak) behind sys.getallocatedblocks()
 * and tracemalloc.  Callers pass the size back on free, so blocks carry no
 * size header.
 *
 * Objects that can refer to other objects ("GC objects": list, tuple, dict,
 * function, cell, class, instance, module, ...) are allocated with
 * gc_new_object(), which puts a GCHead in front of the Obj.
 *
 * Invariants:
 *  - An object is on a generation list  <=>  it is fully initialised and its
 *    type's traverse slot may be called on it (gc_track after building,
 *    gc_untrack first thing in dealloc).
 *  - A collection starts only from gc_new_object() (before the new block is
 *    handed out, so no half-built object is ever on a list) or from an explicit
 *    gc.collect(); never while another one runs (GCState.collecting).
 *  - GCHead.refs is scratch space owned by a running collection; outside one
 *    it holds only the persistent flag bits (FINALIZED, WEAKREFS).
 *
 * Death of an object (runtime/object.c, obj_dealloc): before a GC object's
 * dealloc slot runs, gc_dealloc_prologue() runs its Type.finalize once (PEP
 * 442: the FINALIZED bit), and if that did not resurrect it, clears its weak
 * references and calls their callbacks -- CPython's refcount-path order.  A
 * type's dealloc therefore never calls finalize itself.
 *
 * The collector (gc/collect.c) is CPython 3.11's: see the phase script there.
 */
#ifndef PITH_GC_GC_H
#define PITH_GC_GC_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct VM VM;
typedef struct Obj Obj;
struct Type;
struct WeakRefObj;

typedef struct GCHead {
    struct GCHead *next, *prev;   /* generation list links; NULL when untracked */
    intptr_t refs;                /* collector scratch + flag bits */
} GCHead;

/* Bits of GCHead.refs.  The first two persist across collections; the next
 * two and the count above GC_FLAG_SHIFT exist only while a collection runs
 * (the validator in collect.c checks that). */
#define GC_FLAG_FINALIZED   ((intptr_t)1 << 0)   /* __del__ already ran (PEP 442) */
#define GC_FLAG_WEAKREFS    ((intptr_t)1 << 1)   /* has an entry in GCState.weak */
#define GC_FLAG_COLLECTING  ((intptr_t)1 << 2)   /* in the set being collected */
#define GC_FLAG_UNREACHABLE ((intptr_t)1 << 3)   /* on the (tentatively) unreachable list */
#define GC_FLAG_SHIFT       4                    /* collector counts live above the flags */
#define GC_PERSISTENT_FLAGS (GC_FLAG_FINALIZED | GC_FLAG_WEAKREFS)

#define GC_NUM_GENERATIONS 3

/* gc.set_debug() bits, as CPython's. */
enum {
    GC_DEBUG_STATS = 1, GC_DEBUG_COLLECTABLE = 2, GC_DEBUG_UNCOLLECTABLE = 4,
    GC_DEBUG_SAVEALL = 32, GC_DEBUG_LEAK = 38,
};

typedef struct GCGeneration {
    GCHead head;       /* sentinel of a circular doubly linked list */
    int threshold;
    int count;
} GCGeneration;

typedef struct GCGenStats { intptr_t collections, collected, uncollectable; } GCGenStats;

/* Side table object -> its weakref list (runtime/weakref.c), so objects
 * carry no weakref slot and dealloc pays only a flag test. Open addressing. */
typedef struct GCWeakSlot { Obj *obj; struct WeakRefObj *head; } GCWeakSlot;
typedef struct GCWeakTable { GCWeakSlot *slots; size_t cap, used, filled; } GCWeakTable;

typedef struct GCTracer GCTracer;   /* private to gc/trace.c */

typedef struct GCState {
    /* allocator counters */
    size_t bytes, peak_bytes, blocks;
    GCTracer *tracer;         /* tracemalloc's tables while it traces, else NULL */
    int trace_limit;          /* frames per traceback (tracemalloc.start(n)); 0 means 1 */
    /* collector */
    GCGeneration gens[GC_NUM_GENERATIONS];
    GCHead permanent;
    bool enabled, collecting;
    intptr_t long_lived_total, long_lived_pending;
    int debug;
    int stress;               /* PITH_GC_STRESS: 1 invisible checks, 2 real gen-0 collections */
    uint64_t stress_tick, stress_next_full;
    uint64_t fail_alloc_at;   /* PITH_FAIL_ALLOC: the N-th allocation fails (0 = never) */
    uint64_t alloc_number;
    GCGenStats stats[GC_NUM_GENERATIONS];
    uintptr_t garbage;        /* root: gc.garbage, the collector's own list (a Value) */
    uintptr_t callbacks;      /* root: gc.callbacks (a Value) */
    GCWeakTable weak;
} GCState;

static inline GCHead *gc_head(Obj *o) { return (GCHead *)o - 1; }
static inline Obj *gc_obj(GCHead *g) { return (Obj *)(g + 1); }
static inline bool gc_is_tracked(Obj *o) { return gc_head(o)->next != NULL; }
static inline bool gc_is_finalized(Obj *o) { return (gc_head(o)->refs & GC_FLAG_FINALIZED) != 0; }

void gc_init(VM *vm);
void gc_fini(VM *vm);

/* Raw memory.  On failure gc_mem_alloc returns NULL and raises MemoryError. */
void *gc_mem_alloc(VM *vm, size_t size);
void *gc_mem_realloc(VM *vm, void *p, size_t old_size, size_t new_size);
void gc_mem_free(VM *vm, void *p, size_t size);
/* Allocator queries (gc/alloc.c): arenas mapped now (one entirely free arena
 * may be kept as a spare); whether small blocks come from pools (not with
 * PITH_NO_POOLS=1 or under ASan); gc_mem_trim gives back to the OS what the
 * allocator and malloc keep for reuse (the spare arena, a recycled large
 * mapping, free heap pages): cheap enough for the end of a full gc.collect(). */
size_t gc_arena_count(void);
bool gc_mem_pools_enabled(void);
void gc_mem_trim(void);

/* tracemalloc (gc/trace.c).  While tracing, each block handed out is
 * recorded with its size and the Python stack that asked for it (innermost
 * first, trace_limit frames deep).  Tracebacks are interned and live until
 * tracing stops or its traces are cleared. */
typedef struct GCTraceFrame {
    uintptr_t filename;       /* a str Value, or 0: "<unknown>" (no Python frame) */
    int lineno;
} GCTraceFrame;
typedef struct GCTraceback {
    uint64_t hash;
    uint32_t nframe, total_nframe;   /* kept, and on the stack (capped at 65535) */
    GCTraceFrame frames[];
} GCTraceback;
typedef struct GCTrace { size_t size; GCTraceback *tb; } GCTrace;
/* A copy of every trace (for a snapshot); its tracebacks stay valid until
 * gc_trace_copy_free, even if tracing stops meanwhile. */
typedef struct GCTraceCopy { GCTracer *owner; size_t len; GCTrace *traces; } GCTraceCopy;

bool gc_trace_start(VM *vm, int nframe);             /* false: MemoryError set */
void gc_trace_stop(VM *vm);                          /* forgets every trace */
bool gc_trace_is_tracing(VM *vm);
int gc_trace_limit(VM *vm);
void gc_trace_memory(VM *vm, size_t *current, size_t *peak);   /* traced bytes; 0 when off */
void gc_trace_reset_peak(VM *vm);
bool gc_trace_clear(VM *vm);                         /* forgets the traces, keeps tracing */
size_t gc_trace_self_size(VM *vm);                   /* bytes of the tracer's own tables */
GCTraceback *gc_trace_of(VM *vm, const void *block); /* NULL: not traced */
bool gc_trace_copy(VM *vm, GCTraceCopy *out);        /* empty when not tracing */
void gc_trace_copy_free(VM *vm, GCTraceCopy *copy);
/* The allocator's hooks, called only while vm->gc.tracer is set. */
void gc_trace_alloc(VM *vm, void *block, size_t size);
void gc_trace_realloc(VM *vm, void *old, void *block, size_t size);
void gc_trace_free(VM *vm, void *block);

/* A GC object of `size` bytes (the Obj and what follows it), zeroed, with its
 * type set and refcount 1, not yet tracked.  May run a collection first. */
Obj *gc_new_object(VM *vm, struct Type *type, size_t size);
void gc_free_object(VM *vm, Obj *o, size_t size);

void gc_track(VM *vm, Obj *o);
void gc_untrack(Obj *o);

/* gc.collect(generation): collects generations 0..generation with the
 * gc.callbacks calls around it; returns the number of unreachable objects
 * found (CPython's value), or 0 if a collection is already running. */
intptr_t gc_collect(VM *vm, int generation);

/* gc.freeze() / gc.unfreeze() / gc.get_freeze_count(). */
void gc_freeze(VM *vm);
void gc_unfreeze(VM *vm);
size_t gc_list_length(GCHead *list);

/* Writes text to the Python-level sys.stderr (C stderr if that fails),
 * keeping any pending exception: CPython's PySys_WriteStderr. */
void gc_write_stderr(VM *vm, const char *text);

/* The refcount path of an object's death (see the top).  True if the
 * finaliser resurrected it: the caller must then not deallocate it. */
bool gc_dealloc_prologue_slow(VM *vm, Obj *o);

/* Weak references (runtime/weakref.c): clears every weakref to o and calls
 * their callbacks (refcount path).  Only called when GC_FLAG_WEAKREFS is set. */
void weakref_clear_on_dealloc(VM *vm, Obj *o);
/* Frees the side table (at exit, after every object is gone). */
void weakref_table_fini(VM *vm);

#endif
