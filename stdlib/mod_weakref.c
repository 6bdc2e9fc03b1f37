/*
 * The weakref module (in progress).
 */
#include "stdlib/stdlib.h"
#include "vm/vm.h"

Type type_weakvaluedict = {.ob = OBJ_HEAD_INIT(&type_type), .name = "WeakValueDictionary", .size = sizeof(Obj), .base = &type_object};
Type type_weakkeydict = {.ob = OBJ_HEAD_INIT(&type_type), .name = "WeakKeyDictionary", .size = sizeof(Obj), .base = &type_object};
Type type_weakset = {.ob = OBJ_HEAD_INIT(&type_type), .name = "WeakSet", .size = sizeof(Obj), .base = &type_object};
Type type_weakfinalize = {.ob = OBJ_HEAD_INIT(&type_type), .name = "finalize", .size = sizeof(Obj), .base = &type_object};
