/*
 * The table of native modules import can find.
 */
#include "stdlib/stdlib.h"

const NativeModule stdlib_native_modules[] = {
    {NULL, NULL},
};
