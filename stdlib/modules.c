/*
 * The table of native modules import can find.
 */
#include "stdlib/stdlib.h"

const NativeModule stdlib_native_modules[] = {
    {"gc", stdlib_gc_init}, {"weakref", stdlib_weakref_init},
    {"math", stdlib_math_init}, {"time", stdlib_time_init}, {"os", stdlib_os_init},
    {"random", stdlib_random_init}, {"_io", stdlib_io_init},
    {"_re", stdlib_re_init},
    {NULL, NULL},
};
