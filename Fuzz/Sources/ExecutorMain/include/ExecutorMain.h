#ifndef EXECUTOR_MAIN_H
#define EXECUTOR_MAIN_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver: parses the command line and calls `callback` with each input (LLVM's FuzzerInterface.h).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
