# tracemalloc's figures where pith and CPython agree to the byte: a bytes object
# is one block of its header (33 bytes) plus its data, in both.  pith's tracer
# sees exactly what sys.getsizeof reports for it.
import sys
import tracemalloc

tracemalloc.start()
blob = bytes(5000)
blobs = [bytes(5000) for i in range(1000)]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
by_line = {s.traceback[0].lineno: s for s in snap.statistics('lineno')}
print(by_line[8].size == sys.getsizeof(blob) == 5033, by_line[8].count)
print(str(by_line[8]).split(': ', 1)[1])
print(len([t for t in snap.traces if t.size == 5033 and t.traceback[0].lineno == 9]))
print(by_line[9].size >= 1000 * 5033, by_line[9].count >= 1000)
