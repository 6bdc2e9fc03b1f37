/*
 * gc/arena.c -- arenas and the slow paths of the pool allocator (see
 * gc/arena.h for the layout and the policy).  Owns every mmap'd arena and
 * the used_pools lists; gc/alloc.c decides which blocks come from here.
 */
#include <stdbool.h>
#include <sys/mman.h>

#include "gc/arena.h"

typedef struct Arena {
    char *base;                  /* the first pool, POOL_SIZE-aligned */
    Pool *free_pools;            /* pools that served blocks and are empty now */
    unsigned nfree;              /* pools not in use: free_pools + never used */
    unsigned next_fresh;         /* index of the first never-used pool */
    struct Arena *next, *prev;   /* links within by_free[nfree] */
} Arena;

Pool *arena_used_pools[POOL_NUM_CLASSES];

/* by_free[n] lists the arenas with n free pools; bit n of nonempty_buckets is
 * set when that list is not empty.  Bucket POOLS_PER_ARENA holds at most the
 * one spare arena (all pools free). */
static Arena *by_free[POOLS_PER_ARENA + 1];
static uint32_t nonempty_buckets;
static size_t narenas;

_Static_assert(POOLS_PER_ARENA < 32, "buckets must fit the mask");
_Static_assert(POOL_HEADER_SIZE + POOL_SMALL_MAX <= POOL_SIZE, "a pool must hold a block");

/* ---------------------------------------------------------------- buckets */

static void bucket_insert(Arena *a)
{
    Arena **head = &by_free[a->nfree];
    a->prev = NULL;
    a->next = *head;
    if (*head) (*head)->prev = a;
    *head = a;
    nonempty_buckets |= (uint32_t)1 << a->nfree;
}

static void bucket_remove(Arena *a)
{
    if (a->prev) a->prev->next = a->next;
    else by_free[a->nfree] = a->next;
    if (a->next) a->next->prev = a->prev;
    if (!by_free[a->nfree]) nonempty_buckets &= ~((uint32_t)1 << a->nfree);
}

static void arena_set_nfree(Arena *a, unsigned nfree)
{
    bucket_remove(a);
    a->nfree = nfree;
    bucket_insert(a);
}

/* ---------------------------------------------------------------- mapping */

/* Maps ARENA_SIZE bytes starting on a POOL_SIZE boundary: maps a little more,
 * then unmaps the unaligned head and the tail, so every arena has all its
 * pools. */
static char *map_aligned_arena(void)
{
    size_t span = ARENA_SIZE + POOL_SIZE;
    char *raw = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return NULL;
    uintptr_t start = ((uintptr_t)raw + POOL_SIZE - 1) & ~(uintptr_t)(POOL_SIZE - 1);
    char *base = (char *)start;
    size_t head = (size_t)(base - raw);
    size_t tail = span - head - ARENA_SIZE;
    if (head) munmap(raw, head);
    if (tail) munmap(base + ARENA_SIZE, tail);
    return base;
}

/* Arena records come from mmap'd slabs, not malloc: a record malloc'd while a
 * big structure is being built would sit on glibc's heap among that
 * structure's blocks and keep the heap from shrinking once they are freed.
 * Slabs are never unmapped; a slab of 64 KiB serves 1300 arenas (325 MiB). */
#define ARENA_SLAB_SIZE ((size_t)64 << 10)
static Arena *free_records;

static Arena *record_new(void)
{
    if (!free_records) {
        Arena *slab = mmap(NULL, ARENA_SLAB_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (slab == MAP_FAILED) return NULL;
        for (size_t i = ARENA_SLAB_SIZE / sizeof(Arena); i-- > 0;) {
            slab[i].next = free_records;
            free_records = &slab[i];
        }
    }
    Arena *a = free_records;
    free_records = a->next;
    return a;
}

static void record_free(Arena *a)
{
    a->next = free_records;
    free_records = a;
}

static Arena *arena_new(void)
{
    Arena *a = record_new();
    if (!a) return NULL;
    a->base = map_aligned_arena();
    if (!a->base) {
        record_free(a);
        return NULL;
    }
    a->free_pools = NULL;
    a->nfree = POOLS_PER_ARENA;
    a->next_fresh = 0;
    bucket_insert(a);
    narenas++;
    return a;
}

static void arena_release(Arena *a)
{
    bucket_remove(a);
    munmap(a->base, ARENA_SIZE);
    record_free(a);
    narenas--;
}

/* The arena a new pool should come from: the fullest one with a free pool,
 * then the spare, then a new mapping. */
static Arena *arena_for_new_pool(void)
{
    uint32_t partly_free = nonempty_buckets & ~(uint32_t)1;
    if (partly_free) return by_free[__builtin_ctz(partly_free)];
    return arena_new();
}

/* ---------------------------------------------------------------- pools */

static Pool *arena_take_pool(Arena *a)
{
    Pool *pool = a->free_pools;
    if (pool) a->free_pools = pool->next;
    else pool = (Pool *)(a->base + (size_t)a->next_fresh++ * POOL_SIZE);
    arena_set_nfree(a, a->nfree - 1);
    pool->arena = a;
    return pool;
}

static void used_pools_push(Pool *pool)
{
    Pool **head = &arena_used_pools[pool->class_index];
    pool->prev = NULL;
    pool->next = *head;
    if (*head) (*head)->prev = pool;
    *head = pool;
}

static void used_pools_remove(Pool *pool)
{
    if (pool->prev) pool->prev->next = pool->next;
    else arena_used_pools[pool->class_index] = pool->next;
    if (pool->next) pool->next->prev = pool->prev;
    pool->next = pool->prev = NULL;
}

void *pool_alloc_from_new_pool(unsigned class_index)
{
    Arena *a = arena_for_new_pool();
    if (!a) return NULL;
    Pool *pool = arena_take_pool(a);
    uint32_t size = (uint32_t)pool_block_size(class_index);
    char *first = (char *)pool + POOL_HEADER_SIZE;
    pool->class_index = class_index;
    pool->ref = 1;
    pool->max_next_offset = (uint32_t)(POOL_SIZE - size);
    /* The first block goes out now; the second is the free list. */
    pool->freeblock = first + size;
    *(void **)pool->freeblock = NULL;
    pool->next_offset = (uint32_t)POOL_HEADER_SIZE + 2 * size;
    used_pools_push(pool);
    return first;
}

void pool_unlink_full(Pool *pool)
{
    used_pools_remove(pool);
}

void pool_relink_nonfull(Pool *pool)
{
    used_pools_push(pool);
    if (pool->ref == 0) pool_release_empty(pool);
}

/* An empty pool goes back to its arena; an arena left with no pool in use is
 * unmapped, unless it is the only entirely free one (the spare). */
void pool_release_empty(Pool *pool)
{
    used_pools_remove(pool);
    Arena *a = pool->arena;
    pool->next = a->free_pools;
    a->free_pools = pool;
    if (a->nfree + 1 < POOLS_PER_ARENA) {
        arena_set_nfree(a, a->nfree + 1);
        return;
    }
    bool have_spare = by_free[POOLS_PER_ARENA] != NULL;
    arena_set_nfree(a, POOLS_PER_ARENA);
    if (have_spare) arena_release(a);
}

size_t arena_count(void)
{
    return narenas;
}

/* Unmaps the spare arena (the only arena that can be entirely free). */
void arena_release_spare(void)
{
    if (by_free[POOLS_PER_ARENA]) arena_release(by_free[POOLS_PER_ARENA]);
}
