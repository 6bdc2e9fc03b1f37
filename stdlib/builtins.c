/*
 * The builtins module: print, len, isinstance, min/max, ...
 * Each function checks its arguments as CPython's does and says so with
 * CPython's messages.
 */
#include <string.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

#define FN(name) static Value name(VM *vm, Value self, Value *args, size_t nargs, Value kw)

/* ---- print ---------------------------------------------------------------------- */

static int write_to(VM *vm, Value file, Value s)
{
    if (is_type(file, &type_file)) return file_write_str(vm, file, s);
    Value r = obj_call_method(vm, file, "write", &s, 1);
    if (!r) return -1;
    decref(vm, r);
    return 0;
}

Value stdlib_print(VM *vm, Value *args, size_t nargs, Value sep, Value end, Value file, bool flush)
{
    for (size_t i = 0; i < nargs; i++) {
        if (i && write_to(vm, file, sep) < 0) return VAL_NULL;
        Value s = obj_str(vm, args[i]);
        if (!s) return VAL_NULL;
        int r = write_to(vm, file, s);
        decref(vm, s);
        if (r < 0) return VAL_NULL;
    }
    if (write_to(vm, file, end) < 0) return VAL_NULL;
    if (flush) {
        Value r = obj_call_method(vm, file, "flush", NULL, 0);
        if (!r) return VAL_NULL;
        decref(vm, r);
    }
    return NONE;
}

FN(builtin_print)
{
    (void)self;
    Value a[4];
    size_t nkw = kw ? as_tuple(kw)->len : 0;
    if (!args_parse(vm, "print", args + nargs, 0, kw, "*$sep,end,file,flush", a)) return VAL_NULL;
    (void)nkw;
    Value sep = a[0] && a[0] != NONE ? a[0] : VAL_NULL;
    Value end = a[1] && a[1] != NONE ? a[1] : VAL_NULL;
    if (sep && !is_str(sep)) return err_format(vm, &exc_TypeError, "sep must be None or a string, not %T", sep);
    if (end && !is_str(end)) return err_format(vm, &exc_TypeError, "end must be None or a string, not %T", end);
    Value file = a[2] && a[2] != NONE ? a[2] : dict_get_cstr_borrowed(vm, ((ModuleObj *)as_obj(vm->sys))->dict, "stdout");
    if (!file || file == NONE) return NONE;
    int flush = a[3] ? obj_truth(vm, a[3]) : 0;
    if (flush < 0) return VAL_NULL;
    Value space = VAL_NULL, newline = VAL_NULL;
    if (!sep) sep = space = str_new(vm, " ", 1);
    if (!end) end = newline = str_new(vm, "\n", 1);
    Value r = sep && end ? stdlib_print(vm, args, nargs, sep, end, file, flush) : VAL_NULL;
    xdecref(vm, space);
    xdecref(vm, newline);
    return r;
}

/* ---- basic functions -------------------------------------------------------------- */

FN(builtin_len)
{
    (void)self;
    if (!args_check(vm, "len", nargs, kw, 1, 1)) return VAL_NULL;
    intptr_t n = obj_len(vm, args[0]);
    return n < 0 ? VAL_NULL : small(n);
}

FN(builtin_repr)
{
    (void)self;
    if (!args_check(vm, "repr", nargs, kw, 1, 1)) return VAL_NULL;
    return obj_repr(vm, args[0]);
}

FN(builtin_ascii)
{
    (void)self;
    if (!args_check(vm, "ascii", nargs, kw, 1, 1)) return VAL_NULL;
    return obj_ascii(vm, args[0]);
}

FN(builtin_id)
{
    (void)self;
    if (!args_check(vm, "id", nargs, kw, 1, 1)) return VAL_NULL;
    return int_from_u64(vm, (uint64_t)args[0]);
}

FN(builtin_hash)
{
    (void)self;
    if (!args_check(vm, "hash", nargs, kw, 1, 1)) return VAL_NULL;
    intptr_t h;
    if (!obj_hash(vm, args[0], &h)) return VAL_NULL;
    return int_from_i64(vm, h);
}

FN(builtin_abs)
{
    (void)self;
    if (!args_check(vm, "abs", nargs, kw, 1, 1)) return VAL_NULL;
    return obj_abs(vm, args[0]);
}

FN(builtin_callable)
{
    (void)self;
    if (!args_check(vm, "callable", nargs, kw, 1, 1)) return VAL_NULL;
    return bool_val(obj_is_callable(args[0]));
}

static bool is_class(Value v) { return is_type(v, &type_type) || (type_of(v)->flags & TF_TYPE_SUB); }

/* CPython's object_recursive_isinstance: a tuple is searched in order and
 * the first match wins before a later bad entry is seen.  -1 on error. */
static int isinstance_match(VM *vm, Value inst, Value cls)
{
    if (is_tuple(cls)) {
        for (size_t i = 0; i < as_tuple(cls)->len; i++) {
            int r = isinstance_match(vm, inst, as_tuple(cls)->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!is_class(cls)) {
        err_set_str(vm, &exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    return type_is_subtype(type_of(inst), (Type *)as_obj(cls));
}

static int issubclass_match(VM *vm, Value derived, Value cls)
{
    if (is_tuple(cls)) {
        for (size_t i = 0; i < as_tuple(cls)->len; i++) {
            int r = issubclass_match(vm, derived, as_tuple(cls)->items[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!is_class(derived)) {
        err_set_str(vm, &exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!is_class(cls)) {
        err_set_str(vm, &exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return type_is_subtype((Type *)as_obj(derived), (Type *)as_obj(cls));
}

FN(builtin_isinstance)
{
    (void)self;
    if (!args_check(vm, "isinstance", nargs, kw, 2, 2)) return VAL_NULL;
    int r = isinstance_match(vm, args[0], args[1]);
    return r < 0 ? VAL_NULL : bool_val(r);
}

FN(builtin_issubclass)
{
    (void)self;
    if (!args_check(vm, "issubclass", nargs, kw, 2, 2)) return VAL_NULL;
    int r = issubclass_match(vm, args[0], args[1]);
    return r < 0 ? VAL_NULL : bool_val(r);
}

FN(builtin_chr)
{
    (void)self;
    if (!args_check(vm, "chr", nargs, kw, 1, 1)) return VAL_NULL;
    int i;
    if (!args_c_int(vm, args[0], &i)) return VAL_NULL;
    if (i < 0 || i > 0x10ffff) return err_set_str(vm, &exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(vm, (uint32_t)i);
}

FN(builtin_ord)
{
    (void)self;
    if (!args_check(vm, "ord", nargs, kw, 1, 1)) return VAL_NULL;
    Value v = args[0];
    if (is_str(v)) {
        if (str_len(as_str(v)) != 1)
            return err_format(vm, &exc_TypeError, "ord() expected a character, but string of length %zu found", str_len(as_str(v)));
        uint32_t cp;
        str_utf8_decode(str_cstr(v), &cp);
        return small(cp);
    }
    if (is_instance_of(v, &type_bytes) || is_instance_of(v, &type_bytearray)) {
        size_t len = is_instance_of(v, &type_bytes) ? ((BytesObj *)as_obj(v))->len : ((ByteArrayObj *)as_obj(v))->len;
        const unsigned char *data = is_instance_of(v, &type_bytes) ? ((BytesObj *)as_obj(v))->data
                                                                   : ((ByteArrayObj *)as_obj(v))->data;
        if (len != 1)
            return err_format(vm, &exc_TypeError, "ord() expected a character, but string of length %zu found", len);
        return small(data[0]);
    }
    return err_format(vm, &exc_TypeError, "ord() expected string of length 1, but %T found", v);
}

FN(builtin_bin) { (void)self; if (!args_check(vm, "bin", nargs, kw, 1, 1)) return VAL_NULL; Value i = obj_index(vm, args[0]); if (!i) return VAL_NULL; Value r = int_to_base(vm, i, 2, true); decref(vm, i); return r; }
FN(builtin_oct) { (void)self; if (!args_check(vm, "oct", nargs, kw, 1, 1)) return VAL_NULL; Value i = obj_index(vm, args[0]); if (!i) return VAL_NULL; Value r = int_to_base(vm, i, 8, true); decref(vm, i); return r; }
FN(builtin_hex) { (void)self; if (!args_check(vm, "hex", nargs, kw, 1, 1)) return VAL_NULL; Value i = obj_index(vm, args[0]); if (!i) return VAL_NULL; Value r = int_to_base(vm, i, 16, true); decref(vm, i); return r; }

/* a.__divmod__(b) or b.__rdivmod__(a) of classes defined in Python (the
 * builtin types have no divmod slot: num_divmod does ints and floats),
 * with CPython's rule that a subclass's reflected method goes first. */
static Value divmod_dunders(VM *vm, Value a, Value b)
{
    Type *ta = type_of(a), *tb = type_of(b);
    Value lname = str_intern_cstr(vm, "__divmod__");
    Value rname = lname ? str_intern_cstr(vm, "__rdivmod__") : VAL_NULL;
    if (!rname) {
        xdecref(vm, lname);
        return VAL_NULL;
    }
    Value fa = type_lookup_borrowed(ta, lname);
    Value fb = ta != tb ? type_lookup_borrowed(tb, rname) : VAL_NULL;
    bool reflected_first = fb && fa && type_is_subtype(tb, ta) && type_lookup_borrowed(ta, rname) != fb;
    decref(vm, lname);
    decref(vm, rname);
    Value r = NOTIMPL;
    if (reflected_first) {
        r = obj_call2(vm, fb, b, a);
        if (r != NOTIMPL) return r;
        fb = VAL_NULL;
    }
    if (fa) {
        r = obj_call2(vm, fa, a, b);
        if (r != NOTIMPL) return r;
    }
    if (fb) r = obj_call2(vm, fb, b, a);
    return r;
}

FN(builtin_divmod)
{
    (void)self;
    if (!args_check(vm, "divmod", nargs, kw, 2, 2)) return VAL_NULL;
    Value r = divmod_dunders(vm, args[0], args[1]);
    if (r == NOTIMPL) r = num_divmod(vm, args[0], args[1]);
    if (r != NOTIMPL) return r;
    decref(vm, r);
    return err_format(vm, &exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      type_name(type_of(args[0])), type_name(type_of(args[1])));
}

/* pow(base, exp, mod) as CPython's ternary_op: ints do it, a float operand
 * refuses it, a class written in Python may define __pow__(self, exp, mod)
 * (three-argument power never tries __rpow__). */
static Value ternary_pow(VM *vm, Value base, Value exp, Value mod)
{
    if (is_int(base) && is_int(exp) && is_int(mod)) return int_pow_mod(vm, base, exp, mod);
    if (type_of(base)->flags & TF_HEAP) {
        Value name = str_intern_cstr(vm, "__pow__");
        if (!name) return VAL_NULL;
        Value m = type_lookup_borrowed(type_of(base), name);
        decref(vm, name);
        if (m) {
            Value call_args[3] = {base, exp, mod};
            Value r = obj_call(vm, m, call_args, 3, VAL_NULL);
            if (r != NOTIMPL) return r;
        }
    }
    if (is_instance_of(base, &type_float) || is_instance_of(exp, &type_float) || is_instance_of(mod, &type_float))
        return err_set_str(vm, &exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return err_format(vm, &exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                      type_name(type_of(base)), type_name(type_of(exp)), type_name(type_of(mod)));
}

FN(builtin_pow)
{
    (void)self;
    Value a[3];
    if (!args_parse(vm, "pow", args, nargs, kw, "base,exp|mod", a)) return VAL_NULL;
    if (a[2] && a[2] != NONE) return ternary_pow(vm, a[0], a[1], a[2]);
    return obj_binop(vm, NB_POW, a[0], a[1]);
}

FN(builtin_round)
{
    (void)self;
    Value a[2];
    if (!args_parse(vm, "round", args, nargs, kw, "number|ndigits", a)) return VAL_NULL;
    return num_round(vm, a[0], a[1] && a[1] != NONE ? a[1] : VAL_NULL);
}

FN(builtin_format)
{
    (void)self;
    if (!args_check(vm, "format", nargs, kw, 1, 2)) return VAL_NULL;
    if (nargs == 2 && !is_str(args[1]))
        return err_format(vm, &exc_TypeError, "format() argument 2 must be str, not %T", args[1]);
    return obj_format(vm, args[0], nargs == 2 ? args[1] : VAL_NULL);
}

/* ---- iteration helpers -------------------------------------------------------------- */

FN(builtin_iter)
{
    (void)self;
    if (!args_check(vm, "iter", nargs, kw, 1, 2)) return VAL_NULL;
    if (nargs == 2) {
        if (!obj_is_callable(args[0])) return err_set_str(vm, &exc_TypeError, "iter(v, w): v must be callable");
        return callable_iter_new(vm, args[0], args[1]);
    }
    return obj_iter(vm, args[0]);
}

FN(builtin_next)
{
    (void)self;
    if (!args_check(vm, "next", nargs, kw, 1, 2)) return VAL_NULL;
    Type *t = type_of(args[0]);
    if (!t->iternext) return err_format(vm, &exc_TypeError, "'%s' object is not an iterator", type_name(t));
    /* A generator's or a class's StopIteration carries a value. */
    Value v = iter_next_keeping_stop(vm, args[0]);
    if (v) return v;
    if (err_occurred(vm)) {
        if (nargs < 2 || !err_matches(vm, &exc_StopIteration)) return VAL_NULL;
        err_clear(vm);
    }
    if (nargs == 2) return incref(args[1]);
    return err_set_none(vm, &exc_StopIteration);
}

/* min()/max() stream their argument, so max(huge_generator) needs no list. */
static Value reduce_minmax(VM *vm, Value *args, size_t nargs, Value kw, CmpCode op, const char *name)
{
    Value a[2];
    if (!args_parse(vm, name, args + nargs, 0, kw, "$key,default", a)) return VAL_NULL;
    Value key = a[0] && a[0] != NONE ? a[0] : VAL_NULL, dflt = a[1];
    if (nargs == 0) return err_format(vm, &exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && dflt)
        return err_format(vm, &exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    Value it = nargs == 1 ? obj_iter(vm, args[0]) : VAL_NULL;
    if (nargs == 1 && !it) return VAL_NULL;
    Value best = VAL_NULL, best_key = VAL_NULL;
    for (size_t i = 0;; i++) {
        Value item = it ? obj_iternext(vm, it) : i < nargs ? incref(args[i]) : VAL_NULL;
        if (!item) {
            if (err_occurred(vm)) goto fail;
            break;
        }
        Value k = key ? obj_call1(vm, key, item) : incref(item);
        if (!k) {
            decref(vm, item);
            goto fail;
        }
        int better = best ? obj_richcompare_bool(vm, k, best_key, op) : 1;
        if (better < 0) {
            decref(vm, k);
            decref(vm, item);
            goto fail;
        }
        if (better) {
            set_slot(vm, &best, item);
            set_slot(vm, &best_key, k);
        } else {
            decref(vm, k);
            decref(vm, item);
        }
    }
    xdecref(vm, it);
    if (!best) {
        if (dflt) return incref(dflt);
        return err_format(vm, &exc_ValueError, "%s() arg is an empty sequence", name);
    }
    decref(vm, best_key);
    return best;
fail:
    xdecref(vm, it);
    xdecref(vm, best);
    xdecref(vm, best_key);
    return VAL_NULL;
}

FN(builtin_min) { (void)self; return reduce_minmax(vm, args, nargs, kw, CMP_CODE_LT, "min"); }
FN(builtin_max) { (void)self; return reduce_minmax(vm, args, nargs, kw, CMP_CODE_GT, "max"); }

FN(builtin_sum)
{
    (void)self;
    Value a[2];
    if (!args_parse(vm, "sum", args, nargs, kw, "iterable/|start", a)) return VAL_NULL;
    if (a[1] && is_str(a[1]))
        return err_set_str(vm, &exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (a[1] && is_instance_of(a[1], &type_bytes))
        return err_set_str(vm, &exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (a[1] && is_instance_of(a[1], &type_bytearray))
        return err_set_str(vm, &exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value acc = a[1] ? incref(a[1]) : small(0);
    Value it = obj_iter(vm, a[0]);
    if (!it) {
        decref(vm, acc);
        return VAL_NULL;
    }
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (!x) break;
        Value r = obj_binop(vm, NB_ADD, acc, x);
        decref(vm, x);
        decref(vm, acc);
        acc = r;
        if (!acc) break;
    }
    decref(vm, it);
    if (acc && err_occurred(vm)) clear_slot(vm, &acc);
    return acc;
}

FN(builtin_sorted)
{
    (void)self;
    if (nargs != 1) {
        if (nargs == 0) return err_set_str(vm, &exc_TypeError, "sorted expected 1 argument, got 0");
        return err_format(vm, &exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    }
    /* CPython builds the list, then calls its sort() with the keywords. */
    Value l = list_from_iterable(vm, args[0]);
    if (!l) return VAL_NULL;
    if (!list_sort_method(vm, l, args + 1, 0, kw)) {
        decref(vm, l);
        return VAL_NULL;
    }
    return l;
}

static Value truth_reduce(VM *vm, Value iterable, bool want)
{
    Value it = obj_iter(vm, iterable);
    if (!it) return VAL_NULL;
    Value result = bool_val(!want);
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (!x) break;
        int t = obj_truth(vm, x);
        decref(vm, x);
        if (t < 0) break;
        if (t == want) {
            result = bool_val(want);
            break;
        }
    }
    decref(vm, it);
    return err_occurred(vm) ? VAL_NULL : result;
}

FN(builtin_any) { (void)self; if (!args_check(vm, "any", nargs, kw, 1, 1)) return VAL_NULL; return truth_reduce(vm, args[0], true); }
FN(builtin_all) { (void)self; if (!args_check(vm, "all", nargs, kw, 1, 1)) return VAL_NULL; return truth_reduce(vm, args[0], false); }

/* ---- attributes ------------------------------------------------------------------------ */

static bool attr_name(VM *vm, Value name)
{
    if (is_str(name)) return true;
    err_format(vm, &exc_TypeError, "attribute name must be string, not '%s'", type_name(type_of(name)));
    return false;
}

FN(builtin_getattr)
{
    (void)self;
    if (!args_check(vm, "getattr", nargs, kw, 2, 3)) return VAL_NULL;
    if (!attr_name(vm, args[1])) return VAL_NULL;
    Value v = obj_getattr(vm, args[0], args[1]);
    if (!v && nargs == 3 && err_matches(vm, &exc_AttributeError)) {
        err_clear(vm);
        return incref(args[2]);
    }
    return v;
}

FN(builtin_setattr)
{
    (void)self;
    if (!args_check(vm, "setattr", nargs, kw, 3, 3)) return VAL_NULL;
    if (!attr_name(vm, args[1])) return VAL_NULL;
    return obj_setattr(vm, args[0], args[1], args[2]) < 0 ? VAL_NULL : NONE;
}

FN(builtin_delattr)
{
    (void)self;
    if (!args_check(vm, "delattr", nargs, kw, 2, 2)) return VAL_NULL;
    if (!attr_name(vm, args[1])) return VAL_NULL;
    return obj_setattr(vm, args[0], args[1], VAL_NULL) < 0 ? VAL_NULL : NONE;
}

FN(builtin_hasattr)
{
    (void)self;
    if (!args_check(vm, "hasattr", nargs, kw, 2, 2)) return VAL_NULL;
    if (!attr_name(vm, args[1])) return VAL_NULL;
    Value v = obj_getattr(vm, args[0], args[1]);
    if (v) {
        decref(vm, v);
        return TRUE_V;
    }
    if (err_matches(vm, &exc_AttributeError)) {
        err_clear(vm);
        return FALSE_V;
    }
    return VAL_NULL;
}

FN(builtin_globals)
{
    (void)self; (void)args;
    if (!args_check(vm, "globals", nargs, kw, 0, 0)) return VAL_NULL;
    return incref(vm->frame->globals);
}

FN(builtin_locals)
{
    (void)self; (void)args;
    if (!args_check(vm, "locals", nargs, kw, 0, 0)) return VAL_NULL;
    return vm->frame ? vm_frame_locals(vm, vm->frame) : dict_new(vm);
}

/* ---- eval, exec, compile ------------------------------------------------------------ */

/* The text of a str or bytes source, or NULL with TypeError naming fname. */
static const char *source_text(VM *vm, Value src, const char *fname, const char *kinds, size_t *len)
{
    const char *text = NULL;
    if (is_str(src)) {
        text = str_cstr(src);
        *len = str_nbytes(as_str(src));
    } else if (!is_small(src) && type_is_subtype(type_of(src), &type_bytes)) {
        text = (const char *)((BytesObj *)as_obj(src))->data;
        *len = ((BytesObj *)as_obj(src))->len;
    } else {
        err_format(vm, &exc_TypeError, "%s() arg 1 must be a %s object", fname, kinds);
        return NULL;
    }
    if (memchr(text, 0, *len)) {
        err_set_str(vm, &exc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    return text;
}

/* Compiles eval/exec's source argument (a code object passes through). */
static Value source_code(VM *vm, Value src, const char *fname, ParseMode mode)
{
    if (is_type(src, &type_code)) {
        int nfree = ((CodeObj *)as_obj(src))->nfree;
        if (nfree && mode == PARSE_EVAL)
            return err_set_str(vm, &exc_TypeError, "code object passed to eval() may not contain free variables");
        if (nfree)
            return err_format(vm, &exc_TypeError, "code object requires a closure of exactly length %d", nfree);
        return incref(src);
    }
    size_t len;
    const char *text = source_text(vm, src, fname, "string, bytes or code", &len);
    if (!text) return VAL_NULL;
    if (mode == PARSE_EVAL)
        while (len && (*text == ' ' || *text == '\t')) text++, len--;
    return vm_compile(vm, text, len, "<string>", mode);
}

/* Runs eval/exec's code in the namespaces given, or the caller's. */
static Value run_in_namespaces(VM *vm, const char *fname, Value src, Value globals, Value locals, ParseMode mode)
{
    if (globals == NONE) globals = VAL_NULL;
    if (locals == NONE) locals = VAL_NULL;
    bool locals_ok = !locals || is_dict(locals) || type_of(locals)->getitem;
    if (mode == PARSE_EVAL) {
        if (!locals_ok) return err_set_str(vm, &exc_TypeError, "locals must be a mapping");
        if (globals && !is_dict(globals))
            return err_set_str(vm, &exc_TypeError, type_of(globals)->getitem
                                                       ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                       : "globals must be a dict");
    } else {
        if (globals && !is_dict(globals))
            return err_format(vm, &exc_TypeError, "exec() globals must be a dict, not %T", globals);
        if (!locals_ok) return err_format(vm, &exc_TypeError, "locals must be a mapping or None, not %T", locals);
    }
    Value owned_locals = VAL_NULL;
    if (!globals) {
        globals = vm->frame ? vm->frame->globals : vm_main_dict(vm);
        if (!globals) return VAL_NULL;
        if (!locals) {
            owned_locals = vm->frame ? vm_frame_locals(vm, vm->frame) : incref(globals);
            if (!owned_locals) return VAL_NULL;
            locals = owned_locals;
        }
    } else if (!locals) {
        locals = globals;
    }
    Value r = VAL_NULL;
    Value code = source_code(vm, src, fname, mode);
    if (code) {
        r = vm_exec_code(vm, code, globals, locals);
        decref(vm, code);
    }
    xdecref(vm, owned_locals);
    if (r && mode != PARSE_EVAL) {
        decref(vm, r);
        r = NONE;
    }
    return r;
}

FN(builtin_eval)
{
    (void)self;
    if (!args_no_kw(vm, "eval", kw)) return VAL_NULL;
    if (nargs < 1) return err_format(vm, &exc_TypeError, "eval expected at least 1 argument, got %zu", nargs);
    if (nargs > 3) return err_format(vm, &exc_TypeError, "eval expected at most 3 arguments, got %zu", nargs);
    return run_in_namespaces(vm, "eval", args[0], nargs > 1 ? args[1] : NONE, nargs > 2 ? args[2] : NONE,
                             PARSE_EVAL);
}

FN(builtin_exec)
{
    (void)self;
    size_t nkw = kw ? as_tuple(kw)->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value name = as_tuple(kw)->items[k];
        if (strcmp(str_cstr(name), "closure") != 0)
            return err_format(vm, &exc_TypeError, "'%U' is an invalid keyword argument for exec()", name);
        if (args[nargs + k] != NONE)
            return err_set_str(vm, &exc_TypeError, "cannot use a closure with this code object");
    }
    if (nargs < 1)
        return err_format(vm, &exc_TypeError, "exec() takes at least 1 positional argument (%zu given)", nargs);
    if (nargs > 3)
        return err_format(vm, &exc_TypeError, "exec() takes at most 3 positional arguments (%zu given)", nargs);
    return run_in_namespaces(vm, "exec", args[0], nargs > 1 ? args[1] : NONE, nargs > 2 ? args[2] : NONE,
                             PARSE_FILE);
}

FN(builtin_compile)
{
    (void)self;
    Value a[7];
    if (nargs > 6)
        return err_format(vm, &exc_TypeError, "compile() takes at most 6 positional arguments (%zu given)", nargs);
    if (!args_parse(vm, "compile", args, nargs, kw, "source,filename,mode,|flags,dont_inherit,optimize,$_feature_version", a))
        return VAL_NULL;
    size_t len;
    const char *text = source_text(vm, a[0], "compile", "string, bytes or AST", &len);
    if (!text) return VAL_NULL;
    if (!is_str(a[1]))
        return err_format(vm, &exc_TypeError, "expected str, bytes or os.PathLike object, not %T", a[1]);
    if (!is_str(a[2]))
        return err_format(vm, &exc_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    const char *mode = str_cstr(a[2]);
    ParseMode pm;
    if (strcmp(mode, "exec") == 0) pm = PARSE_FILE;
    else if (strcmp(mode, "eval") == 0) pm = PARSE_EVAL;
    else if (strcmp(mode, "single") == 0) pm = PARSE_SINGLE;
    else return err_set_str(vm, &exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return vm_compile(vm, text, len, str_cstr(a[1]), pm);
}

FN(builtin_input)
{
    (void)self;
    if (!args_check(vm, "input", nargs, kw, 0, 1)) return VAL_NULL;
    if (nargs) {
        Value s = obj_str(vm, args[0]);
        if (!s) return VAL_NULL;
        fwrite(str_cstr(s), 1, str_nbytes(as_str(s)), stdout);
        decref(vm, s);
    }
    fflush(stdout);
    StrBuf b;
    strbuf_init(&b, vm);
    int c;
    bool any = false;
    while ((c = getchar()) != EOF) {
        any = true;
        if (c == '\n') break;
        strbuf_add_char(&b, (char)c);
    }
    if (!any) {
        strbuf_discard(&b);
        return err_set_str(vm, &exc_EOFError, "EOF when reading a line");
    }
    return strbuf_finish(&b);
}

static const MethodDef builtin_functions[] = {
    {"print", builtin_print, 0}, {"len", builtin_len, 0}, {"repr", builtin_repr, 0},
    {"ascii", builtin_ascii, 0}, {"id", builtin_id, 0}, {"hash", builtin_hash, 0},
    {"abs", builtin_abs, 0}, {"callable", builtin_callable, 0}, {"isinstance", builtin_isinstance, 0},
    {"issubclass", builtin_issubclass, 0}, {"chr", builtin_chr, 0}, {"ord", builtin_ord, 0},
    {"bin", builtin_bin, 0}, {"oct", builtin_oct, 0}, {"hex", builtin_hex, 0},
    {"divmod", builtin_divmod, 0}, {"pow", builtin_pow, 0}, {"round", builtin_round, 0},
    {"format", builtin_format, 0}, {"iter", builtin_iter, 0}, {"next", builtin_next, 0},
    {"min", builtin_min, 0}, {"max", builtin_max, 0}, {"sum", builtin_sum, 0},
    {"sorted", builtin_sorted, 0}, {"any", builtin_any, 0}, {"all", builtin_all, 0},
    {"getattr", builtin_getattr, 0}, {"setattr", builtin_setattr, 0}, {"delattr", builtin_delattr, 0},
    {"hasattr", builtin_hasattr, 0}, {"globals", builtin_globals, 0}, {"input", builtin_input, 0},
    {"open", file_open, 0}, {"locals", builtin_locals, 0}, {"eval", builtin_eval, 0},
    {"exec", builtin_exec, 0}, {"compile", builtin_compile, 0},
    {NULL, NULL, 0},
};

Value stdlib_iterators_init(VM *vm, Value module);
Value stdlib_class_builtins_init(VM *vm, Value module);

Value stdlib_builtins_init(VM *vm)
{
    Value name = str_intern_cstr(vm, "builtins");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (!m || module_add_functions(vm, m, builtin_functions) < 0) goto fail;
    static const struct { const char *name; Type *type; } types[] = {
        {"object", &type_object}, {"type", &type_type}, {"int", &type_int}, {"bool", &type_bool},
        {"float", &type_float}, {"str", &type_str}, {"bytes", &type_bytes}, {"bytearray", &type_bytearray}, {"list", &type_list},
        {"tuple", &type_tuple}, {"dict", &type_dict}, {"set", &type_set}, {"frozenset", &type_frozenset},
        {"range", &type_range}, {"slice", &type_slice},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (module_add_object(vm, m, types[i].name, val(types[i].type)) < 0) goto fail;
#define ADD_EXC(c, py, base) if (module_add_object(vm, m, py, val(&exc_##c)) < 0) goto fail;
    EXCEPTION_TYPES(ADD_EXC)
#undef ADD_EXC
    if (module_add_object(vm, m, "IOError", val(&exc_OSError)) < 0 ||
        module_add_object(vm, m, "EnvironmentError", val(&exc_OSError)) < 0)
        goto fail;
    if (module_add_object(vm, m, "None", NONE) < 0 || module_add_object(vm, m, "True", TRUE_V) < 0 ||
        module_add_object(vm, m, "False", FALSE_V) < 0 || module_add_object(vm, m, "Ellipsis", ELLIPSIS) < 0 ||
        module_add_object(vm, m, "NotImplemented", NOTIMPL) < 0 || module_add_object(vm, m, "__debug__", TRUE_V) < 0)
        goto fail;
    if (!stdlib_iterators_init(vm, m)) goto fail;
    if (!stdlib_class_builtins_init(vm, m)) goto fail;
    return m;
fail:
    xdecref(vm, m);
    return VAL_NULL;
}

Value stdlib_iterators_init(VM *vm, Value m)
{
    static const struct { const char *name; Type *type; } types[] = {
        {"enumerate", &type_enumerate}, {"zip", &type_zip}, {"map", &type_map},
        {"filter", &type_filter}, {"reversed", &type_reversed},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (module_add_object(vm, m, types[i].name, val(types[i].type)) < 0) return VAL_NULL;
    return m;
}
