# tracemalloc: where pith's memory goes, line by line (CPython 3.11's API).
# The tracing is native (_tracemalloc over gc/trace.c); this module adds the
# snapshot and statistics classes with CPython's behaviour and str() forms.
# Sizes are pith's own: each block gc_mem_alloc hands out, at the line that
# asked for it.  Snapshot.dump/load (pickle) are not provided.
from functools import total_ordering

from _tracemalloc import (is_tracing, start, stop, clear_traces, get_traced_memory, reset_peak,
                          get_tracemalloc_memory, get_traceback_limit, _get_object_traceback,
                          _get_traces)


def _format_size(size, sign):
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            # three digits: xx.x UNIT
            return ("%+.1f %s" if sign else "%.1f %s") % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            # four or five digits: xxxx UNIT
            return ("%+.0f %s" if sign else "%.0f %s") % (size, unit)
        size /= 1024


def _average_text(size, count):
    return ", average=%s" % _format_size(size / count, False) if count else ""


class Statistic:
    """Memory allocated at one place (a Traceback): total size and block count."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.count == other.count)

    def __str__(self):
        return ("%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
                + _average_text(self.size, self.count))

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """The difference of one Statistic between an old and a new snapshot."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.size_diff == other.size_diff and self.count == other.count
                and self.count_diff == other.count_diff)

    def __str__(self):
        return ("%s: size=%s (%s), count=%i (%+i)"
                % (self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
                   self.count, self.count_diff)
                + _average_text(self.size, self.count))

    def __repr__(self):
        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>'
                % (self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


def _compare_grouped_stats(old_group, new_group):
    statistics = []
    for traceback, stat in new_group.items():
        previous = old_group.pop(traceback, None)
        if previous is not None:
            statistics.append(StatisticDiff(traceback, stat.size, stat.size - previous.size,
                                            stat.count, stat.count - previous.count))
        else:
            statistics.append(StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count))
    for traceback, stat in old_group.items():
        statistics.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return statistics


@total_ordering
class Frame:
    """One frame of a traceback: a filename and a line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        # frame is a tuple: (filename: str, lineno: int)
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


_source_lines = {}


def _getline(filename, lineno):
    """linecache.getline: the line's text, or '' if the file can't be read."""
    lines = _source_lines.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeError, ValueError):
            lines = []
        _source_lines[filename] = lines
    return lines[lineno - 1] if 1 <= lineno <= len(lines) else ''


@total_ordering
class Traceback:
    """Frames from the oldest to the most recent (the first frame printed by
    str() is the oldest, as in CPython)."""

    __slots__ = ("_frames", '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc gives frames most recent first; Traceback stores them
        # oldest first.
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(trace) for trace in self._frames[index])
        return Frame(self._frames[index])

    def __iter__(self):
        for frame in self._frames:
            yield Frame(frame)

    def __reversed__(self):
        for frame in reversed(self._frames):
            yield Frame(frame)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, frame):
        return self._frames.index(frame._frame)

    def count(self, frame):
        return self._frames.count(frame._frame)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        s = "<Traceback %s" % (tuple(self),)
        if self._total_nframe is None:
            return s + ">"
        return s + " total_nframe=%s>" % (self.total_nframe,)

    def format(self, limit=None, most_recent_first=False):
        if limit is None:
            frames = list(self)
        elif limit > 0:
            frames = list(self[-limit:])
        else:
            frames = list(self[:limit])
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = _getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


def get_object_traceback(obj):
    """The Traceback where obj was allocated, or None if it was not traced."""
    frames = _get_object_traceback(obj)
    return Traceback(frames) if frames is not None else None


class Trace:
    """Trace of one memory block."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        # trace is a tuple: (domain, size, traceback tuple, total_nframe)
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return ("<Trace domain=%s size=%s, traceback=%r>"
                % (self.domain, _format_size(self.size, False), self.traceback))


class _Traces:
    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(trace) for trace in self._traces[index])
        return Trace(self._traces[index])

    def __iter__(self):
        for trace in self._traces:
            yield Trace(trace)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    __hash__ = None

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _fnmatch(name, pattern):
    """fnmatch.fnmatch on POSIX: *, ? and [seq] / [!seq] wildcards."""
    rest = pattern[1:] if pattern.startswith('*') else pattern
    if not ('*' in rest or '?' in rest or '[' in rest):
        # the usual patterns: a file name, or '*' and a suffix
        return name.endswith(rest) if rest is not pattern else name == pattern
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pattern):
            c = pattern[p]
            if c == '*':
                star_p, star_n = p, n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                matched, end = _match_class(pattern, p, name[n])
                if end >= 0:
                    if matched:
                        n += 1
                        p = end
                        continue
                elif name[n] == '[':
                    n += 1
                    p += 1
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p < 0:
            return False
        star_n += 1
        n = star_n
        p = star_p + 1
    while p < len(pattern) and pattern[p] == '*':
        p += 1
    return p == len(pattern)


def _match_class(pattern, p, ch):
    """Matches ch against the [...] class at pattern[p]: (matched, index after
    it), or (False, -1) when the bracket is not closed (a literal '[')."""
    i = p + 1
    negate = i < len(pattern) and pattern[i] == '!'
    if negate:
        i += 1
    start = i
    matched = False
    while i < len(pattern) and (pattern[i] != ']' or i == start):
        if i + 2 < len(pattern) and pattern[i + 1] == '-' and pattern[i + 2] != ']':
            if pattern[i] <= ch <= pattern[i + 2]:
                matched = True
            i += 3
        else:
            if pattern[i] == ch:
                matched = True
            i += 1
    if i >= len(pattern):
        return False, -1
    return matched != negate, i + 1


def _normalize_filename(filename):
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        if not _fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if self.all_frames:
            if any(self._match_frame_impl(filename, lineno) for filename, lineno in traceback):
                return self.inclusive
            return not self.inclusive
        filename, lineno = traceback[0]
        return self._match_frame(filename, lineno)

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        res = self._match_traceback(traceback)
        if self.domain is not None:
            if self.inclusive:
                return res and domain == self.domain
            return res or domain != self.domain
        return res


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) ^ (not self.inclusive)


class Snapshot:
    """The traces of the memory blocks allocated at one moment."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters and not any(f._match(trace) for f in include_filters):
            return False
        if exclude_filters and any(not f._match(trace) for f in exclude_filters):
            return False
        return True

    def filter_traces(self, filters):
        try:
            filters = list(filters)
        except TypeError:
            raise TypeError("filters must be a list of filters, not %s" % type(filters).__name__) from None
        if filters:
            include_filters = [f for f in filters if f.inclusive]
            exclude_filters = [f for f in filters if not f.inclusive]
            new_traces = [trace for trace in self.traces._traces
                          if self._filter_trace(include_filters, exclude_filters, trace)]
        else:
            new_traces = self.traces._traces.copy()
        return Snapshot(new_traces, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        stats = {}
        tracebacks = {}
        for domain, size, trace_traceback, total_nframe in self.traces._traces:
            keys = trace_traceback if cumulative else (trace_traceback,)
            for key in keys:
                traceback = tracebacks.get(key)
                if traceback is None:
                    if cumulative:
                        frames = (key,) if key_type == 'lineno' else ((key[0], 0),)
                    elif key_type == 'traceback':
                        frames = key
                    elif key_type == 'lineno':
                        frames = key[:1]
                    else:
                        frames = ((key[0][0], 0),)
                    traceback = Traceback(frames)
                    tracebacks[key] = traceback
                stat = stats.get(traceback)
                if stat is None:
                    stats[traceback] = Statistic(traceback, size, 1)
                else:
                    stat.size += size
                    stat.count += 1
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistic objects grouped by key_type, the biggest first."""
        statistics = list(self._group_by(key_type, cumulative).values())
        statistics.sort(reverse=True, key=Statistic._sort_key)
        return statistics

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff objects against old_snapshot, the biggest change first."""
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        statistics = _compare_grouped_stats(old_group, new_group)
        statistics.sort(reverse=True, key=StatisticDiff._sort_key)
        return statistics


def take_snapshot():
    """A Snapshot of the traces of the blocks allocated now."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
