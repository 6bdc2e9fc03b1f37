/*
 * _re: the native half of the re module.  stdlib/lib/re.py has Python's API
 * (Pattern, Match, sub templates, split, ...) and translates Python's regex
 * syntax into PCRE2's; this file compiles the translated pattern with PCRE2
 * and runs it.
 *
 * A Code object is one compiled pattern.  Its matches are reported as tuples
 * of spans (start0, end0, start1, end1, ...; -1 for a group that did not
 * take part), in code points for str subjects and bytes for bytes ones.
 * PCRE2 allocates through pith's allocator (a general context whose memory
 * data is the VM), so its memory is counted like everything else.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

/* Python's flag values (re.IGNORECASE, ...), as re.py passes them. */
enum { PY_IGNORECASE = 2, PY_MULTILINE = 8, PY_DOTALL = 16, PY_ASCII = 256 };

/* How a match is anchored: search anywhere, match at pos, fullmatch. */
enum { MODE_SEARCH = 0, MODE_MATCH = 1, MODE_FULLMATCH = 2 };

typedef struct ReCodeObj {
    Obj ob;
    pcre2_code *code;
    pcre2_general_context *gctx;
    uint32_t ngroups;
    bool is_bytes;        /* compiled for bytes subjects (no UTF) */
} ReCodeObj;

extern Type type_re_code;

/* ---- PCRE2's memory through gc_mem_* ------------------------------------- */

/* Each block carries its size in front, as gc_mem_free wants it back. */
#define BLOCK_HEAD 16

static void *re_malloc(size_t size, void *data)
{
    VM *vm = data;
    char *p = gc_mem_alloc(vm, size + BLOCK_HEAD);
    if (!p) return NULL;
    *(size_t *)p = size + BLOCK_HEAD;
    return p + BLOCK_HEAD;
}

static void re_free(void *block, void *data)
{
    if (!block) return;
    char *p = (char *)block - BLOCK_HEAD;
    gc_mem_free(data, p, *(size_t *)p);
}

/* ---- subjects ------------------------------------------------------------ */

/* A subject as PCRE2 sees it, with the conversions between its offsets
 * (bytes) and the indices Python sees (code points for str). */
typedef struct Subject {
    const char *data;
    size_t nbytes;
    StrObj *str;          /* NULL for bytes-like subjects */
    uint32_t match_opts;  /* PCRE2_NO_UTF_CHECK when the subject is known valid */
} Subject;

/* pith's str is UTF-8 except for lone surrogates (0xED 0xA0..0xBF ...), which
 * PCRE2 must see and refuse.  Checking once here spares PCRE2 checking the
 * whole subject at every match of a findall or sub. */
static bool str_valid_utf8(const StrObj *s)
{
    if (str_is_ascii(s)) return true;
    const unsigned char *p = (const unsigned char *)str_data(s);
    for (size_t i = 0; i + 1 < str_nbytes(s); i++)
        if (p[i] == 0xed && p[i + 1] >= 0xa0) return false;
    return true;
}

static bool subject_get(VM *vm, ReCodeObj *c, Value string, Subject *out)
{
    out->str = NULL;
    out->match_opts = 0;
    if (is_str(string)) {
        if (c->is_bytes) {
            err_set_str(vm, &exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return false;
        }
        out->str = as_str(string);
        out->data = str_data(out->str);
        out->nbytes = str_nbytes(out->str);
        if (str_valid_utf8(out->str)) out->match_opts = PCRE2_NO_UTF_CHECK;
        return true;
    }
    if (is_type(string, &type_bytes) || is_type(string, &type_bytearray)) {
        if (!c->is_bytes) {
            err_set_str(vm, &exc_TypeError, "cannot use a string pattern on a bytes-like object");
            return false;
        }
        if (is_type(string, &type_bytes)) {
            out->data = (const char *)((BytesObj *)as_obj(string))->data;
            out->nbytes = ((BytesObj *)as_obj(string))->len;
        } else {
            out->data = (const char *)((ByteArrayObj *)as_obj(string))->data;
            out->nbytes = ((ByteArrayObj *)as_obj(string))->len;
            if (!out->data) out->data = "";
        }
        return true;
    }
    err_format(vm, &exc_TypeError, "expected string or bytes-like object, got '%s'", type_name(type_of(string)));
    return false;
}

static size_t subject_offset(VM *vm, const Subject *s, size_t index)
{
    if (s->str) return str_byte_offset(vm, s->str, index);
    return index < s->nbytes ? index : s->nbytes;
}

static size_t subject_index(VM *vm, const Subject *s, size_t offset)
{
    return s->str ? str_cp_index(vm, s->str, offset) : offset;
}

/* ---- compiling ----------------------------------------------------------- */

/* The pattern as PCRE2 wants it: the str's UTF-8 for str patterns; for bytes
 * patterns re.py passes the pattern decoded as latin-1, so each code point is
 * one byte again.  *block is the size of a buffer to free, or 0. */
static bool pattern_text(VM *vm, Value pattern, bool is_bytes, char **out, size_t *len, size_t *block)
{
    StrObj *s = as_str(pattern);
    *block = 0;
    *out = (char *)str_data(s);
    *len = str_nbytes(s);
    if (!is_bytes || str_is_ascii(s)) return true;
    char *buf = gc_mem_alloc(vm, str_len(s) + 1);
    if (!buf) return false;
    size_t n = 0;
    for (size_t off = 0; off < str_nbytes(s); n++) {
        uint32_t cp;
        off += str_utf8_decode(str_data(s) + off, &cp);
        buf[n] = (char)cp;   /* < 256: decoded as latin-1 */
    }
    *out = buf;
    *len = n;
    *block = str_len(s) + 1;
    return true;
}

static uint32_t compile_options(intptr_t flags, bool is_bytes)
{
    /* ALT_CIRCUMFLEX: in MULTILINE mode Python's ^ also matches after a final newline */
    uint32_t opts = PCRE2_NEVER_BACKSLASH_C | PCRE2_ALT_CIRCUMFLEX;
    if (!is_bytes) {
        opts |= PCRE2_UTF;
        if (!(flags & PY_ASCII)) opts |= PCRE2_UCP;
    }
    if (flags & PY_IGNORECASE) opts |= PCRE2_CASELESS;
    if (flags & PY_MULTILINE) opts |= PCRE2_MULTILINE;
    if (flags & PY_DOTALL) opts |= PCRE2_DOTALL;
    return opts;
}

/* The error of a failed compile, as (message, offset) for re.py to raise. */
static Value compile_error(VM *vm, int errcode, PCRE2_SIZE offset)
{
    PCRE2_UCHAR msg[256];
    if (pcre2_get_error_message(errcode, msg, sizeof msg) < 0) strcpy((char *)msg, "invalid pattern");
    Value text = str_from_cstr(vm, (const char *)msg);
    Value off = text ? int_from_u64(vm, offset) : VAL_NULL;
    Value r = off ? tuple_pack(vm, 2, text, off) : VAL_NULL;
    xdecref(vm, text);
    xdecref(vm, off);
    return r;
}

/* _re.compile(pattern, flags, is_bytes): a Code, or (message, offset) when
 * PCRE2 refuses the pattern. */
static Value re_compile(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    intptr_t flags;
    if (!args_check(vm, "compile", nargs, kw, 3, 3)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "pattern must be a str");
    if (!int_as_ssize(vm, args[1], &flags)) return VAL_NULL;
    int truth = obj_truth(vm, args[2]);
    if (truth < 0) return VAL_NULL;
    bool is_bytes = truth;

    ReCodeObj *c = gc_mem_alloc(vm, sizeof *c);
    if (!c) return VAL_NULL;
    memset(c, 0, sizeof *c);
    c->ob.refcnt = 1;
    c->ob.type = &type_re_code;
    c->is_bytes = is_bytes;
    c->gctx = pcre2_general_context_create(re_malloc, re_free, vm);
    pcre2_compile_context *cctx = c->gctx ? pcre2_compile_context_create(c->gctx) : NULL;
    if (!cctx) {
        decref(vm, val(c));
        return err_occurred(vm) ? VAL_NULL : err_no_memory(vm);
    }
    pcre2_set_newline(cctx, PCRE2_NEWLINE_LF);
    pcre2_set_bsr(cctx, PCRE2_BSR_UNICODE);

    char *pat;
    size_t patlen, block;
    if (!pattern_text(vm, args[0], is_bytes, &pat, &patlen, &block)) {
        pcre2_compile_context_free(cctx);
        decref(vm, val(c));
        return VAL_NULL;
    }
    int errcode;
    PCRE2_SIZE erroff;
    c->code = pcre2_compile((PCRE2_SPTR)pat, patlen, compile_options(flags, is_bytes), &errcode, &erroff, cctx);
    if (block) gc_mem_free(vm, pat, block);
    pcre2_compile_context_free(cctx);
    if (!c->code) {
        decref(vm, val(c));
        if (err_occurred(vm)) return VAL_NULL;
        return compile_error(vm, errcode, erroff);
    }
    pcre2_pattern_info(c->code, PCRE2_INFO_CAPTURECOUNT, &c->ngroups);
    return val(c);
}

static void code_dealloc(VM *vm, Obj *o)
{
    ReCodeObj *c = (ReCodeObj *)o;
    if (c->code) pcre2_code_free(c->code);
    if (c->gctx) pcre2_general_context_free(c->gctx);
    obj_free(vm, o, sizeof *c);
}

/* ---- matching ------------------------------------------------------------ */

/* Match data for one call of match or scan.  Not kept with the pattern:
 * PCRE2 keeps its backtracking frames (20 KiB and up) in it between matches,
 * which every cached pattern would then hold. */
static pcre2_match_data *match_data_new(VM *vm, ReCodeObj *c)
{
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(c->code, c->gctx);
    if (!md && !err_occurred(vm)) err_no_memory(vm);
    return md;
}

/* One pcre2_match: 1 matched, 0 no match, -1 error raised. */
static int run_match(VM *vm, ReCodeObj *c, pcre2_match_data *md, const Subject *s, size_t start, size_t end,
                     uint32_t opts)
{
    int rc = pcre2_match(c->code, (PCRE2_SPTR)s->data, end, start, opts | s->match_opts, md, NULL);
    if (rc >= 0) return 1;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (err_occurred(vm)) return -1;
    if (rc == PCRE2_ERROR_NOMEMORY) {
        err_no_memory(vm);
        return -1;
    }
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT) {
        err_set_str(vm, &exc_RecursionError, "maximum recursion limit exceeded");
        return -1;
    }
    PCRE2_UCHAR msg[256];
    if (pcre2_get_error_message(rc, msg, sizeof msg) < 0) strcpy((char *)msg, "match failed");
    err_format(vm, &exc_RuntimeError, "%s", (const char *)msg);
    return -1;
}

/* The spans of the last match as a tuple of indices. */
static Value spans_tuple(VM *vm, ReCodeObj *c, pcre2_match_data *md, const Subject *s)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    uint32_t pairs = pcre2_get_ovector_count(md);
    size_t n = 2 * ((size_t)c->ngroups + 1);
    Value t = tuple_new(vm, n);
    if (!t) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        bool set = i / 2 < pairs && ov[i] != PCRE2_UNSET;
        Value v = set ? int_from_u64(vm, subject_index(vm, s, ov[i])) : small(-1);
        if (!v) {
            tuple_done(vm, t);
            decref(vm, t);
            return VAL_NULL;
        }
        as_tuple(t)->items[i] = v;
    }
    tuple_done(vm, t);
    return t;
}

/* Python's pos/endpos as byte offsets; false if the range is empty. */
static bool subject_range(VM *vm, const Subject *s, Value pos, Value endpos, size_t *start, size_t *end)
{
    intptr_t p, e;
    if (!int_as_ssize(vm, pos, &p) || !int_as_ssize(vm, endpos, &e)) return false;
    if (p < 0) p = 0;
    if (e < 0) e = 0;
    *start = subject_offset(vm, s, (size_t)p);
    *end = subject_offset(vm, s, (size_t)e);
    return true;
}

/* Code.match(string, pos, endpos, mode): the spans of one match, or None. */
static Value code_match(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    ReCodeObj *c = (ReCodeObj *)as_obj(self);
    Subject s;
    size_t start, end;
    intptr_t mode;
    if (!args_check(vm, "match", nargs, kw, 4, 4) || !subject_get(vm, c, args[0], &s) ||
        !subject_range(vm, &s, args[1], args[2], &start, &end) || !int_as_ssize(vm, args[3], &mode))
        return VAL_NULL;
    if (start > end) return none_new();
    uint32_t opts = mode == MODE_MATCH ? PCRE2_ANCHORED
                  : mode == MODE_FULLMATCH ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
    pcre2_match_data *md = match_data_new(vm, c);
    if (!md) return VAL_NULL;
    int r = run_match(vm, c, md, &s, start, end, opts);
    Value result = r < 0 ? VAL_NULL : r ? spans_tuple(vm, c, md, &s) : none_new();
    pcre2_match_data_free(md);
    return result;
}

/* Code.scan(string, pos, endpos, limit): the spans of successive matches
 * (at most limit, 0: all), with Python 3.7's rule for empty matches: a
 * match may start where the previous one ended, but after an empty match
 * the next one must not be empty at that same place. */
static Value code_scan(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    ReCodeObj *c = (ReCodeObj *)as_obj(self);
    Subject s;
    size_t start, end;
    intptr_t limit;
    if (!args_check(vm, "scan", nargs, kw, 4, 4) || !subject_get(vm, c, args[0], &s) ||
        !subject_range(vm, &s, args[1], args[2], &start, &end) || !int_as_ssize(vm, args[3], &limit))
        return VAL_NULL;
    pcre2_match_data *md = match_data_new(vm, c);
    Value list = md ? list_new(vm, 0) : VAL_NULL;
    uint32_t opts = 0;
    for (intptr_t n = 0; list && (limit <= 0 || n < limit) && start <= end; n++) {
        int r = run_match(vm, c, md, &s, start, end, opts);
        if (r == 0) break;
        Value spans = r > 0 ? spans_tuple(vm, c, md, &s) : VAL_NULL;
        if (!spans || list_append_steal(vm, list, spans) < 0) {
            clear_slot(vm, &list);
            break;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        opts = ov[1] == ov[0] ? PCRE2_NOTEMPTY_ATSTART : 0;
        start = ov[1];
    }
    if (md) pcre2_match_data_free(md);
    return list;
}

static Value code_get_groups(VM *vm, Value self)
{
    (void)vm;
    return small(((ReCodeObj *)as_obj(self))->ngroups);
}

/* Code.names(): [(name, group number), ...] in PCRE2's (alphabetical) order. */
static Value code_names(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    ReCodeObj *c = (ReCodeObj *)as_obj(self);
    if (!args_check(vm, "names", nargs, kw, 0, 0)) return VAL_NULL;
    uint32_t count, entry_size;
    PCRE2_SPTR table;
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMETABLE, &table);
    Value list = list_new(vm, 0);
    for (uint32_t i = 0; list && i < count; i++) {
        PCRE2_SPTR e = table + (size_t)i * entry_size;
        int number = (e[0] << 8) | e[1];
        Value name = str_new(vm, (const char *)e + 2, strlen((const char *)e + 2));
        Value pair = name ? tuple_pack(vm, 2, name, small(number)) : VAL_NULL;
        xdecref(vm, name);
        if (!pair || list_append_steal(vm, list, pair) < 0) {
            decref(vm, list);
            return VAL_NULL;
        }
    }
    return list;
}

static const MethodDef code_methods[] = {
    {"match", code_match, 0}, {"scan", code_scan, 0}, {"names", code_names, 0}, {NULL, NULL, 0},
};
static const GetSetDef code_getset[] = {
    {"groups", code_get_groups, NULL}, {NULL, NULL, NULL},
};

Type type_re_code = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "Code", .size = sizeof(ReCodeObj),
    .base = &type_object, .dealloc = code_dealloc, .getattr = obj_generic_getattr,
    .methods = code_methods, .getset = code_getset,
};

static const MethodDef re_functions[] = {
    {"compile", re_compile, 0},
    {NULL, NULL, 0},
};

Value stdlib_re_init(VM *vm)
{
    if (type_ready(vm, &type_re_code) < 0) return VAL_NULL;
    Value name = str_intern_cstr(vm, "_re");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (!m || module_add_functions(vm, m, re_functions) < 0 ||
        module_add_object(vm, m, "Code", val(&type_re_code)) < 0) {
        xdecref(vm, m);
        return VAL_NULL;
    }
    return m;
}
