/*
 * Unit tests of the allocator (gc/alloc.c, gc/arena.c): many random sizes
 * allocated, resized and freed in random order with their contents checked,
 * the counters (bytes, blocks, peak) kept exact, and arenas given back to the
 * OS once their blocks are free.  Exit status 0 when every check passes.
 * Under ASan (or PITH_NO_POOLS=1) every block comes from malloc and the
 * arena checks reduce to "no arena was ever mapped".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/arena.h"
#include "gc/gc.h"
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

/* A fixed xorshift generator, so every run checks the same sequence. */
static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Mostly small sizes (every pool class and its edges), some mid-sized
 * (malloc), a few large (own mapping). */
static size_t random_size(void)
{
    uint64_t r = rng() % 100;
    if (r < 80) return (size_t)(rng() % 520);
    if (r < 97) return 513 + (size_t)(rng() % 20000);
    return ((size_t)200 << 10) + (size_t)(rng() % (600u << 10));
}

typedef struct Block {
    unsigned char *p;
    size_t size;
    unsigned char fill;
} Block;

static void fill(Block *b)
{
    size_t n = b->size < 64 ? b->size : 64;
    memset(b->p, b->fill, n);
    if (b->size) b->p[b->size - 1] = b->fill;
}

static bool intact(const Block *b)
{
    size_t n = b->size < 64 ? b->size : 64;
    for (size_t i = 0; i < n; i++)
        if (b->p[i] != b->fill) return false;
    return b->size == 0 || b->p[b->size - 1] == b->fill;
}

static size_t counted(size_t size) { return size ? size : 1; }

/* Random allocate / resize / free over a window of live blocks; checks the
 * contents of every block it touches and the counters at the end. */
static void test_random_churn(VM *vm)
{
    enum { LIVE = 4000, STEPS = 200000 };
    static Block live[LIVE];
    size_t bytes0 = vm->gc.bytes, blocks0 = vm->gc.blocks;
    size_t want_bytes = bytes0, want_blocks = blocks0, want_peak = vm->gc.peak_bytes;
    bool contents_ok = true, counts_ok = true;
    for (int step = 0; step < STEPS; step++) {
        Block *b = &live[rng() % LIVE];
        if (!b->p) {
            b->size = random_size();
            b->p = gc_mem_alloc(vm, b->size);
            if (!b->p) break;
            b->fill = (unsigned char)rng();
            fill(b);
            want_bytes += counted(b->size);
            want_blocks++;
        } else if (rng() % 4 == 0) {
            contents_ok &= intact(b);
            size_t new_size = random_size();
            unsigned char *q = gc_mem_realloc(vm, b->p, b->size, new_size);
            if (!q) break;
            size_t kept = b->size < new_size ? b->size : new_size;
            /* Only the first min(64, kept) bytes are known after a resize. */
            for (size_t i = 0; i < (kept < 64 ? kept : 64); i++) contents_ok &= q[i] == b->fill;
            want_bytes += counted(new_size) - counted(b->size);
            b->p = q;
            b->size = new_size;
            fill(b);
        } else {
            contents_ok &= intact(b);
            gc_mem_free(vm, b->p, b->size);
            want_bytes -= counted(b->size);
            want_blocks--;
            b->p = NULL;
        }
        if (want_bytes > want_peak) want_peak = want_bytes;
        counts_ok &= vm->gc.bytes == want_bytes && vm->gc.blocks == want_blocks;
    }
    CHECK(contents_ok);
    CHECK(counts_ok);
    CHECK(vm->gc.peak_bytes >= want_peak);
    for (int i = 0; i < LIVE; i++) {
        if (!live[i].p) continue;
        contents_ok &= intact(&live[i]);
        gc_mem_free(vm, live[i].p, live[i].size);
        live[i].p = NULL;
    }
    CHECK(contents_ok);
    CHECK(vm->gc.bytes == bytes0);
    CHECK(vm->gc.blocks == blocks0);
}

/* Blocks of one class, all distinct and 8-byte aligned; freeing them all
 * gives every arena they needed back (bar the one spare). */
static void test_arenas_released(VM *vm)
{
    enum { N = 200000 };
    void **blocks = malloc(N * sizeof *blocks);
    if (!blocks) {
        CHECK(!"malloc");
        return;
    }
    size_t arenas0 = gc_arena_count();
    bool aligned = true;
    for (int i = 0; i < N; i++) {
        blocks[i] = gc_mem_alloc(vm, 24);
        aligned &= ((uintptr_t)blocks[i] & 7) == 0;
        if (blocks[i]) *(int *)blocks[i] = i;
    }
    CHECK(aligned);
    size_t arenas_full = gc_arena_count();
    if (gc_mem_pools_enabled()) CHECK(arenas_full >= (N * 24) / ARENA_SIZE);
    else CHECK(arenas_full == 0);
    bool intact_ok = true;
    /* Free every other block first: no arena may empty yet. */
    for (int i = 0; i < N; i += 2) {
        intact_ok &= *(int *)blocks[i] == i;
        gc_mem_free(vm, blocks[i], 24);
    }
    CHECK(gc_arena_count() == arenas_full);
    for (int i = 1; i < N; i += 2) {
        intact_ok &= *(int *)blocks[i] == i;
        gc_mem_free(vm, blocks[i], 24);
    }
    CHECK(intact_ok);
    CHECK(gc_arena_count() <= arenas0 + 1);
    gc_mem_trim();
    CHECK(gc_arena_count() <= arenas0);
    free(blocks);
}

/* Frees every block of `arena` that lies in one of its first `npools` pools
 * (pools in the order the blocks were handed out). */
static void free_pools_of(VM *vm, void **blocks, int n, size_t size, const struct Arena *arena, int npools)
{
    Pool *seen[POOLS_PER_ARENA];
    int nseen = 0;
    for (int i = 0; i < n; i++) {
        if (!blocks[i] || pool_of(blocks[i])->arena != arena) continue;
        Pool *pool = pool_of(blocks[i]);
        int k = 0;
        while (k < nseen && seen[k] != pool) k++;
        if (k == nseen) {
            if (nseen == npools) continue;
            seen[nseen++] = pool;
        }
        gc_mem_free(vm, blocks[i], size);
        blocks[i] = NULL;
    }
}

/* New pools come from the fullest arena that has one, so live blocks crowd
 * together; an arena that empties is unmapped (one spare is kept). */
static void test_fullest_arena_first(VM *vm)
{
    if (!gc_mem_pools_enabled()) return;
    enum { N = 60000, SIZE = 64 };
    void **blocks = calloc(N, sizeof *blocks);
    if (!blocks) return;
    const struct Arena *order[64];
    int narenas = 0;
    for (int i = 0; i < N; i++) {
        blocks[i] = gc_mem_alloc(vm, SIZE);
        const struct Arena *a = pool_of(blocks[i])->arena;
        if ((narenas == 0 || order[narenas - 1] != a) && narenas < 64) order[narenas++] = a;
    }
    /* Arenas mapped during the loop were filled one after another, wholly
     * by these blocks; take three from the middle. */
    CHECK(narenas >= 10);
    if (narenas < 10) return;
    const struct Arena *a = order[5], *b = order[6], *c = order[7];
    free_pools_of(vm, blocks, N, SIZE, a, 8);
    free_pools_of(vm, blocks, N, SIZE, b, 1);
    free_pools_of(vm, blocks, N, SIZE, c, 12);
    size_t mapped = gc_arena_count();
    /* Blocks of another size until one needs a new pool: that pool must come
     * from the fullest arena (b, or the last one if it has as few free). */
    void *more[1024];
    int nmore = 0;
    Pool *fresh = NULL;
    while (nmore < 1024) {
        void *p = more[nmore++] = gc_mem_alloc(vm, 40);
        if (pool_of(p)->ref == 1) {
            fresh = pool_of(p);
            break;
        }
    }
    CHECK(fresh != NULL && fresh->arena != a && fresh->arena != c);
    CHECK(gc_arena_count() == mapped);
    for (int i = 0; i < nmore; i++) gc_mem_free(vm, more[i], 40);
    /* Emptying a leaves a spare (it, or an older one); emptying c as well
     * must then unmap c. */
    free_pools_of(vm, blocks, N, SIZE, a, POOLS_PER_ARENA);
    size_t after_a = gc_arena_count();
    CHECK(after_a <= mapped);
    free_pools_of(vm, blocks, N, SIZE, c, POOLS_PER_ARENA);
    CHECK(gc_arena_count() == after_a - 1);
    for (int i = 0; i < N; i++)
        if (blocks[i]) gc_mem_free(vm, blocks[i], SIZE);
    free(blocks);
}

/* Resizing keeps the contents across every kind boundary (pool <-> malloc
 * <-> own mapping), growing and shrinking. */
static void test_realloc_across_kinds(VM *vm)
{
    static const size_t sizes[] = {1, 8, 9, 511, 512, 513, 4096, (size_t)256 << 10, (size_t)1 << 20,
                                   (size_t)3 << 20, 300, 7, (size_t)2 << 20, 100, 3, 600};
    static const char pattern[] = "abcdefghij";
    size_t bytes0 = vm->gc.bytes;
    size_t size = 10;
    unsigned char *p = gc_mem_alloc(vm, size);
    memcpy(p, pattern, 10);
    bool ok = p != NULL;
    for (size_t i = 0; ok && i < sizeof sizes / sizeof sizes[0]; i++) {
        size_t keep = size < sizes[i] ? size : sizes[i];
        if (keep > 10) keep = 10;
        unsigned char *q = gc_mem_realloc(vm, p, size, sizes[i]);
        if (!q) {
            ok = false;
            break;
        }
        p = q;
        size = sizes[i];
        ok &= memcmp(p, pattern, keep) == 0;
        memcpy(p, pattern, size < 10 ? size : 10);
        ok &= vm->gc.bytes == bytes0 + size;
    }
    CHECK(ok);
    gc_mem_free(vm, p, size);
    CHECK(vm->gc.bytes == bytes0);
}

/* A loop that makes and drops a block of one large size reuses one mapping
 * after a few rounds; blocks stay usable and the counters exact throughout,
 * also when another size breaks the loop. */
static void test_large_recycling(VM *vm)
{
    static const size_t sizes[] = {(size_t)3 << 20, (size_t)3 << 20, (size_t)3 << 20, (size_t)3 << 20,
                                   (size_t)5 << 20, (size_t)3 << 20, (size_t)3 << 20, (size_t)3 << 20};
    size_t bytes0 = vm->gc.bytes, blocks0 = vm->gc.blocks;
    bool ok = true;
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        unsigned char *p = gc_mem_alloc(vm, sizes[i]);
        if (!p) {
            ok = false;
            break;
        }
        memset(p, (int)i, 4096);
        p[sizes[i] - 1] = (unsigned char)i;
        ok &= p[100] == (unsigned char)i && vm->gc.bytes == bytes0 + sizes[i];
        gc_mem_free(vm, p, sizes[i]);
    }
    CHECK(ok);
    CHECK(vm->gc.bytes == bytes0 && vm->gc.blocks == blocks0);
    gc_mem_trim();
}

/* The counters behind sys.getallocatedblocks(): a peak, and failures that
 * count nothing and raise MemoryError. */
static void test_counters_and_failure(VM *vm)
{
    size_t bytes0 = vm->gc.bytes, blocks0 = vm->gc.blocks;
    void *p = gc_mem_alloc(vm, (size_t)5 << 20);
    CHECK(p != NULL);
    CHECK(vm->gc.peak_bytes >= bytes0 + ((size_t)5 << 20));
    CHECK(vm->gc.blocks == blocks0 + 1);
    gc_mem_free(vm, p, (size_t)5 << 20);
    void *huge = gc_mem_alloc(vm, (size_t)1 << 50);
    CHECK(huge == NULL);
    CHECK(err_occurred(vm));
    err_clear(vm);
    CHECK(vm->gc.bytes == bytes0 && vm->gc.blocks == blocks0);
    void *q = gc_mem_alloc(vm, 0);
    CHECK(q != NULL && vm->gc.bytes == bytes0 + 1);
    gc_mem_free(vm, q, 0);
    CHECK(vm->gc.bytes == bytes0 && vm->gc.blocks == blocks0);
}

int main(int argc, char **argv)
{
    VM *vm = vm_new(argc, argv, argv[0]);
    if (!vm) return 2;
    test_random_churn(vm);
    test_arenas_released(vm);
    test_fullest_arena_first(vm);
    test_realloc_across_kinds(vm);
    test_large_recycling(vm);
    test_counters_and_failure(vm);
    vm_free(vm);
    printf("test_alloc: %d passed, %d failed (pools %s)\n", passed, failed,
           gc_mem_pools_enabled() ? "on" : "off");
    return failed ? 1 : 0;
}
