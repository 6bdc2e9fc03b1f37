/*
 * The interpreter's life: creating the VM (types, builtins, sys), compiling
 * source, Ctrl-C, and tearing everything down at exit.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "vm/internal.h"
#include "stdlib/stdlib.h"

static VM *signal_vm;

static void on_sigint(int sig)
{
    (void)sig;
    if (signal_vm) signal_vm->interrupted = 1;
}

void vm_install_signal_handlers(VM *vm)
{
    signal_vm = vm;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

bool vm_check_interrupt(VM *vm)
{
    if (!vm->interrupted) return true;
    vm->interrupted = 0;
    err_set_none(vm, &exc_KeyboardInterrupt);
    return false;
}

static bool init_interned(VM *vm)
{
#define INTERN(n) if (!(vm->s.n = str_intern_cstr(vm, #n))) return false;
    INTERNED_STRINGS(INTERN)
#undef INTERN
    return true;
}

static void fini_interned(VM *vm)
{
#define RELEASE(n) clear_slot(vm, &vm->s.n);
    INTERNED_STRINGS(RELEASE)
#undef RELEASE
}

static bool init_single_chars(VM *vm)
{
    Value t = tuple_new(vm, 128);
    if (!t) return false;
    for (int i = 0; i < 128; i++) {
        char c = (char)i;
        Value s = str_new(vm, &c, 1);
        if (!s) {
            decref(vm, t);
            return false;
        }
        as_tuple(t)->items[i] = s;
    }
    vm->single_chars = t;
    return true;
}

static bool init_memory_error(VM *vm)
{
    vm->memory_error = exc_new(vm, &exc_MemoryError, tuple_empty(vm));
    return vm->memory_error != VAL_NULL;
}

VM *vm_new(int argc, char **argv, const char *program)
{
    VM *vm = calloc(1, sizeof(VM));
    if (!vm) return NULL;
    gc_init(vm);
    vm->program = program;
    vm->recursion_limit = 1000;
    const char *fail_at = getenv("PITH_FAIL_ALLOC");
    if (fail_at) vm->gc.fail_alloc_at = strtoull(fail_at, NULL, 10);
    /* Bootstrap order matters: the empty tuple and the interned-string dict
     * come before anything that makes a str or a type dict. */
    vm->empty_tuple = tuple_new(vm, 0);
    vm->interned = dict_new(vm);
    if (!vm->empty_tuple || !vm->interned || !init_memory_error(vm) || !init_interned(vm) ||
        !init_single_chars(vm) || types_init(vm) < 0)
        goto fail;
    vm->repr_active = list_new(vm, 0);
    vm->modules = dict_new(vm);
    if (!vm->repr_active || !vm->modules) goto fail;
    vm->builtins_module = stdlib_builtins_init(vm);
    if (!vm->builtins_module) goto fail;
    vm->builtins = incref(((ModuleObj *)as_obj(vm->builtins_module))->dict);
    if (dict_set_cstr(vm, vm->modules, "builtins", vm->builtins_module) < 0) goto fail;
    vm->sys = stdlib_sys_init(vm, argc, argv);
    if (!vm->sys || dict_set_cstr(vm, vm->modules, "sys", vm->sys) < 0) goto fail;
    return vm;
fail:
    if (vm->exc) vm_print_exception(vm);
    fputs("pith: failed to initialise the interpreter\n", stderr);
    exit(1);
}

Value vm_main_dict(VM *vm)
{
    Value m = dict_get_cstr_borrowed(vm, vm->modules, "__main__");
    if (m) return ((ModuleObj *)as_obj(m))->dict;
    Value name = str_intern_cstr(vm, "__main__");
    if (!name) return VAL_NULL;
    m = module_new(vm, name);
    decref(vm, name);
    if (!m) return VAL_NULL;
    int r = dict_set_cstr(vm, vm->modules, "__main__", m);
    decref(vm, m);
    if (r < 0) return VAL_NULL;
    Value d = ((ModuleObj *)as_obj(m))->dict;
    if (dict_set(vm, d, vm->s.__builtins__, vm->builtins_module) < 0) return VAL_NULL;
    return d;
}

Value vm_compile(VM *vm, const char *src, size_t len, const char *filename, ParseMode mode)
{
    Module mod;
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    if (!ast_parse(src, len, mode, &mod, &pe)) return vm_syntax_error_from_parse(vm, &pe, filename, src);
    Value code = vm_compile_ast(vm, &mod, filename, mode, src);
    ast_free(&mod);
    return code;
}

/* Module teardown in CPython's spirit: __main__ first, then the others,
 * each namespace cleared so finalisers run while the interpreter still
 * works; then everything else goes. */
static void clear_module_dicts(VM *vm)
{
    Value main = dict_get_cstr_borrowed(vm, vm->modules, "__main__");
    if (main) dict_clear(vm, ((ModuleObj *)as_obj(main))->dict);
    size_t pos = 0;
    Value key, value;
    while (dict_next(vm->modules, &pos, &key, &value))
        if (value != vm->builtins_module && value != vm->sys && is_type(value, &type_module))
            dict_clear(vm, ((ModuleObj *)as_obj(value))->dict);
    if (err_occurred(vm)) err_clear(vm);
}

void vm_free(VM *vm)
{
    fflush(stdout);
    gc_trace_stop(vm);   /* tracemalloc lets go of its filenames before teardown */
    clear_module_dicts(vm);
    gc_collect(vm, 2);
    if (err_occurred(vm)) err_clear(vm);
    clear_slot(vm, &vm->handled);
    if (vm->sys) dict_clear(vm, ((ModuleObj *)as_obj(vm->sys))->dict);
    clear_slot(vm, &vm->modules);
    clear_slot(vm, &vm->sys);
    if (vm->builtins) dict_clear(vm, vm->builtins);
    clear_slot(vm, &vm->builtins);
    clear_slot(vm, &vm->builtins_module);
    gc_collect(vm, 2);
    clear_slot(vm, &vm->repr_active);
    types_fini(vm);
    fini_interned(vm);
    clear_slot(vm, &vm->single_chars);
    clear_slot(vm, &vm->memory_error);
    clear_slot(vm, &vm->exc);
    /* Interned strings are their own keys and values: clear, then free. */
    if (vm->interned) {
        dict_clear(vm, vm->interned);
        clear_slot(vm, &vm->interned);
    }
    clear_slot(vm, &vm->empty_tuple);
    frame_chunks_free(vm);
    gc_fini(vm);
    if (getenv("PITH_DEBUG_LEAKS") && (vm->gc.blocks || vm->gc.bytes))
        fprintf(stderr, "pith: %zu blocks (%zu bytes) still allocated at exit\n", vm->gc.blocks, vm->gc.bytes);
    free(vm);
}
