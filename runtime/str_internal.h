/*
 * runtime/str_internal.h -- private interface shared by the str, bytes and
 * bytearray files (str.c, str_type.c, str_format.c, bytes.c, bytearray.c,
 * unicode_db.c).  Code outside these files uses runtime/object.h only.
 */
#ifndef PITH_RUNTIME_STR_INTERNAL_H
#define PITH_RUNTIME_STR_INTERNAL_H

#include "runtime/object.h"

/* ---- Unicode character database (runtime/unicode_db.c, generated) ---- */

enum {
    UNI_ALPHA = 1 << 0, UNI_DECIMAL = 1 << 1, UNI_DIGIT = 1 << 2, UNI_NUMERIC = 1 << 3,
    UNI_SPACE = 1 << 4, UNI_LOWER = 1 << 5, UNI_UPPER = 1 << 6, UNI_TITLE = 1 << 7,
    UNI_CASED = 1 << 8, UNI_CASE_IGNORABLE = 1 << 9, UNI_PRINTABLE = 1 << 10,
    UNI_XID_START = 1 << 11, UNI_XID_CONTINUE = 1 << 12, UNI_LINEBREAK = 1 << 13,
};
unsigned uni_flags(uint32_t cp);
int uni_decimal(uint32_t cp);   /* -1 if none */
int uni_digit(uint32_t cp);     /* -1 if none */
/* Full case mappings: write 1..3 code points to out, return how many. */
int uni_to_upper_full(uint32_t cp, uint32_t out[3]);
int uni_to_lower_full(uint32_t cp, uint32_t out[3]);
int uni_to_title_full(uint32_t cp, uint32_t out[3]);
int uni_to_fold_full(uint32_t cp, uint32_t out[3]);
static inline bool uni_is(uint32_t cp, unsigned flag) { return (uni_flags(cp) & flag) != 0; }
static inline bool uni_is_space(uint32_t cp)
{
    if (cp < 128) return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f);
    return uni_is(cp, UNI_SPACE);
}

/* Argument Clinic's _PyArg_BadArgument names None as "None", other values by type. */
static inline const char *arg_type_name(Value v) { return v == NONE ? "None" : type_name(type_of(v)); }

/* ---- str core (runtime/str.c) ---- */

/* A new str from UTF-8 already known valid, with its code point count. */
Value str_new_known(VM *vm, const char *utf8, size_t nbytes, size_t len, bool ascii);
/* An uninitialised str of nbytes (NUL added): the caller fills str_buf(s)
 * and then calls str_set_len. */
StrObj *str_alloc_raw(VM *vm, size_t nbytes);
static inline char *str_buf(StrObj *s) { return (char *)str_data(s); }
void str_set_len(StrObj *s, size_t len, bool ascii);
/* Bytes of the block holding s (str dealloc). */
size_t str_block_size(const StrObj *s);
/* Frees the checkpoint table (str dealloc). */
void str_free_index(VM *vm, StrObj *s);
/* The str's sizeof_ slot: its block (header, text, NUL) and its code point
 * index if one was built.  The one place that knows a str's footprint. */
size_t str_sizeof(Value v);
bool str_is_printable(uint32_t cp);
/* A str from bytes after checking they're valid UTF-8; VAL_NULL + UnicodeDecodeError if not. */
Value str_decode_utf8(VM *vm, const unsigned char *data, size_t len, const char *errors);
/* Raises UnicodeDecodeError / UnicodeEncodeError with CPython's message. */
Value err_unicode_decode(VM *vm, const char *encoding, const unsigned char *data, size_t len,
                         size_t start, size_t end, const char *reason);
Value err_unicode_encode(VM *vm, const char *encoding, Value str, size_t start, size_t end,
                         const char *reason);
/* Normalised codec name: "utf-8", "ascii", "latin-1", or NULL with LookupError. */
const char *codec_lookup(VM *vm, Value encoding);
Value str_encode(VM *vm, Value s, Value encoding, Value errors);       /* bytes */
Value bytes_decode(VM *vm, const unsigned char *data, size_t len, Value encoding, Value errors);

/* ---- formatting (runtime/str_format.c) ---- */

Value str_mod(VM *vm, Value fmt, Value args);            /* fmt % args */
Value str_format_impl(VM *vm, Value fmt, Value *args, size_t nargs, Value kwargs);
Value str_format_method(VM *vm, Value self, Value *args, size_t nargs, Value kwnames);
Value str_format_map_method(VM *vm, Value self, Value *args, size_t nargs, Value kwnames);
Value bytes_mod(VM *vm, Value fmt, Value args);          /* b'..' % args */

/* ---- bytes and bytearray (runtime/bytes.c, runtime/bytearray.c) ---- */

typedef struct ByteBuf { const unsigned char *data; size_t len; } ByteBuf;
/* Borrowed view of a bytes-like object (bytes, bytearray); false if v isn't one. */
bool bytes_view(Value v, ByteBuf *out);
bool is_bytes_like(Value v);
/* The bytes(x) / bytearray(x) constructor's conversion: fills a newly
 * allocated buffer (gc_mem_alloc'ed, *cap bytes) from x.  false + exception. */
bool bytes_from_object(VM *vm, Value x, Value encoding, Value errors, const char *tname,
                       unsigned char **data, size_t *len, size_t *cap);
/* Methods shared by bytes and bytearray: self is either; results are of
 * self's type. */
extern const MethodDef bytes_methods[], bytearray_methods[];
Value bytearray_append_m(VM *vm, Value self, Value *args, size_t nargs, Value kw);
Value bytearray_extend_m(VM *vm, Value self, Value *args, size_t nargs, Value kw);
Value bytearray_pop_m(VM *vm, Value self, Value *args, size_t nargs, Value kw);
Value bytearray_remove_m(VM *vm, Value self, Value *args, size_t nargs, Value kw);
Value bytearray_insert_m(VM *vm, Value self, Value *args, size_t nargs, Value kw);
Value bytearray_clear_m(VM *vm, Value self, Value *args, size_t nargs, Value kw);
Value bytearray_reverse_m(VM *vm, Value self, Value *args, size_t nargs, Value kw);
Value bytearray_copy_m(VM *vm, Value self, Value *args, size_t nargs, Value kw);
Value bytearray_alloc_m(VM *vm, Value self, Value *args, size_t nargs, Value kw);
Value bytes_like_new(VM *vm, Type *t, const void *data, size_t len);
Value bytes_richcompare_views(VM *vm, Value a, Value b, CmpCode op);
Value bytes_repr_data(VM *vm, const unsigned char *data, size_t len, const char *prefix, const char *suffix);
int bytes_contains_view(VM *vm, const ByteBuf *self, Value item);
Value bytes_iter_new(VM *vm, Value seq);
/* An int in range(256) as from `x in b`, b[i] = x: false + exception. */
bool byte_from_value(VM *vm, Value v, unsigned char *out);
Value bytearray_new(VM *vm, const void *data, size_t len);

#endif
