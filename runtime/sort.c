/*
 * list.sort and sorted(): a stable merge sort that compares with `<` only,
 * as CPython's does.  The list is emptied while sorting so that a key or
 * comparison that mutates it is detected ("list modified during sort").
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

typedef struct SortItem { Value key, value; } SortItem;

/* 1 if a < b, 0 if not, -1 on error. */
static int less_than(VM *vm, Value a, Value b)
{
    if (is_small(a) && is_small(b)) return small_val(a) < small_val(b);
    return obj_richcompare_bool(vm, a, b, CMP_CODE_LT);
}

static int merge(VM *vm, SortItem *a, size_t mid, size_t n, SortItem *tmp)
{
    size_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        int lt = less_than(vm, a[j].key, a[i].key);
        if (lt < 0) return -1;
        tmp[k++] = lt ? a[j++] : a[i++];
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof(SortItem));
    return 0;
}

static int merge_sort(VM *vm, SortItem *a, size_t n, SortItem *tmp)
{
    if (n < 2) return 0;
    if (n <= 8) {   /* binary-free insertion sort for short runs */
        for (size_t i = 1; i < n; i++) {
            SortItem x = a[i];
            size_t j = i;
            while (j > 0) {
                int lt = less_than(vm, x.key, a[j - 1].key);
                if (lt < 0) return -1;
                if (!lt) break;
                a[j] = a[j - 1];
                j--;
            }
            a[j] = x;
        }
        return 0;
    }
    size_t mid = n / 2;
    if (merge_sort(vm, a, mid, tmp) < 0 || merge_sort(vm, a + mid, n - mid, tmp) < 0) return -1;
    return merge(vm, a, mid, n, tmp);
}

static void reverse_items(SortItem *a, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        SortItem t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

int list_sort(VM *vm, Value list, Value key, bool reverse)
{
    ListObj *l = as_list(list);
    size_t n = l->len, cap = l->cap;
    Value *items = l->items;
    l->items = NULL;
    l->len = l->cap = 0;

    int result = 0;
    SortItem *arr = n ? gc_mem_alloc(vm, 2 * n * sizeof(SortItem)) : NULL;
    size_t nkeys = 0;
    if (n && !arr) result = -1;
    for (size_t i = 0; result == 0 && i < n; i++) {
        arr[i].value = items[i];
        arr[i].key = key ? obj_call1(vm, key, items[i]) : items[i];
        if (!arr[i].key) result = -1;
        else nkeys++;
    }
    if (result == 0) {
        /* Reversing before and after keeps equal items in their original order. */
        if (reverse) reverse_items(arr, n);
        result = merge_sort(vm, arr, n, arr + n);
        if (reverse) reverse_items(arr, n);
        if (result == 0)
            for (size_t i = 0; i < n; i++) items[i] = arr[i].value;
    }
    if (key)
        for (size_t i = 0; i < nkeys; i++) decref(vm, arr[i].key);
    if (arr) gc_mem_free(vm, arr, 2 * n * sizeof(SortItem));

    bool modified = l->items != NULL || l->len != 0;
    if (modified) {
        Value *extra = l->items;
        size_t extra_len = l->len, extra_cap = l->cap;
        for (size_t i = extra_len; i-- > 0;) decref(vm, extra[i]);
        gc_mem_free(vm, extra, extra_cap * sizeof(Value));
    }
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (modified && result == 0) {
        err_set_str(vm, &exc_ValueError, "list modified during sort");
        return -1;
    }
    return result;
}
