/*
 * Two small record types the native modules share:
 *
 *  - struct sequences (os.stat_result, sys.version_info): tuple subclasses
 *    whose items also have names, some of them hidden (stat_result's
 *    st_mtime is a float attribute while item 8 is the int), repr'd as
 *    `os.stat_result(st_mode=..., ...)`.  The hidden values are stored after
 *    the visible items in the same block.
 *  - SimpleNamespace (sys.implementation, types.SimpleNamespace): an object
 *    with a __dict__, keyword construction and repr `namespace(a=1)`.
 */
#include <stddef.h>
#include <string.h>

#include "stdlib/stdlib.h"
#include "stdlib/structseq.h"
#include "vm/vm.h"

/* ---- struct sequences ------------------------------------------------------------------- */

static Value *hidden_items(Value v) { return as_tuple(v)->items + as_tuple(v)->len; }

static const StructSeqType *desc_of(Value v) { return (const StructSeqType *)type_of(v); }

void structseq_dealloc(VM *vm, Obj *o)
{
    const StructSeqType *d = desc_of(val(o));
    Value *h = hidden_items(val(o));
    for (size_t i = 0; i < d->n_fields - d->n_visible; i++) clear_slot(vm, &h[i]);
    type_tuple.dealloc(vm, o);
}

Value structseq_getattr(VM *vm, Value obj, Value name)
{
    const StructSeqType *d = desc_of(obj);
    for (size_t i = 0; i < d->n_fields; i++) {
        if (strcmp(d->fields[i], str_cstr(name)) != 0) continue;
        Value v = i < d->n_visible ? as_tuple(obj)->items[i] : hidden_items(obj)[i - d->n_visible];
        return incref(v ? v : NONE);
    }
    return obj_generic_getattr(vm, obj, name);
}

Value structseq_repr(VM *vm, Value v)
{
    const StructSeqType *d = desc_of(v);
    StrBuf b;
    strbuf_init(&b, vm);
    strbuf_add_cstr(&b, d->repr_name);
    strbuf_add_char(&b, '(');
    for (size_t i = 0; i < d->n_visible; i++) {
        if (i) strbuf_add(&b, ", ", 2);
        strbuf_add_cstr(&b, d->fields[i]);
        strbuf_add_char(&b, '=');
        if (!strbuf_add_repr(&b, as_tuple(v)->items[i])) {
            strbuf_discard(&b);
            return VAL_NULL;
        }
    }
    strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

Value structseq_new(VM *vm, StructSeqType *d, Value *items_steal)
{
    Type *t = &d->type;
    bool ok = true;
    for (size_t i = 0; i < d->n_fields; i++) ok = ok && items_steal[i];
    if (!ok || type_ready(vm, t) < 0) goto fail;
    TupleObj *o = (TupleObj *)gc_new_object(vm, t, t->size + d->n_visible * sizeof(Value));
    if (!o) goto fail;
    o->len = d->n_visible;
    memcpy(o->items, items_steal, d->n_fields * sizeof(Value));
    tuple_done(vm, val(o));
    return val(o);
fail:
    for (size_t i = 0; i < d->n_fields; i++) xdecref(vm, items_steal[i]);
    return VAL_NULL;
}

/* ---- SimpleNamespace ------------------------------------------------------------------------ */

typedef struct NamespaceObj { Obj ob; Value dict; } NamespaceObj;

static void ns_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    clear_slot(vm, &((NamespaceObj *)o)->dict);
    Type *t = o->type;
    obj_free(vm, o, t->size);
    if (t->flags & TF_HEAP) decref(vm, val(t));
}

static int ns_traverse(Obj *o, VisitFn visit, void *arg)
{
    Value d = ((NamespaceObj *)o)->dict;
    return d ? visit(d, arg) : 0;
}

static void ns_clear(VM *vm, Obj *o) { clear_slot(vm, &((NamespaceObj *)o)->dict); }

Value namespace_new(VM *vm, Value dict)
{
    if (type_ready(vm, &type_namespace) < 0) return VAL_NULL;
    NamespaceObj *n = (NamespaceObj *)gc_new_object(vm, &type_namespace, sizeof(NamespaceObj));
    if (!n) return VAL_NULL;
    n->dict = dict ? dict_copy(vm, dict) : dict_new(vm);
    if (!n->dict) {
        decref(vm, val(n));
        return VAL_NULL;
    }
    gc_track(vm, &n->ob);
    return val(n);
}

static Value ns_type_new(VM *vm, Type *type, Value *args, size_t nargs, Value kw)
{
    if (nargs > 0) return err_format(vm, &exc_TypeError, "no positional arguments expected");
    NamespaceObj *n = (NamespaceObj *)gc_new_object(vm, type, type->size);
    if (!n) return VAL_NULL;
    if (type->flags & TF_HEAP) incref(val(type));
    n->dict = dict_new(vm);
    for (size_t i = 0; n->dict && kw && i < as_tuple(kw)->len; i++)
        if (dict_set(vm, n->dict, as_tuple(kw)->items[i], args[i]) < 0) clear_slot(vm, &n->dict);
    gc_track(vm, &n->ob);
    if (!n->dict) {
        decref(vm, val(n));
        return VAL_NULL;
    }
    return val(n);
}

static Value ns_repr(VM *vm, Value v)
{
    NamespaceObj *n = (NamespaceObj *)as_obj(v);
    int busy = repr_enter(vm, v);
    if (busy) return busy < 0 ? VAL_NULL : str_from_cstr(vm, "namespace(...)");
    StrBuf b;
    strbuf_init(&b, vm);
    strbuf_add_cstr(&b, type_of(v) == &type_namespace ? "namespace" : type_name(type_of(v)));
    strbuf_add_char(&b, '(');
    size_t pos = 0;
    Value key, value;
    bool first = true, ok = true;
    while (ok && dict_next(n->dict, &pos, &key, &value)) {
        if (!is_str(key)) continue;
        if (!first) strbuf_add(&b, ", ", 2);
        first = false;
        strbuf_add_str(&b, key);
        strbuf_add_char(&b, '=');
        ok = strbuf_add_repr(&b, value);
    }
    repr_leave(vm, v);
    if (!ok) {
        strbuf_discard(&b);
        return VAL_NULL;
    }
    strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

static Value ns_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    if ((op != CMP_CODE_EQ && op != CMP_CODE_NE) || !is_instance_of(b, &type_namespace) ||
        !is_instance_of(a, &type_namespace))
        return NOTIMPL;
    int eq = obj_eq(vm, ((NamespaceObj *)as_obj(a))->dict, ((NamespaceObj *)as_obj(b))->dict);
    if (eq < 0) return VAL_NULL;
    return bool_val((op == CMP_CODE_EQ) == (eq == 1));
}

Type type_namespace = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "SimpleNamespace", .size = sizeof(NamespaceObj),
    .flags = TF_GC | TF_BASETYPE, .base = &type_object, .dictoffset = offsetof(NamespaceObj, dict),
    .new_ = ns_type_new, .dealloc = ns_dealloc, .traverse = ns_traverse, .clear = ns_clear, .repr = ns_repr,
    .richcompare = ns_richcompare, .getattr = obj_generic_getattr, .setattr = obj_generic_setattr,
};
