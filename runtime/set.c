/*
 * set and frozenset: CPython 3.11's hash table, reproduced step for step,
 * because the iteration order of a set (what print({5, 3, 100, 64}) shows)
 * is the order of its table and scripts see it.
 *
 * The table is an array of (hash, key) entries, mask+1 of them (a power of 2,
 * at least SET_MINSIZE; small sets use the array inside the object).  An
 * entry is unused (key VAL_NULL, hash 0), a dummy left by a deletion (key
 * DUMMY, hash -1) or live.  A probe looks at LINEAR_PROBES+1 neighbouring
 * entries (when they fit before the end of the table) and then jumps:
 *     perturb >>= 5; i = (i*5 + 1 + perturb) & mask
 * The table grows when fill*5 >= mask*3, to used*4 (used*2 past 50000)
 * rounded up to a power of 2, re-inserting in old table order.
 *
 * __eq__ may mutate the set in the middle of a probe: the set, the key and
 * the entry's key are held across the call, and the probe restarts if the
 * table was replaced (`version`) or the entry changed, as CPython does.
 */
#include <string.h>

#include "runtime/object.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The key of a deleted entry.  Never handed out, never dereferenced. */
static Obj dummy_obj = OBJ_HEAD_INIT(NULL);
#define DUMMY val(&dummy_obj)

static inline SetObj *as_set(Value v) { return (SetObj *)as_obj(v); }
static inline bool is_exact_str(Value v) { return is_type(v, &type_str); }
static inline bool is_live(const SetEntry *e) { return e->key && e->key != DUMMY; }
static bool is_set_instance(Value v) { return !is_small(v) && is_instance_of(v, &type_set); }

static bool hash_key(VM *vm, Value key, intptr_t *hash)
{
    if (is_exact_str(key)) {
        *hash = str_hash(key);
        return true;
    }
    return obj_hash(vm, key, hash);
}

/* ---- probing ---------------------------------------------------------------- */

enum { CMP_ERROR = -1, CMP_DIFFER = 0, CMP_EQUAL = 1 };

/* __eq__ between a stored key and `key`, holding everything it needs.
 * *changed says the table moved under the call. */
static int compare_entry(VM *vm, SetObj *so, SetEntry *entry, Value key, bool *changed)
{
    Value startkey = entry->key;
    uint64_t version = so->version;
    incref(val(so));
    incref(startkey);
    incref(key);
    int cmp = obj_richcompare_bool(vm, startkey, key, CMP_CODE_EQ);
    decref(vm, key);
    if (so->ob.refcnt == 1) {
        /* __eq__ dropped every other reference to the set. */
        decref(vm, startkey);
        decref(vm, val(so));
        if (cmp >= 0) err_set_str(vm, &exc_RuntimeError, "set destroyed during lookup");
        return CMP_ERROR;
    }
    *changed = so->version != version || entry->key != startkey;
    decref(vm, startkey);
    decref(vm, val(so));
    return cmp;
}

/* CPython's set_lookkey: the entry holding key, or the unused entry that
 * ends its probe path; NULL on error. */
static SetEntry *lookkey(VM *vm, SetObj *so, Value key, intptr_t hash)
{
restart:;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == VAL_NULL) return entry;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key) return entry;
                if (is_exact_str(startkey) && is_exact_str(key)) {
                    if (str_eq(startkey, key)) return entry;
                } else {
                    bool changed = false;
                    int cmp = compare_entry(vm, so, entry, key, &changed);
                    if (cmp < 0) return NULL;
                    if (changed) goto restart;
                    if (cmp > 0) return entry;
                    mask = so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int table_resize(VM *vm, SetObj *so, size_t minused);

static int resize_after_growth(VM *vm, SetObj *so)
{
    return table_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* CPython's set_add_entry.  The key is borrowed; the set takes its own
 * reference (taken up front so __eq__ can't free it under us). */
static int add_entry(VM *vm, SetObj *so, Value key, intptr_t hash)
{
    SetEntry *entry, *freeslot;
    size_t mask, i, perturb;
    incref(key);
restart:
    mask = so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == VAL_NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key) goto found_active;
                if (is_exact_str(startkey) && is_exact_str(key)) {
                    if (str_eq(startkey, key)) goto found_active;
                } else {
                    bool changed = false;
                    int cmp = compare_entry(vm, so, entry, key, &changed);
                    if (cmp > 0) goto found_active;
                    if (cmp < 0) goto comparison_error;
                    if (changed) goto restart;
                    mask = so->mask;
                }
            } else if (entry->hash == -1) {
                freeslot = entry;   /* CPython reuses the last dummy on the path */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 < mask * 3) return 0;
    return resize_after_growth(vm, so);

found_active:
    decref(vm, key);
    return 0;

comparison_error:
    decref(vm, key);
    return -1;
}

/* Inserts a key known to be absent into a table without dummies: no
 * comparisons, no counts, no references (the caller does those). */
static void insert_clean(SetEntry *table, size_t mask, Value key, intptr_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == VAL_NULL) goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == VAL_NULL) goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

static size_t table_bytes(size_t mask) { return (mask + 1) * sizeof(SetEntry); }

/* CPython's set_table_resize: a table with more than `minused` slots,
 * refilled in old table order. */
static int table_resize(VM *vm, SetObj *so, size_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        newsize <<= 1;
        if (newsize == 0 || newsize > ((size_t)1 << 58)) {
            err_no_memory(vm);
            return -1;
        }
    }
    SetEntry *oldtable = so->table;
    size_t oldmask = so->mask;
    bool old_on_heap = oldtable != so->small;
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->small;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;   /* no dummies: nothing to do */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = gc_mem_alloc(vm, newsize * sizeof(SetEntry));
        if (!newtable) return -1;
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    so->version++;
    bool has_dummies = so->fill != so->used;
    so->fill = so->used;
    for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (e->key && (!has_dummies || e->key != DUMMY)) insert_clean(newtable, so->mask, e->key, e->hash);
    if (old_on_heap) gc_mem_free(vm, oldtable, table_bytes(oldmask));
    return 0;
}

/* 1 if present, 0 if not, -1 on error. */
static int contains_entry(VM *vm, SetObj *so, Value key, intptr_t hash)
{
    SetEntry *e = lookkey(vm, so, key, hash);
    return e ? e->key != VAL_NULL : -1;
}

enum { DISCARD_NOTFOUND = 0, DISCARD_FOUND = 1 };

static int discard_entry(VM *vm, SetObj *so, Value key, intptr_t hash)
{
    SetEntry *e = lookkey(vm, so, key, hash);
    if (!e) return -1;
    if (!e->key) return DISCARD_NOTFOUND;
    Value old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    decref(vm, old);
    return DISCARD_FOUND;
}

static int add_key(VM *vm, SetObj *so, Value key)
{
    intptr_t hash;
    if (!hash_key(vm, key, &hash)) return -1;
    return add_entry(vm, so, key, hash);
}

static int contains_key(VM *vm, SetObj *so, Value key)
{
    intptr_t hash;
    if (!hash_key(vm, key, &hash)) return -1;
    return contains_entry(vm, so, key, hash);
}

static int discard_key(VM *vm, SetObj *so, Value key)
{
    intptr_t hash;
    if (!hash_key(vm, key, &hash)) return -1;
    return discard_entry(vm, so, key, hash);
}

static void empty_to_minsize(SetObj *so)
{
    memset(so->small, 0, sizeof so->small);
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->small;
    so->hash = -1;
    so->version++;
}

/* Empties the set before releasing anything (finalisers may touch it), then
 * releases the keys in table order. */
static void clear_internal(VM *vm, SetObj *so)
{
    SetEntry *table = so->table;
    size_t used = so->used, mask = so->mask;
    bool on_heap = table != so->small;
    SetEntry small_copy[SET_MINSIZE];
    if (on_heap) {
        empty_to_minsize(so);
    } else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
        empty_to_minsize(so);
    }
    for (SetEntry *e = table; used > 0; e++) {
        if (is_live(e)) {
            used--;
            decref(vm, e->key);
        }
    }
    if (on_heap) gc_mem_free(vm, table, table_bytes(mask));
}

static bool next_entry(SetObj *so, size_t *pos, SetEntry **out)
{
    size_t i = *pos;
    while (i <= so->mask && !is_live(&so->table[i])) i++;
    *pos = i + 1;
    if (i > so->mask) return false;
    *out = &so->table[i];
    return true;
}

/* ---- building ------------------------------------------------------------ */

static Value set_alloc(VM *vm, Type *type)
{
    SetObj *so = (SetObj *)gc_new_object(vm, type, type->size);
    if (!so) return VAL_NULL;
    so->mask = SET_MINSIZE - 1;
    so->table = so->small;
    so->hash = -1;
    if (type->flags & TF_HEAP) incref(val(type));
    gc_track(vm, &so->ob);   /* CPython tracks every set from birth */
    return val(so);
}

/* CPython's set_merge: adding a whole set, which may copy the other table
 * slot for slot when ours is empty and the same size. */
static int merge(VM *vm, SetObj *so, SetObj *other)
{
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (table_resize(vm, so, (so->used + other->used) * 2) < 0) return -1;
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            Value key = other->table[i].key;
            if (key) {
                so->table[i].key = incref(key);
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            SetEntry *e = &other->table[i];
            if (is_live(e)) insert_clean(so->table, so->mask, incref(e->key), e->hash);
        }
        return 0;
    }
    /* Duplicates are possible: normal insertions.  `other` may change under
     * __eq__, so its table is reread at every step. */
    incref(val(other));
    int err = 0;
    for (size_t i = 0; !err && i <= other->mask; i++) {
        SetEntry *e = &other->table[i];
        if (is_live(e)) err = add_entry(vm, so, e->key, e->hash);
    }
    decref(vm, val(other));
    return err;
}

static int update_internal(VM *vm, SetObj *so, Value other)
{
    if (is_anyset(other)) return merge(vm, so, as_set(other));
    if (is_type(other, &type_dict)) {
        DictObj *d = as_dict(other);
        if ((so->fill + d->used) * 5 >= so->mask * 3) {
            if (table_resize(vm, so, (so->used + d->used) * 2) < 0) return -1;
        }
        size_t pos = 0;
        Value key;
        intptr_t hash;
        while (dict_next_hash(other, &pos, &key, NULL, &hash))
            if (add_entry(vm, so, key, hash) < 0) return -1;
        return 0;
    }
    Value it = obj_iter(vm, other);
    if (!it) return -1;
    Value key;
    while ((key = obj_iternext(vm, it))) {
        int r = add_key(vm, so, key);
        decref(vm, key);
        if (r < 0) {
            decref(vm, it);
            return -1;
        }
    }
    decref(vm, it);
    return err_occurred(vm) ? -1 : 0;
}

static Value make_new_set(VM *vm, Type *type, Value iterable)
{
    Value s = set_alloc(vm, type);
    if (s && iterable && update_internal(vm, as_set(s), iterable) < 0) {
        decref(vm, s);
        return VAL_NULL;
    }
    return s;
}

/* Results of set operations are plain sets or frozensets, whatever subclass
 * the operand was. */
static Value make_new_set_basetype(VM *vm, Type *type, Value iterable)
{
    if (type != &type_set && type != &type_frozenset)
        type = type_is_subtype(type, &type_set) ? &type_set : &type_frozenset;
    return make_new_set(vm, type, iterable);
}

/* ---- public API ------------------------------------------------------------ */

Value set_new(VM *vm, Type *type) { return set_alloc(vm, type); }

int set_add(VM *vm, Value s, Value key) { return add_key(vm, as_set(s), key); }
int set_contains(VM *vm, Value s, Value key) { return contains_key(vm, as_set(s), key); }
int set_discard(VM *vm, Value s, Value key) { return discard_key(vm, as_set(s), key); }
void set_clear(VM *vm, Value s) { clear_internal(vm, as_set(s)); }
int set_update(VM *vm, Value s, Value iterable) { return update_internal(vm, as_set(s), iterable); }

bool set_next_hash(Value s, size_t *pos, Value *key, intptr_t *hash)
{
    SetEntry *e;
    if (!next_entry(as_set(s), pos, &e)) return false;
    if (key) *key = e->key;
    if (hash) *hash = e->hash;
    return true;
}

bool set_next(Value s, size_t *pos, Value *key) { return set_next_hash(s, pos, key, NULL); }

/* ---- operations (CPython's, one for one) ---------------------------------- */

static Value set_copy(VM *vm, Value so) { return make_new_set_basetype(vm, type_of(so), so); }

static Value set_intersection(VM *vm, Value sov, Value other)
{
    if (sov == other) return set_copy(vm, sov);
    Value result = make_new_set_basetype(vm, type_of(sov), VAL_NULL);
    if (!result) return VAL_NULL;
    SetObj *so = as_set(sov), *res = as_set(result);
    if (is_anyset(other)) {
        SetObj *small = as_set(other), *big = so;
        if (small->used > big->used) {
            small = so;
            big = as_set(other);
        }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(small, &pos, &e)) {
            Value key = incref(e->key);
            intptr_t hash = e->hash;
            int rv = contains_entry(vm, big, key, hash);
            if (rv > 0) rv = add_entry(vm, res, key, hash);
            decref(vm, key);
            if (rv < 0) {
                decref(vm, result);
                return VAL_NULL;
            }
        }
        return result;
    }
    Value it = obj_iter(vm, other);
    if (!it) {
        decref(vm, result);
        return VAL_NULL;
    }
    Value key;
    while ((key = obj_iternext(vm, it))) {
        intptr_t hash;
        int rv = hash_key(vm, key, &hash) ? contains_entry(vm, so, key, hash) : -1;
        if (rv > 0) {
            rv = add_entry(vm, res, key, hash);
            if (rv == 0 && res->used >= so->used) {
                decref(vm, key);
                break;
            }
        }
        decref(vm, key);
        if (rv < 0) {
            decref(vm, it);
            decref(vm, result);
            return VAL_NULL;
        }
    }
    decref(vm, it);
    if (err_occurred(vm)) {
        decref(vm, result);
        return VAL_NULL;
    }
    return result;
}

/* Exchanges the contents of two sets (CPython's set_swap_bodies), so an
 * in-place operation can build its result aside and then take it. */
static void swap_bodies(SetObj *a, SetObj *b)
{
    size_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SetEntry *ta = a->table == a->small ? NULL : a->table;
    SetEntry *tb = b->table == b->small ? NULL : b->table;
    SetEntry tmp[SET_MINSIZE];
    memcpy(tmp, a->small, sizeof tmp);
    memcpy(a->small, b->small, sizeof tmp);
    memcpy(b->small, tmp, sizeof tmp);
    a->table = tb ? tb : a->small;
    b->table = ta ? ta : b->small;
    a->version++;
    b->version++;
    if (type_is_subtype(a->ob.type, &type_frozenset) && type_is_subtype(b->ob.type, &type_frozenset)) {
        intptr_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
}

static int intersection_update(VM *vm, Value so, Value other)
{
    Value tmp = set_intersection(vm, so, other);
    if (!tmp) return -1;
    swap_bodies(as_set(so), as_set(tmp));
    decref(vm, tmp);
    return 0;
}

static int difference_update_internal(VM *vm, SetObj *so, Value other)
{
    if (val(so) == other) {
        clear_internal(vm, so);
        return 0;
    }
    if (is_anyset(other)) {
        /* When other is much bigger, walk the (smaller) intersection instead. */
        if ((as_set(other)->used >> 3) > so->used) {
            other = set_intersection(vm, val(so), other);
            if (!other) return -1;
        } else {
            incref(other);
        }
        size_t pos = 0;
        SetEntry *e;
        int err = 0;
        while (!err && next_entry(as_set(other), &pos, &e)) {
            Value key = incref(e->key);
            err = discard_entry(vm, so, key, e->hash) < 0;
            decref(vm, key);
        }
        decref(vm, other);
        if (err) return -1;
    } else {
        Value it = obj_iter(vm, other);
        if (!it) return -1;
        Value key;
        while ((key = obj_iternext(vm, it))) {
            int r = discard_key(vm, so, key);
            decref(vm, key);
            if (r < 0) {
                decref(vm, it);
                return -1;
            }
        }
        decref(vm, it);
        if (err_occurred(vm)) return -1;
    }
    /* More than a quarter dummies: rebuild. */
    if (so->fill - so->used <= so->mask / 4) return 0;
    return resize_after_growth(vm, so);
}

static Value copy_and_difference(VM *vm, Value so, Value other)
{
    Value result = set_copy(vm, so);
    if (result && difference_update_internal(vm, as_set(result), other) < 0) {
        decref(vm, result);
        return VAL_NULL;
    }
    return result;
}

static Value set_difference(VM *vm, Value sov, Value other)
{
    SetObj *so = as_set(sov);
    size_t other_size;
    bool other_is_dict = is_type(other, &type_dict);
    if (is_anyset(other)) other_size = as_set(other)->used;
    else if (other_is_dict) other_size = as_dict(other)->used;
    else return copy_and_difference(vm, sov, other);
    /* Much bigger than other: copying and removing is cheaper. */
    if ((so->used >> 2) > other_size) return copy_and_difference(vm, sov, other);
    Value result = make_new_set_basetype(vm, type_of(sov), VAL_NULL);
    if (!result) return VAL_NULL;
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e)) {
        Value key = incref(e->key);
        intptr_t hash = e->hash;
        int rv = other_is_dict ? dict_contains_known_hash(vm, other, key, hash)
                               : contains_entry(vm, as_set(other), key, hash);
        if (rv == 0) rv = add_entry(vm, as_set(result), key, hash);
        decref(vm, key);
        if (rv < 0) {
            decref(vm, result);
            return VAL_NULL;
        }
    }
    return result;
}

static int symmetric_difference_update(VM *vm, SetObj *so, Value other)
{
    if (val(so) == other) {
        clear_internal(vm, so);
        return 0;
    }
    size_t pos = 0;
    Value key;
    intptr_t hash;
    if (is_type(other, &type_dict)) {
        while (dict_next_hash(other, &pos, &key, NULL, &hash)) {
            incref(key);
            int rv = discard_entry(vm, so, key, hash);
            if (rv == DISCARD_NOTFOUND) rv = add_entry(vm, so, key, hash);
            decref(vm, key);
            if (rv < 0) return -1;
        }
        return 0;
    }
    Value otherset = is_anyset(other) ? incref(other) : make_new_set_basetype(vm, type_of(val(so)), other);
    if (!otherset) return -1;
    SetEntry *e;
    int err = 0;
    while (!err && next_entry(as_set(otherset), &pos, &e)) {
        key = incref(e->key);
        hash = e->hash;
        int rv = discard_entry(vm, so, key, hash);
        if (rv == DISCARD_NOTFOUND) rv = add_entry(vm, so, key, hash);
        decref(vm, key);
        err = rv < 0;
    }
    decref(vm, otherset);
    return err ? -1 : 0;
}

static Value set_symmetric_difference(VM *vm, Value so, Value other)
{
    Value otherset = make_new_set_basetype(vm, type_of(so), other);
    if (otherset && symmetric_difference_update(vm, as_set(otherset), so) < 0) {
        decref(vm, otherset);
        return VAL_NULL;
    }
    return otherset;
}

/* 1 subset, 0 not, -1 error. */
static int issubset(VM *vm, Value so, Value other)
{
    if (!is_anyset(other)) {
        Value tmp = make_new_set(vm, &type_set, other);
        if (!tmp) return -1;
        int r = issubset(vm, so, tmp);
        decref(vm, tmp);
        return r;
    }
    if (as_set(so)->used > as_set(other)->used) return 0;
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(as_set(so), &pos, &e)) {
        Value key = incref(e->key);
        int rv = contains_entry(vm, as_set(other), key, e->hash);
        decref(vm, key);
        if (rv <= 0) return rv;
    }
    return 1;
}

static int issuperset(VM *vm, Value so, Value other)
{
    if (!is_anyset(other)) {
        Value tmp = make_new_set(vm, &type_set, other);
        if (!tmp) return -1;
        int r = issuperset(vm, so, tmp);
        decref(vm, tmp);
        return r;
    }
    return issubset(vm, other, so);
}

static int isdisjoint(VM *vm, Value sov, Value other)
{
    if (sov == other) return as_set(sov)->used == 0;
    if (is_type(other, &type_set) || is_type(other, &type_frozenset)) {
        SetObj *small = as_set(other), *big = as_set(sov);
        if (small->used > big->used) {
            small = as_set(sov);
            big = as_set(other);
        }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(small, &pos, &e)) {
            Value key = incref(e->key);
            int rv = contains_entry(vm, big, key, e->hash);
            decref(vm, key);
            if (rv != 0) return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = obj_iter(vm, other);
    if (!it) return -1;
    Value key;
    int r = 1;
    while ((key = obj_iternext(vm, it))) {
        int rv = contains_key(vm, as_set(sov), key);
        decref(vm, key);
        if (rv != 0) {
            r = rv < 0 ? -1 : 0;
            break;
        }
    }
    decref(vm, it);
    if (r > 0 && err_occurred(vm)) r = -1;
    return r;
}

/* `x in s` and friends retry an unhashable set key as a frozenset. */
static bool retry_as_frozenset(VM *vm, Value key, Value *tmp)
{
    if (!is_set_instance(key) || !err_matches(vm, &exc_TypeError)) return false;
    err_clear(vm);
    *tmp = make_new_set(vm, &type_frozenset, key);
    return true;
}

static int contains_or_frozen(VM *vm, Value s, Value key)
{
    int rv = contains_key(vm, as_set(s), key);
    Value tmp;
    if (rv < 0 && retry_as_frozenset(vm, key, &tmp)) {
        if (!tmp) return -1;
        rv = contains_key(vm, as_set(s), tmp);
        decref(vm, tmp);
    }
    return rv;
}

static int discard_or_frozen(VM *vm, Value s, Value key)
{
    int rv = discard_key(vm, as_set(s), key);
    Value tmp;
    if (rv < 0 && retry_as_frozenset(vm, key, &tmp)) {
        if (!tmp) return -1;
        rv = discard_key(vm, as_set(s), tmp);
        decref(vm, tmp);
    }
    return rv;
}

/* ---- number slots ------------------------------------------------------------ */

static Value set_or(VM *vm, Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b)) return incref(NOTIMPL);
    Value result = set_copy(vm, a);
    if (result && a != b && update_internal(vm, as_set(result), b) < 0) {
        decref(vm, result);
        return VAL_NULL;
    }
    return result;
}

static Value set_and(VM *vm, Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b)) return incref(NOTIMPL);
    return set_intersection(vm, a, b);
}

static Value set_sub(VM *vm, Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b)) return incref(NOTIMPL);
    return set_difference(vm, a, b);
}

static Value set_xor(VM *vm, Value a, Value b)
{
    if (!is_anyset(a) || !is_anyset(b)) return incref(NOTIMPL);
    return set_symmetric_difference(vm, a, b);
}

static Value set_ior(VM *vm, Value a, Value b)
{
    if (!is_anyset(b)) return incref(NOTIMPL);
    if (update_internal(vm, as_set(a), b) < 0) return VAL_NULL;
    return incref(a);
}

static Value set_iand(VM *vm, Value a, Value b)
{
    if (!is_anyset(b)) return incref(NOTIMPL);
    if (intersection_update(vm, a, b) < 0) return VAL_NULL;
    return incref(a);
}

static Value set_isub(VM *vm, Value a, Value b)
{
    if (!is_anyset(b)) return incref(NOTIMPL);
    if (difference_update_internal(vm, as_set(a), b) < 0) return VAL_NULL;
    return incref(a);
}

static Value set_ixor(VM *vm, Value a, Value b)
{
    if (!is_anyset(b)) return incref(NOTIMPL);
    if (symmetric_difference_update(vm, as_set(a), b) < 0) return VAL_NULL;
    return incref(a);
}

/* ---- other slots ------------------------------------------------------------ */

static void set_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    clear_internal(vm, (SetObj *)o);
    gc_free_object(vm, o, o->type->size);
}

static int set_traverse(Obj *o, VisitFn visit, void *arg)
{
    SetObj *so = (SetObj *)o;
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e)) {
        int r = visit(e->key, arg);
        if (r) return r;
    }
    return 0;
}

static void set_tp_clear(VM *vm, Obj *o) { clear_internal(vm, (SetObj *)o); }

static Value set_repr(VM *vm, Value s)
{
    const char *name = type_name(type_of(s));
    int entered = repr_enter(vm, s);
    if (entered != 0) return entered > 0 ? str_format(vm, "%s(...)", name) : VAL_NULL;
    if (as_set(s)->used == 0) {
        repr_leave(vm, s);
        return str_format(vm, "%s()", name);
    }
    /* A snapshot first: a key's repr may change the set. */
    Value keys = list_from_iterable(vm, s);
    if (!keys) {
        repr_leave(vm, s);
        return VAL_NULL;
    }
    StrBuf b;
    strbuf_init(&b, vm);
    bool exact = is_type(s, &type_set);
    if (!exact) {
        strbuf_add_cstr(&b, name);
        strbuf_add_char(&b, '(');
    }
    strbuf_add_char(&b, '{');
    bool ok = true;
    for (size_t i = 0; ok && i < as_list(keys)->len; i++) {
        if (i) strbuf_add(&b, ", ", 2);
        ok = strbuf_add_repr(&b, as_list(keys)->items[i]);
    }
    decref(vm, keys);
    repr_leave(vm, s);
    if (!ok) {
        strbuf_discard(&b);
        return VAL_NULL;
    }
    strbuf_add_char(&b, '}');
    if (!exact) strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

static intptr_t set_len(VM *vm, Value s)
{
    (void)vm;
    return (intptr_t)as_set(s)->used;
}

static int set_contains_slot(VM *vm, Value s, Value key) { return contains_or_frozen(vm, s, key); }

static Value set_richcompare(VM *vm, Value v, Value w, CmpCode op)
{
    if (!is_anyset(w)) return incref(NOTIMPL);
    SetObj *a = as_set(v), *b = as_set(w);
    int r;
    switch (op) {
    case CMP_CODE_EQ:
    case CMP_CODE_NE:
        if (a->used != b->used) r = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) r = 0;
        else r = issubset(vm, v, w);
        if (op == CMP_CODE_NE && r >= 0) r = !r;
        break;
    case CMP_CODE_LE: r = issubset(vm, v, w); break;
    case CMP_CODE_GE: r = issuperset(vm, v, w); break;
    case CMP_CODE_LT: r = a->used >= b->used ? 0 : issubset(vm, v, w); break;
    case CMP_CODE_GT: r = a->used <= b->used ? 0 : issuperset(vm, v, w); break;
    default: return incref(NOTIMPL);
    }
    if (r < 0) return VAL_NULL;
    return incref(bool_val(r));
}

/* CPython 3.11's frozenset_hash: xor of shuffled entry hashes, every slot
 * included and the unused/dummy slots' share taken out again. */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static bool frozenset_hash(VM *vm, Value s, intptr_t *out)
{
    (void)vm;
    SetObj *so = as_set(s);
    if (so->hash != -1) {
        *out = so->hash;
        return true;
    }
    uint64_t hash = 0;
    for (size_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    so->hash = (intptr_t)hash;
    *out = so->hash;
    return true;
}

/* ---- iterator --------------------------------------------------------------- */

typedef struct SetIterObj {
    Obj ob;
    Value set;         /* VAL_NULL once exhausted */
    intptr_t used;     /* the set's size at the start; -1 after a change (sticky) */
    size_t pos;
    intptr_t len;
} SetIterObj;

static Value set_iter(VM *vm, Value s)
{
    SetIterObj *it = (SetIterObj *)gc_new_object(vm, &type_set_iter, sizeof(SetIterObj));
    if (!it) return VAL_NULL;
    it->set = incref(s);
    it->used = it->len = (intptr_t)as_set(s)->used;
    gc_track(vm, &it->ob);
    return val(it);
}

static void setiter_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    xdecref(vm, ((SetIterObj *)o)->set);
    gc_free_object(vm, o, sizeof(SetIterObj));
}

static int setiter_traverse(Obj *o, VisitFn visit, void *arg)
{
    SetIterObj *it = (SetIterObj *)o;
    return it->set ? visit(it->set, arg) : 0;
}

static Value setiter_self(VM *vm, Value v)
{
    (void)vm;
    return incref(v);
}

static Value setiter_next(VM *vm, Value v)
{
    SetIterObj *it = (SetIterObj *)as_obj(v);
    if (!it->set) return VAL_NULL;
    SetObj *so = as_set(it->set);
    if (it->used != (intptr_t)so->used) {
        err_set_str(vm, &exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return VAL_NULL;
    }
    SetEntry *e;
    if (!next_entry(so, &it->pos, &e)) {
        clear_slot(vm, &it->set);
        return VAL_NULL;
    }
    it->len--;
    return incref(e->key);
}

static Value setiter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "set_iterator.__length_hint__", nargs, kwnames, 0, 0)) return VAL_NULL;
    SetIterObj *it = (SetIterObj *)as_obj(self);
    intptr_t len = 0;
    if (it->set && it->used == (intptr_t)as_set(it->set)->used) len = it->len;
    return small(len);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type type_set_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "set_iterator", .size = sizeof(SetIterObj),
    .flags = TF_GC, .base = &type_object, .dealloc = setiter_dealloc, .traverse = setiter_traverse,
    .iter = setiter_self, .iternext = setiter_next, .methods = setiter_methods,
};

/* ---- methods ------------------------------------------------------------------ */

/* "set.add" or "frozenset.copy": the owner's name, as CPython's messages
 * use (a subclass of set still says "set"). */
static const char *qualname(Value self, const char *method, char *buf, size_t cap)
{
    snprintf(buf, cap, "%s.%s", is_set_instance(self) ? "set" : "frozenset", method);
    return buf;
}

#define CHECK_ARGS(method, min, max)                                                    \
    char qn_[64];                                                                       \
    if (!args_check(vm, qualname(self, method, qn_, sizeof qn_), nargs, kwnames, min, max)) \
        return VAL_NULL

#define CHECK_NO_KW(method)                                                             \
    char qn_[64];                                                                       \
    if (!args_no_kw(vm, qualname(self, method, qn_, sizeof qn_), kwnames)) return VAL_NULL

static Value none_or_null(int r) { return r < 0 ? VAL_NULL : NONE; }
static Value bool_or_null(int r) { return r < 0 ? VAL_NULL : incref(bool_val(r)); }

static Value m_add(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_ARGS("add", 1, 1);
    return none_or_null(add_key(vm, as_set(self), args[0]));
}

static Value m_clear(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    CHECK_ARGS("clear", 0, 0);
    clear_internal(vm, as_set(self));
    return NONE;
}

static Value m_copy(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    CHECK_ARGS("copy", 0, 0);
    if (is_type(self, &type_frozenset)) return incref(self);
    return set_copy(vm, self);
}

static Value m_discard(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_ARGS("discard", 1, 1);
    return none_or_null(discard_or_frozen(vm, self, args[0]));
}

static Value m_remove(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_ARGS("remove", 1, 1);
    int rv = discard_or_frozen(vm, self, args[0]);
    if (rv < 0) return VAL_NULL;
    if (rv == DISCARD_NOTFOUND) return err_set_value(vm, &exc_KeyError, args[0]);
    return NONE;
}

static Value m_pop(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    CHECK_ARGS("pop", 0, 0);
    SetObj *so = as_set(self);
    if (so->used == 0) return err_set_str(vm, &exc_KeyError, "pop from an empty set");
    /* Resume where the last pop stopped, so repeated pops don't rescan the
     * emptied front of the table. */
    SetEntry *entry = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (!is_live(entry)) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Value key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = (size_t)(entry - so->table) + 1;
    return key;
}

static Value m_contains(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_ARGS("__contains__", 1, 1);
    return bool_or_null(contains_or_frozen(vm, self, args[0]));
}

static Value m_isdisjoint(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_ARGS("isdisjoint", 1, 1);
    return bool_or_null(isdisjoint(vm, self, args[0]));
}

static Value m_issubset(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_ARGS("issubset", 1, 1);
    return bool_or_null(issubset(vm, self, args[0]));
}

static Value m_issuperset(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_ARGS("issuperset", 1, 1);
    return bool_or_null(issuperset(vm, self, args[0]));
}

static Value m_symmetric_difference(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_ARGS("symmetric_difference", 1, 1);
    return set_symmetric_difference(vm, self, args[0]);
}

static Value m_symmetric_difference_update(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_ARGS("symmetric_difference_update", 1, 1);
    return none_or_null(symmetric_difference_update(vm, as_set(self), args[0]));
}

static Value m_union(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_NO_KW("union");
    Value result = set_copy(vm, self);
    for (size_t i = 0; result && i < nargs; i++) {
        if (args[i] == self) continue;
        if (update_internal(vm, as_set(result), args[i]) < 0) {
            decref(vm, result);
            result = VAL_NULL;
        }
    }
    return result;
}

static Value m_update(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_NO_KW("update");
    for (size_t i = 0; i < nargs; i++)
        if (update_internal(vm, as_set(self), args[i]) < 0) return VAL_NULL;
    return NONE;
}

static Value intersection_multi(VM *vm, Value self, Value *args, size_t nargs)
{
    if (nargs == 0) return set_copy(vm, self);
    Value result = incref(self);
    for (size_t i = 0; i < nargs; i++) {
        Value next = set_intersection(vm, result, args[i]);
        decref(vm, result);
        if (!next) return VAL_NULL;
        result = next;
    }
    return result;
}

static Value m_intersection(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_NO_KW("intersection");
    return intersection_multi(vm, self, args, nargs);
}

static Value m_intersection_update(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_NO_KW("intersection_update");
    Value tmp = intersection_multi(vm, self, args, nargs);
    if (!tmp) return VAL_NULL;
    swap_bodies(as_set(self), as_set(tmp));
    decref(vm, tmp);
    return NONE;
}

static Value m_difference(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_NO_KW("difference");
    if (nargs == 0) return set_copy(vm, self);
    Value result = set_difference(vm, self, args[0]);
    for (size_t i = 1; result && i < nargs; i++) {
        if (difference_update_internal(vm, as_set(result), args[i]) < 0) {
            decref(vm, result);
            result = VAL_NULL;
        }
    }
    return result;
}

static Value m_difference_update(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    CHECK_NO_KW("difference_update");
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(vm, as_set(self), args[i]) < 0) return VAL_NULL;
    return NONE;
}

/* Slot wrappers word their errors differently from methods. */
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

static Value m_len(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!wrapper_args(vm, "__len__", nargs, kwnames, 0)) return VAL_NULL;
    return small((intptr_t)as_set(self)->used);
}

static Value m_iter(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!wrapper_args(vm, "__iter__", nargs, kwnames, 0)) return VAL_NULL;
    return set_iter(vm, self);
}

static Value m_repr(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!wrapper_args(vm, "__repr__", nargs, kwnames, 0)) return VAL_NULL;
    return set_repr(vm, self);
}

/* The header (with its small table) plus a table on the heap. */
static size_t set_sizeof(Value v)
{
    SetObj *so = as_set(v);
    return as_obj(v)->type->size + (so->table != so->small ? table_bytes(so->mask) : 0);
}

/* __or__, __ror__, ... as methods, for super() calls in subclasses. */
#define BINARY_WRAPPERS(name, fn)                                                           \
    static Value m_##name(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)    \
    {                                                                                       \
        if (!wrapper_args(vm, "__" #name "__", nargs, kwnames, 1)) return VAL_NULL;         \
        return fn(vm, self, args[0]);                                                       \
    }                                                                                       \
    static Value m_r##name(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)   \
    {                                                                                       \
        if (!wrapper_args(vm, "__r" #name "__", nargs, kwnames, 1)) return VAL_NULL;        \
        return fn(vm, args[0], self);                                                       \
    }
BINARY_WRAPPERS(or, set_or)
BINARY_WRAPPERS(and, set_and)
BINARY_WRAPPERS(sub, set_sub)
BINARY_WRAPPERS(xor, set_xor)

#define INPLACE_WRAPPER(name, fn)                                                           \
    static Value m_i##name(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)   \
    {                                                                                       \
        if (!wrapper_args(vm, "__i" #name "__", nargs, kwnames, 1)) return VAL_NULL;        \
        return fn(vm, self, args[0]);                                                       \
    }
INPLACE_WRAPPER(or, set_ior)
INPLACE_WRAPPER(and, set_iand)
INPLACE_WRAPPER(sub, set_isub)
INPLACE_WRAPPER(xor, set_ixor)

/* set.__init__(iterable=()): refills the set from scratch. */
static Value m_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_no_kw(vm, "set", kwnames)) return VAL_NULL;
    if (nargs > 1)
        return err_format(vm, &exc_TypeError, "%s expected at most 1 argument, got %zu",
                          type_name(type_of(self)), nargs);
    SetObj *so = as_set(self);
    if (so->fill) clear_internal(vm, so);
    so->hash = -1;
    if (nargs == 0) return NONE;
    return none_or_null(update_internal(vm, so, args[0]));
}

#define COMMON_METHODS                                                          \
    {"__contains__", m_contains, METH_DEFAULT},                                 \
    {"__len__", m_len, METH_DEFAULT},                                           \
    {"__iter__", m_iter, METH_DEFAULT},                                         \
    {"__repr__", m_repr, METH_DEFAULT},                                         \
    {"__or__", m_or, METH_DEFAULT}, {"__ror__", m_ror, METH_DEFAULT},           \
    {"__and__", m_and, METH_DEFAULT}, {"__rand__", m_rand, METH_DEFAULT},       \
    {"__sub__", m_sub, METH_DEFAULT}, {"__rsub__", m_rsub, METH_DEFAULT},       \
    {"__xor__", m_xor, METH_DEFAULT}, {"__rxor__", m_rxor, METH_DEFAULT},       \
    {"copy", m_copy, METH_DEFAULT},                                             \
    {"difference", m_difference, METH_DEFAULT},                                 \
    {"intersection", m_intersection, METH_DEFAULT},                             \
    {"isdisjoint", m_isdisjoint, METH_DEFAULT},                                 \
    {"issubset", m_issubset, METH_DEFAULT},                                     \
    {"issuperset", m_issuperset, METH_DEFAULT},                                 \
    {"symmetric_difference", m_symmetric_difference, METH_DEFAULT},             \
    {"union", m_union, METH_DEFAULT}

static const MethodDef set_methods[] = {
    COMMON_METHODS,
    {"__init__", m_init, METH_DEFAULT},
    {"__ior__", m_ior, METH_DEFAULT},
    {"__iand__", m_iand, METH_DEFAULT},
    {"__isub__", m_isub, METH_DEFAULT},
    {"__ixor__", m_ixor, METH_DEFAULT},
    {"add", m_add, METH_DEFAULT},
    {"clear", m_clear, METH_DEFAULT},
    {"difference_update", m_difference_update, METH_DEFAULT},
    {"discard", m_discard, METH_DEFAULT},
    {"intersection_update", m_intersection_update, METH_DEFAULT},
    {"pop", m_pop, METH_DEFAULT},
    {"remove", m_remove, METH_DEFAULT},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_DEFAULT},
    {"update", m_update, METH_DEFAULT},
    {NULL, NULL, 0},
};

static const MethodDef frozenset_methods[] = {
    COMMON_METHODS,
    {NULL, NULL, 0},
};

/* ---- constructors ------------------------------------------------------------ */

/* set(...) does all its work here, as CPython's vectorcall does, since
 * type_call runs only new_.  A subclass gets an empty set and its __init__
 * (its own or set.__init__) fills it, as CPython's set_new/set_init split. */
static Value set_tp_new(VM *vm, Type *type, Value *args, size_t nargs, Value kwnames)
{
    if (type != &type_set) return set_alloc(vm, type);
    if (!args_no_kw(vm, "set", kwnames)) return VAL_NULL;
    if (nargs > 1) return err_format(vm, &exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
    return make_new_set(vm, type, nargs ? args[0] : VAL_NULL);
}

static Value frozenset_tp_new(VM *vm, Type *type, Value *args, size_t nargs, Value kwnames)
{
    if (type == &type_frozenset && !args_no_kw(vm, "frozenset", kwnames)) return VAL_NULL;
    if (nargs > 1)
        return err_format(vm, &exc_TypeError, "%s expected at most 1 argument, got %zu", type_name(type), nargs);
    Value iterable = nargs ? args[0] : VAL_NULL;
    /* frozenset(f) is f itself when nothing can tell them apart. */
    if (type == &type_frozenset && iterable && is_type(iterable, &type_frozenset)) return incref(iterable);
    return make_new_set(vm, type, iterable);
}

#define SET_TYPE_COMMON                                                                 \
    .ob = OBJ_HEAD_INIT(&type_type), .size = sizeof(SetObj),                            \
    .flags = TF_GC | TF_BASETYPE, .base = &type_object,                                 \
    .dealloc = set_dealloc, .traverse = set_traverse, .clear = set_tp_clear,            \
    .sizeof_ = set_sizeof,                                                              \
    .repr = set_repr, .richcompare = set_richcompare, .iter = set_iter,                 \
    .len = set_len, .contains = set_contains_slot,                                      \
    .binop = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor}

Type type_set = {
    SET_TYPE_COMMON, .name = "set", .new_ = set_tp_new, .methods = set_methods,
    .inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUB] = set_isub, [NB_XOR] = set_ixor},
};

Type type_frozenset = {
    SET_TYPE_COMMON, .name = "frozenset", .new_ = frozenset_tp_new, .hash = frozenset_hash,
    .methods = frozenset_methods,
};
