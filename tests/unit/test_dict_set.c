/*
 * Unit tests of dict and set internals that Python code can't see directly:
 * lazy dict tracking and dict_maybe_untrack, traversal order, the CPython
 * table order of int sets, frozenset hashes, and release order on clear.
 * Exit status 0 when every check passes.
 */
#include <stdio.h>
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

static int failed, passed;

#define CHECK(cond)                                                         \
    do {                                                                    \
        if (cond) passed++;                                                 \
        else {                                                              \
            failed++;                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                   \
    } while (0)

static bool repr_is(VM *vm, Value v, const char *expected)
{
    Value r = obj_repr(vm, v);
    bool ok = r && strcmp(str_cstr(r), expected) == 0;
    if (r && !ok) fprintf(stderr, "  repr: %s\n  want: %s\n", str_cstr(r), expected);
    xdecref(vm, r);
    return ok;
}

static Value int_set(VM *vm, const long *xs, size_t n)
{
    Value s = set_new(vm, &type_set);
    for (size_t i = 0; i < n; i++) set_add(vm, s, small(xs[i]));
    return s;
}

static int count_visit(Value v, void *arg)
{
    Value *seen = arg;
    seen[++seen[0]] = v;   /* seen[0] counts */
    return 0;
}

static void test_dict_tracking(VM *vm)
{
    Value d = dict_new(vm);
    CHECK(!gc_is_tracked(as_obj(d)));
    dict_set_cstr(vm, d, "a", small(1));
    CHECK(!gc_is_tracked(as_obj(d)));
    Value l = list_new(vm, 0);
    dict_set_cstr(vm, d, "b", l);
    CHECK(gc_is_tracked(as_obj(d)));
    Value b = str_intern_cstr(vm, "b");
    dict_del_if_present(vm, d, b);
    decref(vm, b);
    CHECK(gc_is_tracked(as_obj(d)));   /* removing doesn't untrack */
    CHECK(dict_maybe_untrack(vm, d));
    CHECK(!gc_is_tracked(as_obj(d)));
    dict_set_cstr(vm, d, "c", l);
    CHECK(!dict_maybe_untrack(vm, d));
    decref(vm, l);
    decref(vm, d);
}

static void test_traverse_order(VM *vm)
{
    Value seen[8] = {0};
    Value d = dict_new(vm);
    dict_set(vm, d, small(1), small(3));
    dict_set(vm, d, small(5), small(7));
    type_dict.traverse(as_obj(d), count_visit, seen);
    /* {1: 3, 5: 7} visits value then key: [3, 1, 7, 5] */
    CHECK(seen[0] == 4 && seen[1] == small(3) && seen[2] == small(1) && seen[3] == small(7) && seen[4] == small(5));
    decref(vm, d);
    memset(seen, 0, sizeof seen);
    d = dict_new(vm);
    dict_set_cstr(vm, d, "a", small(1));
    dict_set_cstr(vm, d, "b", small(2));
    type_dict.traverse(as_obj(d), count_visit, seen);
    CHECK(seen[0] == 2 && seen[1] == small(1) && seen[2] == small(2));   /* str keys: values only */
    decref(vm, d);
}

static void test_set_order(VM *vm)
{
    static const long a[] = {5, 3, 100, 64};
    Value s = int_set(vm, a, 4);
    CHECK(repr_is(vm, s, "{64, 3, 100, 5}"));
    decref(vm, s);
    static const long b[] = {-1, -2, -3, -100, 7};   /* BUILD_SET order (not a folded constant) */
    s = int_set(vm, b, 5);
    CHECK(repr_is(vm, s, "{7, -2, -100, -3, -1}"));
    decref(vm, s);
    s = set_new(vm, &type_set);
    for (long i = 0; i < 20; i++) set_add(vm, s, small(i * 7));
    for (long i = 0; i < 20; i += 2) set_discard(vm, s, small(i * 7));
    CHECK(repr_is(vm, s, "{133, 7, 21, 35, 49, 63, 77, 91, 105, 119}"));
    decref(vm, s);
}

static void test_frozenset_hash(VM *vm)
{
    static const long a[] = {1, 2, 3};
    Value s = int_set(vm, a, 3);
    Value f = set_new(vm, &type_frozenset);
    set_update(vm, f, s);
    intptr_t h = 0;
    CHECK(obj_hash(vm, f, &h) && h == -272375401224217160);   /* hash(frozenset({1, 2, 3})) */
    decref(vm, f);
    decref(vm, s);
    f = set_new(vm, &type_frozenset);
    CHECK(obj_hash(vm, f, &h) && h == 133146708735736);       /* hash(frozenset()) */
    decref(vm, f);
}

static void test_dict_order_and_clear(VM *vm)
{
    Value d = dict_new(vm);
    for (long i = 0; i < 50; i++) dict_set(vm, d, small(i), small(i));
    for (long i = 0; i < 50; i += 3) dict_del(vm, d, small(i));
    dict_set(vm, d, small(0), small(-1));
    size_t pos = 0;
    Value k, v, first = VAL_NULL, last = VAL_NULL;
    size_t n = 0;
    while (dict_next(d, &pos, &k, &v)) {
        if (!first) first = k;
        last = k;
        n++;
    }
    CHECK(n == as_dict(d)->used && first == small(1) && last == small(0));
    dict_clear(vm, d);
    CHECK(as_dict(d)->used == 0 && as_dict(d)->capacity == 0);
    CHECK(repr_is(vm, d, "{}"));
    decref(vm, d);
}

int main(void)
{
    VM *vm = vm_new(0, NULL, "test_dict_set");
    if (!vm) return 1;
    test_dict_tracking(vm);
    test_traverse_order(vm);
    test_set_order(vm);
    test_frozenset_hash(vm);
    test_dict_order_and_clear(vm);
    vm_free(vm);
    printf("test_dict_set: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
