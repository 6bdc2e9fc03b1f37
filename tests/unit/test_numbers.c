/*
 * tests/unit/test_numbers.c -- checks runtime/int.c, float.c, bool.c and
 * numfmt.c directly against CPython's results in tests/unit/numbers.data
 * (made by tests/unit/gen_numbers.py; see there for the line format).
 *
 *   test_numbers [numbers.data]     exit status 0 if every case passes
 */
#define _POSIX_C_SOURCE 200809L
#include "runtime/object.h"
#include "vm/vm.h"

#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 8
#define MAX_REPORTED 40

static VM *vm;
static long passed, failed;
static size_t flen[MAX_FIELDS];   /* byte lengths of the current line's fields (they may hold NULs) */

/* ---- small helpers ------------------------------------------------------------------- */

/* Undoes gen_numbers.py's esc() in place; returns the new length. */
static size_t unescape(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r != '\\') { *w++ = *r; continue; }
        r++;
        if (*r == 't') *w++ = '\t';
        else if (*r == 'n') *w++ = '\n';
        else if (*r == 'x') {
            char hex[3] = {r[1], r[2], 0};
            *w++ = (char)strtol(hex, NULL, 16);
            r += 2;
        } else *w++ = *r;
    }
    *w = 0;
    return (size_t)(w - s);
}

static char *dup_text(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (!d) abort();
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

static char *dup_str_value(Value s)
{
    return dup_text(str_cstr(s), str_nbytes(as_str(s)));
}

/* "!TypeName: message" for the pending exception, which is cleared. */
static char *describe_exception(void)
{
    Value exc = err_fetch(vm);
    if (!exc) return dup_text("<VAL_NULL without an exception>", 31);
    Value msg = exc_str(vm, exc);
    const char *tname = type_of(exc)->name;
    size_t n = strlen(tname) + (msg ? str_nbytes(as_str(msg)) : 0) + 4;
    char *d = malloc(n);
    if (!d) abort();
    snprintf(d, n, "!%s: %s", tname, msg ? str_cstr(msg) : "?");
    xdecref(vm, msg);
    decref(vm, exc);
    return d;
}

/* The result as gen_numbers.py's show() writes it; consumes r. */
static char *describe(Value r)
{
    if (!r) return describe_exception();
    char *d;
    if (r == TRUE_V || r == FALSE_V) {
        d = dup_text(r == TRUE_V ? "True" : "False", r == TRUE_V ? 4 : 5);
    } else if (is_int(r)) {
        Value s = int_to_decimal(vm, r);
        d = s ? dup_str_value(s) : describe_exception();
        xdecref(vm, s);
    } else if (is_instance_of(r, &type_float)) {
        char buf[64];
        size_t n = float_repr_buf(float_val(r), buf, sizeof buf);
        d = dup_text(buf, n);
    } else if (is_str(r)) {
        d = dup_str_value(r);
    } else if (is_tuple(r)) {
        TupleObj *t = as_tuple(r);
        size_t cap = 16, len = 1;
        d = malloc(cap);
        d[0] = '(';
        for (size_t i = 0; i < t->len; i++) {
            char *item = describe(incref(t->items[i]));
            size_t need = len + strlen(item) + 4;
            if (need > cap) { cap = need * 2; d = realloc(d, cap); }
            if (i) { memcpy(d + len, ", ", 2); len += 2; }
            memcpy(d + len, item, strlen(item));
            len += strlen(item);
            free(item);
        }
        d[len++] = ')';
        d[len] = 0;
    } else {
        d = dup_text("<unexpected type>", 17);
    }
    decref(vm, r);
    return d;
}

static void check(long lineno, const char *what, char *got, const char *expected)
{
    if (strcmp(got, expected) == 0) {
        passed++;
    } else {
        if (failed < MAX_REPORTED)
            fprintf(stderr, "line %ld: %.200s\n   expected: %.300s\n   got:      %.300s\n", lineno, what, expected, got);
        failed++;
    }
    free(got);
}

static Value parse_int_field(const char *s)
{
    if (strcmp(s, "True") == 0) return TRUE_V;
    if (strcmp(s, "False") == 0) return FALSE_V;
    Value v = int_from_string(vm, s, strlen(s), 10);
    if (!v) {
        fprintf(stderr, "cannot read int operand %.60s\n", s);
        exit(2);
    }
    return v;
}

static double bits_to_double(const char *hex)
{
    uint64_t u = strtoull(hex, NULL, 16);
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static Value parse_float_field(const char *hex) { return float_new(vm, bits_to_double(hex)); }

static Value operand(const char *kind, const char *text)
{
    return kind[0] == 'f' ? parse_float_field(text) : parse_int_field(text);
}

static int numop_of(const char *name)
{
    static const char *const names[NB_COUNT] = {
        "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow",
        "lshift", "rshift", "or", "xor", "and",
    };
    for (int i = 0; i < NB_COUNT; i++)
        if (strcmp(names[i], name) == 0) return i;
    fprintf(stderr, "unknown operation %s\n", name);
    exit(2);
}

/* Calls a method from a type's MethodDef table by name. */
static Value call_method(Type *t, const char *name, Value self, Value *args, size_t nargs)
{
    for (const MethodDef *m = t->methods; m && m->name; m++)
        if (strcmp(m->name, name) == 0) return m->fn(vm, self, args, nargs, VAL_NULL);
    fprintf(stderr, "no method %s.%s\n", t->name, name);
    exit(2);
}

static Value new_str(const char *s) { return str_new(vm, s, strlen(s)); }

/* ---- one case per line -------------------------------------------------------------- */

static char *run_int_case(char **f)
{
    Value a = parse_int_field(f[2]), b = parse_int_field(f[3]);
    Value r = int_binop(vm, (NumOp)numop_of(f[1]), a, b);
    decref(vm, a);
    decref(vm, b);
    return describe(r);
}

static char *run_int1_case(char **f)
{
    Value a = parse_int_field(f[2]);
    const char *op = f[1];
    Value r;
    char buf[32];
    if (strcmp(op, "neg") == 0) r = int_neg(vm, a);
    else if (strcmp(op, "invert") == 0) r = int_invert(vm, a);
    else if (strcmp(op, "abs") == 0) r = int_abs(vm, a);
    else if (strcmp(op, "hash") == 0) {
        snprintf(buf, sizeof buf, "%lld", (long long)int_hash(a));
        r = new_str(buf);
    } else if (strcmp(op, "bit_length") == 0) r = call_method(&type_int, "bit_length", a, NULL, 0);
    else if (strcmp(op, "float") == 0) {
        bool ok;
        double d = int_to_double(vm, a, &ok);
        r = ok ? float_new(vm, d) : VAL_NULL;
    } else if (strcmp(op, "bin") == 0) r = int_to_base(vm, a, 2, true);
    else if (strcmp(op, "oct") == 0) r = int_to_base(vm, a, 8, true);
    else if (strcmp(op, "hex") == 0) r = int_to_base(vm, a, 16, true);
    else if (strcmp(op, "str_nolimit") == 0) r = int_to_decimal(vm, a);
    else if (strcmp(op, "str") == 0) {
        int_max_str_digits = 4300;
        r = int_to_decimal(vm, a);
        int_max_str_digits = 0;
    } else {
        fprintf(stderr, "unknown int1 op %s\n", op);
        exit(2);
    }
    decref(vm, a);
    return describe(r);
}

static char *run_parse_case(char **f)
{
    Value args[2] = {str_new(vm, f[2], flen[2]), small(atoi(f[1]))};
    int_max_str_digits = 4300;
    Value r = type_int.new_(vm, &type_int, args, 2, VAL_NULL);
    int_max_str_digits = 0;
    decref(vm, args[0]);
    return describe(r);
}

static char *run_fop_case(char **f)
{
    Value a = operand(f[2], f[3]), b = operand(f[4], f[5]);
    NumOp op = (NumOp)numop_of(f[1]);
    /* the float slot is called with either operand order, ints on either side */
    Value r = f[2][0] == 'i' && f[4][0] == 'i' ? int_binop(vm, op, a, b) : type_float.binop[op](vm, a, b);
    decref(vm, a);
    decref(vm, b);
    return describe(r);
}

static char *run_fcmp_case(char **f)
{
    Value x = parse_float_field(f[1]), i = parse_int_field(f[2]);
    int lt = type_float.richcompare(vm, x, i, CMP_CODE_LT) == TRUE_V;
    int eq = type_float.richcompare(vm, x, i, CMP_CODE_EQ) == TRUE_V;
    int gt = type_float.richcompare(vm, x, i, CMP_CODE_GT) == TRUE_V;
    /* and the reflected direction must agree */
    int rgt = type_float.richcompare(vm, i, x, CMP_CODE_GT) == TRUE_V;
    int rne = type_float.richcompare(vm, i, x, CMP_CODE_NE) == TRUE_V;
    decref(vm, x);
    decref(vm, i);
    char buf[32];
    if (rgt != lt || rne == eq) snprintf(buf, sizeof buf, "reflected mismatch");
    else if (!lt && !eq && !gt) snprintf(buf, sizeof buf, "nan");
    else snprintf(buf, sizeof buf, "%d", gt - lt);
    return dup_text(buf, strlen(buf));
}

static char *run_fmethod_case(char **f)
{
    Value x = parse_float_field(f[2]);
    const char *name = f[1];
    if (strcmp(name, "int") == 0) name = "__int__";
    else if (strcmp(name, "floor") == 0) name = "__floor__";
    else if (strcmp(name, "ceil") == 0) name = "__ceil__";
    else if (strcmp(name, "round") == 0) name = "__round__";
    Value r = call_method(&type_float, name, x, NULL, 0);
    decref(vm, x);
    return describe(r);
}

static char *run_round_case(char **f)
{
    Value x = operand(f[1], f[2]);
    Value n = strcmp(f[3], "-") == 0 ? VAL_NULL : parse_int_field(f[3]);
    Value r = num_round(vm, x, n);
    decref(vm, x);
    xdecref(vm, n);
    return describe(r);
}

static void run_line(long lineno, char *line)
{
    char *f[MAX_FIELDS];
    int nf = 0;
    for (char *p = line; nf < MAX_FIELDS;) {
        f[nf++] = p;
        char *tab = strchr(p, '\t');
        if (!tab) break;
        *tab = 0;
        p = tab + 1;
    }
    for (int i = 0; i < nf; i++) flen[i] = unescape(f[i]);
    const char *expected = f[nf - 1], *kind = f[0];
    char what[256];
    snprintf(what, sizeof what, "%s %s %.60s %.60s", f[0], nf > 1 ? f[1] : "", nf > 2 ? f[2] : "", nf > 3 ? f[3] : "");
    char *got;
    if (strcmp(kind, "int") == 0) got = run_int_case(f);
    else if (strcmp(kind, "int1") == 0) got = run_int1_case(f);
    else if (strcmp(kind, "powmod") == 0) {
        Value b = parse_int_field(f[1]), e = parse_int_field(f[2]), m = parse_int_field(f[3]);
        got = describe(int_pow_mod(vm, b, e, m));
        decref(vm, b); decref(vm, e); decref(vm, m);
    } else if (strcmp(kind, "parse") == 0) got = run_parse_case(f);
    else if (strcmp(kind, "frepr") == 0) {
        char buf[64];
        size_t n = float_repr_buf(bits_to_double(f[1]), buf, sizeof buf);
        got = dup_text(buf, n);
    } else if (strcmp(kind, "fop") == 0) got = run_fop_case(f);
    else if (strcmp(kind, "fhash") == 0) {
        double d = bits_to_double(f[1]);
        char buf[32];
        if (d != d) snprintf(buf, sizeof buf, "nan");
        else snprintf(buf, sizeof buf, "%lld", (long long)float_hash(d));
        got = dup_text(buf, strlen(buf));
    } else if (strcmp(kind, "fmethod") == 0) got = run_fmethod_case(f);
    else if (strcmp(kind, "fcmp") == 0) got = run_fcmp_case(f);
    else if (strcmp(kind, "fparse") == 0) {
        Value s = str_new(vm, f[1], flen[1]);
        got = describe(type_float.new_(vm, &type_float, &s, 1, VAL_NULL));
        decref(vm, s);
    } else if (strcmp(kind, "fmtint") == 0) {
        Value v = parse_int_field(f[1]), spec = new_str(f[2]);
        got = describe(int_format(vm, v, spec));
        decref(vm, v); decref(vm, spec);
    } else if (strcmp(kind, "fmtfloat") == 0) {
        Value spec = new_str(f[2]);
        got = describe(float_format(vm, bits_to_double(f[1]), spec));
        decref(vm, spec);
    } else if (strcmp(kind, "round") == 0) got = run_round_case(f);
    else {
        fprintf(stderr, "line %ld: unknown case kind %s\n", lineno, kind);
        exit(2);
    }
    if (err_occurred(vm)) {
        fprintf(stderr, "line %ld: exception left pending\n", lineno);
        err_clear(vm);
        failed++;
    }
    check(lineno, what, got, expected);
}

/* ---- direct checks that need no data file --------------------------------------------- */

static void check_invariants(void)
{
    /* results in the small range are always immediates */
    Value big = int_from_string(vm, "4611686018427387904", 19, 10);   /* 2^62: heap */
    Value one = small(1);
    Value r = int_binop(vm, NB_SUB, big, one);
    check(0, "2**62 - 1 is small", dup_text(is_small(r) ? "small" : "heap", is_small(r) ? 5 : 4), "small");
    decref(vm, r);
    check(0, "2**62 is heap", dup_text(is_small(big) ? "small" : "heap", is_small(big) ? 5 : 4), "heap");
    Value neg = int_neg(vm, big);   /* -2^62 == SMALL_MIN */
    check(0, "-2**62 is small", dup_text(is_small(neg) ? "small" : "heap", is_small(neg) ? 5 : 4), "small");
    decref(vm, big);
    /* True and False are accepted as 1 and 0 everywhere */
    check(0, "True + True", describe(int_binop(vm, NB_ADD, TRUE_V, TRUE_V)), "2");
    check(0, "True & True", describe(type_bool.binop[NB_AND](vm, TRUE_V, TRUE_V)), "True");
    check(0, "True ^ True", describe(type_bool.binop[NB_XOR](vm, TRUE_V, TRUE_V)), "False");
    check(0, "True | 2", describe(type_bool.binop[NB_OR](vm, TRUE_V, small(2))), "3");
    check(0, "-True", describe(type_bool.neg(vm, TRUE_V)), "-1");
    check(0, "~False", describe(type_bool.invert(vm, FALSE_V)), "-1");
    check(0, "True / 2", describe(type_int.binop[NB_TRUEDIV](vm, TRUE_V, small(2))), "0.5");
    check(0, "repr(True)", describe(type_bool.repr(vm, TRUE_V)), "True");
    /* unsupported operands give NotImplemented */
    Value s = new_str("x");
    Value ni = type_int.binop[NB_ADD](vm, small(1), s);
    check(0, "1 + 'x'", dup_text(ni == NOTIMPL ? "NotImplemented" : "?", ni == NOTIMPL ? 14 : 1), "NotImplemented");
    decref(vm, ni);
    Value onef = float_new(vm, 1.0);
    ni = type_float.binop[NB_MUL](vm, s, onef);
    check(0, "'x' * 1.0", dup_text(ni == NOTIMPL ? "NotImplemented" : "?", ni == NOTIMPL ? 14 : 1), "NotImplemented");
    decref(vm, ni);
    decref(vm, onef);
    decref(vm, s);
    /* hash(True) == 1, bool(2) is True */
    intptr_t h = 0;
    type_bool.hash(vm, TRUE_V, &h);
    check(0, "hash(True)", dup_text(h == 1 ? "1" : "?", 1), "1");
    Value two = small(2);
    check(0, "bool(2)", describe(type_bool.new_(vm, &type_bool, &two, 1, VAL_NULL)), "True");
    check(0, "int()", describe(type_int.new_(vm, &type_int, NULL, 0, VAL_NULL)), "0");
    Value fl = float_new(vm, -2.5);
    check(0, "int(-2.5)", describe(type_int.new_(vm, &type_int, &fl, 1, VAL_NULL)), "-2");
    check(0, "float(-2.5).__trunc__", describe(call_method(&type_float, "__trunc__", fl, NULL, 0)), "-2");
    decref(vm, fl);
    /* divmod */
    check(0, "divmod(-7, 2)", describe(num_divmod(vm, small(-7), small(2))), "(-4, 1)");
    Value f7 = float_new(vm, -7.0);
    check(0, "divmod(-7.0, 2)", describe(num_divmod(vm, f7, small(2))), "(-4.0, 1.0)");
    check(0, "divmod(-7.0, 0)", describe(num_divmod(vm, f7, small(0))), "!ZeroDivisionError: float divmod()");
    decref(vm, f7);
    check(0, "divmod(1, 0)", describe(num_divmod(vm, small(1), small(0))),
          "!ZeroDivisionError: integer division or modulo by zero");
    /* to_bytes / from_bytes */
    Value args[3] = {small(2), new_str("little"), VAL_NULL};
    Value b = call_method(&type_int, "to_bytes", small(-2), args, 2);
    check(0, "(-2).to_bytes(2, 'little') fails unsigned", describe(b), "!OverflowError: can't convert negative int to unsigned");
    Value big2 = int_from_string(vm, "123456789012345678901234567890", 30, 10);
    b = call_method(&type_int, "to_bytes", big2, (Value[]){small(13), args[1]}, 2);
    Value back = b ? call_method(&type_int, "from_bytes", val(&type_int), (Value[]){b, args[1]}, 2) : VAL_NULL;
    check(0, "from_bytes(to_bytes(x))", describe(back), "123456789012345678901234567890");
    xdecref(vm, b);
    decref(vm, big2);
    decref(vm, args[1]);
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "tests/unit/numbers.data";
    FILE *fp = fopen(path, "r");
    char alt[4096];
    if (!fp && argc <= 1) {
        /* run from elsewhere: look next to the binary's build directory (build/test_numbers) */
        const char *slash = strrchr(argv[0], '/');
        int dirlen = slash ? (int)(slash - argv[0]) : 1;
        snprintf(alt, sizeof alt, "%.*s/../tests/unit/numbers.data", dirlen, slash ? argv[0] : ".");
        path = alt;
        fp = fopen(path, "r");
    }
    if (!fp) {
        fprintf(stderr, "test_numbers: cannot open %s (run from the repository root, or pass the path)\n", path);
        return 2;
    }
    vm = vm_new(argc, argv, argv[0]);
    if (!vm) return 2;
    int_max_str_digits = 0;
    check_invariants();
    char *line = NULL;
    size_t cap = 0;
    long lineno = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, fp)) >= 0) {
        lineno++;
        if (n && line[n - 1] == '\n') line[--n] = 0;
        if (n == 0 || line[0] == '#') continue;
        run_line(lineno, line);
    }
    free(line);
    fclose(fp);
    int_max_str_digits = 4300;
    vm_free(vm);
    printf("test_numbers: %ld passed, %ld failed\n", passed, failed);
    return failed ? 1 : 0;
}
