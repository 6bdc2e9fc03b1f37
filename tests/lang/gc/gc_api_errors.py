# Argument errors of the gc module beyond scenario s30.
import gc
def t(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
t('collect(True)', lambda: gc.collect(True))
t('collect(generation=0)', lambda: gc.collect(generation=0))
t('collect(gen=0)', lambda: gc.collect(gen=0))
t('get_objects(1<<70)', lambda: gc.get_objects(1 << 70))
t('get_objects(generation=1) type', lambda: type(gc.get_objects(generation=1)).__name__)
t('get_objects(1, 2)', lambda: gc.get_objects(1, 2))
t('set_threshold(2**31)', lambda: gc.set_threshold(2 ** 31))
t('set_threshold(-2**31-1)', lambda: gc.set_threshold(-2 ** 31 - 1))
t('set_threshold(1 << 70)', lambda: gc.set_threshold(1 << 70))
t('set_threshold(1, "a")', lambda: gc.set_threshold(1, 'a'))
t('threshold after', gc.get_threshold)
gc.set_threshold(700, 10, 10)
t('set_threshold(-1, -2)', lambda: (gc.set_threshold(-1, -2), gc.get_threshold()))
gc.set_threshold(700, 10, 10)
t('set_debug(1<<40)', lambda: gc.set_debug(1 << 40))
t('set_debug(1.0)', lambda: gc.set_debug(1.0))
t('get_debug()', gc.get_debug)
t('is_tracked(1, 2)', lambda: gc.is_tracked(1, 2))
t('get_stats(1)', lambda: gc.get_stats(1))
t('freeze(1)', lambda: gc.freeze(1))
t('get_freeze_count()', gc.get_freeze_count)
t('isenabled()', gc.isenabled)
t('disable/enable', lambda: (gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled()))
t('get_referents(x=1)', lambda: gc.get_referents(x=1))
t('garbage/callbacks', lambda: (gc.garbage, gc.callbacks))
names = ('DEBUG_COLLECTABLE DEBUG_LEAK DEBUG_SAVEALL DEBUG_STATS DEBUG_UNCOLLECTABLE callbacks collect '
         'disable enable freeze garbage get_count get_debug get_freeze_count get_objects get_referents '
         'get_referrers get_stats get_threshold is_finalized is_tracked isenabled set_debug set_threshold unfreeze')
t('missing names', lambda: [n for n in names.split() if not hasattr(gc, n)])
