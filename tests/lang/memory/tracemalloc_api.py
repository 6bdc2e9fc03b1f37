# tracemalloc's API, differentially: types, errors, growth and ordering, str() shapes.
import os
import tracemalloc


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


def base(name):
    return os.path.basename(name)


print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
show(tracemalloc.take_snapshot)
print(tracemalloc.get_object_traceback([]))
show(lambda: tracemalloc.start(0))
show(lambda: tracemalloc.start(70000))
show(lambda: tracemalloc.start('x'))
show(lambda: tracemalloc.start(1, 2))
print(type(tracemalloc.get_tracemalloc_memory()).__name__)

before_tracing = [1, 2, 3]
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
cur, peak = tracemalloc.get_traced_memory()
print(type(cur).__name__, type(peak).__name__, peak >= cur)
print(tracemalloc.get_object_traceback(before_tracing))
print(tracemalloc.get_object_traceback(5))
print(tracemalloc.get_tracemalloc_memory() > 0)

big = [str(i) * 3 for i in range(20000)]                  # line 35: the dominant site
medium = [bytes(100) for i in range(2000)]                # line 36: the second one
cur2, peak2 = tracemalloc.get_traced_memory()
print('grew:', cur2 - cur > 400000, 'peak >= current:', peak2 >= cur2)
tb = tracemalloc.get_object_traceback(medium[5])
print(type(tb).__name__, len(tb), tb[0].lineno, base(tb[0].filename), str(tb).endswith(":36"))

snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit, len(snap.traces) > 20000)
stats = snap.statistics('lineno')
print([s.traceback[0].lineno for s in stats[:2]])
top = stats[0]
print(type(top).__name__, top.count >= 20000, top.size > 400000, base(top.traceback[0].filename))
text = str(top)
print(text.split(': ', 1)[1].startswith('size='), ' KiB, count=' in text or ' MiB, count=' in text,
      ', average=' in text, text.endswith(' B'))
print(repr(top).startswith('<Statistic traceback=<Traceback (<Frame filename='), 'count=' in repr(top))
by_file = snap.statistics('filename')
print(base(by_file[0].traceback[0].filename), by_file[0].traceback[0].lineno, by_file[0].size >= top.size)
by_tb = snap.statistics('traceback')
print(by_tb[0].traceback[0].lineno, len(by_tb[0].traceback))
cum = snap.statistics('lineno', cumulative=True)
print(cum[0].traceback[0].lineno in (35, 36) or cum[0].traceback[0].lineno)
show(lambda: snap.statistics('foo'))
show(lambda: snap.statistics('traceback', cumulative=True))

trace = snap.traces[0]
print(type(trace).__name__, trace.domain, trace.size > 0, type(trace.traceback).__name__)
print(str(trace).count(': ') >= 1, repr(trace).startswith('<Trace domain=0 size='))
print(repr(snap.traces).startswith('<Traces len='), len(snap.traces[:3]))

only_here = snap.filter_traces([tracemalloc.Filter(True, '*' + base(__file__))])
print(len(only_here.traces) <= len(snap.traces), only_here.statistics('lineno')[0].traceback[0].lineno)
not_35 = snap.filter_traces([tracemalloc.Filter(False, '*' + base(__file__), lineno=35)])
print(not_35.statistics('lineno')[0].traceback[0].lineno)
none_left = snap.filter_traces([tracemalloc.Filter(True, 'no/such/file.py')])
print(len(none_left.traces), none_left.statistics('lineno'))
all_frames = snap.filter_traces([tracemalloc.Filter(True, '*' + base(__file__), all_frames=True)])
print(len(all_frames.traces) == len(only_here.traces))
print(len(snap.filter_traces([]).traces) == len(snap.traces))
show(lambda: snap.filter_traces(5))
f = tracemalloc.Filter(True, 'x.pyc', 3)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(False, 0)
print(d.inclusive, d.domain, len(snap.filter_traces([d]).traces))

del big
cur3, peak3 = tracemalloc.get_traced_memory()
print('released:', cur3 < cur2, 'peak kept:', peak3 >= cur2)
tracemalloc.reset_peak()
cur4, peak4 = tracemalloc.get_traced_memory()
print('peak reset:', peak4 < peak3)

more = [bytearray(300) for i in range(1000)]              # line 88
snap2 = tracemalloc.take_snapshot()
diffs = snap2.compare_to(snap, 'lineno')
first = diffs[0]
print(type(first).__name__, first.traceback[0].lineno, first.size_diff < 0, first.count_diff < 0)
grown = [s for s in diffs if s.traceback[0].lineno == 88][0]
print(grown.size_diff == grown.size, grown.count_diff == grown.count, grown.count >= 1000)
text = str(grown)
print(' (+' in text, text.split(': ', 1)[1].startswith('size='), repr(grown).startswith('<StatisticDiff traceback='))
shrunk = [s for s in diffs if s.traceback[0].lineno == 35][0]
print(shrunk.size, shrunk.count, shrunk.size_diff < 0, str(shrunk).split(': ', 1)[1].startswith('size=0 B (-'))

tracemalloc.clear_traces()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory()[0] < 100000)
print(tracemalloc.get_object_traceback(more))
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print(tracemalloc.get_object_traceback(more))
