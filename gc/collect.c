/*
 * Generation lists and the cycle collector: CPython 3.11's algorithm,
 * written as a linear script of named phases over intrusive lists.
 *
 * Every tracked object is on exactly one list: generation 0, 1 or 2, or the
 * permanent generation (gc.freeze).  gc_new_object counts allocations and
 * starts automatic collections; gc_collect is gc.collect().
 *
 * One collection of generation g (collect_main):
 *   1. merge the younger generations onto g ("young"; the destination "old"
 *      is g+1, or g itself for a full collection);
 *   2. deduce_unreachable: copy refcounts into GCHead.refs (update_refs),
 *      subtract references coming from inside young (subtract_refs), then
 *      move_unreachable: what still has a positive count is referenced
 *      from outside (older generations, untracked containers, executing
 *      frames, C roots) and everything it reaches is reachable;
 *   3. untrack atomic tuples (and, on full collections, atomic dicts) among
 *      the survivors and move them to old;
 *   4. handle_weakrefs: clear every weakref to garbage, call the callbacks
 *      of the weakrefs that are not garbage themselves;
 *   5. finalize_garbage: run Type.finalize once per object (PEP 442);
 *   6. handle_resurrected: deduce again inside the garbage; what finalizers
 *      made reachable goes to old, uncounted;
 *   7. delete_garbage: `clear` each remaining object (or, with
 *      DEBUG_SAVEALL, append it to gc.garbage); the refcounts then free it.
 *
 * GCHead.refs during a collection: bit COLLECTING marks members of the set
 * being examined (young, later the garbage), with the scratch count above
 * GC_FLAG_SHIFT; bit UNREACHABLE marks objects on the unreachable list.
 * Survivors get both bits and the count cleared when they leave the set, so
 * outside a collection only FINALIZED and WEAKREFS remain (the validator,
 * built with -DPITH_GC_DEBUG, checks this after every collection).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc/gc.h"
#include "runtime/object.h"
#include "vm/vm.h"

#define COUNT_ONE ((intptr_t)1 << GC_FLAG_SHIFT)
#define SCRATCH_MASK (~GC_PERSISTENT_FLAGS)

/* ---- intrusive lists ------------------------------------------------------ */

static void glist_init(GCHead *h) { h->next = h->prev = h; }
static bool glist_is_empty(GCHead *h) { return h->next == h; }

static void glist_append(GCHead *node, GCHead *list)
{
    GCHead *last = list->prev;
    node->prev = last;
    node->next = list;
    last->next = node;
    list->prev = node;
}

static void glist_unlink(GCHead *node)
{
    node->prev->next = node->next;
    node->next->prev = node->prev;
}

static void glist_remove(GCHead *node)
{
    glist_unlink(node);
    node->next = node->prev = NULL;
}

static void glist_move(GCHead *node, GCHead *list)
{
    glist_unlink(node);
    glist_append(node, list);
}

/* Appends all of `from` to the end of `to`; `from` becomes empty. */
static void glist_merge(GCHead *from, GCHead *to)
{
    if (glist_is_empty(from)) return;
    GCHead *last = to->prev;
    last->next = from->next;
    from->next->prev = last;
    to->prev = from->prev;
    from->prev->next = to;
    glist_init(from);
}

size_t gc_list_length(GCHead *list)
{
    size_t n = 0;
    for (GCHead *h = list->next; h != list; h = h->next) n++;
    return n;
}

/* ---- scratch counts --------------------------------------------------------- */

static intptr_t count_of(GCHead *h) { return h->refs >> GC_FLAG_SHIFT; }
static void set_count(GCHead *h, intptr_t n) { h->refs = (h->refs & (COUNT_ONE - 1)) | (n << GC_FLAG_SHIFT); }
static void clear_scratch(GCHead *h) { h->refs &= GC_PERSISTENT_FLAGS; }

/* The GCHead of a referent the collector may care about, or NULL. */
static GCHead *gc_head_of(Value v)
{
    if (!v || is_small(v)) return NULL;
    Obj *o = as_obj(v);
    return obj_is_gc(o) ? gc_head(o) : NULL;
}

static int traverse(Obj *o, VisitFn visit, void *arg)
{
    return o->type->traverse ? o->type->traverse(o, visit, arg) : 0;
}

/* ---- the debug validator ------------------------------------------------- */

#ifdef PITH_GC_DEBUG
static void gc_fatal(const char *what, GCHead *h)
{
    Obj *o = gc_obj(h);
    fprintf(stderr, "pith: gc list corrupted: %s (object %p, type %s, refcnt %ld)\n", what, (void *)o,
            o->type ? o->type->name : "?", (long)o->refcnt);
    abort();
}

/* Checks a list outside a collection: links consistent, members are live
 * GC objects with no scratch bits. */
static void validate_list(GCHead *list)
{
    GCHead *prev = list;
    for (GCHead *h = list->next; h != list; h = h->next) {
        if (h->prev != prev) gc_fatal("prev link", h);
        if (h->refs & SCRATCH_MASK) gc_fatal("scratch bits left over", h);
        if (gc_obj(h)->refcnt == 0) gc_fatal("dead object on a list", h);
        if (!obj_is_gc(gc_obj(h))) gc_fatal("non-GC object on a list", h);
        prev = h;
    }
    if (list->prev != prev) gc_fatal("list tail", list);
}

static void validate_all(GCState *gc)
{
    for (int i = 0; i < GC_NUM_GENERATIONS; i++) validate_list(&gc->gens[i].head);
    validate_list(&gc->permanent);
}
#else
static void validate_list(GCHead *list) { (void)list; }
static void validate_all(GCState *gc) { (void)gc; }
#endif

/* ---- phase 2: deduce_unreachable ----------------------------------------- */

static void update_refs(GCHead *young)
{
    for (GCHead *h = young->next; h != young; h = h->next)
        h->refs = (h->refs & GC_PERSISTENT_FLAGS) | GC_FLAG_COLLECTING | ((intptr_t)gc_obj(h)->refcnt << GC_FLAG_SHIFT);
}

static int visit_decref(Value v, void *arg)
{
    (void)arg;
    GCHead *h = gc_head_of(v);
    if (h && (h->refs & GC_FLAG_COLLECTING) && count_of(h) > 0) h->refs -= COUNT_ONE;
    return 0;
}

static void subtract_refs(GCHead *young)
{
    for (GCHead *h = young->next; h != young; h = h->next) traverse(gc_obj(h), visit_decref, NULL);
}

/* A reachable object points at v: if v was tentatively unreachable, it goes
 * back to the end of young (and will be scanned there); if it is still
 * ahead in the scan, its count becomes positive. */
static int visit_reachable(Value v, void *young)
{
    GCHead *h = gc_head_of(v);
    if (!h || !(h->refs & GC_FLAG_COLLECTING)) return 0;
    if (h->refs & GC_FLAG_UNREACHABLE) {
        glist_move(h, young);
        h->refs &= ~GC_FLAG_UNREACHABLE;
        set_count(h, 1);
    } else if (count_of(h) == 0) {
        set_count(h, 1);
    }
    return 0;
}

static void move_unreachable(GCHead *young, GCHead *unreachable)
{
    GCHead *h = young->next;
    while (h != young) {
        if (count_of(h) > 0) {
            traverse(gc_obj(h), visit_reachable, young);
            clear_scratch(h);   /* scanned: no longer part of the set */
            h = h->next;        /* read after traverse: it may have appended */
        } else {
            GCHead *next = h->next;
            glist_move(h, unreachable);
            h->refs |= GC_FLAG_UNREACHABLE;
            h = next;
        }
    }
}

static void deduce_unreachable(GCHead *young, GCHead *unreachable)
{
    update_refs(young);
    subtract_refs(young);
    move_unreachable(young, unreachable);
}

/* ---- phase 3: survivors ---------------------------------------------------- */

/* CPython's _PyTuple_MaybeUntrack: untrack a tuple none of whose items can
 * be part of a cycle (non-GC objects and untracked tuples). */
static void tuple_maybe_untrack(Obj *o)
{
    TupleObj *t = (TupleObj *)o;
    for (size_t i = 0; i < t->len; i++) {
        GCHead *h = gc_head_of(t->items[i]);
        if (!h) continue;
        if (!is_type(t->items[i], &type_tuple) || h->next) return;
    }
    gc_untrack(o);
}

static void untrack_tuples(GCHead *list)
{
    GCHead *next;
    for (GCHead *h = list->next; h != list; h = next) {
        next = h->next;
        if (gc_obj(h)->type == &type_tuple) tuple_maybe_untrack(gc_obj(h));
    }
}

static void untrack_dicts(VM *vm, GCHead *list)
{
    GCHead *next;
    for (GCHead *h = list->next; h != list; h = next) {
        next = h->next;
        if (gc_obj(h)->type == &type_dict) dict_maybe_untrack(vm, val(gc_obj(h)));
    }
}

/* ---- debug output ---------------------------------------------------------- */

void gc_write_stderr(VM *vm, const char *text)
{
    Value saved = err_fetch(vm);
    bool done = false;
    Value file = vm->sys ? dict_get_cstr_borrowed(vm, ((ModuleObj *)as_obj(vm->sys))->dict, "stderr") : VAL_NULL;
    if (file && file != NONE) {
        incref(file);
        Value s = str_from_cstr(vm, text);
        Value r = s ? obj_call_method(vm, file, "write", &s, 1) : VAL_NULL;
        xdecref(vm, s);
        decref(vm, file);
        if (r) {
            decref(vm, r);
            done = true;
        }
        err_clear(vm);
    }
    if (!done) fputs(text, stderr);
    if (saved) err_restore(vm, saved);
}

static void debug_cycle(VM *vm, const char *what, Obj *o)
{
    char buf[256];
    snprintf(buf, sizeof buf, "gc: %s <%s %p>\n", what, type_name(o->type), (void *)o);
    gc_write_stderr(vm, buf);
}

static void debug_start(VM *vm, int generation)
{
    GCState *gc = &vm->gc;
    char buf[256];
    /* Two writes, as CPython: the first may create objects (a write to a
     * StringIO) that the counts then include. */
    snprintf(buf, sizeof buf, "gc: collecting generation %d...\n", generation);
    gc_write_stderr(vm, buf);
    snprintf(buf, sizeof buf,
             "gc: objects in each generation: %zu %zu %zu\n"
             "gc: objects in permanent generation: %zu\n",
             gc_list_length(&gc->gens[0].head), gc_list_length(&gc->gens[1].head),
             gc_list_length(&gc->gens[2].head), gc_list_length(&gc->permanent));
    gc_write_stderr(vm, buf);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- phase 4: weakrefs ------------------------------------------------------ */

static bool in_garbage(GCHead *h) { return (h->refs & GC_FLAG_COLLECTING) != 0; }

static bool is_weakref_obj(Obj *o)
{
    return o->type == &type_weakref || o->type == &type_weakproxy || o->type == &type_weakcallableproxy ||
           type_is_subtype(o->type, &type_weakref);
}

/* Clears every weakref to every object in `unreachable`; the callbacks of
 * weakrefs that are themselves reachable run afterwards (none may run
 * before all are cleared, or a callback could resurrect garbage through a
 * live weakref).  Returns the number of those weakrefs the callbacks
 * freed, which CPython counts as collected. */
static intptr_t handle_weakrefs(VM *vm, GCHead *unreachable, GCHead *old)
{
    GCHead to_call;
    glist_init(&to_call);
    for (GCHead *h = unreachable->next; h != unreachable; h = h->next) {
        Obj *o = gc_obj(h);
        if (is_weakref_obj(o)) weakref_clear_ref(vm, (WeakRefObj *)o);
        WeakRefObj *wr;
        while ((wr = weakref_list_borrowed(vm, o)) != NULL) {
            weakref_clear_ref(vm, wr);
            GCHead *wh = gc_head(&wr->ob);
            if (!wr->callback || in_garbage(wh) || !wh->next) continue;
            incref(val(wr));
            glist_move(wh, &to_call);
        }
    }
    intptr_t freed = 0;
    while (!glist_is_empty(&to_call)) {
        GCHead *h = to_call.next;
        WeakRefObj *wr = (WeakRefObj *)gc_obj(h);
        Value r = obj_call1(vm, wr->callback, val(wr));
        if (r) decref(vm, r);
        else err_write_unraisable(vm, wr->callback);
        decref(vm, val(wr));
        if (to_call.next == h) glist_move(h, old);   /* still alive */
        else freed++;
    }
    return freed;
}

/* ---- phase 5: finalizers ------------------------------------------------------ */

static void call_finalizer(VM *vm, Obj *o)
{
    o->type->finalize(vm, o);
    if (err_occurred(vm)) err_write_unraisable(vm, val(o));
}

/* Objects may die (or others be freed) while finalizers run, so each is
 * taken off the front of the list before its finalizer runs. */
static void finalize_garbage(VM *vm, GCHead *collectable)
{
    GCHead seen;
    glist_init(&seen);
    while (!glist_is_empty(collectable)) {
        GCHead *h = collectable->next;
        Obj *o = gc_obj(h);
        glist_move(h, &seen);
        if ((h->refs & GC_FLAG_FINALIZED) || !o->type->finalize) continue;
        h->refs |= GC_FLAG_FINALIZED;
        incref(val(o));
        call_finalizer(vm, o);
        decref(vm, val(o));
    }
    glist_merge(&seen, collectable);
}

/* ---- phase 6: resurrection -------------------------------------------------------- */

static void handle_resurrected(GCHead *unreachable, GCHead *still_unreachable, GCHead *old)
{
    for (GCHead *h = unreachable->next; h != unreachable; h = h->next) clear_scratch(h);
    deduce_unreachable(unreachable, still_unreachable);
    glist_merge(unreachable, old);
}

/* ---- phase 7: clearing -------------------------------------------------------- */

static void save_garbage(VM *vm, Obj *o)
{
    Value garbage = (Value)vm->gc.garbage;
    if (garbage && list_append(vm, garbage, val(o)) < 0) err_clear(vm);
}

static void delete_garbage(VM *vm, GCHead *collectable, GCHead *old)
{
    while (!glist_is_empty(collectable)) {
        GCHead *h = collectable->next;
        Obj *o = gc_obj(h);
        if (vm->gc.debug & GC_DEBUG_SAVEALL) {
            save_garbage(vm, o);
        } else if (o->type->clear) {
            incref(val(o));
            o->type->clear(vm, o);
            if (err_occurred(vm)) err_write_unraisable(vm, VAL_NULL);
            decref(vm, val(o));
        }
        if (collectable->next == h) {   /* survived its clear: it may die later */
            clear_scratch(h);
            glist_move(h, old);
        }
    }
}

/* ---- one collection -------------------------------------------------------------- */

typedef struct CollectResult { intptr_t collected, uncollectable; } CollectResult;

static void update_counts(GCState *gc, int generation)
{
    if (generation + 1 < GC_NUM_GENERATIONS) gc->gens[generation + 1].count += 1;
    for (int i = 0; i <= generation; i++) gc->gens[i].count = 0;
}

/* Moves the reachable survivors of `young` to `old`, with the tuple and
 * dict untracking and the long-lived bookkeeping of CPython 3.11. */
static void promote_survivors(VM *vm, int generation, GCHead *young, GCHead *old)
{
    GCState *gc = &vm->gc;
    untrack_tuples(young);
    if (young != old) {
        if (generation == GC_NUM_GENERATIONS - 2) gc->long_lived_pending += (intptr_t)gc_list_length(young);
        glist_merge(young, old);
    } else {
        untrack_dicts(vm, young);
        gc->long_lived_pending = 0;
        gc->long_lived_total = (intptr_t)gc_list_length(young);
    }
}

static CollectResult collect_main(VM *vm, int generation)
{
    GCState *gc = &vm->gc;
    Value saved_exc = err_fetch(vm);
    double t0 = 0;
    if (gc->debug & GC_DEBUG_STATS) {
        debug_start(vm, generation);
        t0 = now_seconds();
    }
    update_counts(gc, generation);
    for (int i = 0; i < generation; i++) glist_merge(&gc->gens[i].head, &gc->gens[generation].head);
    GCHead *young = &gc->gens[generation].head;
    GCHead *old = generation + 1 < GC_NUM_GENERATIONS ? &gc->gens[generation + 1].head : young;

    GCHead unreachable, final_unreachable;
    glist_init(&unreachable);
    glist_init(&final_unreachable);
    deduce_unreachable(young, &unreachable);
    promote_survivors(vm, generation, young, old);

    if (gc->debug & GC_DEBUG_COLLECTABLE)
        for (GCHead *h = unreachable.next; h != &unreachable; h = h->next) debug_cycle(vm, "collectable", gc_obj(h));

    CollectResult res = {0, 0};
    res.collected += handle_weakrefs(vm, &unreachable, old);
    finalize_garbage(vm, &unreachable);
    handle_resurrected(&unreachable, &final_unreachable, old);
    res.collected += (intptr_t)gc_list_length(&final_unreachable);
    delete_garbage(vm, &final_unreachable, old);

    if (gc->debug & GC_DEBUG_STATS) {
        char buf[160];
        snprintf(buf, sizeof buf, "gc: done, %ld unreachable, %ld uncollectable, %.4fs elapsed\n",
                 (long)(res.collected + res.uncollectable), (long)res.uncollectable, now_seconds() - t0);
        gc_write_stderr(vm, buf);
    }
    if (err_occurred(vm)) err_write_unraisable(vm, VAL_NULL);
    if (saved_exc) err_restore(vm, saved_exc);
    GCGenStats *st = &gc->stats[generation];
    st->collections++;
    st->collected += res.collected;
    st->uncollectable += res.uncollectable;
    validate_all(gc);
    return res;
}

/* ---- gc.callbacks ----------------------------------------------------------------- */

static Value callback_info(VM *vm, int generation, CollectResult r)
{
    Value info = dict_new(vm);
    if (!info) return VAL_NULL;
    Value c = int_from_i64(vm, r.collected), u = int_from_i64(vm, r.uncollectable);
    if (!c || !u || dict_set_cstr(vm, info, "generation", small(generation)) < 0 ||
        dict_set_cstr(vm, info, "collected", c) < 0 || dict_set_cstr(vm, info, "uncollectable", u) < 0) {
        xdecref(vm, c);
        xdecref(vm, u);
        decref(vm, info);
        return VAL_NULL;
    }
    decref(vm, c);
    decref(vm, u);
    return info;
}

/* Calls each callable in gc.callbacks as cb(phase, info), all with the same
 * info dict; errors are reported as unraisable. */
static void invoke_callbacks(VM *vm, const char *phase, int generation, CollectResult r)
{
    Value cbs = (Value)vm->gc.callbacks;
    if (!cbs || as_list(cbs)->len == 0) return;
    Value saved = err_fetch(vm);
    Value info = callback_info(vm, generation, r);
    Value phase_str = info ? str_from_cstr(vm, phase) : VAL_NULL;
    if (!phase_str) {
        err_write_unraisable(vm, VAL_NULL);
    } else {
        for (size_t i = 0; i < as_list(cbs)->len; i++) {
            Value cb = incref(as_list(cbs)->items[i]);
            Value args[2] = {phase_str, info};
            Value res = obj_call(vm, cb, args, 2, VAL_NULL);
            if (res) decref(vm, res);
            else err_write_unraisable(vm, cb);
            decref(vm, cb);
        }
    }
    xdecref(vm, phase_str);
    xdecref(vm, info);
    if (saved) err_restore(vm, saved);
}

static intptr_t collect_with_callbacks(VM *vm, int generation)
{
    CollectResult zero = {0, 0};
    invoke_callbacks(vm, "start", generation, zero);
    CollectResult r = collect_main(vm, generation);
    invoke_callbacks(vm, "stop", generation, r);
    return r.collected + r.uncollectable;
}

intptr_t gc_collect(VM *vm, int generation)
{
    GCState *gc = &vm->gc;
    if (gc->collecting) return 0;
    gc->collecting = true;
    intptr_t n = collect_with_callbacks(vm, generation);
    gc->collecting = false;
    return n;
}

/* The automatic schedule: the oldest generation whose count passed its
 * threshold, with full collections held back until the objects waiting
 * for one are a quarter of the long-lived ones. */
static void collect_generations(VM *vm)
{
    GCState *gc = &vm->gc;
    for (int i = GC_NUM_GENERATIONS - 1; i >= 0; i--) {
        if (gc->gens[i].count <= gc->gens[i].threshold) continue;
        if (i == GC_NUM_GENERATIONS - 1 && gc->long_lived_pending < gc->long_lived_total / 4) continue;
        collect_with_callbacks(vm, i);
        break;
    }
}

/* ---- stress mode --------------------------------------------------------------------- */

/* PITH_GC_STRESS=1: runs the detection phases over `list`, then puts
 * everything back untouched and in its old order, so every traverse slot
 * and the list invariants are exercised at every allocation without
 * changing anything the program can observe.  (Plain malloc: the
 * allocator's counters are visible to scripts.) */
static void stress_check(GCHead *list)
{
    size_t n = gc_list_length(list), i = 0;
    GCHead **order = malloc((n ? n : 1) * sizeof *order);
    if (!order) return;
    for (GCHead *h = list->next; h != list; h = h->next) order[i++] = h;
    GCHead unreachable;
    glist_init(&unreachable);
    deduce_unreachable(list, &unreachable);
    for (GCHead *h = unreachable.next; h != &unreachable; h = h->next) clear_scratch(h);
    glist_init(list);
    for (i = 0; i < n; i++) glist_append(order[i], list);
    free(order);
    validate_list(list);
}

static void stress(VM *vm)
{
    GCState *gc = &vm->gc;
    gc->collecting = true;
    if (gc->stress == 2) {
        collect_with_callbacks(vm, 0);
    } else if (++gc->stress_tick >= gc->stress_next_full) {
        /* whole heap: spaced by its size, so the cost per allocation stays bounded */
        size_t total = 0;
        for (int i = 0; i < GC_NUM_GENERATIONS; i++) {
            stress_check(&gc->gens[i].head);
            total += gc_list_length(&gc->gens[i].head);
        }
        gc->stress_next_full = gc->stress_tick + (total > 256 ? total : 256);
    } else if (gc->stress_tick % (uint64_t)(gc->gens[0].count / 64 + 1) == 0) {
        stress_check(&gc->gens[0].head);   /* every allocation while generation 0 is small */
    }
    gc->collecting = false;
}

/* ---- allocation and tracking ------------------------------------------------------------ */

void gc_init(VM *vm)
{
    static const int thresholds[GC_NUM_GENERATIONS] = {700, 10, 10};
    GCState *gc = &vm->gc;
    for (int i = 0; i < GC_NUM_GENERATIONS; i++) {
        glist_init(&gc->gens[i].head);
        gc->gens[i].threshold = thresholds[i];
        gc->gens[i].count = 0;
    }
    glist_init(&gc->permanent);
    gc->enabled = true;
    const char *s = getenv("PITH_GC_STRESS");
    gc->stress = s ? atoi(s) : 0;
}

void gc_fini(VM *vm)
{
    GCState *gc = &vm->gc;
    Value garbage = (Value)gc->garbage, callbacks = (Value)gc->callbacks;
    gc->garbage = gc->callbacks = 0;
    xdecref(vm, garbage);
    xdecref(vm, callbacks);
    weakref_table_fini(vm);
}

static bool may_collect_now(VM *vm)
{
    GCState *gc = &vm->gc;
    return gc->enabled && !gc->collecting && !vm->exc;
}

Obj *gc_new_object(VM *vm, Type *type, size_t size)
{
    GCState *gc = &vm->gc;
    gc->gens[0].count++;
    if (gc->stress && may_collect_now(vm)) stress(vm);
    if (gc->gens[0].count > gc->gens[0].threshold && gc->gens[0].threshold && may_collect_now(vm)) {
        gc->collecting = true;
        collect_generations(vm);
        gc->collecting = false;
    }
    GCHead *h = gc_mem_alloc(vm, sizeof(GCHead) + size);
    if (!h) return NULL;
    memset(h, 0, sizeof(GCHead) + size);
    Obj *o = gc_obj(h);
    o->refcnt = 1;
    o->type = type;
    return o;
}

void gc_free_object(VM *vm, Obj *o, size_t size)
{
    GCState *gc = &vm->gc;
    if (gc_is_tracked(o)) glist_remove(gc_head(o));
    if (gc->gens[0].count > 0) gc->gens[0].count--;
    gc_mem_free(vm, gc_head(o), sizeof(GCHead) + size);
}

void gc_track(VM *vm, Obj *o)
{
    GCHead *h = gc_head(o);
    if (h->next) return;
    glist_append(h, &vm->gc.gens[0].head);
}

void gc_untrack(Obj *o)
{
    GCHead *h = gc_head(o);
    if (h->next) glist_remove(h);
}

void gc_freeze(VM *vm)
{
    GCState *gc = &vm->gc;
    for (int i = 0; i < GC_NUM_GENERATIONS; i++) {
        glist_merge(&gc->gens[i].head, &gc->permanent);
        gc->gens[i].count = 0;
    }
}

void gc_unfreeze(VM *vm)
{
    glist_merge(&vm->gc.permanent, &vm->gc.gens[GC_NUM_GENERATIONS - 1].head);
}

/* ---- the refcount path ----------------------------------------------------------------- */

/* CPython's PyObject_CallFinalizerFromDealloc: the object is revived for
 * the call; if the finaliser stored a new reference, it stays alive.  The
 * FINALIZED bit is set after the call, as CPython does on this path. */
static bool finalize_from_dealloc(VM *vm, Obj *o)
{
    GCHead *h = gc_head(o);
    if (!h->next) gc_track(vm, o);   /* deferred deallocs were untracked */
    Value saved = err_fetch(vm);
    o->refcnt = 1;
    call_finalizer(vm, o);
    h->refs |= GC_FLAG_FINALIZED;
    if (saved) err_restore(vm, saved);
    return --o->refcnt != 0;
}

bool gc_dealloc_prologue_slow(VM *vm, Obj *o)
{
    GCHead *h = gc_head(o);
    if (o->type->finalize && !(h->refs & GC_FLAG_FINALIZED) && finalize_from_dealloc(vm, o)) return true;
    if (h->refs & GC_FLAG_WEAKREFS) {
        /* The callbacks run Python code, which may collect: a dying object
         * (count 0) must not be on a list then. */
        gc_untrack(o);
        weakref_clear_on_dealloc(vm, o);
    }
    return false;
}
