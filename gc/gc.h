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
 *    it holds only the flag bits below.
 */
#ifndef PITH_GC_GC_H
#define PITH_GC_GC_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct VM VM;
typedef struct Obj Obj;
struct Type;

typedef struct GCHead {
    struct GCHead *next, *prev;   /* generation list links; NULL when untracked */
    intptr_t refs;                /* collector scratch + flag bits */
} GCHead;

/* Flag bits kept in GCHead.refs outside a collection. */
#define GC_FLAG_FINALIZED  ((intptr_t)1 << 0)   /* __del__ already ran (PEP 442) */
#define GC_FLAG_SHIFT      2                    /* collector counts live above the flags */

#define GC_NUM_GENERATIONS 3

typedef struct GCGeneration {
    GCHead head;       /* sentinel of a circular doubly linked list */
    int threshold;
    int count;
} GCGeneration;

typedef struct GCState {
    /* allocator counters */
    size_t bytes, peak_bytes, blocks;
    /* collector */
    GCGeneration gens[GC_NUM_GENERATIONS];
    GCHead permanent;
    bool enabled, collecting;
    intptr_t long_lived_total, long_lived_pending;
    int debug;
    uint64_t fail_alloc_at;   /* PITH_FAIL_ALLOC: the N-th allocation fails (0 = never) */
    uint64_t alloc_number;
} GCState;

static inline GCHead *gc_head(Obj *o) { return (GCHead *)o - 1; }
static inline Obj *gc_obj(GCHead *g) { return (Obj *)(g + 1); }
static inline bool gc_is_tracked(Obj *o) { return gc_head(o)->next != NULL; }

void gc_init(VM *vm);
void gc_fini(VM *vm);

/* Raw memory.  On failure gc_mem_alloc returns NULL and raises MemoryError. */
void *gc_mem_alloc(VM *vm, size_t size);
void *gc_mem_realloc(VM *vm, void *p, size_t old_size, size_t new_size);
void gc_mem_free(VM *vm, void *p, size_t size);

/* A GC object of `size` bytes (the Obj and what follows it), zeroed, with its
 * type set and refcount 1, not yet tracked.  May run a collection first. */
Obj *gc_new_object(VM *vm, struct Type *type, size_t size);
void gc_free_object(VM *vm, Obj *o, size_t size);

void gc_track(VM *vm, Obj *o);
void gc_untrack(Obj *o);

/* Collects generations 0..generation; returns the number of unreachable
 * objects found (CPython's gc.collect() value), or -1 with an exception set. */
intptr_t gc_collect(VM *vm, int generation);

#endif
