// Interposes the C allocator from inside the executable: an executable that defines malloc and
// friends is searched first by the dynamic linker, so the Swift runtime and Foundation call these.
// Each function forwards to glibc's own entry points (__libc_*), which avoids dlsym and recursion.
#include "MallocCounter.h"

#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__linux__) && defined(__GLIBC__)

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void __libc_free(void *pointer);
extern void *__libc_memalign(size_t alignment, size_t size);

static atomic_bool counting = false;
static atomic_uint_fast64_t allocations = 0;
static atomic_uint_fast64_t bytes = 0;

static inline void record(size_t size) {
    if (atomic_load_explicit(&counting, memory_order_relaxed)) {
        atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
        atomic_fetch_add_explicit(&bytes, size, memory_order_relaxed);
    }
}

void *malloc(size_t size) {
    record(size);
    return __libc_malloc(size);
}

void *calloc(size_t count, size_t size) {
    record(count * size);
    return __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size) {
    record(size);
    return __libc_realloc(pointer, size);
}

void free(void *pointer) { __libc_free(pointer); }

void *memalign(size_t alignment, size_t size) {
    record(size);
    return __libc_memalign(alignment, size);
}

void *aligned_alloc(size_t alignment, size_t size) {
    record(size);
    return __libc_memalign(alignment, size);
}

int posix_memalign(void **result, size_t alignment, size_t size) {
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0) {
        return EINVAL;
    }
    record(size);
    void *pointer = __libc_memalign(alignment, size);
    if (pointer == NULL) {
        return ENOMEM;
    }
    *result = pointer;
    return 0;
}

void mc_set_counting(bool on) { atomic_store_explicit(&counting, on, memory_order_seq_cst); }

mc_totals mc_read(void) {
    mc_totals totals;
    totals.allocations = atomic_load_explicit(&allocations, memory_order_relaxed);
    totals.bytes = atomic_load_explicit(&bytes, memory_order_relaxed);
    return totals;
}


#else

void mc_set_counting(bool on) { (void)on; }

mc_totals mc_read(void) {
    mc_totals totals = {0, 0};
    return totals;
}


#endif
