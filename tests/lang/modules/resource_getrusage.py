# resource: getrusage (struct_rusage fields and types), RUSAGE_* constants, getrlimit, getpagesize
import resource
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), resource.struct_rusage is type(r))
fields = ['ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt',
          'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw']
print([type(getattr(r, f)).__name__ for f in fields])
print(all(getattr(r, f) == r[i] for i, f in enumerate(fields)))
print(r.ru_maxrss > 1000, r.ru_utime >= 0, r.ru_minflt > 0)
data = [0] * 10**6
r2 = resource.getrusage(resource.RUSAGE_SELF)
print(r2.ru_maxrss >= r.ru_maxrss)   # a peak: never lower (its growth is shown by tests/pith/rss_drop.py)
del data
c = resource.getrusage(resource.RUSAGE_CHILDREN)
print(type(c).__name__, c.ru_maxrss >= 0)
print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD, resource.RLIM_INFINITY)
print(resource.getpagesize() in (4096, 16384, 65536))
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(isinstance(soft, int), soft <= hard or hard == resource.RLIM_INFINITY)
for bad in (5, 'x'):
    try:
        resource.getrusage(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    resource.getrlimit(99)
except ValueError as e:
    print('ValueError:', e)
print(resource.error is OSError)
