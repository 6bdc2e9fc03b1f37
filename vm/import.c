/*
 * import: native modules from stdlib's table, and .py files found on
 * sys.path.  Modules are cached in sys.modules.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "vm/internal.h"
#include "stdlib/stdlib.h"

static Value module_not_found(VM *vm, Value name)
{
    return err_format(vm, &exc_ModuleNotFoundError, "No module named '%U'", name);
}

static Value load_native(VM *vm, Value name)
{
    for (const NativeModule *m = stdlib_native_modules; m->name; m++) {
        if (strcmp(m->name, str_cstr(name)) != 0) continue;
        Value mod = m->init(vm);
        if (!mod) return VAL_NULL;
        if (dict_set(vm, vm->modules, name, mod) < 0) {
            decref(vm, mod);
            return VAL_NULL;
        }
        return mod;
    }
    return VAL_NULL;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, fp);
        n += got;
        if (got == 0) break;
        if (n + 1 >= cap) {
            char *b = realloc(buf, cap *= 2);
            if (!b) {
                free(buf);
                buf = NULL;
            }
            buf = b;
        }
    }
    fclose(fp);
    if (!buf) return NULL;
    buf[n] = 0;
    *len = n;
    return buf;
}

static bool is_regular_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Runs the file as module `name`; the module is in sys.modules while it
 * runs, so circular imports see the partly built module. */
static Value load_source(VM *vm, Value name, const char *path)
{
    size_t len;
    char *src = read_file(path, &len);
    if (!src) return err_format(vm, &exc_ImportError, "cannot read %s", path);
    Value mod = module_new(vm, name);
    Value file = str_from_cstr(vm, path);
    Value code = VAL_NULL, r = VAL_NULL;
    if (!mod || !file) goto done;
    Value d = ((ModuleObj *)as_obj(mod))->dict;
    if (dict_set(vm, d, vm->s.__file__, file) < 0 || dict_set(vm, d, vm->s.__builtins__, vm->builtins_module) < 0 ||
        dict_set(vm, vm->modules, name, mod) < 0)
        goto done;
    code = vm_compile(vm, src, len, path, PARSE_FILE);
    if (code) r = vm_run_code(vm, code, d);
    if (!r) {
        Value exc = err_fetch(vm);
        dict_del_if_present(vm, vm->modules, name);
        err_restore(vm, exc);
    }
done:
    free(src);
    xdecref(vm, code);
    xdecref(vm, file);
    if (!r) {
        xdecref(vm, mod);
        return VAL_NULL;
    }
    decref(vm, r);
    return mod;
}

static Value find_on_path(VM *vm, Value name)
{
    Value path = dict_get_cstr_borrowed(vm, ((ModuleObj *)as_obj(vm->sys))->dict, "path");
    if (!path || !is_list(path)) return VAL_NULL;
    for (size_t i = 0; i < as_list(path)->len; i++) {
        Value dir = as_list(path)->items[i];
        if (!is_str(dir)) continue;
        size_t n = as_str(dir)->nbytes + as_str(name)->nbytes + 8;
        char *p = malloc(n);
        if (!p) return err_no_memory(vm);
        snprintf(p, n, "%s%s%s.py", str_cstr(dir), as_str(dir)->nbytes ? "/" : "", str_cstr(name));
        if (is_regular_file(p)) {
            Value m = load_source(vm, name, p);
            free(p);
            return m;
        }
        free(p);
    }
    return VAL_NULL;
}

Value vm_import(VM *vm, Value name, Value globals, Value fromlist, int level)
{
    (void)globals;
    (void)fromlist;
    if (level > 0) return err_set_str(vm, &exc_ImportError, "attempted relative import with no known parent package");
    if (strchr(str_cstr(name), '.')) return module_not_found(vm, name);
    Value m = dict_get_borrowed(vm, vm->modules, name);
    if (m) return incref(m);
    m = load_native(vm, name);
    if (m || err_occurred(vm)) return m;
    m = find_on_path(vm, name);
    if (m || err_occurred(vm)) return m;
    return module_not_found(vm, name);
}

Value vm_import_from(VM *vm, Value module, Value name)
{
    Value v = obj_getattr(vm, module, name);
    if (v || !err_matches(vm, &exc_AttributeError)) return v;
    err_clear(vm);
    Value mname = obj_lookup_attr(vm, module, vm->s.__name__);
    Value file = obj_lookup_attr(vm, module, vm->s.__file__);
    if (file)
        err_format(vm, &exc_ImportError, "cannot import name '%U' from '%S' (%S)", name, mname ? mname : NONE, file);
    else
        err_format(vm, &exc_ImportError, "cannot import name '%U' from '%S' (unknown location)", name,
                   mname ? mname : NONE);
    xdecref(vm, mname);
    xdecref(vm, file);
    return VAL_NULL;
}

int vm_import_star(VM *vm, Value module, Value locals)
{
    if (!is_type(module, &type_module)) {
        err_set_str(vm, &exc_ImportError, "import * from a non-module");
        return -1;
    }
    Value d = ((ModuleObj *)as_obj(module))->dict;
    Value all = dict_get_str_borrowed(vm, d, vm->s.__all__);
    if (all) {
        Value names = list_from_iterable(vm, all);
        if (!names) return -1;
        for (size_t i = 0; i < as_list(names)->len; i++) {
            Value n = as_list(names)->items[i];
            Value v = obj_getattr(vm, module, n);
            if (!v || dict_set(vm, locals, n, v) < 0) {
                xdecref(vm, v);
                decref(vm, names);
                return -1;
            }
            decref(vm, v);
        }
        decref(vm, names);
        return 0;
    }
    size_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
        if (is_str(key) && str_cstr(key)[0] == '_') continue;
        if (dict_set(vm, locals, key, value) < 0) return -1;
    }
    return 0;
}
