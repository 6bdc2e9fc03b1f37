/*
 * Unit tests of the cycle collector (gc/collect.c) with a C test type that
 * has a finaliser, so PEP 442 behaviour (finalise once, resurrection,
 * finaliser order, refcount path vs collector path) is checked without
 * needing classes; plus generation bookkeeping, tuple untracking, and a
 * randomized proof: random graphs of nodes, lists, dicts and tuples, random
 * roots dropped, one collection, then an independent reachability walk must
 * agree exactly with what was freed.
 *
 * Environment: PITH_GC_SEED (first seed, default 12345) and PITH_GC_ROUNDS
 * (random graphs to try, default 40) -- `make stress` raises both.
 * Exit status 0 when every check passes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

static int failed, passed;

#define CHECK(cond)                                                                      \
    do {                                                                                 \
        if (cond) passed++;                                                              \
        else {                                                                           \
            failed++;                                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);     \
        }                                                                                \
    } while (0)

/* ---- the test node type ----------------------------------------------------- */

#define NODE_SLOTS 4
typedef struct Node {
    Obj ob;
    int id;
    bool resurrect;          /* finaliser stores the node in `saved` */
    bool break_cycle;        /* finaliser clears slot 0 */
    Value slots[NODE_SLOTS];
} Node;

static char log_buf[512];    /* finaliser calls, "a b c " */
static Value saved;          /* a list: where resurrecting finalisers put nodes */
static unsigned char *freed; /* freed[id] set by dealloc (random test) */
static int freed_cap;

static void node_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    Node *n = (Node *)o;
    if (n->id >= 0 && n->id < freed_cap) freed[n->id] = 1;
    for (int i = 0; i < NODE_SLOTS; i++) clear_slot(vm, &n->slots[i]);
    obj_free(vm, o, sizeof(Node));
}

static int node_traverse(Obj *o, VisitFn visit, void *arg)
{
    Node *n = (Node *)o;
    for (int i = 0; i < NODE_SLOTS; i++)
        if (n->slots[i]) {
            int r = visit(n->slots[i], arg);
            if (r) return r;
        }
    return 0;
}

static void node_clear(VM *vm, Obj *o)
{
    Node *n = (Node *)o;
    for (int i = 0; i < NODE_SLOTS; i++) clear_slot(vm, &n->slots[i]);
}

static void node_finalize(VM *vm, Obj *o)
{
    Node *n = (Node *)o;
    char word[16];
    snprintf(word, sizeof word, "%c ", n->id < 26 ? 'a' + n->id : '?');
    strncat(log_buf, word, sizeof log_buf - strlen(log_buf) - 1);
    if (n->resurrect) list_append(vm, saved, val(o));
    if (n->break_cycle) clear_slot(vm, &n->slots[0]);
}

static Type type_node = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "Node", .size = sizeof(Node), .flags = TF_GC,
    .base = &type_object, .dealloc = node_dealloc, .traverse = node_traverse, .clear = node_clear,
};
static Type type_fin_node = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "FinNode", .size = sizeof(Node), .flags = TF_GC,
    .base = &type_object, .dealloc = node_dealloc, .traverse = node_traverse, .clear = node_clear,
    .finalize = node_finalize,
};

static Value node_new(VM *vm, Type *t, int id)
{
    Node *n = (Node *)gc_new_object(vm, t, sizeof(Node));
    n->id = id;
    gc_track(vm, &n->ob);
    return val(n);
}

static void link_to(Value from, int slot, Value to)
{
    ((Node *)as_obj(from))->slots[slot] = incref(to);
}

static void reset_log(void) { log_buf[0] = 0; }

/* ---- PEP 442 and the collector's script ------------------------------------------ */

static void test_self_cycle(VM *vm)
{
    gc_collect(vm, 2);
    Value a = list_new(vm, 0);
    list_append(vm, a, a);
    CHECK(gc_collect(vm, 2) == 0);
    decref(vm, a);
    CHECK(gc_collect(vm, 2) == 1);
    CHECK(gc_collect(vm, 2) == 0);
}

static void test_finalizer_order(VM *vm)
{
    Value a = node_new(vm, &type_fin_node, 0), b = node_new(vm, &type_fin_node, 1),
          c = node_new(vm, &type_fin_node, 2);
    link_to(a, 0, b);
    link_to(b, 0, c);
    link_to(c, 0, a);
    decref(vm, a);
    decref(vm, b);
    decref(vm, c);
    reset_log();
    CHECK(gc_collect(vm, 2) == 3);
    CHECK(strcmp(log_buf, "a b c ") == 0);
    /* created c, b, a: finalised c, b, a */
    c = node_new(vm, &type_fin_node, 2);
    b = node_new(vm, &type_fin_node, 1);
    a = node_new(vm, &type_fin_node, 0);
    link_to(a, 0, b);
    link_to(b, 0, c);
    link_to(c, 0, a);
    decref(vm, a);
    decref(vm, b);
    decref(vm, c);
    reset_log();
    CHECK(gc_collect(vm, 2) == 3);
    CHECK(strcmp(log_buf, "c b a ") == 0);
}

static void test_resurrection(VM *vm)
{
    Value a = node_new(vm, &type_fin_node, 0);
    Node *n = (Node *)as_obj(a);
    n->resurrect = true;
    link_to(a, 0, a);
    Value payload = list_new(vm, 0);
    list_append(vm, payload, payload);
    link_to(a, 1, payload);
    decref(vm, payload);
    decref(vm, a);
    reset_log();
    CHECK(!gc_is_finalized(&n->ob));
    CHECK(gc_collect(vm, 2) == 0);            /* resurrected with everything it reaches */
    CHECK(strcmp(log_buf, "a ") == 0);
    CHECK(as_list(saved)->len == 1 && gc_is_finalized(&n->ob));
    CHECK(as_list(n->slots[1])->len == 1);     /* the payload is intact */
    /* drop it: collected without a second finaliser call */
    ListObj *l = as_list(saved);
    Value only = l->items[0];
    l->len = 0;
    decref(vm, only);
    reset_log();
    CHECK(gc_collect(vm, 2) == 2);
    CHECK(log_buf[0] == 0);
}

static void test_break_cycle_not_counted(VM *vm)
{
    Value a = node_new(vm, &type_fin_node, 0);
    ((Node *)as_obj(a))->break_cycle = true;
    link_to(a, 0, a);
    decref(vm, a);
    reset_log();
    CHECK(gc_collect(vm, 2) == 0);   /* freed during finalisation: not counted */
    CHECK(strcmp(log_buf, "a ") == 0);
}

static void test_refcount_path(VM *vm)
{
    Value a = node_new(vm, &type_fin_node, 0);
    Node *n = (Node *)as_obj(a);
    n->resurrect = true;
    reset_log();
    decref(vm, a);                   /* finaliser runs now and resurrects */
    CHECK(strcmp(log_buf, "a ") == 0);
    CHECK(as_list(saved)->len == 1 && gc_is_finalized(&n->ob) && gc_is_tracked(&n->ob));
    ListObj *l = as_list(saved);
    Value only = l->items[0];
    l->len = 0;
    reset_log();
    decref(vm, only);                /* freed silently */
    CHECK(log_buf[0] == 0);
    CHECK(gc_collect(vm, 2) == 0);
}

static void test_generations(VM *vm)
{
    GCState *gc = &vm->gc;
    gc_collect(vm, 2);
    CHECK(gc->gens[0].count == 0 && gc->gens[1].count == 0 && gc->gens[2].count == 0);
    Value l = list_new(vm, 0);
    CHECK(gc_head(as_obj(l))->next != NULL);
    gc_collect(vm, 0);
    CHECK(gc->gens[1].count == 1);
    bool in_gen1 = false;
    for (GCHead *h = gc->gens[1].head.next; h != &gc->gens[1].head; h = h->next)
        if (gc_obj(h) == as_obj(l)) in_gen1 = true;
    CHECK(in_gen1);
    gc_collect(vm, 1);
    CHECK(gc->gens[1].count == 0 && gc->gens[2].count == 1);
    /* a cycle spanning generations: old member referenced from outside young */
    Value young = list_new(vm, 0);
    list_append(vm, young, l);
    list_append(vm, l, young);
    decref(vm, young);
    decref(vm, l);
    CHECK(gc_collect(vm, 0) == 0);
    CHECK(gc_collect(vm, 2) == 2);
}

static void test_tuple_untracking(VM *vm)
{
    Value x = str_from_cstr(vm, "x");
    Value inner = tuple_pack(vm, 2, x, small(2));
    Value outer = tuple_pack(vm, 2, x, inner);
    decref(vm, inner);
    CHECK(gc_is_tracked(as_obj(outer)));
    gc_collect(vm, 0);
    CHECK(gc_is_tracked(as_obj(outer)));     /* the inner one was after it in the list */
    CHECK(!gc_is_tracked(as_obj(as_tuple(outer)->items[1])));
    gc_collect(vm, 1);   /* outer is in generation 1 now */
    CHECK(!gc_is_tracked(as_obj(outer)));
    Value l = list_new(vm, 0);
    Value t = tuple_pack(vm, 2, x, l);
    gc_collect(vm, 0);
    CHECK(gc_is_tracked(as_obj(t)));
    decref(vm, t);
    decref(vm, l);
    decref(vm, outer);
    decref(vm, x);
}

static void test_nested_collect_is_zero(VM *vm)
{
    vm->gc.collecting = true;
    CHECK(gc_collect(vm, 2) == 0);
    vm->gc.collecting = false;
}

/* ---- the randomized proof ------------------------------------------------------------ */

static uint64_t rng_state;
static uint32_t rnd(void)
{
    rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(rng_state >> 33);
}

enum { K_NODE, K_FIN, K_LIST, K_DICT, K_TUPLE, K_KINDS };
#define MAX_EDGES 6

typedef struct Vertex {
    int kind, nedges, edges[MAX_EDGES];
    Value obj;        /* borrowed once built: owned by the graph */
} Vertex;

/* Every vertex holds a private marker node (id = vertex index) as its first
 * referent, so "the vertex was freed" is "its marker was freed". */
static Value build_vertex(VM *vm, Vertex *vs, int i)
{
    Vertex *v = &vs[i];
    Value marker = node_new(vm, &type_node, i);
    Value obj;
    switch (v->kind) {
    case K_NODE:
    case K_FIN:
        obj = node_new(vm, v->kind == K_FIN ? &type_fin_node : &type_node, -1);
        link_to(obj, 0, marker);
        break;
    case K_LIST:
        obj = list_new(vm, 0);
        list_append(vm, obj, marker);
        break;
    case K_DICT:
        obj = dict_new(vm);
        dict_set(vm, obj, small(-1), marker);
        break;
    default: {   /* tuples refer only to vertices built before them */
        obj = tuple_new(vm, (size_t)v->nedges + 1);
        as_tuple(obj)->items[0] = incref(marker);
        for (int e = 0; e < v->nedges; e++) as_tuple(obj)->items[e + 1] = incref(vs[v->edges[e]].obj);
        tuple_done(vm, obj);
    }
    }
    decref(vm, marker);
    return obj;
}

static void add_edges(VM *vm, Vertex *vs, int i)
{
    Vertex *v = &vs[i];
    for (int e = 0; e < v->nedges; e++) {
        Value to = vs[v->edges[e]].obj;
        switch (v->kind) {
        case K_NODE:
        case K_FIN:
            if (e + 1 < NODE_SLOTS) link_to(v->obj, e + 1, to);
            else v->nedges = e;
            break;
        case K_LIST: list_append(vm, v->obj, to); break;
        case K_DICT: dict_set(vm, v->obj, small(e), to); break;
        default: break;
        }
    }
}

static void mark_reachable(Vertex *vs, int n, bool *reach, int *stack, const bool *is_root)
{
    int sp = 0;
    for (int i = 0; i < n; i++) {
        reach[i] = is_root[i];
        if (is_root[i]) stack[sp++] = i;
    }
    while (sp) {
        Vertex *v = &vs[stack[--sp]];
        for (int e = 0; e < v->nedges; e++)
            if (!reach[v->edges[e]]) {
                reach[v->edges[e]] = true;
                stack[sp++] = v->edges[e];
            }
    }
}

static bool random_graph_round(VM *vm, int n)
{
    Vertex *vs = calloc((size_t)n, sizeof *vs);
    bool *root = calloc((size_t)n, sizeof *root), *reach = calloc((size_t)n, sizeof *reach);
    int *stack = calloc((size_t)n * (MAX_EDGES + 1), sizeof *stack);
    freed_cap = n;
    memset(freed, 0, (size_t)n);
    for (int i = 0; i < n; i++) {
        vs[i].kind = (int)(rnd() % K_KINDS);
        vs[i].nedges = (int)(rnd() % (MAX_EDGES - 2));
        for (int e = 0; e < vs[i].nedges; e++)
            vs[i].edges[e] = vs[i].kind == K_TUPLE ? (i ? (int)(rnd() % (uint32_t)i) : -1) : (int)(rnd() % (uint32_t)n);
        if (vs[i].kind == K_TUPLE && i == 0) vs[i].nedges = 0;
        vs[i].obj = build_vertex(vm, vs, i);
    }
    for (int i = 0; i < n; i++) add_edges(vm, vs, i);
    /* sometimes age the graph so the collection spans generations */
    if (rnd() % 2) gc_collect(vm, (int)(rnd() % 2));
    for (int i = 0; i < n; i++) root[i] = rnd() % 4 == 0;
    mark_reachable(vs, n, reach, stack, root);
    for (int i = 0; i < n; i++)
        if (!root[i]) decref(vm, vs[i].obj);   /* the graph keeps what it references */
    gc_collect(vm, 2);
    bool ok = true;
    for (int i = 0; i < n; i++)
        if (reach[i] == (bool)freed[i]) {
            fprintf(stderr, "  vertex %d (kind %d): reachable %d, freed %d\n", i, vs[i].kind, reach[i], freed[i]);
            ok = false;
        }
    for (int i = 0; i < n; i++)
        if (root[i]) decref(vm, vs[i].obj);
    gc_collect(vm, 2);
    for (int i = 0; i < n; i++)
        if (!freed[i]) ok = false;
    free(vs);
    free(root);
    free(reach);
    free(stack);
    freed_cap = 0;
    return ok;
}

static void test_random_graphs(VM *vm)
{
    const char *s = getenv("PITH_GC_SEED"), *r = getenv("PITH_GC_ROUNDS");
    uint64_t seed = s ? strtoull(s, NULL, 10) : 12345;
    int rounds = r ? atoi(r) : 40;
    freed = malloc(2000);
    for (int k = 0; k < rounds; k++) {
        rng_state = seed + (uint64_t)k;
        int n = 1 + (int)(rnd() % 1999);
        bool ok = random_graph_round(vm, n);
        if (!ok) fprintf(stderr, "random graph: seed %llu, %d vertices: mismatch\n",
                         (unsigned long long)(seed + (uint64_t)k), n);
        CHECK(ok);
    }
    free(freed);
    freed = NULL;
}

int main(void)
{
    VM *vm = vm_new(0, NULL, "test_gc");
    if (!vm) return 1;
    saved = list_new(vm, 0);
    test_self_cycle(vm);
    test_finalizer_order(vm);
    test_resurrection(vm);
    test_break_cycle_not_counted(vm);
    test_refcount_path(vm);
    test_generations(vm);
    test_tuple_untracking(vm);
    test_nested_collect_is_zero(vm);
    test_random_graphs(vm);
    decref(vm, saved);
    vm_free(vm);
    printf("test_gc: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
