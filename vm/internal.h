/*
 * vm/ internals shared between the compiler's passes and the interpreter.
 * Not for use outside vm/.
 */
#ifndef PITH_VM_INTERNAL_H
#define PITH_VM_INTERNAL_H

#include "vm/vm.h"
#include "vm/opcodes.h"

/* ---- symbol tables (symtable.c) ------------------------------------------ */

typedef enum ScopeKind { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_COMPREHENSION } ScopeKind;

/* What the source says about a name in one scope. */
enum {
    SYM_ASSIGNED = 1 << 0,   /* bound here: assignment, def, import, for, del, ... */
    SYM_PARAM    = 1 << 1,
    SYM_USED     = 1 << 2,
    SYM_GLOBAL   = 1 << 3,   /* `global` statement */
    SYM_NONLOCAL = 1 << 4,   /* `nonlocal` statement */
    SYM_COMP_ITER = 1 << 5,  /* comprehension's hidden .0 argument */
};

/* Where a name lives, decided by symtable_analyze. */
typedef enum NameScope {
    NS_LOCAL,            /* a fast local (functions) or the namespace dict (module, class) */
    NS_GLOBAL_EXPLICIT,  /* declared global */
    NS_GLOBAL_IMPLICIT,  /* not bound in any enclosing function */
    NS_FREE,             /* bound in an enclosing function: a free cell */
    NS_CELL,             /* local here, captured by an inner function */
} NameScope;

typedef struct Symbol {
    const char *name;
    int flags;
    NameScope scope;
    bool free_in_class;   /* class scope passes a free var through to methods */
    Loc loc;              /* first binding or declaration, for error messages */
} Symbol;

typedef struct Scope {
    ScopeKind kind;
    const char *name;
    const void *node;          /* the Stmt or Expr that opens it */
    struct Scope *parent;
    Symbol *syms;
    int nsyms, cap;
    struct Scope **children;
    int nchildren, childcap;
    bool is_generator;
    bool needs_class_cell;     /* class body: a method uses super() or __class__ */
    bool uses_class_cell;      /* function: refers to __class__ implicitly */
    bool has_varargs, has_varkw;
} Scope;

typedef struct SymTable {
    Scope *top;
    Scope **all;               /* every scope, for lookups by node */
    int nall, allcap;
    char **owned;              /* names the symbol table made (import a.b binds a) */
    int nowned, ownedcap;
    char error[256];
    Loc error_loc;
    bool failed;
} SymTable;

bool symtable_build(SymTable *st, const Module *mod, ParseMode mode);
void symtable_free(SymTable *st);
Scope *symtable_lookup(const SymTable *st, const void *node);
Symbol *scope_find(const Scope *s, const char *name);

/* ---- the interpreter (vm.c) ------------------------------------------------ */

/* frame.c */
size_t frame_values(const CodeObj *code);   /* a frame's size in Values */
void frame_init(VM *vm, Frame *f, CodeObj *code, Value func_steal, Value globals, Value locals);
Frame *frame_push(VM *vm, CodeObj *code, Value func_steal, Value globals, Value locals);
void frame_pop(VM *vm, Frame *f);
void frame_clear(VM *vm, Frame *f);          /* a generator's frame: release, keep the memory */
void frame_release_vars(VM *vm, Frame *f);   /* variables, locals, function and code; stack already empty */
bool frame_bind_args(VM *vm, Frame *f, Value func, Value *args, size_t nargs, Value kwnames, bool steal);
bool frame_init_cells(VM *vm, Frame *f, Value func);
void frame_chunks_free(VM *vm);
/* frameobject.c: the ending frame's frame object, referenced elsewhere,
 * takes over its references (the value stack must be empty). */
void frame_object_take_over(VM *vm, Value frame_obj, Frame *f);

/* vm.c */
Value vm_run_frame(VM *vm, Frame *f);
void vm_add_traceback_entry(VM *vm, Frame *f, uint32_t lasti);

/* errors.c */
Value vm_syntax_error(VM *vm, Type *type, const char *msg, Value filename, int line, int col, int end_line,
                      int end_col, const char *src);
Value vm_syntax_error_from_parse(VM *vm, const ParseError *pe, const char *filename, const char *src);

/* import.c */
Value vm_import(VM *vm, Value name, Value globals, Value fromlist, int level);
Value vm_import_from(VM *vm, Value module, Value name);
int vm_import_star(VM *vm, Value module, Value locals);


#endif
