/*
 * stdlib/ -- the builtins and the native modules.
 *
 * This is the one public header of stdlib/.  Each native module is a thin
 * file (mod_<name>.c) whose init function builds the module object; the
 * table below is how import finds them.  Module state lives in the VM, not
 * in file statics.
 */
#ifndef PITH_STDLIB_STDLIB_H
#define PITH_STDLIB_STDLIB_H

#include "runtime/object.h"

typedef struct NativeModule {
    const char *name;
    Value (*init)(VM *vm);   /* a new module object, or VAL_NULL with an exception */
} NativeModule;

/* Native modules by name, NULL-terminated. */
extern const NativeModule stdlib_native_modules[];

/* The builtins module (print, len, ...). */
Value stdlib_builtins_init(VM *vm);
/* sys, built at start-up with the command line. */
Value stdlib_sys_init(VM *vm, int argc, char **argv);

/* pith's own version, "X.Y.Z". */
const char *stdlib_version(void);

/* print() to a file-like object or the process's stdout/stderr. */
Value stdlib_print(VM *vm, Value *args, size_t nargs, Value sep, Value end, Value file, bool flush);

#endif
