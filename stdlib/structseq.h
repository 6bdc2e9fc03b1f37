/*
 * Record types shared by the native modules (stdlib/structseq.c):
 * struct sequences such as os.stat_result and sys.version_info (tuples
 * whose items have names, plus hidden named values), and SimpleNamespace.
 */
#ifndef PITH_STDLIB_STRUCTSEQ_H
#define PITH_STDLIB_STRUCTSEQ_H

#include "runtime/object.h"

/* A struct sequence type: the Type comes first, so the descriptor of an
 * instance is its type. */
typedef struct StructSeqType {
    Type type;
    const char *repr_name;         /* "os.stat_result" */
    const char *const *fields;     /* n_fields names, the visible ones first */
    size_t n_visible, n_fields;
} StructSeqType;

void structseq_dealloc(VM *vm, Obj *o);
Value structseq_getattr(VM *vm, Value obj, Value name);
Value structseq_repr(VM *vm, Value v);

#define STRUCTSEQ_TYPE(pyname, reprname, fieldnames, nvisible, nfields) \
    { \
        .type = {.ob = OBJ_HEAD_INIT(&type_type), .name = pyname, \
                 .size = sizeof(TupleObj) + ((nfields) - (nvisible)) * sizeof(Value), \
                 .flags = TF_GC | TF_TUPLE_SUB, .base = &type_tuple, .dealloc = structseq_dealloc, \
                 .getattr = structseq_getattr, .repr = structseq_repr}, \
        .repr_name = reprname, .fields = fieldnames, .n_visible = nvisible, .n_fields = nfields, \
    }

/* A new instance from n_fields values (stolen, even on failure; a VAL_NULL
 * among them means an earlier allocation failed). */
Value structseq_new(VM *vm, StructSeqType *t, Value *items_steal);

/* SimpleNamespace; `dict` (may be VAL_NULL) is copied. */
extern Type type_namespace;
Value namespace_new(VM *vm, Value dict);

#endif
