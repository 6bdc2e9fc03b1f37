/*
 * The table of native modules import can find.
 */
#include "stdlib/stdlib.h"

const NativeModule stdlib_native_modules[] = {
    {"array", stdlib_array_init}, {"_posixsubprocess", stdlib_posixsubprocess_init},
    {"select", stdlib_select_init}, {"resource", stdlib_resource_init},
    {"gc", stdlib_gc_init}, {"weakref", stdlib_weakref_init},
    {"math", stdlib_math_init}, {"time", stdlib_time_init}, {"os", stdlib_os_init},
    {"random", stdlib_random_init}, {"_io", stdlib_io_init},
    {"_tracemalloc", stdlib_tracemalloc_init},
    {"_re", stdlib_re_init},
    {NULL, NULL},
};
