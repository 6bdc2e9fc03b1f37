/*
 * File objects over C stdio: what open() returns, and sys.stdout, sys.stderr
 * and sys.stdin.  One C type per Python class CPython shows
 * (_io.TextIOWrapper, _io.BufferedReader/Writer/Random) sharing one layout.
 *
 * Text files decode on read (UTF-8, Latin-1 or ASCII, with the errors
 * policies strict/replace/ignore) and translate newlines as CPython's
 * TextIOWrapper does (universal newlines by default); binary files move
 * bytes.  C stdio needs a seek or flush between a read and a write on the
 * same stream: `last_write` tracks which one happened last.
 *
 * Also here: the OSError helpers (an exception subclass chosen by errno, with
 * .errno/.strerror/.filename and CPython's str()), and io.UnsupportedOperation.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/object.h"
#include "vm/vm.h"

enum Encoding { ENC_UTF8, ENC_LATIN1, ENC_ASCII };
enum Errors { ERR_STRICT, ERR_REPLACE, ERR_IGNORE };
/* newline=None: universal on read, '\n' written as is; '': no translation,
 * lines end at \r, \n or \r\n; otherwise that exact terminator. */
enum Newline { NL_UNIVERSAL, NL_UNTRANSLATED, NL_LF, NL_CR, NL_CRLF };

struct FileObj {
    Obj ob;
    FILE *fp;              /* NULL once closed */
    Value name;            /* str, bytes or int (a file descriptor) */
    Value mode;            /* str, as CPython reports it */
    Value encoding;        /* str as given (text), or VAL_NULL (binary) */
    enum Encoding enc;
    enum Errors errors;
    enum Newline newline;
    bool owns;             /* fclose on close (not for the std streams, closefd=False) */
    bool binary, readable, writable, seekable;
    bool last_write;       /* the last operation on fp was a write */
};

/* ---- OSError ------------------------------------------------------------------------ */

/* CPython's errnomap: the OSError subclass for an errno. */
static Type *oserror_type_for(int errnum)
{
    switch (errnum) {
    case ENOENT: return &exc_FileNotFoundError;
    case EEXIST: return &exc_FileExistsError;
    case EISDIR: return &exc_IsADirectoryError;
    case ENOTDIR: return &exc_NotADirectoryError;
    case EACCES: case EPERM: return &exc_PermissionError;
    case ESRCH: return &exc_ProcessLookupError;
    case ECHILD: return &exc_ChildProcessError;
    case EINTR: return &exc_InterruptedError;
    case EPIPE: case ESHUTDOWN: return &exc_BrokenPipeError;
    case ECONNABORTED: return &exc_ConnectionAbortedError;
    case ECONNREFUSED: return &exc_ConnectionRefusedError;
    case ECONNRESET: return &exc_ConnectionResetError;
    case EAGAIN: case EALREADY: case EINPROGRESS: return &exc_BlockingIOError;
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK: return &exc_BlockingIOError;
#endif
    case ETIMEDOUT: return &exc_TimeoutError;
    default: return &exc_OSError;
    }
}

static int set_attr_cstr(VM *vm, Value obj, const char *name, Value v)
{
    Value k = str_from_cstr(vm, name);
    if (!k) return -1;
    int r = obj_setattr(vm, obj, k, v);
    decref(vm, k);
    return r;
}

/* Sets .errno, .strerror, .filename and .filename2 from OSError's
 * arguments (errno, strerror[, filename[, winerror[, filename2]]]); with a
 * filename, args keeps only (errno, strerror), as CPython's oserror_init. */
static bool oserror_parse(VM *vm, Value self, Value *args, size_t nargs)
{
    Value fields[4] = {NONE, NONE, NONE, NONE};
    bool parsed = nargs >= 2 && nargs <= 5;
    if (parsed) {
        fields[0] = args[0];
        fields[1] = args[1];
        if (nargs >= 3) fields[2] = args[2];
        if (nargs == 5) fields[3] = args[4];
    }
    static const char *const names[4] = {"errno", "strerror", "filename", "filename2"};
    for (int i = 0; i < 4; i++)
        if (set_attr_cstr(vm, self, names[i], fields[i]) < 0) return false;
    if (parsed && fields[2] != NONE) {
        Value t = tuple_pack(vm, 2, args[0], args[1]);
        if (!t) return false;
        set_slot(vm, &((ExcObj *)as_obj(self))->args, t);
    }
    return true;
}

/* CPython's oserror_use_init: a class with its own __init__ gets its
 * arguments parsed by OSError.__init__ (from super().__init__), the others
 * by OSError.__new__. */
static Value oserror_init_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames);
static bool oserror_use_init(VM *vm, Type *t)
{
    if (!(t->flags & TF_HEAP)) return false;
    Value init = type_lookup_borrowed(t, vm->s.__init__);
    return init && !(is_type(init, &type_method_descr) && ((MethodDescrObj *)as_obj(init))->def->fn == oserror_init_m);
}

Value oserror_new(VM *vm, Type *type, Value *args, size_t nargs, Value kwnames)
{
    bool use_init = oserror_use_init(vm, type);
    if (!use_init && !args_no_kw(vm, type_name(type), kwnames)) return VAL_NULL;
    if (type == &exc_OSError && nargs >= 2 && nargs <= 5 && is_int(args[0])) {
        int64_t errnum;
        if (int_to_i64(vm, args[0], &errnum) && errnum >= INT_MIN && errnum <= INT_MAX) type = oserror_type_for((int)errnum);
        err_clear(vm);
    }
    Value self = exc_new(vm, type, tuple_from_array(vm, args, nargs));
    if (self && !oserror_parse(vm, self, args, use_init ? 0 : nargs)) clear_slot(vm, &self);
    return self;
}

static Value oserror_init_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!oserror_use_init(vm, type_of(self))) return NONE;   /* __new__ did it */
    if (!args_no_kw(vm, type_name(type_of(self)), kwnames)) return VAL_NULL;
    Value t = tuple_from_array(vm, args, nargs);
    if (!t) return VAL_NULL;
    set_slot(vm, &((ExcObj *)as_obj(self))->args, t);
    return oserror_parse(vm, self, args, nargs) ? NONE : VAL_NULL;
}

const MethodDef oserror_methods[] = {{"__init__", oserror_init_m, METH_DEFAULT}, {NULL, NULL, 0}};

Value err_set_from_errno2(VM *vm, int errnum, Value filename, Value filename2)
{
    Value code = small(errnum);
    Value msg = str_from_cstr(vm, strerror(errnum));
    Value args = msg ? tuple_pack(vm, 2, code, msg) : VAL_NULL;
    Value exc = args ? exc_new(vm, oserror_type_for(errnum), args) : VAL_NULL;
    if (!exc || set_attr_cstr(vm, exc, "errno", code) < 0 || set_attr_cstr(vm, exc, "strerror", msg) < 0 ||
        set_attr_cstr(vm, exc, "filename", filename ? filename : NONE) < 0 ||
        set_attr_cstr(vm, exc, "filename2", filename2 ? filename2 : NONE) < 0) {
        xdecref(vm, exc);
        xdecref(vm, msg);
        return VAL_NULL;
    }
    decref(vm, msg);
    return err_set_exc(vm, exc);
}

Value err_set_from_errno(VM *vm, int errnum, Value filename)
{
    return err_set_from_errno2(vm, errnum, filename, VAL_NULL);
}

/* str(OSError): "[Errno 2] No such file or directory: 'x'" when it carries an
 * errno and a message, else as BaseException's. */
Value oserror_str(VM *vm, Value v)
{
    ExcObj *e = (ExcObj *)as_obj(v);
    Value code = VAL_NULL, msg = VAL_NULL, fn = VAL_NULL, fn2 = VAL_NULL;
    if (e->dict && is_dict(e->dict)) {
        code = dict_get_cstr_borrowed(vm, e->dict, "errno");
        msg = dict_get_cstr_borrowed(vm, e->dict, "strerror");
        fn = dict_get_cstr_borrowed(vm, e->dict, "filename");
        fn2 = dict_get_cstr_borrowed(vm, e->dict, "filename2");
    }
    TupleObj *a = as_tuple(e->args);
    if (!code && a->len >= 2 && a->len <= 5) {
        code = a->items[0];
        msg = a->items[1];
        fn = a->len >= 3 ? a->items[2] : VAL_NULL;
        fn2 = a->len >= 5 ? a->items[4] : VAL_NULL;
    }
    if (fn == NONE) fn = VAL_NULL;
    if (fn2 == NONE) fn2 = VAL_NULL;
    if (code && msg && code != NONE) {
        if (fn && fn2) return str_format(vm, "[Errno %S] %S: %R -> %R", code, msg, fn, fn2);
        if (fn) return str_format(vm, "[Errno %S] %S: %R", code, msg, fn);
        return str_format(vm, "[Errno %S] %S", code, msg);
    }
    if (a->len == 0) return str_new(vm, "", 0);
    if (a->len == 1) return obj_str(vm, a->items[0]);
    return obj_str(vm, e->args);
}

/* io.UnsupportedOperation: an OSError and a ValueError, as in CPython.  Its
 * MRO gets ValueError the first time it is raised. */
Type exc_io_UnsupportedOperation = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "UnsupportedOperation", .size = sizeof(ExcObj),
    .flags = TF_GC | TF_BASETYPE | TF_EXC_SUB, .dictoffset = offsetof(ExcObj, dict), .base = &exc_OSError,
};

Type *file_unsupported_operation_type(VM *vm)
{
    Type *t = &exc_io_UnsupportedOperation;
    if (type_ready(vm, t) < 0) return NULL;
    if (!t->module && !(t->module = str_intern_cstr(vm, "io"))) return NULL;
    if (as_tuple(t->mro)->len == 5) {   /* itself, OSError, Exception, BaseException, object */
        Value mro = tuple_pack(vm, 6, val(t), val(&exc_OSError), val(&exc_ValueError), val(&exc_Exception),
                               val(&exc_BaseException), val(&type_object));
        Value bases = mro ? tuple_pack(vm, 2, val(&exc_OSError), val(&exc_ValueError)) : VAL_NULL;
        if (!bases) {
            xdecref(vm, mro);
            return NULL;
        }
        set_slot(vm, &t->mro, mro);
        set_slot(vm, &t->bases, bases);
    }
    return t;
}

static Value unsupported(VM *vm, const char *msg)
{
    Type *t = file_unsupported_operation_type(vm);
    return t ? err_set_str(vm, t, msg) : VAL_NULL;
}

/* ---- the object ----------------------------------------------------------------------- */


static FileObj *as_file(Value v) { return (FileObj *)as_obj(v); }

static void file_release(FileObj *f)
{
    if (!f->fp) return;
    if (f->owns) fclose(f->fp);
    else fflush(f->fp);
    f->fp = NULL;
}

static void file_dealloc(VM *vm, Obj *o)
{
    FileObj *f = (FileObj *)o;
    file_release(f);
    clear_slot(vm, &f->name);
    clear_slot(vm, &f->mode);
    clear_slot(vm, &f->encoding);
    obj_free(vm, o, sizeof(FileObj));
}

static FileObj *file_alloc(VM *vm, Type *type, FILE *fp, Value name, Value mode, bool owns)
{
    FileObj *f = gc_mem_alloc(vm, sizeof(FileObj));
    if (!f) {
        err_no_memory(vm);
        return NULL;
    }
    memset(f, 0, sizeof *f);
    f->ob.refcnt = 1;
    f->ob.type = type;
    f->fp = fp;
    f->owns = owns;
    f->name = incref(name);
    f->mode = incref(mode);
    f->seekable = true;
    return f;
}

Value file_new(VM *vm, FILE *fp, const char *name, const char *mode, bool owns)
{
    Value n = str_from_cstr(vm, name), m = n ? str_from_cstr(vm, mode) : VAL_NULL;
    Value enc = m ? str_from_cstr(vm, "utf-8") : VAL_NULL;
    FileObj *f = enc ? file_alloc(vm, &type_file, fp, n, m, owns) : NULL;
    xdecref(vm, n);
    xdecref(vm, m);
    if (!f) {
        xdecref(vm, enc);
        return VAL_NULL;
    }
    f->encoding = enc;
    f->readable = strchr(mode, 'r') || strchr(mode, '+');
    f->writable = !strchr(mode, 'r') || strchr(mode, '+');
    f->newline = NL_UNIVERSAL;
    f->seekable = false;
    return val(f);
}

static bool check_open(VM *vm, FileObj *f)
{
    if (f->fp) return true;
    err_set_str(vm, &exc_ValueError, f->binary ? "read of closed file" : "I/O operation on closed file.");
    return false;
}

static bool check_closed_plain(VM *vm, FileObj *f)
{
    if (f->fp) return true;
    err_set_str(vm, &exc_ValueError, "I/O operation on closed file.");
    return false;
}

static bool check_readable(VM *vm, FileObj *f)
{
    if (!check_open(vm, f)) return false;
    if (!f->readable) {
        unsupported(vm, f->binary ? "read" : "not readable");
        return false;
    }
    if (f->last_write) {
        fflush(f->fp);
        f->last_write = false;
    }
    return true;
}

static bool check_writable(VM *vm, FileObj *f)
{
    if (!check_closed_plain(vm, f)) return false;
    if (!f->writable) {
        unsupported(vm, f->binary ? "write" : "not writable");
        return false;
    }
    if (!f->last_write) {
        /* C stdio wants a positioning call between a read and a write. */
        if (f->seekable) fseek(f->fp, 0, SEEK_CUR);
        f->last_write = true;
    }
    return true;
}

/* ---- decoding ------------------------------------------------------------------------- */

static const char *encoding_name(enum Encoding e)
{
    return e == ENC_UTF8 ? "utf-8" : e == ENC_LATIN1 ? "latin-1" : "ascii";
}

/* Length of the valid UTF-8 sequence starting at p (n bytes available), or 0
 * with *why set; *need is set when the data ends in the middle of a
 * sequence that could still be valid. */
static size_t utf8_seq(const unsigned char *p, size_t n, const char **why, bool *truncated)
{
    unsigned char c = p[0];
    *truncated = false;
    if (c < 0x80) return 1;
    size_t len;
    unsigned char lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) len = 2;
    else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        if (c == 0xe0) lo = 0xa0;
        if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        if (c == 0xf0) lo = 0x90;
        if (c == 0xf4) hi = 0x8f;
    } else {
        *why = "invalid start byte";
        return 0;
    }
    for (size_t i = 1; i < len; i++) {
        if (i >= n) {
            *why = "unexpected end of data";
            *truncated = true;
            return 0;
        }
        unsigned char b = p[i];
        if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xbf)) {
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return len;
}

static Value decode_error(VM *vm, enum Encoding enc, unsigned char byte, size_t pos, const char *why)
{
    char hex[8];
    snprintf(hex, sizeof hex, "0x%02x", byte);
    return err_format(vm, &exc_UnicodeDecodeError, "'%s' codec can't decode byte %s in position %zu: %s",
                      encoding_name(enc), hex, pos, why);
}

/* Appends the decoded form of bytes [p, p+n) to b.  `final`: no more data
 * follows (a truncated sequence is an error, not something to wait for).
 * Returns the number of bytes consumed, or -1 with an exception. */
static intptr_t decode_into(VM *vm, FileObj *f, StrBuf *b, const unsigned char *p, size_t n, size_t base)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) {
            size_t j = i;
            while (j < n && p[j] < 0x80) j++;
            strbuf_add(b, (const char *)p + i, j - i);
            i = j;
            continue;
        }
        if (f->enc == ENC_LATIN1) {
            char out[4];
            strbuf_add(b, out, str_utf8_encode(c, out));
            i++;
            continue;
        }
        const char *why = "ordinal not in range(128)";
        bool truncated = false;
        size_t len = f->enc == ENC_UTF8 ? utf8_seq(p + i, n - i, &why, &truncated) : 0;
        if (len) {
            strbuf_add(b, (const char *)p + i, len);
            i += len;
            continue;
        }
        if (f->errors == ERR_STRICT) return decode_error(vm, f->enc, c, base + i, why), -1;
        if (f->errors == ERR_REPLACE) strbuf_add(b, "\xef\xbf\xbd", 3);
        /* Skip the maximal invalid prefix as CPython does: the start byte
         * plus the continuation bytes that were valid. */
        size_t skip = 1;
        if (f->enc == ENC_UTF8 && c >= 0xc2 && c <= 0xf4) {
            while (i + skip < n && skip < 4 && (p[i + skip] & 0xc0) == 0x80) {
                const char *w;
                bool t;
                if (utf8_seq(p + i, skip + 1, &w, &t) == 0 && !t) break;
                skip++;
            }
        }
        i += skip;
    }
    return (intptr_t)i;
}

/* ---- reading raw bytes ------------------------------------------------------------------------ */

typedef struct ByteBuf { unsigned char *data; size_t len, cap; } ByteBuf;

static bool bytebuf_add(ByteBuf *b, int c)
{
    if (b->len == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        unsigned char *d = realloc(b->data, cap);
        if (!d) return false;
        b->data = d;
        b->cap = cap;
    }
    b->data[b->len++] = (unsigned char)c;
    return true;
}

/* Reads up to `limit` bytes (-1: to end of file). */
static bool read_bytes(FileObj *f, intptr_t limit, ByteBuf *out)
{
    char chunk[8192];
    while (limit < 0 || out->len < (size_t)limit) {
        size_t want = sizeof chunk;
        if (limit >= 0 && (size_t)limit - out->len < want) want = (size_t)limit - out->len;
        size_t got = fread(chunk, 1, want, f->fp);
        for (size_t i = 0; i < got; i++)
            if (!bytebuf_add(out, (unsigned char)chunk[i])) return false;
        if (got < want) break;
    }
    clearerr(f->fp);
    return true;
}

/* Reads one line of raw bytes; `cr_ends` makes a lone \r end a line too
 * (\r\n stays one terminator).  limit < 0: no limit. */
static bool read_line_bytes(FileObj *f, bool cr_ends, intptr_t limit, ByteBuf *out)
{
    int c;
    while ((limit < 0 || out->len < (size_t)limit) && (c = getc(f->fp)) != EOF) {
        if (!bytebuf_add(out, c)) return false;
        if (c == '\n') break;
        if (c == '\r' && cr_ends) {
            int d = getc(f->fp);
            if (d == '\n') {
                if (!bytebuf_add(out, d)) return false;
            } else if (d != EOF) {
                ungetc(d, f->fp);
            }
            break;
        }
    }
    clearerr(f->fp);
    return true;
}

/* Universal newlines: \r\n and \r become \n (on decoded text, so error
 * positions count the bytes as read). */
static void translate_newlines(char *data, size_t *len)
{
    size_t j = 0, n = *len;
    for (size_t i = 0; i < n; i++) {
        if (data[i] == '\r') {
            data[j++] = '\n';
            if (i + 1 < n && data[i + 1] == '\n') i++;
        } else {
            data[j++] = data[i];
        }
    }
    *len = j;
}

static Value decode_all(VM *vm, FileObj *f, ByteBuf *raw)
{
    StrBuf sb;
    strbuf_init(&sb, vm);
    if (raw->len && decode_into(vm, f, &sb, raw->data, raw->len, 0) < 0) {
        strbuf_discard(&sb);
        return VAL_NULL;
    }
    if (f->newline == NL_UNIVERSAL && sb.data && !sb.failed) translate_newlines(sb.data, &sb.len);
    return strbuf_finish(&sb);
}

/* A text file read to the end, or `nchars` characters of it. */
static Value text_read(VM *vm, FileObj *f, intptr_t nchars)
{
    ByteBuf raw = {0};
    bool ok = true;
    if (nchars < 0) {
        ok = read_bytes(f, -1, &raw);
    } else {
        /* Character by character: one UTF-8 sequence (or \r\n) at a time. */
        for (intptr_t k = 0; ok && k < nchars; k++) {
            int c = getc(f->fp);
            if (c == EOF) break;
            ok = bytebuf_add(&raw, c);
            if (c == '\r' && f->newline == NL_UNIVERSAL) {
                int d = getc(f->fp);
                if (d == '\n') ok = ok && bytebuf_add(&raw, d);
                else if (d != EOF) ungetc(d, f->fp);
            } else if (f->enc == ENC_UTF8 && c >= 0xc2 && c <= 0xf4) {
                int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
                for (int i = 0; ok && i < more; i++) {
                    int d = getc(f->fp);
                    if (d == EOF) break;
                    if ((d & 0xc0) != 0x80) {
                        ungetc(d, f->fp);
                        break;
                    }
                    ok = bytebuf_add(&raw, d);
                }
            }
        }
        clearerr(f->fp);
    }
    Value r = ok ? decode_all(vm, f, &raw) : err_no_memory(vm);
    free(raw.data);
    return r;
}

static Value text_readline(VM *vm, FileObj *f, intptr_t limit)
{
    ByteBuf raw = {0};
    bool cr_ends = f->newline == NL_UNIVERSAL || f->newline == NL_UNTRANSLATED || f->newline == NL_CR;
    bool ok;
    if (f->newline == NL_CRLF) {
        /* Lines end at \r\n only. */
        int c;
        ok = true;
        while (ok && (limit < 0 || raw.len < (size_t)limit) && (c = getc(f->fp)) != EOF) {
            ok = bytebuf_add(&raw, c);
            if (c == '\n' && raw.len >= 2 && raw.data[raw.len - 2] == '\r') break;
        }
        clearerr(f->fp);
    } else if (f->newline == NL_CR) {
        int c;
        ok = true;
        while (ok && (limit < 0 || raw.len < (size_t)limit) && (c = getc(f->fp)) != EOF) {
            ok = bytebuf_add(&raw, c);
            if (c == '\r') break;
        }
        clearerr(f->fp);
    } else {
        ok = read_line_bytes(f, cr_ends, limit, &raw);
    }
    Value r = ok ? decode_all(vm, f, &raw) : err_no_memory(vm);
    free(raw.data);
    return r;
}

static Value binary_readline(VM *vm, FileObj *f, intptr_t limit)
{
    ByteBuf raw = {0};
    Value r = read_line_bytes(f, false, limit, &raw) ? bytes_new(vm, raw.data, raw.len) : err_no_memory(vm);
    free(raw.data);
    return r;
}

static Value file_readline_any(VM *vm, FileObj *f, intptr_t limit)
{
    return f->binary ? binary_readline(vm, f, limit) : text_readline(vm, f, limit);
}

/* ---- writing ----------------------------------------------------------------------------- */

static Value encode_error(VM *vm, enum Encoding enc, uint32_t cp, size_t pos)
{
    char esc[16];
    if (cp <= 0xff) snprintf(esc, sizeof esc, "\\x%02x", cp);
    else if (cp <= 0xffff) snprintf(esc, sizeof esc, "\\u%04x", cp);
    else snprintf(esc, sizeof esc, "\\U%08x", cp);
    return err_format(vm, &exc_UnicodeEncodeError,
                      "'%s' codec can't encode character '%s' in position %zu: ordinal not in range(%d)",
                      encoding_name(enc), esc, pos, enc == ENC_LATIN1 ? 256 : 128);
}

static void put_newline(FileObj *f)
{
    if (f->newline == NL_CR) putc('\r', f->fp);
    else if (f->newline == NL_CRLF) fputs("\r\n", f->fp);
    else putc('\n', f->fp);
}

/* Writes a str in the file's encoding and newline convention. */
static int text_write(VM *vm, FileObj *f, Value s)
{
    const char *p = str_cstr(s);
    size_t n = str_nbytes(as_str(s));
    bool plain = f->enc == ENC_UTF8 || str_is_ascii(as_str(s));
    if (plain && (f->newline != NL_CR && f->newline != NL_CRLF)) {
        fwrite(p, 1, n, f->fp);
        return 0;
    }
    /* Check the whole string first so a failed write writes nothing. */
    if (!plain) {
        size_t pos = 0;
        for (size_t i = 0; i < n; pos++) {
            uint32_t cp;
            i += str_utf8_decode(p + i, &cp);
            if (cp > (f->enc == ENC_LATIN1 ? 0xffu : 0x7fu)) {
                if (f->errors == ERR_STRICT) return encode_error(vm, f->enc, cp, pos), -1;
            }
        }
    }
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = str_utf8_decode(p + i, &cp);
        if (cp == '\n') put_newline(f);
        else if (f->enc == ENC_UTF8) fwrite(p + i, 1, k, f->fp);
        else if (cp <= (f->enc == ENC_LATIN1 ? 0xffu : 0x7fu)) putc((int)cp, f->fp);
        else if (f->errors == ERR_REPLACE) putc('?', f->fp);
        i += k;
    }
    return 0;
}

int file_write_str(VM *vm, Value file, Value s)
{
    FileObj *f = as_file(file);
    if (!check_writable(vm, f)) return -1;
    return text_write(vm, f, s);
}

static bool bytes_like(Value v, const unsigned char **data, size_t *len)
{
    if (is_type(v, &type_bytes)) {
        *data = ((BytesObj *)as_obj(v))->data;
        *len = ((BytesObj *)as_obj(v))->len;
        return true;
    }
    if (is_type(v, &type_bytearray)) {
        *data = ((ByteArrayObj *)as_obj(v))->data;
        *len = ((ByteArrayObj *)as_obj(v))->len;
        return true;
    }
    return false;
}

static Value write_one(VM *vm, FileObj *f, Value v)
{
    if (f->binary) {
        const unsigned char *data;
        size_t len;
        if (!bytes_like(v, &data, &len))
            return err_format(vm, &exc_TypeError, "a bytes-like object is required, not '%s'", type_name(type_of(v)));
        if (!check_writable(vm, f)) return VAL_NULL;
        if (len) fwrite(data, 1, len, f->fp);
        return int_from_u64(vm, len);
    }
    if (!is_str(v)) return err_format(vm, &exc_TypeError, "write() argument must be str, not %T", v);
    if (!check_writable(vm, f) || text_write(vm, f, v) < 0) return VAL_NULL;
    return int_from_u64(vm, str_len(as_str(v)));
}

/* ---- methods ---------------------------------------------------------------------------- */

#define METHOD(name) static Value name(VM *vm, Value self, Value *args, size_t nargs, Value kw)

/* An optional size argument: None or absent means -1. */
static bool size_arg(VM *vm, Value v, intptr_t *out)
{
    *out = -1;
    if (!v || v == NONE) return true;
    if (!is_int(v)) {
        err_format(vm, &exc_TypeError, "argument should be integer or None, not '%s'", type_name(type_of(v)));
        return false;
    }
    return obj_as_index(vm, v, out);
}

METHOD(file_read)
{
    FileObj *f = as_file(self);
    intptr_t n;
    if (!args_check(vm, "read", nargs, kw, 0, 1) || !size_arg(vm, nargs ? args[0] : VAL_NULL, &n)) return VAL_NULL;
    if (!check_readable(vm, f)) return VAL_NULL;
    if (!f->binary) return text_read(vm, f, n);
    ByteBuf raw = {0};
    Value r = read_bytes(f, n, &raw) ? bytes_new(vm, raw.data, raw.len) : err_no_memory(vm);
    free(raw.data);
    return r;
}

METHOD(file_readline)
{
    FileObj *f = as_file(self);
    intptr_t n;
    if (!args_check(vm, "readline", nargs, kw, 0, 1) || !size_arg(vm, nargs ? args[0] : VAL_NULL, &n))
        return VAL_NULL;
    if (!check_readable(vm, f)) return VAL_NULL;
    return file_readline_any(vm, f, n);
}

static intptr_t item_len(Value v)
{
    if (is_str(v)) return (intptr_t)str_len(as_str(v));
    if (is_type(v, &type_bytes)) return (intptr_t)((BytesObj *)as_obj(v))->len;
    return 0;
}

METHOD(file_readlines)
{
    FileObj *f = as_file(self);
    intptr_t hint;
    if (!args_check(vm, "readlines", nargs, kw, 0, 1) || !size_arg(vm, nargs ? args[0] : VAL_NULL, &hint))
        return VAL_NULL;
    if (!check_readable(vm, f)) return VAL_NULL;
    Value list = list_new(vm, 0);
    intptr_t total = 0;
    while (list) {
        Value line = file_readline_any(vm, f, -1);
        if (!line) {
            decref(vm, list);
            return VAL_NULL;
        }
        intptr_t n = item_len(line);
        if (n == 0) {
            decref(vm, line);
            break;
        }
        if (list_append_steal(vm, list, line) < 0) {
            decref(vm, list);
            return VAL_NULL;
        }
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    return list;
}

METHOD(file_write)
{
    if (!args_check(vm, "write", nargs, kw, 1, 1)) return VAL_NULL;
    return write_one(vm, as_file(self), args[0]);
}

METHOD(file_writelines)
{
    if (!args_check(vm, "writelines", nargs, kw, 1, 1)) return VAL_NULL;
    FileObj *f = as_file(self);
    if (!check_closed_plain(vm, f)) return VAL_NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it) return VAL_NULL;
    Value item;
    while ((item = obj_iternext(vm, it))) {
        Value r = write_one(vm, f, item);
        decref(vm, item);
        if (!r) break;
        decref(vm, r);
    }
    decref(vm, it);
    return err_occurred(vm) ? VAL_NULL : NONE;
}

METHOD(file_flush)
{
    (void)args;
    if (!args_check(vm, "flush", nargs, kw, 0, 0)) return VAL_NULL;
    FileObj *f = as_file(self);
    if (!check_closed_plain(vm, f)) return VAL_NULL;
    fflush(f->fp);
    return NONE;
}

METHOD(file_close)
{
    (void)args;
    if (!args_check(vm, "close", nargs, kw, 0, 0)) return VAL_NULL;
    file_release(as_file(self));
    return NONE;
}

static intptr_t file_position(FileObj *f)
{
    if (f->last_write) fflush(f->fp);
    return (intptr_t)ftell(f->fp);
}

METHOD(file_tell)
{
    (void)args;
    if (!args_check(vm, "tell", nargs, kw, 0, 0)) return VAL_NULL;
    FileObj *f = as_file(self);
    if (!check_closed_plain(vm, f)) return VAL_NULL;
    intptr_t pos = file_position(f);
    if (pos < 0) return err_set_from_errno(vm, errno, VAL_NULL);
    return int_from_i64(vm, pos);
}

METHOD(file_seek)
{
    if (!args_check(vm, "seek", nargs, kw, 1, 2)) return VAL_NULL;
    FileObj *f = as_file(self);
    intptr_t off, whence = 0;
    if (!is_int(args[0]))
        return err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          type_name(type_of(args[0])));
    if (!obj_as_index(vm, args[0], &off) || (nargs > 1 && !obj_as_index(vm, args[1], &whence))) return VAL_NULL;
    if (!check_closed_plain(vm, f)) return VAL_NULL;
    if (whence < 0 || whence > 2) {
        if (f->binary) return err_format(vm, &exc_ValueError, "whence value %zd unsupported", whence);
        return err_format(vm, &exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
    }
    if (!f->binary && whence == 1 && off != 0) return unsupported(vm, "can't do nonzero cur-relative seeks");
    if (!f->binary && whence == 2 && off != 0) return unsupported(vm, "can't do nonzero end-relative seeks");
    if (whence == 0 && off < 0) return err_format(vm, &exc_ValueError, "negative seek position %zd", off);
    if (f->last_write) fflush(f->fp);
    if (fseek(f->fp, (long)off, (int)whence) < 0) return err_set_from_errno(vm, errno, VAL_NULL);
    f->last_write = false;
    return int_from_i64(vm, (int64_t)ftell(f->fp));
}

METHOD(file_truncate)
{
    if (!args_check(vm, "truncate", nargs, kw, 0, 1)) return VAL_NULL;
    FileObj *f = as_file(self);
    if (!check_closed_plain(vm, f)) return VAL_NULL;
    if (!f->writable) return unsupported(vm, f->binary ? "truncate" : "not writable");
    fflush(f->fp);
    intptr_t size = (intptr_t)ftell(f->fp);
    if (nargs && args[0] != NONE && !obj_as_index(vm, args[0], &size)) return VAL_NULL;
    if (ftruncate(fileno(f->fp), (off_t)size) < 0) return err_set_from_errno(vm, errno, VAL_NULL);
    return int_from_i64(vm, size);
}

METHOD(file_fileno)
{
    (void)args;
    if (!args_check(vm, "fileno", nargs, kw, 0, 0)) return VAL_NULL;
    FileObj *f = as_file(self);
    if (!check_closed_plain(vm, f)) return VAL_NULL;
    return small(fileno(f->fp));
}

METHOD(file_isatty)
{
    (void)args;
    if (!args_check(vm, "isatty", nargs, kw, 0, 0)) return VAL_NULL;
    FileObj *f = as_file(self);
    if (!check_closed_plain(vm, f)) return VAL_NULL;
    return bool_val(isatty(fileno(f->fp)));
}

static Value file_flag(VM *vm, Value self, size_t nargs, Value kw, const char *name, int which)
{
    if (!args_check(vm, name, nargs, kw, 0, 0)) return VAL_NULL;
    FileObj *f = as_file(self);
    if (!check_closed_plain(vm, f)) return VAL_NULL;
    return bool_val(which == 0 ? f->readable : which == 1 ? f->writable : f->seekable);
}
METHOD(file_readable) { (void)args; return file_flag(vm, self, nargs, kw, "readable", 0); }
METHOD(file_writable) { (void)args; return file_flag(vm, self, nargs, kw, "writable", 1); }
METHOD(file_seekable) { (void)args; return file_flag(vm, self, nargs, kw, "seekable", 2); }

METHOD(file_enter)
{
    (void)args;
    if (!args_check(vm, "__enter__", nargs, kw, 0, 0)) return VAL_NULL;
    if (!check_closed_plain(vm, as_file(self))) return VAL_NULL;
    return incref(self);
}

METHOD(file_exit)
{
    (void)args;
    (void)nargs;
    if (!args_no_kw(vm, "__exit__", kw)) return VAL_NULL;
    file_release(as_file(self));
    return NONE;
}

static Value file_iter(VM *vm, Value self)
{
    if (!check_closed_plain(vm, as_file(self))) return VAL_NULL;
    return incref(self);
}

static Value file_iternext(VM *vm, Value self)
{
    FileObj *f = as_file(self);
    if (!check_readable(vm, f)) return VAL_NULL;
    Value line = file_readline_any(vm, f, -1);
    if (line && item_len(line) == 0) {
        decref(vm, line);
        return VAL_NULL;
    }
    return line;
}

static Value file_get_name(VM *vm, Value self) { (void)vm; return incref(as_file(self)->name); }
static Value file_get_mode(VM *vm, Value self) { (void)vm; return incref(as_file(self)->mode); }
static Value file_get_closed(VM *vm, Value self) { (void)vm; return bool_val(as_file(self)->fp == NULL); }
static Value file_get_encoding(VM *vm, Value self)
{
    FileObj *f = as_file(self);
    if (!f->encoding) return err_set_str(vm, &exc_AttributeError, "'_io.BufferedReader' object has no attribute 'encoding'");
    return incref(f->encoding);
}

static const MethodDef file_methods[] = {
    {"read", file_read, 0}, {"readline", file_readline, 0}, {"readlines", file_readlines, 0},
    {"write", file_write, 0}, {"writelines", file_writelines, 0}, {"flush", file_flush, 0},
    {"close", file_close, 0}, {"seek", file_seek, 0}, {"tell", file_tell, 0},
    {"truncate", file_truncate, 0}, {"fileno", file_fileno, 0}, {"isatty", file_isatty, 0},
    {"readable", file_readable, 0}, {"writable", file_writable, 0}, {"seekable", file_seekable, 0},
    {"__enter__", file_enter, 0}, {"__exit__", file_exit, 0}, {NULL, NULL, 0},
};
static const GetSetDef text_getset[] = {
    {"name", file_get_name, NULL}, {"mode", file_get_mode, NULL}, {"closed", file_get_closed, NULL},
    {"encoding", file_get_encoding, NULL}, {NULL, NULL, NULL},
};
static const GetSetDef binary_getset[] = {
    {"name", file_get_name, NULL}, {"mode", file_get_mode, NULL}, {"closed", file_get_closed, NULL},
    {NULL, NULL, NULL},
};

static Value file_repr(VM *vm, Value v)
{
    FileObj *f = as_file(v);
    const char *cls = type_name(type_of(v));
    if (f->binary) return str_format(vm, "<_io.%s name=%R>", cls, f->name);
    return str_format(vm, "<_io.%s name=%R mode=%R encoding=%R>", cls, f->name, f->mode, f->encoding);
}

#define FILE_TYPE(cname, pyname, gs) \
    Type cname = { \
        .ob = OBJ_HEAD_INIT(&type_type), .name = pyname, .size = sizeof(FileObj), .base = &type_object, \
        .dealloc = file_dealloc, .repr = file_repr, .getattr = obj_generic_getattr, .iter = file_iter, \
        .iternext = file_iternext, .methods = file_methods, .getset = gs, \
    }
FILE_TYPE(type_file, "TextIOWrapper", text_getset);
FILE_TYPE(type_buffered_reader, "BufferedReader", binary_getset);
FILE_TYPE(type_buffered_writer, "BufferedWriter", binary_getset);
FILE_TYPE(type_buffered_random, "BufferedRandom", binary_getset);

/* ---- open() -------------------------------------------------------------------------------- */

typedef struct OpenMode {
    bool reading, writing, appending, creating, updating, binary, text;
} OpenMode;

static bool parse_mode(VM *vm, Value mode, OpenMode *m)
{
    memset(m, 0, sizeof *m);
    const char *s = str_cstr(mode);
    for (const char *p = s; *p; p++) {
        bool *flag = NULL;
        switch (*p) {
        case 'r': flag = &m->reading; break;
        case 'w': flag = &m->writing; break;
        case 'a': flag = &m->appending; break;
        case 'x': flag = &m->creating; break;
        case '+': flag = &m->updating; break;
        case 'b': flag = &m->binary; break;
        case 't': flag = &m->text; break;
        default: break;
        }
        if (!flag || *flag) {
            err_format(vm, &exc_ValueError, "invalid mode: '%s'", s);
            return false;
        }
        *flag = true;
    }
    int kinds = m->reading + m->writing + m->appending + m->creating;
    if (m->text && m->binary) {
        err_set_str(vm, &exc_ValueError, "can't have text and binary mode at once");
        return false;
    }
    if (kinds > 1) {
        err_set_str(vm, &exc_ValueError, "must have exactly one of create/read/write/append mode");
        return false;
    }
    if (kinds == 0) {
        err_set_str(vm, &exc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
        return false;
    }
    return true;
}

static bool parse_encoding(VM *vm, Value v, enum Encoding *out)
{
    char norm[32];
    const char *s = str_cstr(v);
    size_t n = 0;
    for (; *s && n < sizeof norm - 1; s++) {
        char c = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
        norm[n++] = c == '_' || c == ' ' ? '-' : c;
    }
    norm[n] = 0;
    static const struct { const char *name; enum Encoding enc; } names[] = {
        {"utf-8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8},
        {"latin-1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"iso-8859-1", ENC_LATIN1}, {"iso8859-1", ENC_LATIN1},
        {"8859", ENC_LATIN1}, {"l1", ENC_LATIN1}, {"latin", ENC_LATIN1}, {"cp819", ENC_LATIN1},
        {"ascii", ENC_ASCII}, {"us-ascii", ENC_ASCII}, {"646", ENC_ASCII},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcmp(norm, names[i].name) == 0) {
            *out = names[i].enc;
            return true;
        }
    }
    err_format(vm, &exc_LookupError, "unknown encoding: %U", v);
    return false;
}

static bool parse_errors(VM *vm, Value v, enum Errors *out)
{
    const char *s = str_cstr(v);
    if (strcmp(s, "strict") == 0) *out = ERR_STRICT;
    else if (strcmp(s, "replace") == 0) *out = ERR_REPLACE;
    else if (strcmp(s, "ignore") == 0 || strcmp(s, "surrogateescape") == 0) *out = ERR_IGNORE;
    else {
        err_format(vm, &exc_LookupError, "unknown error handler name '%U'", v);
        return false;
    }
    return true;
}

static bool parse_newline(VM *vm, Value v, enum Newline *out)
{
    *out = NL_UNIVERSAL;
    if (!v || v == NONE) return true;
    if (!is_str(v)) {
        err_format(vm, &exc_TypeError, "open() argument 'newline' must be str or None, not %T", v);
        return false;
    }
    const char *s = str_cstr(v);
    if (!*s) *out = NL_UNTRANSLATED;
    else if (strcmp(s, "\n") == 0) *out = NL_LF;
    else if (strcmp(s, "\r") == 0) *out = NL_CR;
    else if (strcmp(s, "\r\n") == 0) *out = NL_CRLF;
    else {
        err_format(vm, &exc_ValueError, "illegal newline value: %U", v);
        return false;
    }
    return true;
}

/* The mode string CPython reports: as given for text, normalised for binary. */
static Value reported_mode(VM *vm, Value given, const OpenMode *m)
{
    if (!m->binary) return incref(given);
    const char *s = m->creating ? (m->updating ? "xb+" : "xb")
                  : m->appending ? (m->updating ? "ab+" : "ab")
                  : m->updating ? "rb+"
                  : m->reading ? "rb" : "wb";
    return str_from_cstr(vm, s);
}

static int open_flags(const OpenMode *m)
{
    int fl = m->updating ? O_RDWR : m->reading ? O_RDONLY : O_WRONLY;
    if (m->writing) fl |= O_CREAT | O_TRUNC;
    if (m->appending) fl |= O_CREAT | O_APPEND;
    if (m->creating) fl |= O_CREAT | O_EXCL;
    return fl | O_CLOEXEC;
}

static const char *fdopen_mode(const OpenMode *m)
{
    if (m->appending) return m->updating ? "a+" : "a";
    if (m->updating) return "r+";
    return m->reading ? "r" : "w";
}

/* Opens the file (path, or a descriptor) as a FILE*, or raises. */
static FILE *open_stream(VM *vm, Value file, const OpenMode *m, bool closefd)
{
    int fd;
    if (is_int(file)) {
        intptr_t n;
        if (!obj_as_index(vm, file, &n)) return NULL;
        if (n < 0) {
            err_set_str(vm, &exc_ValueError, "negative file descriptor");
            return NULL;
        }
        fd = (int)n;
        if (!closefd) fd = dup(fd);
        if (fd < 0) {
            err_set_from_errno(vm, errno, VAL_NULL);
            return NULL;
        }
    } else {
        const char *path = is_str(file) ? str_cstr(file) : (const char *)((BytesObj *)as_obj(file))->data;
        fd = open(path, open_flags(m), 0666);
        if (fd < 0) {
            err_set_from_errno(vm, errno, file);
            return NULL;
        }
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        err_set_from_errno(vm, EISDIR, file);
        return NULL;
    }
    if (m->appending) lseek(fd, 0, SEEK_END);   /* tell() starts at the end, as CPython's */
    FILE *fp = fdopen(fd, fdopen_mode(m));
    if (!fp) {
        int e = errno;
        close(fd);
        err_set_from_errno(vm, e, file);
    }
    return fp;
}

static Type *binary_type(const OpenMode *m)
{
    if (m->updating) return &type_buffered_random;
    return m->reading ? &type_buffered_reader : &type_buffered_writer;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
Value file_open(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    Value a[8];
    if (!args_parse(vm, "open", args, nargs, kw, "file,|mode,buffering,encoding,errors,newline,closefd,opener", a))
        return VAL_NULL;
    Value file = a[0], mode = a[1];
    if (!is_str(file) && !is_type(file, &type_bytes) && !is_int(file))
        return err_format(vm, &exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
    if (mode && !is_str(mode))
        return err_format(vm, &exc_TypeError, "open() argument 'mode' must be str, not %T", mode);
    for (int i = 3; i <= 4; i++)
        if (a[i] && a[i] != NONE && !is_str(a[i]))
            return err_format(vm, &exc_TypeError, "open() argument '%s' must be str or None, not %T",
                              i == 3 ? "encoding" : "errors", a[i]);
    Value default_mode = mode ? VAL_NULL : str_from_cstr(vm, "r");
    if (!mode) mode = default_mode;
    if (!mode) return VAL_NULL;
    OpenMode m;
    enum Encoding enc = ENC_UTF8;
    enum Errors errs = ERR_STRICT;
    enum Newline nl = NL_UNIVERSAL;
    intptr_t buffering = -1;
    Value result = VAL_NULL;
    bool ok = parse_mode(vm, mode, &m) && (!a[2] || obj_as_index(vm, a[2], &buffering));
    if (ok && m.binary) {
        const char *bad = a[3] && a[3] != NONE ? "encoding" : a[4] && a[4] != NONE ? "errors"
                        : a[5] && a[5] != NONE ? "newline" : NULL;
        if (bad) {
            err_format(vm, &exc_ValueError, "binary mode doesn't take an %s argument", bad);
            ok = false;
        }
    } else if (ok) {
        if (buffering == 0) {
            err_set_str(vm, &exc_ValueError, "can't have unbuffered text I/O");
            ok = false;
        }
        ok = ok && (!a[3] || a[3] == NONE || parse_encoding(vm, a[3], &enc)) &&
             (!a[4] || a[4] == NONE || parse_errors(vm, a[4], &errs)) && parse_newline(vm, a[5], &nl);
    }
    bool closefd = true;
    if (ok && a[6]) {
        int t = obj_truth(vm, a[6]);
        ok = t >= 0;
        closefd = t == 1;
        if (ok && !closefd && !is_int(file)) {
            err_set_str(vm, &exc_ValueError, "Cannot use closefd=False with file name");
            ok = false;
        }
    }
    if (ok && a[7] && a[7] != NONE) {
        err_set_str(vm, &exc_NotImplementedError, "open(): opener is not supported");
        ok = false;
    }
    FILE *fp = ok ? open_stream(vm, file, &m, closefd) : NULL;
    if (fp) {
        if (buffering == 1 && !m.binary) setvbuf(fp, NULL, _IOLBF, BUFSIZ);
        else if (buffering == 0) setvbuf(fp, NULL, _IONBF, 0);
        Value rmode = reported_mode(vm, mode, &m);
        Value encname = m.binary ? VAL_NULL : a[3] && a[3] != NONE ? incref(a[3]) : str_from_cstr(vm, "UTF-8");
        FileObj *f = rmode && (m.binary || encname)
                         ? file_alloc(vm, m.binary ? binary_type(&m) : &type_file, fp, file, rmode, true)
                         : NULL;
        xdecref(vm, rmode);
        if (!f) {
            fclose(fp);
            xdecref(vm, encname);
        } else {
            f->encoding = encname;
            f->enc = enc;
            f->errors = errs;
            f->newline = m.binary ? NL_UNTRANSLATED : nl;
            f->binary = m.binary;
            f->readable = m.reading || m.updating;
            f->writable = !m.reading || m.updating;
            struct stat st;
            f->seekable = fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode);
            result = val(f);
        }
    }
    xdecref(vm, default_mode);
    return result;
}
