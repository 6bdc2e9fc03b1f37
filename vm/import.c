/*
 * import: the machinery behind `import` and `from ... import`, as CPython's
 * importlib._bootstrap does it, minus specs and loaders.
 *
 * A module name is found, in order, among
 *   1. sys.modules (the cache; a module is there while its code runs, so a
 *      circular import sees the partly initialised module),
 *   2. the native modules (stdlib_native_modules, stdlib/modules.c),
 *   3. the modules written in pith and embedded in the binary (stdlib/lib),
 *   4. the directories of sys.path (script directory first, then PITHPATH):
 *      DIR/NAME/__init__.py (a package) or DIR/NAME.py.
 * A submodule `a.b` is searched for in the directories of `a.__path__` only,
 * and is bound as attribute `b` of `a` once loaded.  Relative imports are
 * resolved against the importing module's __package__ (or __name__).
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "vm/internal.h"
#include "stdlib/stdlib.h"

/* The modules whose code is running right now (innermost first), to word
 * "cannot import name" for a partially initialised module as CPython does.
 * The nodes live on the C stack of load_code, so this is a view of the C
 * call stack, not module state. */
typedef struct Loading {
    VM *vm;
    Value module;
    struct Loading *outer;
} Loading;
static Loading *loading_stack;

static bool module_is_loading(VM *vm, Value module)
{
    for (Loading *l = loading_stack; l; l = l->outer)
        if (l->vm == vm && l->module == module) return true;
    return false;
}

static Value module_dict(Value module) { return ((ModuleObj *)as_obj(module))->dict; }

static Value module_not_found(VM *vm, Value name, const char *suffix_fmt, Value parent)
{
    if (suffix_fmt)
        err_format(vm, &exc_ModuleNotFoundError, suffix_fmt, name, parent);
    else
        err_format(vm, &exc_ModuleNotFoundError, "No module named '%U'", name);
    /* ModuleNotFoundError.name, as CPython sets it */
    if (vm->exc) {
        Value key = str_from_cstr(vm, "name");
        if (key) {
            Value exc = err_fetch(vm);
            if (obj_setattr(vm, exc, key, name) < 0) err_clear(vm);
            err_restore(vm, exc);
            decref(vm, key);
        }
    }
    return VAL_NULL;
}

/* ---- reading and running module code ------------------------------------------ */

static char *read_source(const char *path, size_t *len)
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
            if (!b) free(buf);
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

static int set_cstr_item(VM *vm, Value d, const char *key, Value steal)
{
    if (!steal) return -1;
    int r = dict_set_cstr(vm, d, key, steal);
    decref(vm, steal);
    return r;
}

/* The part of a dotted name before its last dot ("" if none). */
static Value parent_name(VM *vm, Value name)
{
    const char *s = str_cstr(name), *dot = strrchr(s, '.');
    return str_new(vm, s, dot ? (size_t)(dot - s) : 0);
}

/* Fills a new module's namespace: __file__ (if any), __package__, __path__
 * for packages, __builtins__. */
static int init_namespace(VM *vm, Value mod, Value name, const char *file, const char *pkgdir)
{
    Value d = module_dict(mod);
    if (file && set_cstr_item(vm, d, "__file__", str_from_cstr(vm, file)) < 0) return -1;
    if (dict_set(vm, d, vm->s.__builtins__, vm->builtins_module) < 0) return -1;
    if (pkgdir) {
        Value dir = str_from_cstr(vm, pkgdir);
        Value path = dir ? list_new(vm, 0) : VAL_NULL;
        if (!path || list_append_steal(vm, path, dir) < 0) {
            if (!path) xdecref(vm, dir);
            xdecref(vm, path);
            return -1;
        }
        if (set_cstr_item(vm, d, "__path__", path) < 0) return -1;
        return dict_set(vm, d, vm->s.__package__, name);
    }
    return set_cstr_item(vm, d, "__package__", parent_name(vm, name));
}

/* Runs `src` as the code of module `name`; the module is in sys.modules while
 * it runs and is taken out again if the code raises. */
static Value load_code(VM *vm, Value name, const char *src, size_t len, const char *filename, const char *file,
                       const char *pkgdir)
{
    Value mod = module_new(vm, name);
    if (!mod) return VAL_NULL;
    if (init_namespace(vm, mod, name, file, pkgdir) < 0 || dict_set(vm, vm->modules, name, mod) < 0) {
        decref(vm, mod);
        return VAL_NULL;
    }
    Value code = vm_compile(vm, src, len, filename, PARSE_FILE);
    Value r = VAL_NULL;
    if (code) {
        Loading node = {vm, mod, loading_stack};
        loading_stack = &node;
        r = vm_run_code(vm, code, module_dict(mod));
        loading_stack = node.outer;
        decref(vm, code);
    }
    if (!r) {
        Value exc = err_fetch(vm);
        dict_del_if_present(vm, vm->modules, name);
        err_restore(vm, exc);
        decref(vm, mod);
        return VAL_NULL;
    }
    decref(vm, r);
    /* What the module's code left in sys.modules is the module (CPython). */
    Value final = dict_get_borrowed(vm, vm->modules, name);
    if (final && final != mod) {
        decref(vm, mod);
        return incref(final);
    }
    return mod;
}

static Value load_file(VM *vm, Value name, const char *path, const char *pkgdir)
{
    size_t len;
    char *src = read_source(path, &len);
    if (!src) return err_format(vm, &exc_ImportError, "cannot read %s", path);
    Value mod = load_code(vm, name, src, len, path, path, pkgdir);
    free(src);
    return mod;
}

/* ---- finders: each returns the module, or VAL_NULL with no exception when
 * it does not know the name, or VAL_NULL with an exception --------------------- */

static Value find_native(VM *vm, Value name)
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

static Value find_embedded(VM *vm, Value name)
{
    const EmbeddedModule *e = stdlib_embedded_find(str_cstr(name));
    if (!e) return VAL_NULL;
    char filename[300];
    snprintf(filename, sizeof filename, "<frozen %s>", e->name);
    return load_code(vm, name, (const char *)e->src, e->len, filename, NULL, NULL);
}

/* Looks for `shortname` (the last part of `name`) in each directory of the
 * list `dirs`: DIR/SHORT/__init__.py, then DIR/SHORT.py. */
static Value find_in_dirs(VM *vm, Value name, const char *shortname, Value dirs)
{
    if (!dirs || !is_list(dirs)) return VAL_NULL;
    for (size_t i = 0; i < as_list(dirs)->len; i++) {
        Value dir = as_list(dirs)->items[i];
        if (!is_str(dir)) continue;
        const char *d = str_cstr(dir);
        size_t n = str_nbytes(as_str(dir)) + strlen(shortname) + 16;
        char *pkg = malloc(n), *file = malloc(n);
        if (!pkg || !file) {
            free(pkg);
            free(file);
            return err_no_memory(vm);
        }
        const char *sep = str_nbytes(as_str(dir)) ? "/" : "";
        snprintf(pkg, n, "%s%s%s", d, sep, shortname);
        snprintf(file, n, "%s%s%s/__init__.py", d, sep, shortname);
        Value m = VAL_NULL;
        bool found = false;
        if (is_regular_file(file)) {
            found = true;
            m = load_file(vm, name, file, pkg);
        } else {
            snprintf(file, n, "%s%s%s.py", d, sep, shortname);
            if (is_regular_file(file)) {
                found = true;
                m = load_file(vm, name, file, NULL);
            }
        }
        free(pkg);
        free(file);
        if (found) return m;
    }
    return VAL_NULL;
}

static Value sys_path(VM *vm)
{
    return dict_get_cstr_borrowed(vm, module_dict(vm->sys), "path");
}

/* ---- importing by absolute name ----------------------------------------------------- */

/* A cached module, or VAL_NULL (no exception) if sys.modules lacks it. */
static Value cached_module(VM *vm, Value name)
{
    Value m = dict_get_borrowed(vm, vm->modules, name);
    if (!m) return VAL_NULL;
    if (m == NONE) return err_format(vm, &exc_ModuleNotFoundError, "import of %U halted; None in sys.modules", name);
    return incref(m);
}

static Value import_top_level(VM *vm, Value name)
{
    if (!vm_check_interrupt(vm)) return VAL_NULL;
    Value m = find_native(vm, name);
    if (!m && !err_occurred(vm)) m = find_embedded(vm, name);
    if (!m && !err_occurred(vm)) m = find_in_dirs(vm, name, str_cstr(name), sys_path(vm));
    if (!m && !err_occurred(vm)) module_not_found(vm, name, NULL, VAL_NULL);
    return m;
}

/* Imports `name` ("a.b") whose parent package `parent` is imported: searched
 * in parent.__path__, then bound as an attribute of the parent. */
static Value import_child(VM *vm, Value name, Value parent, Value parent_name_v)
{
    /* Importing the parent may have imported the child. */
    Value m = cached_module(vm, name);
    if (m || err_occurred(vm)) return m;
    const char *shortname = str_cstr(name) + str_nbytes(as_str(parent_name_v)) + 1;
    Value path = is_type(parent, &type_module) ? dict_get_cstr_borrowed(vm, module_dict(parent), "__path__") : VAL_NULL;
    if (!path) return module_not_found(vm, name, "No module named '%U'; '%U' is not a package", parent_name_v);
    m = find_in_dirs(vm, name, shortname, path);
    if (!m) return err_occurred(vm) ? VAL_NULL : module_not_found(vm, name, NULL, VAL_NULL);
    Value attr = str_from_cstr(vm, shortname);
    if (!attr || obj_setattr(vm, parent, attr, m) < 0) clear_slot(vm, &m);
    xdecref(vm, attr);
    return m;
}

/* Imports every prefix of a dotted name in turn ("a", "a.b", "a.b.c"), a
 * loop rather than a recursion so a hostile name can't exhaust the C stack. */
static Value import_absolute(VM *vm, Value name)
{
    Value m = cached_module(vm, name);
    if (m || err_occurred(vm)) return m;
    const char *s = str_cstr(name);
    size_t n = str_nbytes(as_str(name));
    Value parent = VAL_NULL, parent_name_v = VAL_NULL;
    for (size_t end = 0; end <= n; end++) {
        if (end < n && s[end] != '.') continue;
        Value prefix = str_new(vm, s, end);
        m = VAL_NULL;
        if (prefix) {
            m = cached_module(vm, prefix);
            if (!m && !err_occurred(vm))
                m = parent ? import_child(vm, prefix, parent, parent_name_v) : import_top_level(vm, prefix);
        }
        xdecref(vm, parent);
        xdecref(vm, parent_name_v);
        parent = m;
        parent_name_v = prefix;
        if (!m) break;
    }
    xdecref(vm, parent_name_v);
    return parent;
}

/* ---- relative names ------------------------------------------------------------------- */

/* The package a relative import in a module with these globals starts from:
 * __package__, else __name__ (a package) or its parent. */
static Value calc_package(VM *vm, Value globals)
{
    Value pkg = globals ? dict_get_str_borrowed(vm, globals, vm->s.__package__) : VAL_NULL;
    if (pkg && pkg != NONE) {
        if (!is_str(pkg)) return err_set_str(vm, &exc_TypeError, "package must be a string");
        return incref(pkg);
    }
    Value name = globals ? dict_get_str_borrowed(vm, globals, vm->s.__name__) : VAL_NULL;
    if (!name || !is_str(name)) return err_set_str(vm, &exc_KeyError, "'__name__' not in globals");
    if (dict_get_cstr_borrowed(vm, globals, "__path__")) return incref(name);
    return parent_name(vm, name);
}

static Value resolve_name(VM *vm, Value name, Value globals, int level)
{
    Value pkg = calc_package(vm, globals);
    if (!pkg) return VAL_NULL;
    if (str_nbytes(as_str(pkg)) == 0) {
        decref(vm, pkg);
        return err_set_str(vm, &exc_ImportError, "attempted relative import with no known parent package");
    }
    const char *s = str_cstr(pkg);
    size_t end = str_nbytes(as_str(pkg));
    for (int i = 1; i < level; i++) {
        while (end > 0 && s[end - 1] != '.') end--;
        if (end == 0) {
            decref(vm, pkg);
            return err_set_str(vm, &exc_ImportError, "attempted relative import beyond top-level package");
        }
        end--;
    }
    Value base = str_new(vm, s, end);
    decref(vm, pkg);
    if (!base || str_nbytes(as_str(name)) == 0) return base;
    Value r = str_format(vm, "%U.%U", base, name);
    decref(vm, base);
    return r;
}

/* ---- the entry points ------------------------------------------------------------- */

/* `from package import x`: x may be a submodule not imported yet. */
static int handle_fromlist(VM *vm, Value mod, Value absname, Value fromlist)
{
    if (!is_type(mod, &type_module) || !dict_get_cstr_borrowed(vm, module_dict(mod), "__path__")) return 0;
    for (size_t i = 0; i < as_tuple(fromlist)->len; i++) {
        Value x = as_tuple(fromlist)->items[i];
        if (!is_str(x) || strcmp(str_cstr(x), "*") == 0) continue;
        if (dict_get_str_borrowed(vm, module_dict(mod), x)) continue;
        Value sub = str_format(vm, "%U.%U", absname, x);
        if (!sub) return -1;
        Value m = import_absolute(vm, sub);
        if (!m && err_matches(vm, &exc_ModuleNotFoundError)) {
            /* Only "this very submodule does not exist" is ignored: the
             * name may be something the package's code fails to define,
             * which IMPORT_FROM then reports. */
            Value exc = err_fetch(vm);
            Value ename = obj_lookup_attr(vm, exc, vm->s.name);
            bool same = ename && is_str(ename) && str_eq(ename, sub);
            xdecref(vm, ename);
            if (same) decref(vm, exc);
            else err_restore(vm, exc);
        }
        decref(vm, sub);
        if (m) decref(vm, m);
        else if (err_occurred(vm)) return -1;
    }
    return 0;
}

Value vm_import(VM *vm, Value name, Value globals, Value fromlist, int level)
{
    Value absname;
    if (level > 0) {
        absname = resolve_name(vm, name, globals, level);
        if (!absname) return VAL_NULL;
    } else {
        if (str_nbytes(as_str(name)) == 0) return err_set_str(vm, &exc_ValueError, "Empty module name");
        absname = incref(name);
    }
    Value mod = import_absolute(vm, absname);
    bool has_fromlist = mod && fromlist && is_tuple(fromlist) && as_tuple(fromlist)->len > 0;
    if (has_fromlist) {
        if (handle_fromlist(vm, mod, absname, fromlist) < 0) clear_slot(vm, &mod);
    } else if (mod && level == 0 && strchr(str_cstr(absname), '.')) {
        /* `import a.b.c` binds a: return the top-level package. */
        const char *s = str_cstr(absname);
        Value top = str_new(vm, s, (size_t)(strchr(s, '.') - s));
        Value t = top ? dict_get_borrowed(vm, vm->modules, top) : VAL_NULL;
        xdecref(vm, top);
        decref(vm, mod);
        mod = t ? incref(t) : VAL_NULL;
        if (!mod && !err_occurred(vm)) module_not_found(vm, absname, NULL, VAL_NULL);
    }
    decref(vm, absname);
    return mod;
}

static Value cannot_import(VM *vm, Value module, Value name)
{
    Value mname = obj_lookup_attr(vm, module, vm->s.__name__);
    if (!mname && err_occurred(vm)) return VAL_NULL;
    Value file = obj_lookup_attr(vm, module, vm->s.__file__);
    if (!file && err_occurred(vm)) {
        xdecref(vm, mname);
        return VAL_NULL;
    }
    Value where = file ? str_format(vm, "%S", file) : str_from_cstr(vm, "unknown location");
    if (where) {
        if (module_is_loading(vm, module))
            err_format(vm, &exc_ImportError,
                       "cannot import name '%U' from partially initialized module '%S' "
                       "(most likely due to a circular import) (%U)",
                       name, mname ? mname : NONE, where);
        else
            err_format(vm, &exc_ImportError, "cannot import name '%U' from '%S' (%U)", name, mname ? mname : NONE,
                       where);
        decref(vm, where);
    }
    xdecref(vm, mname);
    xdecref(vm, file);
    return VAL_NULL;
}

Value vm_import_from(VM *vm, Value module, Value name)
{
    Value v = obj_getattr(vm, module, name);
    if (v || !err_matches(vm, &exc_AttributeError)) return v;
    err_clear(vm);
    /* A submodule being imported circularly is in sys.modules before it is
     * bound on its package (CPython 3.7+). */
    Value mname = obj_lookup_attr(vm, module, vm->s.__name__);
    if (mname && is_str(mname)) {
        Value full = str_format(vm, "%U.%U", mname, name);
        Value m = full ? dict_get_borrowed(vm, vm->modules, full) : VAL_NULL;
        xdecref(vm, full);
        if (m) {
            decref(vm, mname);
            return incref(m);
        }
    }
    xdecref(vm, mname);
    if (err_occurred(vm)) return VAL_NULL;
    return cannot_import(vm, module, name);
}

/* The names `from module import *` binds: __all__, else every name not
 * starting with an underscore. */
int vm_import_star(VM *vm, Value module, Value locals)
{
    Value d = is_type(module, &type_module) ? module_dict(module) : VAL_NULL;
    Value all = d ? dict_get_str_borrowed(vm, d, vm->s.__all__) : VAL_NULL;
    if (!all) all = obj_lookup_attr(vm, module, vm->s.__all__);
    else incref(all);
    if (all) {
        Value names = list_from_iterable(vm, all);
        decref(vm, all);
        if (!names) return -1;
        for (size_t i = 0; i < as_list(names)->len; i++) {
            Value n = as_list(names)->items[i];
            if (!is_str(n)) {
                err_format(vm, &exc_TypeError, "Item in %U.__all__ must be str, not %T",
                           ((ModuleObj *)as_obj(module))->name, n);
                decref(vm, names);
                return -1;
            }
            Value v = obj_getattr(vm, module, n);
            int r = v ? obj_setitem(vm, locals, n, v) : -1;
            xdecref(vm, v);
            if (r < 0) {
                decref(vm, names);
                return -1;
            }
        }
        decref(vm, names);
        return 0;
    }
    if (err_occurred(vm)) return -1;
    if (!d) {
        err_set_str(vm, &exc_ImportError, "from-import-* object has no __dict__ and no __all__");
        return -1;
    }
    size_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
        if (is_str(key) && str_cstr(key)[0] == '_') continue;
        if (obj_setitem(vm, locals, key, value) < 0) return -1;
    }
    return 0;
}

Value vm_import_module(VM *vm, const char *name)
{
    Value n = str_from_cstr(vm, name);
    if (!n) return VAL_NULL;
    Value m = import_absolute(vm, n);
    decref(vm, n);
    return m;
}
