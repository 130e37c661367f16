#ifndef MALLOC_COUNTER_H
#define MALLOC_COUNTER_H

#include <stdbool.h>
#include <stdint.h>

/// Totals since the process started, counted only while counting is switched on.
typedef struct {
    uint64_t allocations;
    uint64_t bytes;
} mc_totals;

/// Switches counting on or off for every thread; off by default so timed runs pay only a branch.
void mc_set_counting(bool on);

/// Reads the totals (relaxed: call it with counting off, or accept a slightly stale reading).
mc_totals mc_read(void);

#endif
