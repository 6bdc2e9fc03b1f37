/*
 * dict: CPython 3.11's compact, insertion-ordered dict.
 *
 * Two arrays.  `entries` holds (hash, key, value) in insertion order; a
 * deleted entry keeps its place with key == value == VAL_NULL until the next
 * resize compacts the array.  `index` is the open-addressing hash table: each
 * of its `capacity` slots holds an entry number, IX_EMPTY or IX_DUMMY (a
 * deleted entry, which keeps probe chains intact).  Slots are 1, 2, 4 or 8
 * bytes wide depending on the capacity, as in CPython.
 *
 * Probing is CPython's: i = hash & mask, then
 *     perturb >>= 5; i = (i*5 + perturb + 1) & mask
 * so every slot is eventually visited.  At most capacity*2/3 entries are ever
 * appended to one table (`usable` counts what is left); when it runs out the
 * table is rebuilt for used*3 slots, rounded up to a power of 2.
 *
 * A lookup may call __eq__, which may mutate the dict.  Every structural
 * change bumps `version`; a lookup that sees the version move under it starts
 * again, as CPython's does when ma_keys changes.
 *
 * Tracking (CPython's lazy scheme): a new exact dict is not tracked by the
 * collector; it becomes tracked the first time a key or value that may be
 * part of a cycle is stored, and dict_maybe_untrack lets a full collection
 * untrack it again.
 */
#include <string.h>

#include "runtime/object.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define IX_ERROR (-3)
#define PERTURB_SHIFT 5
#define DICT_MINSIZE 8

/* ---- the index table ------------------------------------------------------ */

static size_t index_width(size_t capacity)
{
    if (capacity <= ((size_t)1 << 7)) return 1;
    if (capacity <= ((size_t)1 << 15)) return 2;
    if (capacity <= ((size_t)1 << 31)) return 4;
    return 8;
}

static size_t usable_for(size_t capacity) { return capacity * 2 / 3; }

/* Versions come from one counter shared by all dicts, so a cached version
 * that still matches proves both the dict and its layout are unchanged
 * (the VM's global-name caches rely on that; see dict_str_value_slot). */
static uint64_t last_version;
static void bump_version(DictObj *d) { d->version = ++last_version; }

static intptr_t ix_get(const DictObj *d, size_t i)
{
    switch (index_width(d->capacity)) {
    case 1: return ((const int8_t *)d->index)[i];
    case 2: return ((const int16_t *)d->index)[i];
    case 4: return ((const int32_t *)d->index)[i];
    default: return (intptr_t)((const int64_t *)d->index)[i];
    }
}

static void ix_set(DictObj *d, size_t i, intptr_t ix)
{
    switch (index_width(d->capacity)) {
    case 1: ((int8_t *)d->index)[i] = (int8_t)ix; break;
    case 2: ((int16_t *)d->index)[i] = (int16_t)ix; break;
    case 4: ((int32_t *)d->index)[i] = (int32_t)ix; break;
    default: ((int64_t *)d->index)[i] = ix; break;
    }
}

/* The first slot on hash's probe path that holds no live entry (empty or
 * dummy): where a new entry goes once we know its key is absent. */
static size_t find_empty_slot(const DictObj *d, intptr_t hash)
{
    size_t mask = d->capacity - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    while (ix_get(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

static void table_free(VM *vm, size_t capacity, void *index, DictEntry *entries)
{
    if (!capacity) return;
    gc_mem_free(vm, index, capacity * index_width(capacity));
    gc_mem_free(vm, entries, usable_for(capacity) * sizeof(DictEntry));
}

/* Rebuilds the table with room for `minsize` index slots (at least), keeping
 * the live entries in order and dropping deleted ones. */
static int dict_resize(VM *vm, DictObj *d, size_t minsize)
{
    size_t cap = DICT_MINSIZE;
    while (cap < minsize) {
        cap <<= 1;
        if (cap == 0 || cap > ((size_t)1 << 58)) {
            err_no_memory(vm);
            return -1;
        }
    }
    size_t width = index_width(cap);
    void *index = gc_mem_alloc(vm, cap * width);
    if (!index) return -1;
    DictEntry *entries = gc_mem_alloc(vm, usable_for(cap) * sizeof(DictEntry));
    if (!entries) {
        gc_mem_free(vm, index, cap * width);
        return -1;
    }
    memset(index, 0xff, cap * width);   /* every slot IX_EMPTY (-1) */
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].value) entries[n++] = d->entries[i];
    table_free(vm, d->capacity, d->index, d->entries);
    d->index = index;
    d->entries = entries;
    d->capacity = cap;
    d->nentries = n;
    d->usable = usable_for(cap) - n;
    bump_version(d);
    for (size_t i = 0; i < n; i++) ix_set(d, find_empty_slot(d, entries[i].hash), (intptr_t)i);
    return 0;
}

/* ---- hashing, comparing, tracking --------------------------------------- */

static inline bool is_exact_str(Value v) { return is_type(v, &type_str); }

static bool hash_key(VM *vm, Value key, intptr_t *hash)
{
    if (is_exact_str(key)) {
        *hash = str_hash(key);
        return true;
    }
    return obj_hash(vm, key, hash);
}

/* CPython's _PyObject_GC_MAY_BE_TRACKED: anything the collector can see,
 * except a tuple that has already been found atomic and untracked. */
static bool may_be_tracked(Value v)
{
    if (is_small(v)) return false;
    Obj *o = as_obj(v);
    if (!obj_is_gc(o)) return false;
    if (o->type == &type_tuple) return gc_is_tracked(o);
    return true;
}

static void maintain_tracking(VM *vm, DictObj *d, Value key, Value value)
{
    if (gc_is_tracked(&d->ob)) return;
    if (may_be_tracked(key) || may_be_tracked(value)) gc_track(vm, &d->ob);
}

enum { KEYS_DIFFER = 0, KEYS_EQUAL = 1, KEYS_RESTART = 2, KEYS_ERROR = -1 };

/* Compares the key stored in entry `ix` (hashes already equal) with `key`.
 * __eq__ may run arbitrary code, so the dict and both keys are held across
 * the call, and KEYS_RESTART says the table changed under us. */
static int keys_equal(VM *vm, DictObj *d, intptr_t ix, Value key)
{
    Value startkey = d->entries[ix].key;
    if (is_exact_str(startkey) && is_exact_str(key)) return str_eq(startkey, key);
    uint64_t version = d->version;
    incref(val(d));
    incref(startkey);
    incref(key);
    int cmp = obj_richcompare_bool(vm, startkey, key, CMP_CODE_EQ);
    decref(vm, key);
    decref(vm, startkey);
    if (d->ob.refcnt == 1) {
        /* __eq__ dropped every other reference to the dict: nothing left to
         * look in.  Only reachable through a caller's bug, but stay safe. */
        decref(vm, val(d));
        if (cmp >= 0) err_set_str(vm, &exc_RuntimeError, "dictionary destroyed during lookup");
        return KEYS_ERROR;
    }
    decref(vm, val(d));
    if (cmp < 0) return KEYS_ERROR;
    if (d->version != version) return KEYS_RESTART;
    return cmp ? KEYS_EQUAL : KEYS_DIFFER;
}

/* Finds `key`: its entry number, IX_EMPTY when absent, or IX_ERROR.  *slot
 * (if given) receives the index slot that points at the entry. */
static intptr_t lookup(VM *vm, DictObj *d, Value key, intptr_t hash, size_t *slot)
{
restart:
    if (d->capacity == 0) return IX_EMPTY;
    size_t mask = d->capacity - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        intptr_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return IX_EMPTY;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            int cmp = KEYS_DIFFER;
            if (e->key == key) cmp = KEYS_EQUAL;
            else if (e->hash == hash) cmp = keys_equal(vm, d, ix, key);
            if (cmp == KEYS_ERROR) return IX_ERROR;
            if (cmp == KEYS_RESTART) goto restart;
            if (cmp == KEYS_EQUAL) {
                if (slot) *slot = i;
                return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The slot pointing at entry `ix` (which must exist). */
static size_t slot_of_entry(const DictObj *d, intptr_t hash, intptr_t ix)
{
    size_t mask = d->capacity - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    while (ix_get(d, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* ---- the core operations ------------------------------------------------- */

/* CPython's insertdict: takes ownership of key and value. */
static int insert_steal(VM *vm, DictObj *d, Value key, intptr_t hash, Value value)
{
    intptr_t ix = lookup(vm, d, key, hash, NULL);
    if (ix == IX_ERROR) goto fail;
    maintain_tracking(vm, d, key, value);
    if (ix == IX_EMPTY) {
        if (d->usable == 0 && dict_resize(vm, d, d->used * 3) < 0) goto fail;
        if (!is_exact_str(key)) d->general_keys = true;
        ix_set(d, find_empty_slot(d, hash), (intptr_t)d->nentries);
        d->entries[d->nentries++] = (DictEntry){hash, key, value};
        d->used++;
        d->usable--;
        bump_version(d);
        return 0;
    }
    /* Existing key: keep the stored key, swap the value, and release the old
     * value last since its finaliser may look at the dict. */
    Value old = d->entries[ix].value;
    d->entries[ix].value = value;
    decref(vm, old);
    decref(vm, key);
    return 0;
fail:
    decref(vm, value);
    decref(vm, key);
    return -1;
}

static int set_known_hash(VM *vm, DictObj *d, Value key, intptr_t hash, Value value)
{
    return insert_steal(vm, d, incref(key), hash, incref(value));
}

/* Unlinks entry `ix` (found at index slot `slot`) and hands back its key and
 * value: the caller releases them, after the dict is consistent again. */
static void unlink_entry(DictObj *d, size_t slot, intptr_t ix, Value *key, Value *value)
{
    DictEntry *e = &d->entries[ix];
    *key = e->key;
    *value = e->value;
    ix_set(d, slot, IX_DUMMY);
    e->key = VAL_NULL;
    e->value = VAL_NULL;
    d->used--;
    bump_version(d);
}

/* Removes key: 1 removed (value handed over in *out if out is not NULL),
 * 0 absent, -1 error. */
static int pop_known_hash(VM *vm, DictObj *d, Value key, intptr_t hash, Value *out)
{
    size_t slot;
    intptr_t ix = lookup(vm, d, key, hash, &slot);
    if (ix == IX_ERROR) return -1;
    if (ix == IX_EMPTY) return 0;
    Value old_key, old_value;
    unlink_entry(d, slot, ix, &old_key, &old_value);
    decref(vm, old_key);
    if (out) *out = old_value;
    else decref(vm, old_value);
    return 1;
}

static Value get_known_hash_borrowed(VM *vm, DictObj *d, Value key, intptr_t hash)
{
    intptr_t ix = lookup(vm, d, key, hash, NULL);
    return ix >= 0 ? d->entries[ix].value : VAL_NULL;
}

/* ---- public API ------------------------------------------------------------ */

static Value dict_alloc(VM *vm, Type *type)
{
    DictObj *d = (DictObj *)gc_new_object(vm, type, type->size);
    if (!d) return VAL_NULL;
    bump_version(d);   /* never 0, the version of an empty cache */
    if (type->flags & TF_HEAP) incref(val(type));
    return val(d);
}

Value dict_new(VM *vm) { return dict_alloc(vm, &type_dict); }

Value dict_get_borrowed(VM *vm, Value d, Value key)
{
    intptr_t hash;
    if (!hash_key(vm, key, &hash)) return VAL_NULL;
    return get_known_hash_borrowed(vm, as_dict(d), key, hash);
}

/* Only str keys can match a str, and comparing strs runs no Python code, so
 * this needs no VM (type lookups call it with vm == NULL). */
Value dict_get_str_borrowed(VM *vm, Value dv, Value key)
{
    (void)vm;
    Value *slot = dict_str_value_slot(dv, key);
    return slot ? *slot : VAL_NULL;
}

Value *dict_str_value_slot(Value dv, Value key)
{
    DictObj *d = as_dict(dv);
    if (d->capacity == 0) return NULL;
    intptr_t hash = str_hash(key);
    size_t mask = d->capacity - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        intptr_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return NULL;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key || (e->hash == hash && is_str(e->key) && str_eq(e->key, key)))
                return &e->value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_cstr_borrowed(VM *vm, Value d, const char *key)
{
    Value k = str_intern_cstr(vm, key);
    if (!k) return VAL_NULL;
    Value v = dict_get_str_borrowed(vm, d, k);
    decref(vm, k);
    return v;
}

int dict_set(VM *vm, Value d, Value key, Value value)
{
    intptr_t hash;
    if (!hash_key(vm, key, &hash)) return -1;
    return set_known_hash(vm, as_dict(d), key, hash, value);
}

int dict_set_cstr(VM *vm, Value d, const char *key, Value value)
{
    Value k = str_intern_cstr(vm, key);
    if (!k) return -1;
    intptr_t hash;
    hash_key(vm, k, &hash);
    return insert_steal(vm, as_dict(d), k, hash, incref(value));
}

int dict_del_if_present(VM *vm, Value d, Value key)
{
    intptr_t hash;
    if (!hash_key(vm, key, &hash)) return -1;
    return pop_known_hash(vm, as_dict(d), key, hash, NULL);
}

int dict_del(VM *vm, Value d, Value key)
{
    int r = dict_del_if_present(vm, d, key);
    if (r == 0) err_set_value(vm, &exc_KeyError, key);
    return r > 0 ? 0 : -1;
}

int dict_contains_known_hash(VM *vm, Value d, Value key, intptr_t hash)
{
    intptr_t ix = lookup(vm, as_dict(d), key, hash, NULL);
    return ix == IX_ERROR ? -1 : ix >= 0;
}

int dict_contains(VM *vm, Value d, Value key)
{
    intptr_t hash;
    if (!hash_key(vm, key, &hash)) return -1;
    return dict_contains_known_hash(vm, d, key, hash);
}

bool dict_next_hash(Value dv, size_t *pos, Value *key, Value *value, intptr_t *hash)
{
    DictObj *d = as_dict(dv);
    size_t i = *pos;
    while (i < d->nentries && !d->entries[i].value) i++;
    if (i >= d->nentries) {
        *pos = i;
        return false;
    }
    *pos = i + 1;
    if (key) *key = d->entries[i].key;
    if (value) *value = d->entries[i].value;
    if (hash) *hash = d->entries[i].hash;
    return true;
}

bool dict_next(Value d, size_t *pos, Value *key, Value *value)
{
    return dict_next_hash(d, pos, key, value, NULL);
}

/* Empties the dict first and only then releases the old entries (key, then
 * value, in insertion order), so finalisers they trigger see an empty,
 * consistent dict and may even refill it. */
void dict_clear(VM *vm, Value dv)
{
    DictObj *d = as_dict(dv);
    if (d->capacity == 0) return;
    size_t capacity = d->capacity, n = d->nentries;
    void *index = d->index;
    DictEntry *entries = d->entries;
    d->capacity = d->nentries = d->used = d->usable = 0;
    d->index = NULL;
    d->entries = NULL;
    d->general_keys = false;
    bump_version(d);
    for (size_t i = 0; i < n; i++) {
        xdecref(vm, entries[i].key);
        xdecref(vm, entries[i].value);
    }
    table_free(vm, capacity, index, entries);
}

/* An exact copy of a dict's table: same capacity, index and entry order. */
static int clone_table(VM *vm, DictObj *to, const DictObj *from)
{
    size_t cap = from->capacity, width = index_width(cap);
    void *index = gc_mem_alloc(vm, cap * width);
    if (!index) return -1;
    DictEntry *entries = gc_mem_alloc(vm, usable_for(cap) * sizeof(DictEntry));
    if (!entries) {
        gc_mem_free(vm, index, cap * width);
        return -1;
    }
    memcpy(index, from->index, cap * width);
    memcpy(entries, from->entries, from->nentries * sizeof(DictEntry));
    for (size_t i = 0; i < from->nentries; i++) {
        xincref(entries[i].key);
        xincref(entries[i].value);
    }
    table_free(vm, to->capacity, to->index, to->entries);
    to->index = index;
    to->entries = entries;
    to->capacity = cap;
    to->nentries = from->nentries;
    to->used = from->used;
    to->usable = from->usable;
    to->general_keys = from->general_keys;
    bump_version(to);
    return 0;
}

static Value dict_iter(VM *vm, Value d);

/* A dict that iterates as a plain dict does (no __iter__ override). */
static bool iterates_like_dict(Value v) { return is_dict(v) && type_of(v)->iter == dict_iter; }

Value dict_copy(VM *vm, Value dv)
{
    DictObj *d = as_dict(dv);
    Value copy = dict_new(vm);
    if (!copy || d->used == 0) return copy;
    /* CPython clones the table when the source is not too sparse, and the
     * clone keeps the source's tracking state. */
    if (type_of(dv)->iter == dict_iter && d->used >= d->nentries * 2 / 3) {
        if (clone_table(vm, as_dict(copy), d) < 0) {
            decref(vm, copy);
            return VAL_NULL;
        }
        if (gc_is_tracked(&d->ob)) gc_track(vm, as_obj(copy));
        return copy;
    }
    if (dict_merge(vm, copy, dv, 1) < 0) {
        decref(vm, copy);
        return VAL_NULL;
    }
    return copy;
}

/* d.update(other) for a dict that iterates as a dict: straight over its
 * entries, reusing the stored hashes. */
static int merge_from_dict(VM *vm, DictObj *d, DictObj *other, int override)
{
    if (other == d || other->used == 0) return 0;
    if (d->used == 0) {
        override = 1;   /* nothing to collide with */
        if (other->used == other->nentries &&
            (other->capacity == DICT_MINSIZE || usable_for(other->capacity / 2) < other->used)) {
            if (clone_table(vm, d, other) < 0) return -1;
            if (gc_is_tracked(&other->ob)) gc_track(vm, &d->ob);
            return 0;
        }
    }
    /* One big resize up front rather than several as the entries go in. */
    if (usable_for(d->capacity) < other->used) {
        size_t n = d->used + other->used;
        if (dict_resize(vm, d, (n * 3 + 1) / 2) < 0) return -1;
    }
    size_t orig_size = other->nentries;
    size_t pos = 0;
    Value key, value;
    intptr_t hash;
    incref(val(other));
    int err = 0;
    while (!err && dict_next_hash(val(other), &pos, &key, &value, &hash)) {
        incref(key);
        incref(value);
        if (override == 1) {
            err = set_known_hash(vm, d, key, hash, value);
        } else {
            int found = dict_contains_known_hash(vm, val(d), key, hash);
            if (found < 0) err = -1;
            else if (found == 0) err = set_known_hash(vm, d, key, hash, value);
            else if (override == 2) {
                err_set_value(vm, &exc_KeyError, key);
                err = -1;
            }
        }
        decref(vm, value);
        decref(vm, key);
        if (!err && orig_size != other->nentries) {
            err_set_str(vm, &exc_RuntimeError, "dict mutated during update");
            err = -1;
        }
    }
    decref(vm, val(other));
    return err;
}

/* CPython's PyMapping_Keys: a list of the mapping's keys via its keys(). */
static Value mapping_keys(VM *vm, Value mapping)
{
    if (is_type(mapping, &type_dict)) return dict_keys_list(vm, mapping);
    Value out = obj_call_method(vm, mapping, "keys", NULL, 0);
    if (!out || is_type(out, &type_list)) return out;
    Value it = obj_iter(vm, out);
    if (!it) {
        if (err_matches(vm, &exc_TypeError)) {
            err_clear(vm);
            err_format(vm, &exc_TypeError, "%s.keys() returned a non-iterable (type %T)",
                       type_name(type_of(mapping)), out);
        }
        decref(vm, out);
        return VAL_NULL;
    }
    decref(vm, out);
    Value list = list_from_iterable(vm, it);
    decref(vm, it);
    return list;
}

static int merge_from_mapping(VM *vm, Value d, Value mapping, int override)
{
    Value keys = mapping_keys(vm, mapping);
    if (!keys) return -1;
    Value it = obj_iter(vm, keys);
    decref(vm, keys);
    if (!it) return -1;
    int err = 0;
    Value key;
    while (!err && (key = obj_iternext(vm, it))) {
        if (override != 1) {
            int found = dict_contains(vm, d, key);
            if (found > 0 && override == 0) {
                decref(vm, key);
                continue;
            }
            if (found != 0) {
                if (found > 0) err_set_value(vm, &exc_KeyError, key);
                decref(vm, key);
                err = -1;
                break;
            }
        }
        Value value = obj_getitem(vm, mapping, key);
        if (!value) err = -1;
        else err = dict_set(vm, d, key, value);
        xdecref(vm, value);
        decref(vm, key);
    }
    decref(vm, it);
    if (!err && err_occurred(vm)) err = -1;
    return err;
}

int dict_merge(VM *vm, Value d, Value other, int override)
{
    if (iterates_like_dict(other)) return merge_from_dict(vm, as_dict(d), as_dict(other), override);
    return merge_from_mapping(vm, d, other, override);
}

/* A pair from dict([...]): a list or tuple as is, anything else listed. */
static Value as_pair_sequence(VM *vm, Value item, size_t index)
{
    if (is_list(item) || is_tuple(item)) return incref(item);
    Value it = obj_iter(vm, item);
    if (!it) {
        if (err_matches(vm, &exc_TypeError)) {
            err_clear(vm);
            err_format(vm, &exc_TypeError,
                       "cannot convert dictionary update sequence element #%zu to a sequence", index);
        }
        return VAL_NULL;
    }
    Value list = list_from_iterable(vm, it);
    decref(vm, it);
    return list;
}

/* CPython's PyDict_MergeFromSeq2 with override. */
static int merge_from_pairs(VM *vm, Value d, Value pairs)
{
    Value it = obj_iter(vm, pairs);
    if (!it) return -1;
    int err = 0;
    Value item;
    for (size_t i = 0; !err && (item = obj_iternext(vm, it)); i++) {
        Value seq = as_pair_sequence(vm, item, i);
        decref(vm, item);
        if (!seq) {
            err = -1;
            break;
        }
        size_t n = is_list(seq) ? as_list(seq)->len : as_tuple(seq)->len;
        if (n != 2) {
            err_format(vm, &exc_ValueError,
                       "dictionary update sequence element #%zu has length %zu; 2 is required", i, n);
            err = -1;
        } else {
            Value *items = is_list(seq) ? as_list(seq)->items : as_tuple(seq)->items;
            Value key = incref(items[0]), value = incref(items[1]);
            err = dict_set(vm, d, key, value);
            decref(vm, key);
            decref(vm, value);
        }
        decref(vm, seq);
    }
    decref(vm, it);
    if (!err && err_occurred(vm)) err = -1;
    return err;
}

/* dict.update's positional argument: a dict, anything with keys(), or an
 * iterable of pairs. */
int dict_update(VM *vm, Value d, Value other)
{
    if (is_type(other, &type_dict)) return dict_merge(vm, d, other, 1);
    Value name = str_intern_cstr(vm, "keys");
    if (!name) return -1;
    Value keys = obj_lookup_attr(vm, other, name);
    decref(vm, name);
    if (!keys) {
        if (err_occurred(vm)) return -1;
        return merge_from_pairs(vm, d, other);
    }
    decref(vm, keys);
    return dict_merge(vm, d, other, 1);
}

Value dict_keys_list(VM *vm, Value dv)
{
    DictObj *d = as_dict(dv);
    Value list = list_new(vm, d->used);
    if (!list) return VAL_NULL;
    size_t pos = 0;
    Value key;
    /* list_append may allocate and so collect; a finaliser could then
     * mutate the dict, but dict_next rereads it at every step. */
    while (dict_next(dv, &pos, &key, NULL)) {
        if (list_append(vm, list, key) < 0) {
            decref(vm, list);
            return VAL_NULL;
        }
    }
    return list;
}

bool dict_maybe_untrack(VM *vm, Value dv)
{
    (void)vm;
    DictObj *d = as_dict(dv);
    if (!is_type(dv, &type_dict) || !gc_is_tracked(&d->ob)) return false;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (e->value && (may_be_tracked(e->value) || may_be_tracked(e->key))) return false;
    }
    gc_untrack(&d->ob);
    return true;
}

Value dict_repr(VM *vm, Value dv)
{
    int entered = repr_enter(vm, dv);
    if (entered != 0) return entered > 0 ? str_from_cstr(vm, "{...}") : VAL_NULL;
    if (as_dict(dv)->used == 0) {
        repr_leave(vm, dv);
        return str_from_cstr(vm, "{}");
    }
    StrBuf b;
    strbuf_init(&b, vm);
    strbuf_add_char(&b, '{');
    size_t pos = 0;
    Value key, value;
    bool ok = true, first = true;
    /* repr() of an item may mutate the dict: dict_next rereads it, and the
     * pair is held while its reprs are made. */
    while (ok && dict_next(dv, &pos, &key, &value)) {
        incref(key);
        incref(value);
        if (!first) strbuf_add(&b, ", ", 2);
        first = false;
        ok = strbuf_add_repr(&b, key);
        if (ok) {
            strbuf_add(&b, ": ", 2);
            ok = strbuf_add_repr(&b, value);
        }
        decref(vm, key);
        decref(vm, value);
    }
    repr_leave(vm, dv);
    if (!ok) {
        strbuf_discard(&b);
        return VAL_NULL;
    }
    strbuf_add_char(&b, '}');
    return strbuf_finish(&b);
}

/* ---- type slots ------------------------------------------------------------ */

static void dict_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    dict_clear(vm, val(o));
    gc_free_object(vm, o, o->type->size);
}

/* Order as CPython's dict_traverse, which gc.get_referents shows: only the
 * values while every key ever stored is a str, else value then key. */
static int dict_traverse(Obj *o, VisitFn visit, void *arg)
{
    DictObj *d = (DictObj *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->value) continue;
        int r = visit(e->value, arg);
        if (r) return r;
        if (d->general_keys && (r = visit(e->key, arg))) return r;
    }
    return 0;
}

static void dict_tp_clear(VM *vm, Obj *o) { dict_clear(vm, val(o)); }

static Value dict_repr_slot(VM *vm, Value v) { return dict_repr(vm, v); }

static intptr_t dict_len(VM *vm, Value v)
{
    (void)vm;
    return (intptr_t)as_dict(v)->used;
}

static int dict_equal(VM *vm, DictObj *a, DictObj *b)
{
    if (a->used != b->used) return 0;
    /* a may change under __eq__: reread its entries at every step. */
    for (size_t i = 0; i < a->nentries; i++) {
        DictEntry *e = &a->entries[i];
        if (!e->value) continue;
        Value key = incref(e->key), aval = incref(e->value);
        intptr_t ix = lookup(vm, b, key, e->hash, NULL);
        Value bval = ix >= 0 ? b->entries[ix].value : VAL_NULL;
        int cmp = ix == IX_ERROR ? -1 : 0;
        if (bval) {
            incref(bval);
            cmp = obj_richcompare_bool(vm, aval, bval, CMP_CODE_EQ);
            decref(vm, bval);
        }
        decref(vm, key);
        decref(vm, aval);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

static Value dict_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    if (!is_dict(a) || !is_dict(b) || (op != CMP_CODE_EQ && op != CMP_CODE_NE)) return incref(NOTIMPL);
    int cmp = dict_equal(vm, as_dict(a), as_dict(b));
    if (cmp < 0) return VAL_NULL;
    return incref(bool_val(cmp == (op == CMP_CODE_EQ)));
}

/* d[key] for a dict subclass that defines __missing__: its result, or
 * VAL_NULL with no error when there is none. */
static Value call_missing(VM *vm, Value d, Value key)
{
    if (is_type(d, &type_dict)) return VAL_NULL;
    Value name = str_intern_cstr(vm, "__missing__");
    if (!name) return VAL_NULL;
    Value missing = type_lookup_borrowed(type_of(d), name);
    decref(vm, name);
    if (!missing) return VAL_NULL;
    Type *mt = type_of(missing);
    Value bound = mt->descr_get ? mt->descr_get(vm, missing, d, val(type_of(d))) : incref(missing);
    if (!bound) return VAL_NULL;
    Value r = obj_call1(vm, bound, key);
    decref(vm, bound);
    if (!r && !err_occurred(vm)) err_set_str(vm, &exc_SystemError, "__missing__ failed without an error");
    return r;
}

static Value dict_getitem(VM *vm, Value d, Value key)
{
    intptr_t hash;
    if (!hash_key(vm, key, &hash)) return VAL_NULL;
    intptr_t ix = lookup(vm, as_dict(d), key, hash, NULL);
    if (ix == IX_ERROR) return VAL_NULL;
    if (ix >= 0) return incref(as_dict(d)->entries[ix].value);
    Value r = call_missing(vm, d, key);
    if (r || err_occurred(vm)) return r;
    return err_set_value(vm, &exc_KeyError, key);
}

static int dict_setitem(VM *vm, Value d, Value key, Value value)
{
    if (value) return dict_set(vm, d, key, value);
    return dict_del(vm, d, key);
}

static int dict_contains_slot(VM *vm, Value d, Value key) { return dict_contains(vm, d, key); }

/* ---- iterators ----------------------------------------------------------- */

typedef struct DictIterObj {
    Obj ob;
    Value dict;        /* VAL_NULL once exhausted */
    intptr_t used;     /* the dict's size when iteration began; -1 after a size change (sticky) */
    intptr_t pos;      /* next entry to look at */
    intptr_t len;      /* items still expected */
} DictIterObj;

static bool is_reverse_iter(Type *t)
{
    return t == &type_dict_revkeyiter || t == &type_dict_revvalueiter || t == &type_dict_revitemiter;
}

/* The reversed iterator types aren't in object.c's builtin list (yet): ready
 * them on first use. */
static bool ready_lazily(VM *vm, Type *t)
{
    return t->dict || type_ready(vm, t) == 0;
}

static Value dictiter_new(VM *vm, Value dv, Type *type)
{
    if (!ready_lazily(vm, type)) return VAL_NULL;
    DictObj *d = as_dict(dv);
    DictIterObj *it = (DictIterObj *)gc_new_object(vm, type, sizeof(DictIterObj));
    if (!it) return VAL_NULL;
    it->dict = incref(dv);
    it->used = (intptr_t)d->used;
    it->len = (intptr_t)d->used;
    it->pos = is_reverse_iter(type) ? (intptr_t)d->nentries - 1 : 0;
    gc_track(vm, &it->ob);
    return val(it);
}

static void dictiter_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    xdecref(vm, ((DictIterObj *)o)->dict);
    gc_free_object(vm, o, sizeof(DictIterObj));
}

static int dictiter_traverse(Obj *o, VisitFn visit, void *arg)
{
    DictIterObj *it = (DictIterObj *)o;
    return it->dict ? visit(it->dict, arg) : 0;
}

static Value iter_self(VM *vm, Value v)
{
    (void)vm;
    return incref(v);
}

/* The next live entry, or NULL when exhausted or on error (exception set). */
static DictEntry *dictiter_step(VM *vm, DictIterObj *it)
{
    if (!it->dict) return NULL;
    DictObj *d = as_dict(it->dict);
    if (it->used != (intptr_t)d->used) {
        err_set_str(vm, &exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return NULL;
    }
    intptr_t i = it->pos, n = (intptr_t)d->nentries;
    if (is_reverse_iter(it->ob.type)) {
        if (i >= n) i = n - 1;   /* the table was compacted under us */
        while (i >= 0 && !d->entries[i].value) i--;
        if (i < 0) goto exhausted;
        it->pos = i - 1;
    } else {
        while (i < n && !d->entries[i].value) i++;
        if (i >= n) goto exhausted;
        /* Same size but a new key: something was deleted and added. */
        if (it->len == 0) {
            err_set_str(vm, &exc_RuntimeError, "dictionary keys changed during iteration");
            goto exhausted;
        }
        it->pos = i + 1;
    }
    it->len--;
    return &d->entries[i];
exhausted:
    clear_slot(vm, &it->dict);
    return NULL;
}

static Value dictiter_next_key(VM *vm, Value v)
{
    DictEntry *e = dictiter_step(vm, (DictIterObj *)as_obj(v));
    return e ? incref(e->key) : VAL_NULL;
}

static Value dictiter_next_value(VM *vm, Value v)
{
    DictEntry *e = dictiter_step(vm, (DictIterObj *)as_obj(v));
    return e ? incref(e->value) : VAL_NULL;
}

static Value dictiter_next_item(VM *vm, Value v)
{
    DictEntry *e = dictiter_step(vm, (DictIterObj *)as_obj(v));
    if (!e) return VAL_NULL;
    /* Hold the pair: making the tuple may collect, and a finaliser may
     * mutate the dict. */
    Value key = incref(e->key), value = incref(e->value);
    Value pair = tuple_pack(vm, 2, key, value);
    decref(vm, key);
    decref(vm, value);
    return pair;
}

/* Slot wrappers (__len__, __iter__, ...) word their errors differently from
 * methods. */
static bool wrapper_args(VM *vm, const char *name, size_t nargs, Value kwnames, size_t n)
{
    if (kwnames && as_tuple(kwnames)->len) {
        err_format(vm, &exc_TypeError, "wrapper %s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != n) {
        err_format(vm, &exc_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

static Value dictiter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    DictIterObj *it = (DictIterObj *)as_obj(self);
    char name[64];
    snprintf(name, sizeof name, "%s.__length_hint__", type_name(type_of(self)));
    if (!args_check(vm, name, nargs, kwnames, 0, 0)) return VAL_NULL;
    intptr_t len = 0;
    if (it->dict && it->used == (intptr_t)as_dict(it->dict)->used) len = it->len;
    return small(len);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, METH_DEFAULT},
    {NULL, NULL, 0},
};

#define DICTITER_TYPE(cname, pyname, next)                                         \
    Type cname = {                                                                 \
        .ob = OBJ_HEAD_INIT(&type_type), .name = pyname, .size = sizeof(DictIterObj), \
        .flags = TF_GC, .base = &type_object, .dealloc = dictiter_dealloc,         \
        .traverse = dictiter_traverse, .iter = iter_self, .iternext = next,        \
        .methods = dictiter_methods,                                               \
    }
DICTITER_TYPE(type_dict_keyiter, "dict_keyiterator", dictiter_next_key);
DICTITER_TYPE(type_dict_valueiter, "dict_valueiterator", dictiter_next_value);
DICTITER_TYPE(type_dict_itemiter, "dict_itemiterator", dictiter_next_item);
DICTITER_TYPE(type_dict_revkeyiter, "dict_reversekeyiterator", dictiter_next_key);
DICTITER_TYPE(type_dict_revvalueiter, "dict_reversevalueiterator", dictiter_next_value);
DICTITER_TYPE(type_dict_revitemiter, "dict_reverseitemiterator", dictiter_next_item);

static Value dict_iter(VM *vm, Value d) { return dictiter_new(vm, d, &type_dict_keyiter); }

/* ---- views ----------------------------------------------------------------- */

typedef struct DictViewObj { Obj ob; Value dict; } DictViewObj;

static Value view_dict(Value view) { return ((DictViewObj *)as_obj(view))->dict; }
static bool is_keys_view(Value v) { return is_type(v, &type_dict_keys); }
static bool is_set_like_view(Value v) { return is_type(v, &type_dict_keys) || is_type(v, &type_dict_items); }

static Value view_new(VM *vm, Value d, Type *type)
{
    DictViewObj *v = (DictViewObj *)gc_new_object(vm, type, sizeof(DictViewObj));
    if (!v) return VAL_NULL;
    v->dict = incref(d);
    gc_track(vm, &v->ob);
    return val(v);
}

static void view_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    xdecref(vm, ((DictViewObj *)o)->dict);
    gc_free_object(vm, o, sizeof(DictViewObj));
}

static int view_traverse(Obj *o, VisitFn visit, void *arg)
{
    DictViewObj *v = (DictViewObj *)o;
    return v->dict ? visit(v->dict, arg) : 0;
}

static intptr_t view_len(VM *vm, Value v)
{
    (void)vm;
    return (intptr_t)as_dict(view_dict(v))->used;
}

static Value view_repr(VM *vm, Value v)
{
    int entered = repr_enter(vm, v);
    if (entered != 0) return entered > 0 ? str_from_cstr(vm, "...") : VAL_NULL;
    Value list = list_from_iterable(vm, v);
    Value r = list ? str_format(vm, "%s(%R)", type_name(type_of(v)), list) : VAL_NULL;
    xdecref(vm, list);
    repr_leave(vm, v);
    return r;
}

static Value keys_iter(VM *vm, Value v) { return dictiter_new(vm, view_dict(v), &type_dict_keyiter); }
static Value values_iter(VM *vm, Value v) { return dictiter_new(vm, view_dict(v), &type_dict_valueiter); }
static Value items_iter(VM *vm, Value v) { return dictiter_new(vm, view_dict(v), &type_dict_itemiter); }

static int keys_contains(VM *vm, Value v, Value key) { return dict_contains(vm, view_dict(v), key); }

static int items_contains(VM *vm, Value v, Value item)
{
    if (!is_tuple(item) || as_tuple(item)->len != 2) return 0;
    Value key = as_tuple(item)->items[0], value = as_tuple(item)->items[1];
    Value found = dict_get_borrowed(vm, view_dict(v), key);
    if (!found) return err_occurred(vm) ? -1 : 0;
    incref(found);
    int r = obj_richcompare_bool(vm, found, value, CMP_CODE_EQ);
    decref(vm, found);
    return r;
}

/* Every item of `a` is in `b`. */
static int all_contained_in(VM *vm, Value a, Value b)
{
    Value it = obj_iter(vm, a);
    if (!it) return -1;
    int ok = 1;
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (!x) {
            if (err_occurred(vm)) ok = -1;
            break;
        }
        ok = obj_contains(vm, b, x);
        decref(vm, x);
        if (ok <= 0) break;
    }
    decref(vm, it);
    return ok;
}

static Value view_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    if (!is_anyset(b) && !is_set_like_view(b)) return incref(NOTIMPL);
    intptr_t la = obj_len(vm, a), lb = la < 0 ? -1 : obj_len(vm, b);
    if (la < 0 || lb < 0) return VAL_NULL;
    int ok = 0;
    switch (op) {
    case CMP_CODE_EQ:
    case CMP_CODE_NE:
        if (la == lb) ok = all_contained_in(vm, a, b);
        if (op == CMP_CODE_NE && ok >= 0) ok = !ok;
        break;
    case CMP_CODE_LT: if (la < lb) ok = all_contained_in(vm, a, b); break;
    case CMP_CODE_LE: if (la <= lb) ok = all_contained_in(vm, a, b); break;
    case CMP_CODE_GT: if (la > lb) ok = all_contained_in(vm, b, a); break;
    case CMP_CODE_GE: if (la >= lb) ok = all_contained_in(vm, b, a); break;
    }
    if (ok < 0) return VAL_NULL;
    return incref(bool_val(ok));
}

/* set(view), or set(x) when a view's operator was reached through x's
 * reflection (`[1, 2] - d.keys()`). */
static Value view_to_set(VM *vm, Value v)
{
    Value source = v;
    if (is_keys_view(v) && is_type(view_dict(v), &type_dict)) source = view_dict(v);
    Value s = set_new(vm, &type_set);
    if (s && set_update(vm, s, source) < 0) {
        decref(vm, s);
        return VAL_NULL;
    }
    return s;
}

/* result.method(other), returning result. */
static Value set_then_call(VM *vm, Value a, const char *method, Value other)
{
    Value s = view_to_set(vm, a);
    if (!s) return VAL_NULL;
    Value r = obj_call_method(vm, s, method, &other, 1);
    if (!r) {
        decref(vm, s);
        return VAL_NULL;
    }
    decref(vm, r);
    return s;
}

static Value view_sub(VM *vm, Value a, Value b) { return set_then_call(vm, a, "difference_update", b); }

static Value view_or(VM *vm, Value a, Value b)
{
    Value s = view_to_set(vm, a);
    if (s && set_update(vm, s, b) < 0) {
        decref(vm, s);
        return VAL_NULL;
    }
    return s;
}

/* d1.items() ^ d2.items(), CPython's dictitems_xor. */
static Value items_xor(VM *vm, Value a, Value b)
{
    Value d2 = view_dict(b);
    Value temp = dict_copy(vm, view_dict(a));
    Value result = temp ? set_new(vm, &type_set) : VAL_NULL;
    if (!result) goto fail;
    size_t pos = 0;
    Value key, val2;
    intptr_t hash;
    while (dict_next_hash(d2, &pos, &key, &val2, &hash)) {
        incref(key);
        incref(val2);
        Value val1 = get_known_hash_borrowed(vm, as_dict(temp), key, hash);
        int to_delete = 0, err = 0;
        if (val1) {
            incref(val1);
            to_delete = obj_richcompare_bool(vm, val1, val2, CMP_CODE_EQ);
            decref(vm, val1);
            err = to_delete < 0;
        } else {
            err = err_occurred(vm);
        }
        if (!err && to_delete) {
            err = pop_known_hash(vm, as_dict(temp), key, hash, NULL) < 0;
        } else if (!err) {
            Value pair = tuple_pack(vm, 2, key, val2);
            err = !pair || set_add(vm, result, pair) < 0;
            xdecref(vm, pair);
        }
        decref(vm, key);
        decref(vm, val2);
        if (err) goto fail;
    }
    Value remaining = view_new(vm, temp, &type_dict_items);
    if (!remaining || set_update(vm, result, remaining) < 0) {
        xdecref(vm, remaining);
        goto fail;
    }
    decref(vm, remaining);
    decref(vm, temp);
    return result;
fail:
    xdecref(vm, temp);
    xdecref(vm, result);
    return VAL_NULL;
}

static Value view_xor(VM *vm, Value a, Value b)
{
    if (is_type(a, &type_dict_items) && is_type(b, &type_dict_items)) return items_xor(vm, a, b);
    return set_then_call(vm, a, "symmetric_difference_update", b);
}

/* CPython's _PyDictView_Intersect. */
static Value view_and(VM *vm, Value a, Value b)
{
    Value self = a, other = b;
    if (!is_set_like_view(self)) {
        self = b;
        other = a;
    }
    intptr_t len_self = view_len(vm, self);
    if (is_type(other, &type_set)) {
        intptr_t len_other = obj_len(vm, other);
        if (len_other < 0) return VAL_NULL;
        if (len_self <= len_other) return obj_call_method(vm, other, "intersection", &self, 1);
    }
    if (is_set_like_view(other) && view_len(vm, other) > len_self) {
        Value t = other;
        other = self;
        self = t;
    }
    Value result = set_new(vm, &type_set);
    if (!result) return VAL_NULL;
    Value it = obj_iter(vm, other);
    if (!it) {
        decref(vm, result);
        return VAL_NULL;
    }
    bool keys = is_keys_view(self);
    Value x;
    int err = 0;
    while (!err && (x = obj_iternext(vm, it))) {
        int found = keys ? keys_contains(vm, self, x) : items_contains(vm, self, x);
        if (found < 0 || (found > 0 && set_add(vm, result, x) < 0)) err = -1;
        decref(vm, x);
    }
    decref(vm, it);
    if (err || err_occurred(vm)) {
        decref(vm, result);
        return VAL_NULL;
    }
    return result;
}

static Value view_isdisjoint(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    char name[40];
    snprintf(name, sizeof name, "%s.isdisjoint", type_name(type_of(self)));
    if (!args_check(vm, name, nargs, kwnames, 1, 1)) return VAL_NULL;
    Value other = args[0];
    if (self == other) return incref(bool_val(view_len(vm, self) == 0));
    /* Iterate over the shorter one when both have a cheap `in`. */
    if (is_anyset(other) || is_set_like_view(other)) {
        intptr_t len_other = obj_len(vm, other);
        if (len_other < 0) return VAL_NULL;
        if (len_other > view_len(vm, self)) {
            Value t = other;
            other = self;
            self = t;
        }
    }
    Value it = obj_iter(vm, other);
    if (!it) return VAL_NULL;
    int disjoint = 1;
    Value x;
    while ((x = obj_iternext(vm, it))) {
        int found = obj_contains(vm, self, x);
        decref(vm, x);
        if (found != 0) {
            disjoint = found < 0 ? -1 : 0;
            break;
        }
    }
    decref(vm, it);
    if (disjoint > 0 && err_occurred(vm)) disjoint = -1;
    return disjoint < 0 ? VAL_NULL : incref(bool_val(disjoint));
}

static Type *const reverse_iter_of_view[] = {&type_dict_revkeyiter, &type_dict_revvalueiter, &type_dict_revitemiter};

static Value view_reversed(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    char name[40];
    snprintf(name, sizeof name, "%s.__reversed__", type_name(type_of(self)));
    if (!args_check(vm, name, nargs, kwnames, 0, 0)) return VAL_NULL;
    Type *t = type_of(self);
    size_t kind = t == &type_dict_keys ? 0 : t == &type_dict_values ? 1 : 2;
    return dictiter_new(vm, view_dict(self), reverse_iter_of_view[kind]);
}

static const MethodDef setlike_view_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_DEFAULT},
    {"__reversed__", view_reversed, METH_DEFAULT},
    {NULL, NULL, 0},
};

static const MethodDef values_view_methods[] = {
    {"__reversed__", view_reversed, METH_DEFAULT},
    {NULL, NULL, 0},
};

#define VIEW_COMMON                                                                \
    .ob = OBJ_HEAD_INIT(&type_type), .size = sizeof(DictViewObj), .flags = TF_GC,  \
    .base = &type_object, .dealloc = view_dealloc, .traverse = view_traverse,      \
    .repr = view_repr, .len = view_len
#define VIEW_SET_OPS                                                               \
    .richcompare = view_richcompare,                                               \
    .binop = {[NB_SUB] = view_sub, [NB_AND] = view_and, [NB_OR] = view_or, [NB_XOR] = view_xor}

Type type_dict_keys = {
    VIEW_COMMON, .name = "dict_keys", .iter = keys_iter, .contains = keys_contains,
    VIEW_SET_OPS, .methods = setlike_view_methods,
};
Type type_dict_items = {
    VIEW_COMMON, .name = "dict_items", .iter = items_iter, .contains = items_contains,
    VIEW_SET_OPS, .methods = setlike_view_methods,
};
Type type_dict_values = {
    VIEW_COMMON, .name = "dict_values", .iter = values_iter, .methods = values_view_methods,
};

/* ---- dict methods ---------------------------------------------------------- */

/* The positional argument and keywords of dict(...) and dict.update(...). */
static int update_common(VM *vm, Value d, Value *args, size_t nargs, Value kwnames, const char *fname)
{
    if (nargs > 1) {
        err_format(vm, &exc_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
        return -1;
    }
    if (nargs == 1 && dict_update(vm, d, args[0]) < 0) return -1;
    size_t nkw = kwnames ? as_tuple(kwnames)->len : 0;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(vm, d, as_tuple(kwnames)->items[i], args[nargs + i]) < 0) return -1;
    return 0;
}

static Value m_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (update_common(vm, self, args, nargs, kwnames, "dict") < 0) return VAL_NULL;
    return NONE;
}

static Value m_update(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (update_common(vm, self, args, nargs, kwnames, "update") < 0) return VAL_NULL;
    return NONE;
}

static Value m_clear(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "dict.clear", nargs, kwnames, 0, 0)) return VAL_NULL;
    dict_clear(vm, self);
    return NONE;
}

static Value m_copy(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "dict.copy", nargs, kwnames, 0, 0)) return VAL_NULL;
    return dict_copy(vm, self);
}

static Value m_get(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.get", kwnames) || !args_check(vm, "get", nargs, VAL_NULL, 1, 2))
        return VAL_NULL;
    Value v = dict_get_borrowed(vm, self, args[0]);
    if (v) return incref(v);
    if (err_occurred(vm)) return VAL_NULL;
    return nargs > 1 ? incref(args[1]) : NONE;
}

static Value m_setdefault(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.setdefault", kwnames) || !args_check(vm, "setdefault", nargs, VAL_NULL, 1, 2))
        return VAL_NULL;
    Value key = args[0], dflt = nargs > 1 ? args[1] : NONE;
    intptr_t hash;
    if (!hash_key(vm, key, &hash)) return VAL_NULL;
    DictObj *d = as_dict(self);
    intptr_t ix = lookup(vm, d, key, hash, NULL);
    if (ix == IX_ERROR) return VAL_NULL;
    if (ix >= 0) return incref(d->entries[ix].value);
    if (set_known_hash(vm, d, key, hash, dflt) < 0) return VAL_NULL;
    return incref(dflt);
}

static Value m_pop(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.pop", kwnames) || !args_check(vm, "pop", nargs, VAL_NULL, 1, 2))
        return VAL_NULL;
    Value key = args[0];
    Value dflt = nargs > 1 ? args[1] : VAL_NULL;
    DictObj *d = as_dict(self);
    /* CPython answers for an empty dict without hashing the key. */
    if (d->used == 0) return dflt ? incref(dflt) : err_set_value(vm, &exc_KeyError, key);
    intptr_t hash;
    if (!hash_key(vm, key, &hash)) return VAL_NULL;
    Value out;
    int r = pop_known_hash(vm, d, key, hash, &out);
    if (r < 0) return VAL_NULL;
    if (r > 0) return out;
    return dflt ? incref(dflt) : err_set_value(vm, &exc_KeyError, key);
}

static Value m_popitem(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "dict.popitem", nargs, kwnames, 0, 0)) return VAL_NULL;
    DictObj *d = as_dict(self);
    /* Allocate the pair first: the allocation may collect and a finaliser
     * may empty the dict, so the emptiness check comes after. */
    Value pair = tuple_new(vm, 2);
    if (!pair) return VAL_NULL;
    if (d->used == 0) {
        decref(vm, pair);
        return err_set_str(vm, &exc_KeyError, "popitem(): dictionary is empty");
    }
    intptr_t i = (intptr_t)d->nentries - 1;
    while (!d->entries[i].value) i--;
    Value key, value;
    unlink_entry(d, slot_of_entry(d, d->entries[i].hash, i), i, &key, &value);
    d->nentries = (size_t)i;   /* the tail is free again; `usable` stays, dummies remain */
    as_tuple(pair)->items[0] = key;
    as_tuple(pair)->items[1] = value;
    tuple_done(vm, pair);
    return pair;
}

static Value m_keys(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "dict.keys", nargs, kwnames, 0, 0)) return VAL_NULL;
    return view_new(vm, self, &type_dict_keys);
}

static Value m_values(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "dict.values", nargs, kwnames, 0, 0)) return VAL_NULL;
    return view_new(vm, self, &type_dict_values);
}

static Value m_items(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "dict.items", nargs, kwnames, 0, 0)) return VAL_NULL;
    return view_new(vm, self, &type_dict_items);
}

/* dict.fromkeys(iterable, value=None): `self` is the class. */
static Value m_fromkeys(VM *vm, Value cls, Value *args, size_t nargs, Value kwnames)
{
    if (!args_no_kw(vm, "dict.fromkeys", kwnames) || !args_check(vm, "fromkeys", nargs, VAL_NULL, 1, 2))
        return VAL_NULL;
    Value iterable = args[0], value = nargs > 1 ? args[1] : NONE;
    Value d = obj_call0(vm, cls);
    if (!d) return VAL_NULL;
    bool exact = is_type(d, &type_dict);
    int err = 0;
    if (exact && as_dict(d)->used == 0 && (is_type(iterable, &type_dict) || is_type(iterable, &type_set) ||
                                            is_type(iterable, &type_frozenset))) {
        /* Straight over the source's table, with its stored hashes. */
        size_t pos = 0;
        Value key;
        intptr_t hash;
        bool from_dict = is_dict(iterable);
        while (!err && (from_dict ? dict_next_hash(iterable, &pos, &key, NULL, &hash)
                                  : set_next_hash(iterable, &pos, &key, &hash)))
            err = set_known_hash(vm, as_dict(d), key, hash, value);
    } else {
        Value it = obj_iter(vm, iterable);
        if (!it) err = -1;
        Value key;
        while (!err && (key = obj_iternext(vm, it))) {
            err = exact ? dict_set(vm, d, key, value) : obj_setitem(vm, d, key, value);
            decref(vm, key);
        }
        if (it) decref(vm, it);
        if (!err && err_occurred(vm)) err = -1;
    }
    if (err) {
        decref(vm, d);
        return VAL_NULL;
    }
    return d;
}

static Value m_contains(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "dict.__contains__", nargs, kwnames, 1, 1)) return VAL_NULL;
    int r = dict_contains(vm, self, args[0]);
    return r < 0 ? VAL_NULL : incref(bool_val(r));
}

static Value m_getitem(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "dict.__getitem__", nargs, kwnames, 1, 1)) return VAL_NULL;
    return dict_getitem(vm, self, args[0]);
}

static Value m_setitem(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!wrapper_args(vm, "__setitem__", nargs, kwnames, 2)) return VAL_NULL;
    return dict_set(vm, self, args[0], args[1]) < 0 ? VAL_NULL : NONE;
}

static Value m_delitem(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!wrapper_args(vm, "__delitem__", nargs, kwnames, 1)) return VAL_NULL;
    return dict_del(vm, self, args[0]) < 0 ? VAL_NULL : NONE;
}

static Value m_len(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!wrapper_args(vm, "__len__", nargs, kwnames, 0)) return VAL_NULL;
    return small((intptr_t)as_dict(self)->used);
}

static Value m_iter(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!wrapper_args(vm, "__iter__", nargs, kwnames, 0)) return VAL_NULL;
    return dict_iter(vm, self);
}

static Value m_repr(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!wrapper_args(vm, "__repr__", nargs, kwnames, 0)) return VAL_NULL;
    return dict_repr(vm, self);
}

static Value m_reversed(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "dict.__reversed__", nargs, kwnames, 0, 0)) return VAL_NULL;
    return dictiter_new(vm, self, &type_dict_revkeyiter);
}

/* The header plus the two blocks of its table (see table_free). */
static size_t dict_sizeof(Value v)
{
    const DictObj *d = as_dict(v);
    size_t size = as_obj(v)->type->size;
    if (d->capacity)
        size += d->capacity * index_width(d->capacity) + usable_for(d->capacity) * sizeof(DictEntry);
    return size;
}

static Value dict_or(VM *vm, Value a, Value b)
{
    if (!is_dict(a) || !is_dict(b)) return incref(NOTIMPL);
    Value d = dict_copy(vm, a);
    if (d && dict_update(vm, d, b) < 0) {
        decref(vm, d);
        return VAL_NULL;
    }
    return d;
}

static Value dict_ior(VM *vm, Value a, Value b)
{
    if (dict_update(vm, a, b) < 0) return VAL_NULL;
    return incref(a);
}

static Value m_or(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!wrapper_args(vm, "__or__", nargs, kwnames, 1)) return VAL_NULL;
    return dict_or(vm, self, args[0]);
}

static Value m_ror(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!wrapper_args(vm, "__ror__", nargs, kwnames, 1)) return VAL_NULL;
    return dict_or(vm, args[0], self);
}

static Value m_ior(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!wrapper_args(vm, "__ior__", nargs, kwnames, 1)) return VAL_NULL;
    return dict_ior(vm, self, args[0]);
}

static const MethodDef dict_methods[] = {
    {"__init__", m_init, METH_DEFAULT},
    {"__contains__", m_contains, METH_DEFAULT},
    {"__getitem__", m_getitem, METH_DEFAULT},
    {"__setitem__", m_setitem, METH_DEFAULT},
    {"__delitem__", m_delitem, METH_DEFAULT},
    {"__len__", m_len, METH_DEFAULT},
    {"__iter__", m_iter, METH_DEFAULT},
    {"__repr__", m_repr, METH_DEFAULT},
    {"__reversed__", m_reversed, METH_DEFAULT},
    {"__or__", m_or, METH_DEFAULT},
    {"__ror__", m_ror, METH_DEFAULT},
    {"__ior__", m_ior, METH_DEFAULT},
    {"clear", m_clear, METH_DEFAULT},
    {"copy", m_copy, METH_DEFAULT},
    {"fromkeys", m_fromkeys, METH_CLASS},
    {"get", m_get, METH_DEFAULT},
    {"items", m_items, METH_DEFAULT},
    {"keys", m_keys, METH_DEFAULT},
    {"pop", m_pop, METH_DEFAULT},
    {"popitem", m_popitem, METH_DEFAULT},
    {"setdefault", m_setdefault, METH_DEFAULT},
    {"update", m_update, METH_DEFAULT},
    {"values", m_values, METH_DEFAULT},
    {NULL, NULL, 0},
};

/* dict(...) builds the whole dict here, since type_call runs only new_.  A
 * subclass gets an empty (and, as in CPython, tracked) instance; its
 * __init__ -- its own or dict.__init__ -- fills it. */
static Value dict_tp_new(VM *vm, Type *type, Value *args, size_t nargs, Value kwnames)
{
    Value d = dict_alloc(vm, type);
    if (!d) return VAL_NULL;
    if (type != &type_dict) {
        gc_track(vm, as_obj(d));
        return d;
    }
    if (update_common(vm, d, args, nargs, kwnames, "dict") < 0) {
        decref(vm, d);
        return VAL_NULL;
    }
    return d;
}

Type type_dict = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "dict", .size = sizeof(DictObj),
    .flags = TF_GC | TF_BASETYPE | TF_DICT_SUB, .base = &type_object,
    .dealloc = dict_dealloc, .traverse = dict_traverse, .clear = dict_tp_clear, .sizeof_ = dict_sizeof,
    .new_ = dict_tp_new, .repr = dict_repr_slot, .richcompare = dict_richcompare,
    .iter = dict_iter, .len = dict_len, .getitem = dict_getitem, .setitem = dict_setitem,
    .contains = dict_contains_slot,
    .binop = {[NB_OR] = dict_or}, .inplace = {[NB_OR] = dict_ior},
    .methods = dict_methods,
};
