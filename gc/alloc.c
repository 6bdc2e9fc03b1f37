/*
 * The allocator: every block pith uses comes from here, so the counters
 * (bytes, blocks, peak) are exact.  For now blocks come from malloc; the
 * size-class arenas of the memory-measuring issue slot in behind the same
 * three functions.
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "runtime/object.h"
#include "vm/vm.h"

/* No request beyond this can succeed on any machine pith runs on; refusing
 * it up front keeps sanitizers and overcommit from turning a script's
 * `'a' * 2**62` into a crash instead of a MemoryError. */
#define MAX_ALLOCATION ((size_t)1 << 40)

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
    if (size == 0) size = 1;
    void *p = injected_failure(vm) || size > MAX_ALLOCATION ? NULL : malloc(size);
    if (!p) {
        err_no_memory(vm);
        return NULL;
    }
    count_alloc(&vm->gc, size);
    return p;
}

void *gc_mem_realloc(VM *vm, void *p, size_t old_size, size_t new_size)
{
    if (!p) return gc_mem_alloc(vm, new_size);
    if (new_size == 0) new_size = 1;
    void *q = injected_failure(vm) || new_size > MAX_ALLOCATION ? NULL : realloc(p, new_size);
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
    free(p);
}
