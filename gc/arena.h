/*
 * gc/arena.h -- private to gc/: the small-block allocator behind gc_mem_*.
 *
 * Blocks of at most POOL_SMALL_MAX bytes come from size-class pools (8-byte
 * classes), 16 KiB each, carved out of 256 KiB arenas obtained with mmap.
 * The layout follows CPython's obmalloc, written afresh:
 *
 *  - A pool serves one size class.  Its header sits at the start of the pool
 *    and pools are POOL_SIZE-aligned, so a block finds its pool by masking its
 *    address.  Free blocks form a singly linked list through their first
 *    word; blocks never handed out yet are taken by bumping next_offset, so a
 *    new pool costs nothing per block until the block is used.
 *  - used_pools[class] lists the pools of that class with at least one free
 *    block (freeblock != NULL is the invariant for every listed pool).  A full
 *    pool leaves the list; the free that makes it non-full puts it back at the
 *    front; the free that empties it gives the pool back to its arena.
 *  - Arenas are kept in buckets by their number of free pools.  A new pool is
 *    taken from the fullest arena that has one (lowest non-empty bucket, found
 *    with a bit mask), so live blocks crowd into few arenas and the others
 *    drain.  An arena whose pools are all free is unmapped at once, except
 *    that one entirely free arena is kept as a spare so a program hovering
 *    at an arena boundary does not mmap/munmap on every allocation.
 *
 * Everything on the fast paths (pool_alloc, pool_free) is O(1) and inline;
 * getting a pool from an arena or giving one back is O(1) too, out of line.
 * The caller (gc/alloc.c) chooses pools by size and keeps the counters.
 */
#ifndef PITH_GC_ARENA_H
#define PITH_GC_ARENA_H

#include <stddef.h>
#include <stdint.h>

#define POOL_ALIGNMENT   8
#define POOL_SMALL_MAX   512
#define POOL_NUM_CLASSES (POOL_SMALL_MAX / POOL_ALIGNMENT)
#define POOL_SIZE        ((size_t)16 << 10)
#define ARENA_SIZE       ((size_t)256 << 10)
#define POOLS_PER_ARENA  ((unsigned)(ARENA_SIZE / POOL_SIZE))

struct Arena;

typedef struct Pool {
    void *freeblock;             /* first free block; NULL only when the pool is full */
    struct Pool *next, *prev;    /* used_pools[class_index] links; next also links an arena's free pools */
    struct Arena *arena;
    uint32_t ref;                /* blocks handed out */
    uint32_t class_index;
    uint32_t next_offset;        /* the first block never handed out */
    uint32_t max_next_offset;    /* the last offset where a whole block still fits */
} Pool;

/* Blocks start after the header, rounded up to the block alignment. */
#define POOL_HEADER_SIZE (((sizeof(Pool) + POOL_ALIGNMENT - 1) / POOL_ALIGNMENT) * POOL_ALIGNMENT)

extern Pool *arena_used_pools[POOL_NUM_CLASSES];

static inline unsigned pool_class_of(size_t size) { return (unsigned)((size - 1) / POOL_ALIGNMENT); }
static inline size_t pool_block_size(unsigned class_index) { return ((size_t)class_index + 1) * POOL_ALIGNMENT; }
static inline Pool *pool_of(void *block) { return (Pool *)((uintptr_t)block & ~(uintptr_t)(POOL_SIZE - 1)); }

/* Slow paths, in gc/arena.c. */
void *pool_alloc_from_new_pool(unsigned class_index);   /* NULL when mmap fails */
void pool_unlink_full(Pool *pool);
void pool_relink_nonfull(Pool *pool);
void pool_release_empty(Pool *pool);
size_t arena_count(void);
void arena_release_spare(void);

/* Takes the next free block of `pool`, which must have one. */
static inline void *pool_take_block(Pool *pool)
{
    void *block = pool->freeblock;
    void *next = *(void **)block;
    pool->ref++;
    if (next) {
        pool->freeblock = next;
        return block;
    }
    if (pool->next_offset <= pool->max_next_offset) {
        /* The free list is empty: carve the next never-used block. */
        char *fresh = (char *)pool + pool->next_offset;
        pool->next_offset += (uint32_t)pool_block_size(pool->class_index);
        *(void **)fresh = NULL;
        pool->freeblock = fresh;
        return block;
    }
    pool->freeblock = NULL;
    pool_unlink_full(pool);
    return block;
}

/* A block of size class `class_index`, or NULL when no memory is left. */
static inline void *pool_alloc(unsigned class_index)
{
    Pool *pool = arena_used_pools[class_index];
    if (pool) return pool_take_block(pool);
    return pool_alloc_from_new_pool(class_index);
}

/* Gives back a block that pool_alloc handed out. */
static inline void pool_free(void *block)
{
    Pool *pool = pool_of(block);
    void *last = pool->freeblock;
    *(void **)block = last;
    pool->freeblock = block;
    pool->ref--;
    if (!last) pool_relink_nonfull(pool);
    else if (pool->ref == 0) pool_release_empty(pool);
}

#endif
