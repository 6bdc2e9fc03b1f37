/*
 * Unit tests of the object header and the two str layouts (runtime/object.h):
 * the 16-byte Obj, compact strs (flags and lengths in Obj.aux, text inline)
 * against full ones (cached hash, interned names, long text), equal text
 * hashing and comparing equal across layouts, interning, and deferred
 * deallocation keeping every str intact.  Exit status 0 when every check passes.
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

static void test_header(void)
{
    CHECK(sizeof(Obj) == 16);
    CHECK(sizeof(StrObj) == 16);
    CHECK(none_obj.refcnt >= STATIC_REFCNT / 2);
}

/* Bytes the allocator is asked for by str_new (a 6-char str fits a 24-byte block). */
static void test_compact_size(VM *vm)
{
    size_t before = vm->gc.bytes;
    Value s = str_new(vm, "123456", 6);
    CHECK(vm->gc.bytes - before <= 24);
    CHECK(str_is_compact(as_str(s)) && str_is_ascii(as_str(s)));
    CHECK(str_len(as_str(s)) == 6 && str_nbytes(as_str(s)) == 6);
    CHECK(strcmp(str_cstr(s), "123456") == 0);
    decref(vm, s);
    CHECK(vm->gc.bytes == before);
}

static void test_layout_bounds(VM *vm)
{
    char text[STR_COMPACT_MAX + 2];
    memset(text, 'x', sizeof text);
    Value at_max = str_new(vm, text, STR_COMPACT_MAX);
    Value over = str_new(vm, text, STR_COMPACT_MAX + 1);
    CHECK(str_is_compact(as_str(at_max)) && str_len(as_str(at_max)) == STR_COMPACT_MAX);
    CHECK(!str_is_compact(as_str(over)) && str_len(as_str(over)) == STR_COMPACT_MAX + 1);
    CHECK(str_is_ascii(as_str(over)) && str_cstr(over)[STR_COMPACT_MAX + 1] == 0);
    decref(vm, at_max);
    decref(vm, over);

    Value e = str_new(vm, "h\xc3\xa9llo", 6);   /* héllo: short non-ASCII is compact too */
    CHECK(str_is_compact(as_str(e)) && !str_is_ascii(as_str(e)));
    CHECK(str_len(as_str(e)) == 5 && str_nbytes(as_str(e)) == 6);
    decref(vm, e);
    Value empty = str_new(vm, "", 0);
    CHECK(str_len(as_str(empty)) == 0 && str_cstr(empty)[0] == 0);
    decref(vm, empty);
}

/* A fresh string handed to the interner becomes a full str with a cached
 * hash; one someone else still holds is interned as it is. */
static void test_intern(VM *vm)
{
    Value name = str_intern_cstr(vm, "a_rather_unusual_name");
    CHECK(str_is_interned(as_str(name)) && !str_is_compact(as_str(name)));
    Value plain = str_from_cstr(vm, "a_rather_unusual_name");
    CHECK(str_is_compact(as_str(plain)) && plain != name);
    CHECK(str_eq(plain, name) && str_eq(name, plain));
    CHECK(str_hash(plain) == str_hash(name));
    Value again = str_intern(vm, incref(plain));
    CHECK(again == name);
    decref(vm, again);

    Value held = str_from_cstr(vm, "another_unusual_name");
    Value interned = str_intern(vm, incref(held));
    CHECK(interned == held && str_is_interned(as_str(held)) && str_is_compact(as_str(held)));
    decref(vm, interned);
    decref(vm, held);

    /* dict lookups find equal keys of either layout */
    Value d = dict_new(vm);
    dict_set(vm, d, plain, small(7));
    CHECK(dict_get_str_borrowed(vm, d, name) == small(7));
    decref(vm, d);
    decref(vm, plain);
    decref(vm, name);
}

static void test_hash(VM *vm)
{
    Value a = str_new(vm, "abcdefghij", 10);
    Value b = str_concat(vm, a, a);
    Value c = str_new(vm, "abcdefghijabcdefghij", 20);
    CHECK(str_hash(b) == str_hash(c) && str_hash(b) != str_hash(a));
    CHECK(str_hash(b) == str_hash(b) && str_hash(b) != -1);
    CHECK(str_hash_bytes("", 0) != str_hash_bytes("\0", 1));
    decref(vm, a);
    decref(vm, b);
    decref(vm, c);
}

/* A chain deeper than the dealloc depth limit, with strs all along it:
 * every block comes back and nothing is corrupted on the way. */
static void test_deep_chain(VM *vm)
{
    size_t before = vm->gc.bytes;
    Value chain = NONE;
    for (int i = 0; i < 1000; i++) {
        Value s = str_format(vm, "item %d", i);
        Value t = tuple_pack(vm, 2, chain, s);
        decref(vm, s);
        decref(vm, chain);
        chain = t;
    }
    decref(vm, chain);
    CHECK(vm->dealloc_pending == NULL);
    CHECK(vm->gc.bytes == before);
}

int main(void)
{
    VM *vm = vm_new(0, NULL, "test_str_layout");
    if (!vm) return 1;
    test_header();
    test_compact_size(vm);
    test_layout_bounds(vm);
    test_intern(vm);
    test_hash(vm);
    test_deep_chain(vm);
    vm_free(vm);
    printf("test_str_layout: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
