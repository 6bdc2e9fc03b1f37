/*
 * Reporting errors as CPython does: SyntaxError objects from parse and
 * compile failures, and the default excepthook's traceback printout
 * (chained exceptions, source lines, and 3.11's ~~^~~ position markers).
 */
#include <stdlib.h>
#include <string.h>

#include "stdlib/stdlib.h"
#include "vm/internal.h"

/* ---- SyntaxError ------------------------------------------------------------------------ */

/* Line `line` (1-based) of `src`, without its newline; NULL if out of range. */
static char *source_line(const char *src, int line, size_t *len)
{
    if (!src || line < 1) return NULL;
    const char *p = src;
    for (int i = 1; i < line; i++) {
        p = strchr(p, '\n');
        if (!p) return NULL;
        p++;
    }
    const char *end = strchr(p, '\n');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    if (n && p[n - 1] == '\r') n--;
    char *out = malloc(n + 1);
    if (!out) return NULL;
    memcpy(out, p, n);
    out[n] = 0;
    *len = n;
    return out;
}

static int set_attr(VM *vm, Value exc, const char *name, Value v)
{
    if (!v) return -1;
    Value dict = ((ExcObj *)as_obj(exc))->dict;
    int r = dict_set_cstr(vm, dict, name, v);
    decref(vm, v);
    return r;
}

Value vm_syntax_error(VM *vm, Type *type, const char *msg, Value filename, int line, int col, int end_line,
                      int end_col, const char *src)
{
    size_t n = 0;
    char *text = source_line(src, line, &n);
    Value text_v = text ? str_new(vm, text, n) : incref(NONE);
    free(text);
    Value msg_v = str_from_cstr(vm, msg);
    if (!msg_v || !text_v) {
        xdecref(vm, msg_v);
        xdecref(vm, text_v);
        return VAL_NULL;
    }
    if (end_line < line) end_line = line;
    if (end_col <= col && end_line == line) end_col = col + 1;
    Value details = tuple_new(vm, 6);
    if (!details) return VAL_NULL;
    Value items[6] = {incref(filename), small(line), small(col + 1), text_v, small(end_line), small(end_col + 1)};
    memcpy(as_tuple(details)->items, items, sizeof items);
    tuple_done(vm, details);
    Value args = tuple_pack(vm, 2, msg_v, details);
    Value exc = exc_new(vm, type, args);
    if (!exc) {
        decref(vm, msg_v);
        decref(vm, details);
        return VAL_NULL;
    }
    ExcObj *e = (ExcObj *)as_obj(exc);
    e->dict = dict_new(vm);
    if (!e->dict) {
        decref(vm, exc);
        return VAL_NULL;
    }
    set_attr(vm, exc, "msg", msg_v);
    set_attr(vm, exc, "filename", incref(filename));
    set_attr(vm, exc, "lineno", small(line));
    set_attr(vm, exc, "offset", small(col + 1));
    set_attr(vm, exc, "text", incref(text_v));
    set_attr(vm, exc, "end_lineno", small(end_line));
    set_attr(vm, exc, "end_offset", small(end_col + 1));
    set_attr(vm, exc, "print_file_and_line", incref(NONE));
    decref(vm, details);
    return err_set_exc(vm, exc);
}

Value vm_syntax_error_from_parse(VM *vm, const ParseError *pe, const char *filename, const char *src)
{
    Type *t = &exc_SyntaxError;
    if (pe->kind && strcmp(pe->kind, "IndentationError") == 0) t = &exc_IndentationError;
    if (pe->kind && strcmp(pe->kind, "TabError") == 0) t = &exc_TabError;
    Value fn = str_from_cstr(vm, filename);
    if (!fn) return VAL_NULL;
    vm_syntax_error(vm, t, pe->msg, fn, pe->line, pe->col, pe->line, pe->end_col, src);
    decref(vm, fn);
    return VAL_NULL;
}

/* str(SyntaxError): "msg (file, line N)" as CPython. */
static Value exc_attr(VM *vm, Value exc, const char *name)
{
    Value d = ((ExcObj *)as_obj(exc))->dict;
    return d ? dict_get_cstr_borrowed(vm, d, name) : VAL_NULL;
}

/* ---- printing ------------------------------------------------------------------------------ */

static void write_str(FILE *out, Value s) { fwrite(str_cstr(s), 1, str_nbytes(as_str(s)), out); }

/* Reads line `lineno` of a file, for traceback display. */
static char *file_line(const char *path, int lineno, size_t *len)
{
    if (!path || path[0] == '<') return NULL;
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = 0;
    for (int i = 0; i < lineno; i++) {
        n = getline(&line, &cap, fp);
        if (n < 0) break;
    }
    fclose(fp);
    if (n < 0) {
        free(line);
        return NULL;
    }
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
    line[n] = 0;
    *len = (size_t)n;
    return line;
}

/* Byte offset of code point `cp` in a UTF-8 string. */
static size_t cp_to_byte(const char *s, size_t len, int cp)
{
    size_t i = 0;
    while (cp > 0 && i < len) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80) i++;
        cp--;
    }
    return i;
}

static int count_cps(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80) c++;
    return c;
}

static bool is_space_char(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n'; }

/* The ~~^~~ anchors of 3.11: for a binary operation the operator, for a
 * subscript the brackets.  Offsets are code points within the segment. */
static bool caret_anchors(const char *seg, size_t seglen, int *left, int *right)
{
    Module mod;
    ParseError pe;
    if (!ast_parse(seg, seglen, PARSE_FILE, &mod, &pe)) return false;
    bool found = false;
    if (mod.body.n == 1 && mod.body.v[0]->kind == S_EXPR) {
        const Expr *e = mod.body.v[0]->u.expr;
        if (e->kind == E_BINOP && e->u.binop.left->loc.end_line == 1 && e->u.binop.right->loc.line == 1) {
            int op_start = e->u.binop.left->loc.end_col, op_end = e->u.binop.right->loc.col;
            size_t b0 = cp_to_byte(seg, seglen, op_start), b1 = cp_to_byte(seg, seglen, op_end);
            size_t off = 0;
            while (b0 + off < b1 && is_space_char(seg[b0 + off])) off++;
            int l = op_start + count_cps(seg + b0, off);
            int r = l + 1;
            if (b0 + off + 1 < b1 && !is_space_char(seg[b0 + off + 1])) r++;
            size_t lb = cp_to_byte(seg, seglen, l);
            while (lb < seglen && (is_space_char(seg[lb]) || seg[lb] == ')' || seg[lb] == '#')) {
                lb++;
                l++;
                r++;
            }
            *left = l;
            *right = r;
            found = true;
        } else if (e->kind == E_SUBSCRIPT && e->u.subscript.value->loc.end_line == 1) {
            *left = e->u.subscript.value->loc.end_col;
            *right = e->u.subscript.index->loc.end_col + 1;
            found = true;
        }
    }
    ast_free(&mod);
    return found;
}

static void print_source_and_carets(FILE *out, const char *path, const CodePos *pos)
{
    size_t len;
    char *line = file_line(path, pos->line, &len);
    if (!line) return;
    size_t strip = 0;
    while (strip < len && is_space_char(line[strip])) strip++;
    fprintf(out, "    %s\n", line + strip);
    int stripped_cps = count_cps(line, strip);
    int line_cps = count_cps(line, len);
    int start = pos->col, end = pos->end_col;
    if (pos->end_line != pos->line) end = line_cps;
    if (start >= 0 && end > start && end <= line_cps) {
        int left = -1, right = -1;
        bool anchors = false;
        if (pos->end_line == pos->line) {
            size_t b0 = cp_to_byte(line, len, start), b1 = cp_to_byte(line, len, end);
            anchors = caret_anchors(line + b0, b1 - b0, &left, &right);
        }
        int stripped_len = line_cps - stripped_cps;
        if (end - start < stripped_len || (anchors && right - left > 0)) {
            fputs("    ", out);
            for (int i = stripped_cps; i < start; i++) fputc(' ', out);
            for (int i = start; i < end; i++) {
                char ch = '^';
                if (anchors && (i - start < left || i - start >= right)) ch = '~';
                fputc(ch, out);
            }
            fputc('\n', out);
        }
    }
    free(line);
}

static void print_traceback(VM *vm, FILE *out, Value tb)
{
    (void)vm;
    fputs("Traceback (most recent call last):\n", out);
    for (; tb; tb = ((TracebackObj *)as_obj(tb))->next) {
        TracebackObj *t = (TracebackObj *)as_obj(tb);
        CodeObj *co = (CodeObj *)as_obj(t->code);
        fprintf(out, "  File \"%s\", line %d, in %s\n", str_cstr(co->filename), t->lineno, str_cstr(co->name));
        if (t->lasti >= 0 && (size_t)t->lasti < co->ncode)
            print_source_and_carets(out, str_cstr(co->filename), &co->positions[t->lasti]);
    }
}

/* The location block of a SyntaxError, following CPython 3.11's rules:
 * leading spaces are stripped from the text (tabs are kept), the carets run
 * from offset to end_offset, a missing or degenerate end gives one caret,
 * and an IndentationError always gets one. */
static void print_syntax_error_location(VM *vm, FILE *out, Value exc)
{
    Value filename = exc_attr(vm, exc, "filename");
    Value lineno = exc_attr(vm, exc, "lineno");
    Value text = exc_attr(vm, exc, "text");
    Value offset_v = exc_attr(vm, exc, "offset");
    Value end_offset_v = exc_attr(vm, exc, "end_offset");
    if (!filename || !lineno || !is_small(lineno)) return;
    fputs("  File \"", out);
    if (is_str(filename)) write_str(out, filename);
    else fputs("<string>", out);
    fprintf(out, "\", line %zd\n", small_val(lineno));
    if (!text || !is_str(text)) return;
    const char *s = str_cstr(text);
    size_t n = str_nbytes(as_str(text));
    while (n && s[n - 1] == '\n') n--;
    size_t strip = 0;
    while (strip < n && (s[strip] == ' ' || s[strip] == '\n' || s[strip] == '\f')) strip++;
    const char *ltext = s + strip;
    size_t lbytes = n - strip;
    fputs("    ", out);
    fwrite(ltext, 1, lbytes, out);
    fputc('\n', out);
    if (!offset_v || !is_small(offset_v)) return;
    intptr_t offset = small_val(offset_v);
    intptr_t end = end_offset_v && is_small(end_offset_v) ? small_val(end_offset_v) : 0;
    if (end == 0) end = offset;
    if (offset == end || end == -1 || type_is_subtype(type_of(exc), &exc_IndentationError)) end = offset + 1;
    intptr_t spaces = count_cps(s, strip);
    intptr_t colno = offset - 1 - spaces, end_colno = end - 1 - spaces;
    if (colno < 0) return;
    fputs("    ", out);
    size_t i = 0;
    for (intptr_t k = 0; k < colno; k++) {
        char c = i < lbytes ? ltext[i] : ' ';
        fputc(is_space_char(c) ? c : ' ', out);
        if (i < lbytes) {
            i++;
            while (i < lbytes && ((unsigned char)ltext[i] & 0xc0) == 0x80) i++;
        }
    }
    for (intptr_t k = colno; k < end_colno; k++) fputc('^', out);
    fputc('\n', out);
}

static void print_exception_line(VM *vm, FILE *out, Value exc)
{
    Type *t = type_of(exc);
    if (t->module && is_str(t->module) && strcmp(str_cstr(t->module), "builtins") != 0 &&
        strcmp(str_cstr(t->module), "__main__") != 0) {
        write_str(out, t->module);
        fputc('.', out);
    }
    /* the qualified name, as CPython's traceback module prints it (Outer.Inner) */
    if (t->qualname && is_str(t->qualname)) write_str(out, t->qualname);
    else fputs(type_name(t), out);
    Value msg;
    if (type_is_subtype(t, &exc_SyntaxError)) {
        msg = exc_attr(vm, exc, "msg");
        msg = msg ? obj_str(vm, msg) : obj_str(vm, exc);
    } else {
        msg = obj_str(vm, exc);
    }
    if (!msg) {
        err_clear(vm);
        fputs(": <exception str() failed>\n", out);
        return;
    }
    if (str_nbytes(as_str(msg))) {
        fputs(": ", out);
        write_str(out, msg);
    }
    fputc('\n', out);
    decref(vm, msg);
}

static void print_one(VM *vm, FILE *out, Value exc)
{
    ExcObj *e = (ExcObj *)as_obj(exc);
    if (e->traceback) print_traceback(vm, out, e->traceback);
    if (type_is_subtype(type_of(exc), &exc_SyntaxError)) print_syntax_error_location(vm, out, exc);
    print_exception_line(vm, out, exc);
}

#define MAX_CHAIN 64

static void print_chain(VM *vm, FILE *out, Value exc, Value *seen, int *nseen)
{
    if (*nseen >= MAX_CHAIN) return;
    seen[(*nseen)++] = exc;
    ExcObj *e = (ExcObj *)as_obj(exc);
    Value cause = e->cause, context = e->context;
    bool is_seen = false;
    if (cause) {
        for (int i = 0; i < *nseen; i++)
            if (seen[i] == cause) is_seen = true;
        if (!is_seen) {
            print_chain(vm, out, cause, seen, nseen);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
        }
    } else if (context && !e->suppress_context) {
        for (int i = 0; i < *nseen; i++)
            if (seen[i] == context) is_seen = true;
        if (!is_seen) {
            print_chain(vm, out, context, seen, nseen);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
        }
    }
    print_one(vm, out, exc);
}

void vm_print_exception_value(VM *vm, Value exc, FILE *out);
void vm_print_exception_value(VM *vm, Value exc, FILE *out)
{
    fflush(stdout);
    Value seen[MAX_CHAIN];
    int nseen = 0;
    print_chain(vm, out, exc, seen, &nseen);
    fflush(out);
}

int vm_print_exception(VM *vm)
{
    Value exc = err_fetch(vm);
    if (!exc) return 0;
    vm_print_exception_value(vm, exc, stderr);
    decref(vm, exc);
    return 1;
}

/* SystemExit(code): None -> 0, an int -> that status, anything else is
 * printed to stderr and gives 1. */
bool vm_take_system_exit(VM *vm, int *status)
{
    if (!err_matches(vm, &exc_SystemExit)) return false;
    Value exc = err_fetch(vm);
    TupleObj *args = as_tuple(((ExcObj *)as_obj(exc))->args);
    Value code = args->len == 0 ? NONE : args->len == 1 ? args->items[0] : val(args);
    if (code == NONE) {
        *status = 0;
    } else if (is_int(code)) {
        int64_t v;
        if (!int_to_i64(vm, code, &v)) {
            err_clear(vm);
            v = -1;
        }
        *status = (int)(v & 0xff);
    } else {
        fflush(stdout);
        Value s = obj_str(vm, code);
        if (s) {
            write_str(stderr, s);
            fputc('\n', stderr);
            decref(vm, s);
        } else {
            err_clear(vm);
        }
        *status = 1;
    }
    decref(vm, exc);
    return true;
}

/* CPython's default unraisable hook: "<err_msg>: <repr(obj)>" (err_msg
 * "Exception ignored in" when None), then the exception alone, no chain. */
void vm_write_unraisable_default(VM *vm, Value exc, Value err_msg, Value obj)
{
    fflush(stdout);
    bool has_msg = err_msg && err_msg != NONE;
    if (obj == NONE) {
        if (has_msg) {
            write_str(stderr, err_msg);
            fputs(":\n", stderr);
        }
    } else {
        if (has_msg) write_str(stderr, err_msg);
        else fputs("Exception ignored in", stderr);
        fputs(": ", stderr);
        Value r = obj ? obj_repr(vm, obj) : VAL_NULL;
        if (r) {
            write_str(stderr, r);
            decref(vm, r);
        } else {
            err_clear(vm);
            fputs("<object repr() failed>", stderr);
        }
        fputc('\n', stderr);
    }
    if (is_exception(exc)) print_one(vm, stderr, exc);
    fflush(stderr);
}

/* Calls a sys.unraisablehook the program installed; false if it failed
 * (its exception is then pending). */
static bool call_unraisable_hook(VM *vm, Value hook, Value exc, Value where)
{
    Value hook_args = stdlib_unraisable_hook_args(vm, exc, NONE, where ? where : NONE);
    if (!hook_args) return false;
    Value r = obj_call1(vm, hook, hook_args);
    decref(vm, hook_args);
    xdecref(vm, r);
    return r != VAL_NULL;
}

void err_write_unraisable(VM *vm, Value where)
{
    Value exc = err_fetch(vm);
    if (!exc) return;
    /* One with no traceback gets the frame running now, as in CPython. */
    ExcObj *e = (ExcObj *)as_obj(exc);
    if (!e->traceback && vm->frame && vm->frame->code) {
        Value fo = vm_frame_object(vm, vm->frame);
        if (!fo) err_clear(vm);
        exc_add_traceback(vm, exc, fo, val(vm->frame->code), (int)vm->frame->ip - 1);
        xdecref(vm, fo);
    }
    Value sys_dict = vm->sys ? ((ModuleObj *)as_obj(vm->sys))->dict : VAL_NULL;
    Value hook = sys_dict ? dict_get_cstr_borrowed(vm, sys_dict, "unraisablehook") : VAL_NULL;
    Value default_hook = sys_dict ? dict_get_cstr_borrowed(vm, sys_dict, "__unraisablehook__") : VAL_NULL;
    if (!hook || hook == NONE || hook == default_hook) {
        vm_write_unraisable_default(vm, exc, VAL_NULL, where);
    } else {
        incref(hook);
        if (!call_unraisable_hook(vm, hook, exc, where)) {
            /* The hook failed: its own error goes to the default hook. */
            Value hook_exc = err_fetch(vm);
            Value msg = str_from_cstr(vm, "Exception ignored in sys.unraisablehook");
            if (msg && hook_exc) vm_write_unraisable_default(vm, hook_exc, msg, hook);
            xdecref(vm, msg);
            xdecref(vm, hook_exc);
            err_clear(vm);
        }
        decref(vm, hook);
    }
    decref(vm, exc);
}

void vm_syntax_error_report(VM *vm, const ParseError *pe, const char *filename, const char *src)
{
    vm_syntax_error_from_parse(vm, pe, filename, src);
    vm_print_exception(vm);
}
