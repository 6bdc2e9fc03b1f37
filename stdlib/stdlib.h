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

/* A module written in pith (stdlib/lib/NAME.py), embedded at build time. */
typedef struct EmbeddedModule {
    const char *name;
    const unsigned char *src;   /* NUL-terminated */
    size_t len;
} EmbeddedModule;
/* The embedded module called `name`, or NULL (stdlib/embedded.c). */
const EmbeddedModule *stdlib_embedded_find(const char *name);

/* The builtins module (print, len, ...). */
Value stdlib_builtins_init(VM *vm);
/* sys, built at start-up with the command line. */
Value stdlib_sys_init(VM *vm, int argc, char **argv);

/* gc and weakref (stdlib/mod_gc.c, stdlib/mod_weakref.c). */
Value stdlib_gc_init(VM *vm);
Value stdlib_weakref_init(VM *vm);
/* array (stdlib/mod_array.c); array_sizeof: bytes of an array.array, object and items. */
Value stdlib_array_init(VM *vm);
size_t array_sizeof(Value v);
/* subprocess.py's natives: _posixsubprocess.fork_exec and select.select. */
Value stdlib_posixsubprocess_init(VM *vm);
Value stdlib_select_init(VM *vm);
/* resource: getrusage, getrlimit, setrlimit, getpagesize (stdlib/mod_resource.c). */
Value stdlib_resource_init(VM *vm);
/* Native modules of issue 7: math, time, os (with os.path from stdlib/lib),
 * _random (random.py's generator), io's natives. */
Value stdlib_math_init(VM *vm);
Value stdlib_time_init(VM *vm);
Value stdlib_os_init(VM *vm);
Value stdlib_random_init(VM *vm);
Value stdlib_io_init(VM *vm);
/* _tracemalloc, the native half of tracemalloc (stdlib/lib/tracemalloc.py). */
Value stdlib_tracemalloc_init(VM *vm);
/* _re: PCRE2 behind re.py (stdlib/mod_re.c). */
Value stdlib_re_init(VM *vm);

/* sys.unraisablehook's argument (mod_sys.c): an UnraisableHookArgs of
 * the exception (its type, value, traceback), err_msg and object. */
Value stdlib_unraisable_hook_args(VM *vm, Value exc, Value err_msg, Value obj);

/* pith's own version, "X.Y.Z". */
const char *stdlib_version(void);

/* print() to a file-like object or the process's stdout/stderr. */
Value stdlib_print(VM *vm, Value *args, size_t nargs, Value sep, Value end, Value file, bool flush);

#endif
