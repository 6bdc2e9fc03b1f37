/*
 * Weak references (in progress).
 */
#include "runtime/object.h"
#include "vm/vm.h"

Type type_weakref = {.ob = OBJ_HEAD_INIT(&type_type), .name = "ReferenceType", .size = sizeof(WeakRefObj), .base = &type_object};
Type type_weakproxy = {.ob = OBJ_HEAD_INIT(&type_type), .name = "ProxyType", .size = sizeof(WeakRefObj), .base = &type_object};
Type type_weakcallableproxy = {.ob = OBJ_HEAD_INIT(&type_type), .name = "CallableProxyType", .size = sizeof(WeakRefObj), .base = &type_object};
void weakref_clear_on_dealloc(VM *vm, Obj *o) { (void)vm; (void)o; }
void weakref_table_fini(VM *vm) { (void)vm; }
