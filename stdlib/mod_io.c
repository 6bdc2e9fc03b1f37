/*
 * _io: the native half of the io module (stdlib/lib/io.py adds StringIO and
 * BytesIO): open, the file types of runtime/file.c and UnsupportedOperation.
 */
#include "stdlib/stdlib.h"
#include "vm/vm.h"

static const MethodDef io_functions[] = {
    {"open", file_open, 0},
    {NULL, NULL, 0},
};

Value stdlib_io_init(VM *vm)
{
    Type *unsupported = file_unsupported_operation_type(vm);
    Value name = unsupported ? str_intern_cstr(vm, "_io") : VAL_NULL;
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (!m || module_add_functions(vm, m, io_functions) < 0 ||
        module_add_object(vm, m, "TextIOWrapper", val(&type_file)) < 0 ||
        module_add_object(vm, m, "BufferedReader", val(&type_buffered_reader)) < 0 ||
        module_add_object(vm, m, "BufferedWriter", val(&type_buffered_writer)) < 0 ||
        module_add_object(vm, m, "BufferedRandom", val(&type_buffered_random)) < 0 ||
        module_add_object(vm, m, "UnsupportedOperation", val(unsupported)) < 0) {
        xdecref(vm, m);
        return VAL_NULL;
    }
    return m;
}
