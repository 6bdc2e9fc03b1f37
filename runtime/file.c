/*
 * File objects over C stdio.  sys.stdout, sys.stderr and sys.stdin are
 * these; open() builds on them.
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

static void file_dealloc(VM *vm, Obj *o)
{
    FileObj *f = (FileObj *)o;
    if (f->fp) {
        if (f->owns) fclose(f->fp);
        else fflush(f->fp);
    }
    clear_slot(vm, &f->name);
    clear_slot(vm, &f->mode);
    obj_free(vm, o, sizeof(FileObj));
}

Value file_new(VM *vm, FILE *fp, const char *name, const char *mode, bool owns)
{
    FileObj *f = gc_mem_alloc(vm, sizeof(FileObj));
    if (!f) return VAL_NULL;
    memset(f, 0, sizeof *f);
    f->ob.refcnt = 1;
    f->ob.type = &type_file;
    f->fp = fp;
    f->owns = owns;
    f->name = str_from_cstr(vm, name);
    f->mode = str_from_cstr(vm, mode);
    if (!f->name || !f->mode) {
        decref(vm, val(f));
        return VAL_NULL;
    }
    return val(f);
}

static bool check_open(VM *vm, FileObj *f)
{
    if (f->fp) return true;
    err_set_str(vm, &exc_ValueError, "I/O operation on closed file.");
    return false;
}

int file_write_str(VM *vm, Value file, Value s)
{
    FileObj *f = (FileObj *)as_obj(file);
    if (!check_open(vm, f)) return -1;
    fwrite(str_cstr(s), 1, as_str(s)->nbytes, f->fp);
    return 0;
}

static Value file_write_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "write", nargs, kw, 1, 1)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "write() argument must be str, not %T", args[0]);
    if (file_write_str(vm, self, args[0]) < 0) return VAL_NULL;
    return small((intptr_t)as_str(args[0])->len);
}

static Value file_flush_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "flush", nargs, kw, 0, 0)) return VAL_NULL;
    FileObj *f = (FileObj *)as_obj(self);
    if (!check_open(vm, f)) return VAL_NULL;
    fflush(f->fp);
    return NONE;
}

static Value file_close_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "close", nargs, kw, 0, 0)) return VAL_NULL;
    FileObj *f = (FileObj *)as_obj(self);
    if (f->fp) {
        if (f->owns) fclose(f->fp);
        else fflush(f->fp);
        f->fp = NULL;
    }
    return NONE;
}

static Value file_readline_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "readline", nargs, kw, 0, 1)) return VAL_NULL;
    FileObj *f = (FileObj *)as_obj(self);
    if (!check_open(vm, f)) return VAL_NULL;
    StrBuf b;
    strbuf_init(&b, vm);
    int c;
    while ((c = fgetc(f->fp)) != EOF) {
        strbuf_add_char(&b, (char)c);
        if (c == '\n') break;
    }
    return strbuf_finish(&b);
}

static Value file_get_name(VM *vm, Value self) { (void)vm; return incref(((FileObj *)as_obj(self))->name); }
static Value file_get_mode(VM *vm, Value self) { (void)vm; return incref(((FileObj *)as_obj(self))->mode); }
static Value file_get_closed(VM *vm, Value self) { (void)vm; return bool_val(((FileObj *)as_obj(self))->fp == NULL); }

static const MethodDef file_methods[] = {
    {"write", file_write_m, 0}, {"flush", file_flush_m, 0}, {"close", file_close_m, 0},
    {"readline", file_readline_m, 0}, {NULL, NULL, 0},
};
static const GetSetDef file_getset[] = {
    {"name", file_get_name, NULL}, {"mode", file_get_mode, NULL}, {"closed", file_get_closed, NULL},
    {NULL, NULL, NULL},
};

static Value file_repr(VM *vm, Value v)
{
    FileObj *f = (FileObj *)as_obj(v);
    return str_format(vm, "<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->name, f->mode);
}

Type type_file = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "TextIOWrapper", .size = sizeof(FileObj),
    .base = &type_object, .dealloc = file_dealloc, .repr = file_repr,
    .getattr = obj_generic_getattr, .methods = file_methods, .getset = file_getset,
};
