/*
 * The allocator: every block pith uses comes from here, so the counters
 * (bytes, blocks, peak) are exact.  Callers pass the size back on free, and
 * the size alone says where a block lives:
 *
 *   size <= POOL_SMALL_MAX    a size-class pool inside an mmap'd arena
 *                             (gc/arena.h), unmapped when it empties;
 *   size <  LARGE_MMAP_MIN    malloc (1 MiB);
 *   size >= LARGE_MMAP_MIN    its own mmap, unmapped on free (so big lists
 *                             and strings give their memory back to the OS
 *                             at once), grown in place with mremap.
 *
 * PITH_NO_POOLS=1 in the environment (read once, at the first allocation)
 * or -DPITH_NO_POOLS at compile time sends every block to malloc, so
 * valgrind's memcheck sees each one; builds with AddressSanitizer do the same
 * automatically.  In that mode a free whose size differs from the
 * allocation is reported when the malloc can tell (ASan, valgrind).
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "gc/arena.h"
#include "gc/gc.h"
#include "runtime/object.h"
#include "vm/vm.h"

#if defined(__SANITIZE_ADDRESS__)
#define ALLOC_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ALLOC_UNDER_ASAN 1
#endif
#endif
#ifndef ALLOC_UNDER_ASAN
#define ALLOC_UNDER_ASAN 0
#endif

#if defined(PITH_NO_POOLS) || ALLOC_UNDER_ASAN
#define POOLS_COMPILED_IN 0
#else
#define POOLS_COMPILED_IN 1
#endif

#define unlikely(x) __builtin_expect(!!(x), 0)

/* No request beyond this can succeed on any machine pith runs on; refusing
 * it up front keeps sanitizers and overcommit from turning a script's
 * `'a' * 2**62` into a crash instead of a MemoryError. */
#define MAX_ALLOCATION ((size_t)1 << 40)

/* Blocks from here up get their own mapping, so freeing one gives it back to
 * the OS at once.  Below it glibc's heap serves them: a loop that makes and
 * drops a 300 KiB list then reuses the same heap memory instead of paying
 * mmap, munmap and a page fault per page each time (3x slower at 256 KiB,
 * see bench/memory/README.md), and glibc keeps at most about its trim
 * threshold of such memory.  (-DLARGE_MMAP_MIN=SIZE_MAX: all to malloc.) */
#ifndef LARGE_MMAP_MIN
#define LARGE_MMAP_MIN ((size_t)1 << 20)
#endif

typedef enum BlockKind { BLOCK_POOL, BLOCK_MALLOC, BLOCK_MMAP } BlockKind;

/* Set once by configure(); small_max 0 and mmap_min SIZE_MAX mean "all malloc". */
static bool configured;
static size_t small_max, mmap_min, page_size;
/* The malloc reports exact block sizes (ASan, valgrind): sizes passed to free
 * can be checked for equality, not just for fitting. */
static bool malloc_size_exact;

/* Under ASan or valgrind's memcheck malloc_usable_size() is the size asked
 * for; under plain glibc (and valgrind's other tools) it is rounded up.  Ask. */
static bool malloc_reports_exact_sizes(void)
{
    void *probe = malloc(1001);
    bool exact = probe && malloc_usable_size(probe) == 1001;
    free(probe);
    return exact;
}

static void configure(void)
{
    const char *no_pools = getenv("PITH_NO_POOLS");
    bool bypass = !POOLS_COMPILED_IN || (no_pools && *no_pools && strcmp(no_pools, "0") != 0);
    small_max = bypass ? 0 : POOL_SMALL_MAX;
    mmap_min = bypass ? SIZE_MAX : LARGE_MMAP_MIN;
    long page = sysconf(_SC_PAGESIZE);
    page_size = page > 0 ? (size_t)page : 4096;
    malloc_size_exact = ALLOC_UNDER_ASAN || malloc_reports_exact_sizes();
    configured = true;
}

static inline BlockKind kind_of(size_t size)
{
    if (size <= small_max) return BLOCK_POOL;
    return size < mmap_min ? BLOCK_MALLOC : BLOCK_MMAP;
}

static size_t page_round(size_t size) { return (size + page_size - 1) & ~(page_size - 1); }

/* ---------------------------------------------------------------- size checks */

/* A free with the wrong size would put the block in the wrong place (or
 * corrupt the counters): that is a bug in pith's C code, never a script's
 * doing, and continuing would corrupt memory, so stop loudly. */
static void size_mismatch(void *p, size_t size, size_t block_size)
{
    fprintf(stderr, "pith: internal error: block %p released with size %zu, which does not match "
            "its allocation (a %zu-byte block)\n", p, size, block_size);
    abort();
}

static inline void check_pool_size(void *p, size_t size)
{
#ifndef NDEBUG
    Pool *pool = pool_of(p);
    if (unlikely(pool->class_index != pool_class_of(size)))
        size_mismatch(p, size, pool_block_size(pool->class_index));
#else
    (void)p;
    (void)size;
#endif
}

static void check_malloc_size(void *p, size_t size)
{
#ifndef NDEBUG
    size_t usable = malloc_usable_size(p);
    if (usable < size || (malloc_size_exact && usable != size)) size_mismatch(p, size, usable);
#else
    (void)p;
    (void)size;
#endif
}

/* ---------------------------------------------------------------- own mappings */

/* A program that makes and drops a block of one large size over and over
 * would pay mmap, munmap and a page fault per page every round.  When twice
 * in a row an allocation asks for exactly the length that was just unmapped,
 * that loop is established: from then on one freed mapping of that length is
 * kept for the next allocation (the program needs that much again at once
 * anyway).  Any other large allocation ends the loop and unmaps it;
 * gc_mem_trim() unmaps it too.  So a block freed outside such a loop, as by
 * `del big`, gives its memory back at once. */
#define KEPT_MAPPING_MAX ((size_t)32 << 20)
static void *kept_mapping;
static size_t kept_len, recycled_len, last_unmapped_len;
static unsigned repeats;   /* allocations in a row of the length just unmapped */

static void drop_kept_mapping(void)
{
    if (kept_mapping) munmap(kept_mapping, kept_len);
    kept_mapping = NULL;
    recycled_len = 0;
}

static void *map_alloc(size_t size)
{
    size_t len = page_round(size);
    if (kept_mapping && kept_len == len) {
        void *p = kept_mapping;
        kept_mapping = NULL;
        return p;
    }
    if (len != recycled_len) drop_kept_mapping();
    repeats = len == last_unmapped_len ? repeats + 1 : 0;
    if (repeats >= 2 && len <= KEPT_MAPPING_MAX) recycled_len = len;
    void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static void map_free(void *p, size_t size)
{
    size_t len = page_round(size);
    if (len == recycled_len && !kept_mapping) {
        kept_mapping = p;
        kept_len = len;
        return;
    }
    munmap(p, len);
    last_unmapped_len = len;
}

/* ---------------------------------------------------------------- raw blocks */

static void *raw_alloc(size_t size)
{
    switch (kind_of(size)) {
    case BLOCK_POOL:
        return pool_alloc(pool_class_of(size));
    case BLOCK_MALLOC:
        return malloc(size);
    case BLOCK_MMAP:
        return map_alloc(size);
    }
    return NULL;
}

static void raw_free(void *p, size_t size)
{
    switch (kind_of(size)) {
    case BLOCK_POOL:
        check_pool_size(p, size);
        pool_free(p);
        break;
    case BLOCK_MALLOC:
        check_malloc_size(p, size);
        free(p);
        break;
    case BLOCK_MMAP:
        map_free(p, size);
        break;
    }
}

/* Resizes in place where the block's kind allows; NULL (p untouched) on failure. */
static void *raw_realloc(void *p, size_t old_size, size_t new_size)
{
    BlockKind kind = kind_of(old_size);
    if (kind == kind_of(new_size)) {
        switch (kind) {
        case BLOCK_POOL:
            check_pool_size(p, old_size);
            if (pool_class_of(old_size) == pool_class_of(new_size)) return p;
            break;
        case BLOCK_MALLOC:
            check_malloc_size(p, old_size);
            return realloc(p, new_size);
        case BLOCK_MMAP: {
            void *q = mremap(p, page_round(old_size), page_round(new_size), MREMAP_MAYMOVE);
            return q == MAP_FAILED ? NULL : q;
        }
        }
    }
    void *q = raw_alloc(new_size);
    if (!q) return NULL;
    memcpy(q, p, old_size < new_size ? old_size : new_size);
    raw_free(p, old_size);
    return q;
}

/* ---------------------------------------------------------------- counted API */

static bool injected_failure(VM *vm)
{
    GCState *gc = &vm->gc;
    gc->alloc_number++;
    return gc->fail_alloc_at != 0 && gc->alloc_number == gc->fail_alloc_at;
}

static void count_alloc(GCState *gc, size_t size)
{
    gc->bytes += size;
    gc->blocks++;
    if (gc->bytes > gc->peak_bytes) gc->peak_bytes = gc->bytes;
}

void *gc_mem_alloc(VM *vm, size_t size)
{
    if (unlikely(!configured)) configure();
    if (size == 0) size = 1;
    void *p = injected_failure(vm) || size > MAX_ALLOCATION ? NULL : raw_alloc(size);
    if (unlikely(!p)) {
        err_no_memory(vm);
        return NULL;
    }
    count_alloc(&vm->gc, size);
    return p;
}

void *gc_mem_realloc(VM *vm, void *p, size_t old_size, size_t new_size)
{
    if (!p) return gc_mem_alloc(vm, new_size);
    if (old_size == 0) old_size = 1;
    if (new_size == 0) new_size = 1;
    void *q = injected_failure(vm) || new_size > MAX_ALLOCATION ? NULL : raw_realloc(p, old_size, new_size);
    if (!q) {
        err_no_memory(vm);
        return NULL;
    }
    vm->gc.bytes += new_size - old_size;
    if (vm->gc.bytes > vm->gc.peak_bytes) vm->gc.peak_bytes = vm->gc.bytes;
    return q;
}

void gc_mem_free(VM *vm, void *p, size_t size)
{
    if (!p) return;
    if (size == 0) size = 1;
    vm->gc.bytes -= size;
    vm->gc.blocks--;
    raw_free(p, size);
}

/* ---------------------------------------------------------------- debug queries */

size_t gc_arena_count(void)
{
    return arena_count();
}

bool gc_mem_pools_enabled(void)
{
    if (!configured) configure();
    return small_max != 0;
}

void gc_mem_trim(void)
{
    arena_release_spare();
    drop_kept_mapping();
    last_unmapped_len = 0;
    repeats = 0;
    malloc_trim(0);   /* the free part of glibc's heap (mid-sized blocks) */
}
