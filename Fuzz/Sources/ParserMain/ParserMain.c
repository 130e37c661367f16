#include "ParserMain.h"

// The fuzz target FuzzParser defines in Swift with @_cdecl.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// SwiftPM (tools 5.5+, Linux) compiles an executable's entry point as `<module>_main` and links `main` to it, so
// that tests can link executables. The fuzz targets have no top-level code (-parse-as-library): this entry point
// hands the process to libFuzzer's driver, whose own `main` the renaming replaces.
int FuzzParser_main(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }
