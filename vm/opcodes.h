/*
 * The one list of pith's opcodes.  Each line: name, stack effect (for the
 * compiler's depth tracking; VAR means the compiler computes it from the
 * argument), and what it does.  The enum, the name table and the dispatch
 * table are all derived from this list.
 *
 * An instruction is one uint32_t: opcode in the low 8 bits, argument in the
 * upper 24.  Stack notation: [.., a, b] means b is on top.
 * Calls use the layout [callable, self_or_NULL, args...].
 */
#ifndef PITH_VM_OPCODES_H
#define PITH_VM_OPCODES_H

#define VAR 99

#define OPCODES(X) \
    X(NOP,               0)  /* nothing */ \
    X(POP_TOP,          -1)  /* drop TOS */ \
    X(COPY,              1)  /* push stack[-arg] */ \
    X(SWAP,              0)  /* exchange TOS and stack[-arg] */ \
    X(PUSH_NULL,         1)  /* push VAL_NULL (the empty self slot of a call) */ \
    X(LOAD_CONST,        1)  /* push consts[arg] */ \
    X(LOAD_FAST,         1)  /* push local arg; UnboundLocalError if unset */ \
    X(STORE_FAST,       -1)  /* local arg = pop */ \
    X(DELETE_FAST,       0)  /* unbind local arg */ \
    X(LOAD_DEREF,        1)  /* push the content of cell arg (cells follow locals) */ \
    X(STORE_DEREF,      -1)  /* cell arg content = pop */ \
    X(DELETE_DEREF,      0)  /* empty cell arg */ \
    X(LOAD_CLOSURE,      1)  /* push cell arg itself (to build a closure) */ \
    X(LOAD_CLASSDEREF,   1)  /* class body: locals dict, else cell arg */ \
    X(LOAD_GLOBAL,       1)  /* push globals/builtins [names[arg]] */ \
    X(STORE_GLOBAL,     -1)  \
    X(DELETE_GLOBAL,     0)  \
    X(LOAD_NAME,         1)  /* locals dict, globals, builtins */ \
    X(STORE_NAME,       -1)  \
    X(DELETE_NAME,       0)  \
    X(LOAD_ATTR,         0)  /* [.., obj] -> [.., obj.names[arg]] */ \
    X(STORE_ATTR,       -2)  /* [.., v, obj]: obj.names[arg] = v */ \
    X(DELETE_ATTR,      -1)  /* [.., obj]: del obj.names[arg] */ \
    X(LOAD_METHOD,       1)  /* [.., obj] -> [.., meth, obj] or [.., attr, NULL] */ \
    X(BINARY_OP,        -1)  /* [.., a, b] -> [.., a op b]; arg NumOp, +0x100 in-place */ \
    X(UNARY_NEG,         0)  \
    X(UNARY_POS,         0)  \
    X(UNARY_INVERT,      0)  \
    X(UNARY_NOT,         0)  \
    X(COMPARE_OP,       -1)  /* arg CmpCode */ \
    X(IS_OP,            -1)  /* arg 1: is not */ \
    X(CONTAINS_OP,      -1)  /* [.., item, container]; arg 1: not in */ \
    X(BINARY_SUBSCR,    -1)  /* [.., obj, key] -> [.., obj[key]] */ \
    X(STORE_SUBSCR,     -3)  /* [.., v, obj, key]: obj[key] = v */ \
    X(DELETE_SUBSCR,    -2)  /* [.., obj, key]: del obj[key] */ \
    X(BUILD_SLICE,     VAR)  /* arg 2 or 3 items -> slice */ \
    X(BUILD_TUPLE,     VAR)  /* arg items -> tuple */ \
    X(BUILD_LIST,      VAR)  \
    X(BUILD_SET,       VAR)  \
    X(BUILD_MAP,       VAR)  /* arg key/value pairs -> dict */ \
    X(BUILD_STRING,    VAR)  /* arg strs -> their concatenation */ \
    X(LIST_APPEND,      -1)  /* stack[-arg-1].append(pop) (comprehensions) */ \
    X(SET_ADD,          -1)  \
    X(MAP_ADD,          -2)  /* [.., k, v]: stack[-arg-2][k] = v */ \
    X(LIST_EXTEND,      -1)  /* stack[-arg-1].extend(pop) */ \
    X(SET_UPDATE,       -1)  \
    X(DICT_UPDATE,      -1)  /* {**x} */ \
    X(DICT_MERGE,       -1)  /* f(**x): duplicate keywords are an error */ \
    X(LIST_TO_TUPLE,     0)  \
    X(UNPACK_SEQUENCE, VAR)  /* pop seq, push arg items (last first) */ \
    X(UNPACK_EX,       VAR)  /* a, *b, c: arg = before | after << 8 */ \
    X(GET_ITER,          0)  \
    X(FOR_ITER,          1)  /* push next(TOS), or pop the iterator and jump to arg */ \
    X(JUMP,              0)  /* to arg */ \
    X(POP_JUMP_IF_FALSE, -1) \
    X(POP_JUMP_IF_TRUE, -1)  \
    X(JUMP_IF_FALSE_OR_POP, -1) /* keep TOS and jump if false, else pop */ \
    X(JUMP_IF_TRUE_OR_POP, -1)  \
    X(CALL,            VAR)  /* [.., f, self|NULL, args(arg)] -> [.., result] */ \
    X(CALL_KW,         VAR)  /* like CALL, then a tuple of keyword names on top; arg counts all */ \
    X(CALL_EX,         VAR)  /* [.., f, self|NULL, args tuple (any iterable if arg&2), (kwargs dict if arg&1)] */ \
    X(MAKE_FUNCTION,   VAR)  /* [.., (defaults), (kwdefaults), (closure), code, qualname]; arg flags */ \
    X(RETURN_VALUE,     -1)  \
    X(RAISE,           VAR)  /* arg 0: re-raise the handled exception; 1: [exc]; 2: [exc, cause] */ \
    X(RERAISE,          -1)  /* raise pop() again, keeping its traceback */ \
    X(PUSH_EXC_INFO,     1)  /* [.., exc] -> [.., previously handled, exc]; exc is now handled */ \
    X(POP_EXCEPT,       -1)  /* pop the previously handled exception and restore it */ \
    X(CHECK_EXC_MATCH,   0)  /* [.., exc, type] -> [.., exc, bool] */ \
    X(BEFORE_WITH,       1)  /* [.., mgr] -> [.., bound __exit__, mgr.__enter__()] */ \
    X(WITH_EXCEPT_START, 1)  /* [.., exit, prev, exc] -> [.., exit, prev, exc, exit(type, exc, tb)] */ \
    X(FORMAT_VALUE,    VAR)  /* arg: conversion (1 s, 2 r, 3 a) | 4 if a spec is on top */ \
    X(PRINT_EXPR,       -1)  /* REPL: echo repr(pop) unless None, set builtins._ */ \
    X(LOAD_BUILD_CLASS,  1)  \
    X(IMPORT_NAME,      -1)  /* [.., level, fromlist] -> [.., module] */ \
    X(IMPORT_FROM,       1)  /* [.., module] -> [.., module, module.names[arg]] */ \
    X(IMPORT_STAR,      -1)  \
    X(LOAD_ASSERTION_ERROR, 1) \
    X(GET_YIELD_FROM_ITER, 0) \
    X(YIELD_VALUE,       0)  /* suspend, giving TOS; resume with the sent value on top */ \
    X(SEND,              0)  /* [.., sub, v] -> [.., sub, yielded] or pop sub, push result and jump to arg */ \
    X(RETURN_GENERATOR,  0)  \
    X(SETUP_ANNOTATIONS, 0)

typedef enum Opcode {
#define OPCODE_ENUM(name, effect) OP_##name,
    OPCODES(OPCODE_ENUM)
#undef OPCODE_ENUM
    OP_COUNT
} Opcode;

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(i) ((i) & 0xff)
#define INSTR_ARG(i) ((i) >> 8)
#define MAX_ARG 0xffffff

enum { MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_CLOSURE = 4 };
enum { INPLACE_FLAG = 0x100 };

#endif
