/*
 * vm/ -- compiler, code objects, frames and the interpreter loop.
 *
 * This is the one public header of vm/.  It defines the VM (one per
 * interpreter; every function takes it as its first argument), the frames
 * the loop runs, and the entry points: compile source to a code object, run
 * code in a module, call a Python function.
 *
 * Invariants:
 *  - Frames live on vm->chunk, a VM-owned stack of Values: a frame's locals,
 *    cells and value stack are contiguous there.  Every Value slot in a live
 *    frame is either VAL_NULL or an owned reference.
 *  - vm->exc is the one pending exception (owned), or VAL_NULL.
 *  - vm->handled is the exception being handled by an `except` block (what a
 *    bare `raise` re-raises and what new exceptions take as __context__).
 *  - Roots of the collector that are not on a generation list: the frames on
 *    vm->data (executing frames are not traversed, as in CPython), vm->exc,
 *    vm->handled, and the fields marked "root" below.
 */
#ifndef PITH_VM_VM_H
#define PITH_VM_VM_H

#include <signal.h>
#include "runtime/object.h"
#include "grammar/ast.h"

/* Source position of one instruction (lines 1-based, columns 0-based in
 * code points; end_col is exclusive). */
typedef struct CodePos { int line, end_line, col, end_col; } CodePos;

/* One protected range of instructions: an exception raised at an index in
 * [start, end) unwinds the value stack to `depth` items, pushes the
 * exception and jumps to `target`. */
typedef struct ExcEntry { uint32_t start, end, target, depth; } ExcEntry;

typedef struct Frame {
    struct Frame *back;
    CodeObj *code;          /* owned */
    Value func;             /* owned FunctionObj, or VAL_NULL for module code */
    Value globals;          /* borrowed from func or the module */
    Value builtins;         /* borrowed */
    Value locals;           /* owned dict for module and class bodies, else VAL_NULL */
    uint32_t ip;            /* index of the next instruction */
    Value *sp;              /* next free stack slot */
    Value *stack;           /* base of the value stack */
    Value frame_obj;        /* owned FrameObj made for it (sys._getframe, tracebacks), or VAL_NULL */
    bool is_entry;          /* entered from C: returning leaves the dispatch loop */
    bool owned_by_generator;
    Value slots[];          /* locals, then cells, then free cells, then the stack */
} Frame;

/* A generator (runtime/generator.c) owns its frame: the Frame lives in the
 * same allocation, right after the GenObj, and runs in place. */
typedef enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED } GenState;
typedef struct GenObj {
    Obj ob;
    Frame *frame;           /* == (Frame *)(gen + 1); holds references until GEN_CLOSED */
    size_t frame_values;    /* size of the frame in Values */
    Value code;             /* owned CodeObj: gi_code, kept once the frame is cleared */
    Value name, qualname;   /* owned strs */
    Value exc_state;        /* owned: what its except block handles while suspended */
    Value outer_handled;    /* owned while running: the resumer's vm->handled */
    int state;              /* GenState */
} GenObj;
static inline GenObj *frame_generator(Frame *f) { return (GenObj *)f - 1; }
extern Type type_generator, type_frame;

/* Generators (vm/vm.c, runtime/generator.c).  vm_gen_send resumes g with
 * `sent` (borrowed; VAL_NULL for next()) or, with `throwing`, raises the
 * pending exception at its yield.  Returns 1 if it yielded (*out = value),
 * 0 if it returned (*out = return value), -1 on error -- or, exhausted
 * after next(), -1 without an exception. */
int vm_gen_send(VM *vm, GenObj *g, Value sent, bool throwing, Value *out);
/* next(gen): the next value, or StopIteration carrying the return value. */
Value gen_next(VM *vm, Value gen);
/* Allocates a generator for calling `fn` with room for its frame (zeroed). */
GenObj *gen_alloc(VM *vm, FunctionObj *fn, size_t frame_values);
/* Releases what a generator's frame holds and marks it GEN_CLOSED. */
void vm_gen_clear_frame(VM *vm, GenObj *g);
/* The line the frame is at (its def line before it starts). */
int vm_frame_lineno(const Frame *f);
/* The sub-iterator a generator suspended in `yield from` delegates to
 * (borrowed), or VAL_NULL. */
Value vm_gen_yieldfrom_borrowed(GenObj *g);
/* Drops that sub-iterator and moves the generator past its `yield from`
 * loop (a throw() ended it); resuming then gives the expression's value. */
void vm_gen_yieldfrom_done(VM *vm, GenObj *g);

/* Frame objects (vm/frameobject.c), as CPython 3.11's: made on first use
 * and owned by the frame; when the frame ends while others still hold its
 * frame object, that object takes over the frame's locals (and becomes a
 * tracked container), with f_back set to the caller's frame object. */
Value vm_frame_object(VM *vm, Frame *f);
/* locals(): the namespace dict of module and class frames; in a function,
 * the frame's locals dict refreshed from its fast locals and cells (the
 * same dict each time, as CPython 3.11's PyFrame_FastToLocals). */
Value vm_frame_locals(VM *vm, Frame *f);

/* Names used often enough to be interned once. */
#define INTERNED_STRINGS(X) \
    X(__name__) X(__main__) X(__init__) X(__new__) X(__repr__) X(__str__) X(__del__) \
    X(__class__) X(__dict__) X(__doc__) X(__module__) X(__qualname__) X(__builtins__) \
    X(__file__) X(__enter__) X(__exit__) X(__call__) X(__iter__) X(__next__) X(__len__) \
    X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__hash__) X(__eq__) \
    X(__bool__) X(__index__) X(__getattr__) X(__get__) X(__set__) X(__delete__) \
    X(__build_class__) X(__import__) X(__all__) X(__spec__) X(__loader__) X(__package__) \
    X(__annotations__) X(__slots__) X(__mro__) X(__bases__) X(__base__) X(__weakref__) \
    X(__format__) X(__int__) X(__float__) X(__abs__) X(__neg__) X(__pos__) X(__invert__) \
    X(__init_subclass__) X(__set_name__) X(__length_hint__) X(__reversed__) \
    X(_) X(args) X(end) X(sep) X(file) X(flush) X(write) X(key) X(reverse) \
    X(start) X(keys) X(items) X(values) X(name) X(stdout) X(stderr) X(stdin) X(argv) \
    X(encoding) X(errors) X(strict) X(value) X(code)

typedef struct InternedStrings {
#define INTERNED_FIELD(n) Value n;
    INTERNED_STRINGS(INTERNED_FIELD)
#undef INTERNED_FIELD
} InternedStrings;

struct VM {
    GCState gc;                 /* allocator counters and collector state */

    Value exc;                  /* root: the pending exception */
    Value handled;              /* root: the exception an except block handles */
    Frame *frame;               /* innermost executing frame */
    struct DataChunk *chunk;    /* the frame stack: chunks of Values */
    int depth, recursion_limit; /* Python call depth and its limit */
    uintptr_t c_stack_base;     /* where the first eval() found the C stack (vm.c) */
    size_t c_stack_room;        /* how far below it eval() may still be entered */
    int c_depth;                /* nesting of C recursion (repr, compare, ...) */

    Value builtins;             /* root: dict of the builtins module */
    Value builtins_module;      /* root */
    Value modules;              /* root: sys.modules */
    Value sys;                  /* root: the sys module */
    Value interned;             /* root: dict str -> the interned str */
    Value repr_active;          /* root: list of containers being repr'd */
    Value empty_tuple;          /* root */
    Value memory_error;         /* root: preallocated MemoryError instance */
    Value single_chars;         /* root: tuple of the 128 one-character ASCII strs */
    InternedStrings s;          /* roots */

    Obj *dealloc_pending;       /* objects whose dealloc was deferred (linked through them: runtime/object.c) */
    int dealloc_depth;

    const char *program;        /* argv[0] */
    bool interactive;           /* running the REPL: PRINT_EXPR echoes */
    volatile sig_atomic_t interrupted;  /* set by SIGINT, checked at safe points */
    int exit_code;
};

/* Creating and destroying the interpreter. */
VM *vm_new(int argc, char **argv, const char *program);
void vm_free(VM *vm);

/* Compiles source to a module-level code object.  On a syntax error raises
 * SyntaxError (with filename, lineno, offset, text) and returns VAL_NULL. */
Value vm_compile(VM *vm, const char *src, size_t len, const char *filename, ParseMode mode);
/* Raises and prints the SyntaxError a failed parse describes (REPL). */
void vm_syntax_error_report(VM *vm, const ParseError *pe, const char *filename, const char *src);

/* Compiles an already parsed module. */
Value vm_compile_ast(VM *vm, Module *mod, const char *filename, ParseMode mode, const char *src);

/* Runs module-level code with `globals` as its namespace; returns its value
 * (None for PARSE_FILE code). */
Value vm_run_code(VM *vm, Value code, Value globals);
/* The same with a separate namespace for local names (exec, eval). */
Value vm_exec_code(VM *vm, Value code, Value globals, Value locals);

/* Runs a class body: `func` is the body's function (made by the compiler
 * for a `class` statement), `ns` the namespace dict its names go to.
 * Returns what the body returns (the __class__ cell or None). */
Value vm_run_class_body(VM *vm, Value func, Value ns);

/* Calls any callable (runtime's obj_call routes Python functions here). */
Value vm_call_function(VM *vm, Value func, Value *args, size_t nargs, Value kwnames);

/* Prints the pending exception as CPython's default excepthook does, to
 * stderr, and clears it.  Returns the exit status a SystemExit asks for, or
 * 1 for other exceptions, or -1 if it was not a SystemExit... see vm.c. */
int vm_print_exception(VM *vm);
/* Prints an exception that cannot be raised as CPython's default
 * sys.unraisablehook does ("<err_msg or Exception ignored in>: <repr(obj)>"
 * and the exception).  obj None: no repr; VAL_NULL: "<object repr() failed>". */
void vm_write_unraisable_default(VM *vm, Value exc, Value err_msg, Value obj);
/* True if the pending exception is SystemExit; *status gets its code. */
bool vm_take_system_exit(VM *vm, int *status);

/* Signals and safe points. */
void vm_install_signal_handlers(VM *vm);
bool vm_check_interrupt(VM *vm);   /* false with KeyboardInterrupt set */

/* `import name` (absolute, dotted allowed) from C: the module itself, not
 * its top-level package (vm/import.c). */
Value vm_import_module(VM *vm, const char *name);

/* The main module's dict, creating __main__ on first use. */
Value vm_main_dict(VM *vm);

/* Disassembly for tests and --dis. */
void vm_disassemble(VM *vm, Value code, FILE *out);

#endif
