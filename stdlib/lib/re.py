# re: regular expressions with Python's syntax and API over PCRE2 (the native _re).
#
# A Python pattern is translated into PCRE2's syntax here (_Translator): the
# two differ in places (\Z, \v, {,n}, octal and group escapes, flags, POSIX
# classes, which escapes are errors).  Groups are always numbered for PCRE2;
# group names stay on this side, so any identifier may name a group.  Match
# spans come back from _re as code point indices (byte indices for bytes).
import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I',
           'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

_MAXSIZE = 9223372036854775807
_INFINITE = 1 << 62
_MAXGROUPS = 2147483647


# ---- flags ------------------------------------------------------------------

# (name, value) in RegexFlag's definition order, which its repr follows.
_FLAG_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
               ('DEBUG', 128))


def _flag_names(value, order):
    names = []
    for name, bit in order:
        if value & bit:
            names.append('re.' + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return names


class RegexFlag(int):
    def __repr__(self):
        if self == 0:
            return 're.NOFLAG'
        return '|'.join(_flag_names(int(self), _FLAG_ORDER))

    __str__ = __repr__

    @property
    def name(self):
        for name, bit in _FLAG_ORDER:
            if bit == self:
                return name
        return None if self else 'NOFLAG'

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_INLINE_FLAGS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 'u': 32}
# The order of Pattern's repr (CPython's pattern_repr).
_REPR_ORDER = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
               ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256))


# ---- errors -----------------------------------------------------------------

class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error


# ---- translation from Python's syntax to PCRE2's ----------------------------

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
# Escapes that stand for one character, in and out of classes.
_CHAR_ESCAPES = {'a': 7, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
_CLASS_ESCAPES = 'dDsSwW'          # the same in PCRE2
# Python's \B never matches in an empty string; PCRE2's does.
_AT_ESCAPES = {'A': '\\A', 'Z': '\\z', 'b': '\\b', 'B': '(?!\\A\\z)\\B'}


def _hexchar(cp):
    return '\\x{%x}' % cp


class _Translator:
    """One pass over a Python pattern, writing the PCRE2 pattern."""

    def __init__(self, pattern, flags, is_bytes):
        self.src = pattern                # the pattern as str (bytes decoded as latin-1)
        self.orig = pattern
        self.flags = flags
        self.is_bytes = is_bytes
        self.out = []
        self.ngroups = 0
        self.names = {}                   # name -> group number
        self.parents = [0]                # group number -> enclosing group (0: none)
        self.open_groups = []             # numbers of groups not yet closed
        self.verbose = [bool(flags & 64)]
        # Widths (min, max) for Python's fixed-width rule on look-behinds: per
        # open group [branch min, branch max, group min, group max].
        self.widths = [[0, 0, None, None]]
        self.group_widths = {}
        self.item_width = (1, 1)
        self.last_width = (0, 0)

    def add_width(self, w):
        top = self.widths[-1]
        top[0] += w[0]
        top[1] = min(top[1] + w[1], _INFINITE)
        self.last_width = w

    def end_branch(self):
        top = self.widths[-1]
        top[2] = top[0] if top[2] is None else min(top[2], top[0])
        top[3] = top[1] if top[3] is None else max(top[3], top[1])
        top[0] = top[1] = 0

    def error(self, msg, pos):
        return error(msg, self.orig, pos)

    def run(self):
        src = self.src
        n = len(src)
        i = 0
        stack = []                        # (kind, group number, position of '(')
        last = None                       # None, 'item', 'repeat' or 'at': what a quantifier follows
        while i < n:
            c = src[i]
            self.item_width = (1, 1)
            if self.verbose[-1] and c in _WHITESPACE:
                i += 1
                continue
            if self.verbose[-1] and c == '#':
                while i < n and src[i] != '\n':
                    i += 1
                continue
            if c == '\\':
                i, text, kind = self.escape(i)
                self.out.append(text)
                last = kind
                self.add_width((0, 0) if kind == 'at' else self.item_width)
            elif c == '[':
                i = self.char_class(i)
                last = 'item'
                self.add_width((1, 1))
            elif c == '(':
                i, kind = self.open_paren(i, stack)
                if kind != 'skip':
                    last = kind
                if kind == 'item':
                    self.add_width(self.item_width)
                elif kind is None:
                    self.widths.append([0, 0, None, None])
            elif c == ')':
                if not stack:
                    raise self.error('unbalanced parenthesis', i)
                kind, number, _ = stack.pop()
                if number:
                    self.open_groups.remove(number)
                if kind == 'verbose':
                    self.verbose.pop()
                self.end_branch()
                width = tuple(self.widths.pop()[2:])
                if kind == 'lookbehind' and width[0] != width[1]:
                    raise error('look-behind requires fixed-width pattern')
                if number:
                    self.group_widths[number] = width
                self.add_width((0, 0) if kind in ('lookbehind', 'lookahead') else width)
                self.out.append(')')
                i += 1
                last = 'item'
            elif c in '*+?' or (c == '{' and self.is_repeat(i)):
                i = self.quantifier(i, last)
                last = 'repeat'
            elif c == '|':
                self.out.append('|')
                self.end_branch()
                i += 1
                last = None
            elif c in '^$':
                self.out.append(c)
                i += 1
                last = 'at'
            elif c == '.':
                self.out.append('.')
                i += 1
                last = 'item'
                self.add_width((1, 1))
            else:
                self.out.append(self.literal(ord(c)))
                i += 1
                last = 'item'
                self.add_width((1, 1))
        if stack:
            raise self.error('missing ), unterminated subpattern', stack[-1][2])
        return ''.join(self.out)

    def ascii_caseless(self):
        """re.ASCII with re.IGNORECASE on a str pattern: only ASCII letters
        ignore case, while PCRE2 in UTF mode folds every letter."""
        return not self.is_bytes and self.flags & 258 == 258

    def literal(self, cp):
        c = chr(cp)
        if c in '\\^$.|?*+()[]{}#' or c in _WHITESPACE or cp < 32 or cp == 127:
            return _hexchar(cp)
        if cp > 127 and self.ascii_caseless():
            return '(?-i:%s)' % c
        return c

    def ascii_case_ranges(self, lo, hi):
        """The other case of the ASCII letters in lo-hi, as class text."""
        extra = ''
        for first, last, shift in ((97, 122, -32), (65, 90, 32)):
            a, b = max(lo, first), min(hi, last)
            if a <= b:
                extra += _hexchar(a + shift) + '-' + _hexchar(b + shift)
        return extra

    # -- escapes

    def escape(self, i):
        """The escape at src[i] outside classes: (next index, PCRE2 text, kind)."""
        src = self.src
        if i + 1 >= len(src):
            raise error('bad escape (end of pattern)', self.orig, len(src) - 1)
        c = src[i + 1]
        if c in _AT_ESCAPES:
            return i + 2, _AT_ESCAPES[c], 'at'
        if c in 'sS' and not self.is_bytes and not self.flags & 256:
            # Python's Unicode whitespace includes \x1c-\x1f, PCRE2's does not
            return i + 2, '[%s\\s\\x1c-\\x1f]' % ('^' if c == 'S' else ''), 'item'
        if c in _CLASS_ESCAPES:
            return i + 2, '\\' + c, 'item'
        if c in _DIGITS:
            return self.digit_escape(i)
        j, cp = self.char_escape(i)
        return j, self.literal(cp), 'item'

    def char_escape(self, i):
        """A one-character escape at src[i]: (next index, code point)."""
        src = self.src
        c = src[i + 1]
        if c in _CHAR_ESCAPES:
            return i + 2, _CHAR_ESCAPES[c]
        if c == 'x' or (c in 'uU' and not self.is_bytes):
            size = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = ''
            j = i + 2
            while len(digits) < size and j < len(src) and src[j] in _HEXDIGITS:
                digits += src[j]
                j += 1
            if len(digits) < size:
                raise self.error('incomplete escape %s' % src[i:j], i)
            cp = int(digits, 16)
            if cp > 0x10FFFF:
                raise self.error('bad escape %s' % src[i:j], i)
            return j, cp
        if c == 'N' and not self.is_bytes:
            # \N{name}: pith has no table of character names
            if i + 2 >= len(src) or src[i + 2] != '{':
                raise self.error('missing {', i + 2)
            name, j = self.group_name(i + 3, '}')
            raise self.error('undefined character name %r' % name, i)
        if c in _ASCIILETTERS:
            raise self.error('bad escape %s' % src[i:i + 2], i)
        return i + 2, ord(c)

    def octal(self, i, j):
        """An octal escape src[i:j]: its code point."""
        text = self.src[i:j]
        cp = int(text[1:], 8)
        if cp > 0o377:
            raise self.error('octal escape value %s outside of range 0-0o377' % text, i)
        return cp

    def digit_escape(self, i):
        src = self.src
        n = len(src)
        if src[i + 1] == '0':
            j = i + 2
            while j < n and j < i + 4 and src[j] in _OCTDIGITS:
                j += 1
            return j, self.literal(self.octal(i, j)), 'item'
        j = i + 2
        if j < n and src[j] in _DIGITS:
            if src[i + 1] in _OCTDIGITS and src[j] in _OCTDIGITS and j + 1 < n and src[j + 1] in _OCTDIGITS:
                return j + 2, self.literal(self.octal(i, j + 2)), 'item'
            j += 1
        group = int(src[i + 1:j])
        if group > self.ngroups:
            raise self.error('invalid group reference %d' % group, i + 1)
        if group in self.open_groups:
            raise self.error('cannot refer to an open group', i)
        self.item_width = self.group_widths.get(group, (0, _INFINITE))
        return j, '(?:\\g{%d})' % group, 'item'

    # -- character classes

    def class_item(self, i):
        """One item of a class at src[i]: (next index, code point or None, PCRE2 text)."""
        src = self.src
        c = src[i]
        if c != '\\':
            return i + 1, ord(c), None
        if i + 1 >= len(src):
            raise error('bad escape (end of pattern)', self.orig, len(src) - 1)
        e = src[i + 1]
        if e == 's' and not self.is_bytes and not self.flags & 256:
            return i + 2, None, '\\s\\x1c-\\x1f'
        if e in _CLASS_ESCAPES:
            return i + 2, None, '\\' + e
        if e == 'b':
            return i + 2, 8, None
        if e in _DIGITS:
            j = i + 1
            while j < len(src) and j < i + 4 and src[j] in _OCTDIGITS:
                j += 1
            if j == i + 1:
                raise self.error('bad escape %s' % src[i:i + 2], i)
            return j, self.octal(i, j), None
        j, cp = self.char_escape(i)
        return j, cp, None

    def char_class(self, start):
        src = self.src
        n = len(src)
        i = start + 1
        out = ['[']
        if i < n and src[i] == '^':
            out.append('^')
            i += 1
        first = True
        extra = []
        non_ascii = False
        while True:
            if i >= n:
                raise self.error('unterminated character set', start)
            if src[i] == ']' and not first:
                i += 1
                break
            first = False
            item_start = i
            i, lo, text = self.class_item(i)
            if i + 1 < n and src[i] == '-' and src[i + 1] != ']':
                j, hi, text2 = self.class_item(i + 1)
                if text is not None or text2 is not None:
                    raise self.error('bad character range %s' % src[item_start:j], item_start)
                if hi < lo:
                    raise self.error('bad character range %s' % src[item_start:j], item_start)
                out.append(_hexchar(lo) + '-' + _hexchar(hi))
                extra.append(self.ascii_case_ranges(lo, hi))
                non_ascii = non_ascii or hi > 127
                i = j
            else:
                out.append(text if text is not None else _hexchar(lo))
                if text is None:
                    extra.append(self.ascii_case_ranges(lo, lo))
                    non_ascii = non_ascii or lo > 127
        out.append(']')
        if non_ascii and self.ascii_caseless():
            # match case-sensitively, with the ASCII letters' other case added
            out.insert(-1, ''.join(extra))
            self.out.append('(?-i:%s)' % ''.join(out))
        else:
            self.out.append(''.join(out))
        return i

    # -- repeats

    def is_repeat(self, i):
        """Whether the '{' at src[i] starts {m}, {m,}, {,n} or {m,n} (else it is literal)."""
        src = self.src
        j = i + 1
        while j < len(src) and src[j] in _DIGITS:
            j += 1
        if j < len(src) and src[j] == ',':
            j += 1
            while j < len(src) and src[j] in _DIGITS:
                j += 1
        return j < len(src) and src[j] == '}' and j > i + 1

    def quantifier(self, i, last):
        src = self.src
        if last is None or last == 'at':
            raise self.error('nothing to repeat', i)
        if last == 'repeat':
            raise self.error('multiple repeat', i)
        if src[i] == '{':
            close = src.index('}', i)
            body = src[i + 1:close]
            if ',' in body:
                lo, hi = body.split(',')
            else:
                lo = hi = body
            if lo and hi and int(hi) < int(lo):
                raise self.error('min repeat greater than max repeat', i + 1)
            if lo and int(lo) > 65535 or hi and int(hi) > 65535:
                raise self.error('the repetition number is too large', i + 1)
            self.out.append('{%s,%s}' % (lo or '0', hi))
            i = close + 1
            times = (int(lo or '0'), int(hi) if hi else _INFINITE)
        else:
            self.out.append(src[i])
            times = {'*': (0, _INFINITE), '+': (1, _INFINITE), '?': (0, 1)}[src[i]]
            i += 1
        w = self.last_width
        self.add_width((-w[0], -w[1]))
        self.add_width((w[0] * times[0], min(w[1] * times[1], _INFINITE)))
        if i < len(src) and src[i] in '?+':
            self.out.append(src[i])
            i += 1
        return i

    # -- groups

    def group_name(self, i, end_char):
        """The group name at src[i] up to end_char: (name, index after end_char)."""
        src = self.src
        j = src.find(end_char, i)
        if j < 0:
            if i >= len(src):
                raise self.error('missing group name', i)
            raise self.error('missing %s, unterminated name' % end_char, i)
        name = src[i:j]
        if not name:
            raise self.error('missing group name', i)
        return name, j + 1

    def group_ref(self, name, pos):
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, pos)
        if name not in self.names:
            raise self.error('unknown group name %r' % name, pos)
        number = self.names[name]
        if number in self.open_groups:
            raise self.error('cannot refer to an open group', pos)
        return number

    def open_capture(self, stack, start, name):
        self.ngroups += 1
        number = self.ngroups
        if name is not None:
            if name in self.names:
                raise self.error('redefinition of group name %r as group %d; was group %d'
                                 % (name, number, self.names[name]), start + 4)
            self.names[name] = number
        self.parents.append(self.open_groups[-1] if self.open_groups else 0)
        self.open_groups.append(number)
        stack.append(('group', number, start))
        self.out.append('(')

    def open_paren(self, start, stack):
        """The group opened at src[start]: (next index, kind for quantifiers)."""
        src = self.src
        n = len(src)
        i = start + 1
        if i >= n or src[i] != '?':
            self.open_capture(stack, start, None)
            return i, None
        i += 1
        if i >= n:
            raise self.error('unexpected end of pattern', i)
        c = src[i]
        if c == 'P':
            if i + 1 < n and src[i + 1] == '<':
                name, j = self.group_name(i + 2, '>')
                if not name.isidentifier():
                    raise self.error('bad character in group name %r' % name, i + 2)
                self.open_capture(stack, start, name)
                return j, None
            if i + 1 < n and src[i + 1] == '=':
                name, j = self.group_name(i + 2, ')')
                number = self.group_ref(name, i + 2)
                self.item_width = self.group_widths.get(number, (0, _INFINITE))
                self.out.append('(?:\\g{%d})' % number)
                return j, 'item'
            if i + 1 >= n:
                raise self.error('unexpected end of pattern', i + 1)
            raise self.error('unknown extension ?P' + src[i + 1], i - 1)
        if c == ':' or c == '>':
            stack.append(('plain', 0, start))
            self.out.append('(?' + c)
            return i + 1, None
        if c in '=!':
            stack.append(('lookahead', 0, start))
            self.out.append('(?' + c)
            return i + 1, None
        if c == '<':
            if i + 1 < n and src[i + 1] in '=!':
                stack.append(('lookbehind', 0, start))
                self.out.append('(?<' + src[i + 1])
                return i + 2, None
            if i + 1 >= n:
                raise self.error('unexpected end of pattern', i + 1)
            raise self.error('unknown extension ?<' + src[i + 1], i - 1)
        if c == '#':
            j = src.find(')', i)
            if j < 0:
                raise self.error('missing ), unterminated comment', start)
            return j + 1, 'skip'
        if c == '(':
            name, j = self.group_name(i + 1, ')')
            if name.isdecimal():
                number = int(name)
                if number == 0:
                    raise self.error('bad group number', i + 1)
                if number > self.ngroups:
                    raise self.error('invalid group reference %d' % number, i + 1)
            else:
                number = self.group_ref(name, i + 1)
            stack.append(('plain', 0, start))
            self.out.append('(?(%d)' % number)
            return j, None
        if c in _INLINE_FLAGS or c == '-':
            return self.inline_flags(start, i, stack)
        raise self.error('unknown extension ?' + c, i - 1)

    def inline_flags(self, start, i, stack):
        src = self.src
        n = len(src)
        on = ''
        while i < n and src[i] in _INLINE_FLAGS:
            on += src[i]
            i += 1
        off = ''
        if i < n and src[i] == '-':
            i += 1
            while i < n and src[i] in _INLINE_FLAGS:
                off += src[i]
                i += 1
            if not off:
                raise self.error('missing flag', i)
        if i >= n:
            raise self.error('missing -, : or )', i)
        if 'L' in on and not self.is_bytes:
            raise self.error("bad inline flags: cannot use 'L' flag with a str pattern", i)
        if 'u' in on and self.is_bytes:
            raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern", i)
        for f in off:
            if f in on:
                raise self.error('bad inline flags: flag turned on and off', i)
        if src[i] == ')' and not off:
            if start != 0 and ''.join(self.out):
                raise self.error('global flags not at the start of the expression', start)
            for f in on:
                self.flags |= _INLINE_FLAGS[f]
            if 'x' in on and not self.verbose[0]:
                raise _Restart(self.flags)
            return i + 1, 'skip'
        if src[i] != ':':
            if src[i] in _ASCIILETTERS:
                raise self.error('unknown flag', i)
            raise self.error('missing -, : or )', i)
        pcre_on = ''.join(f for f in on if f in 'ims')
        pcre_off = ''.join(f for f in off if f in 'ims')
        self.out.append('(?' + pcre_on + ('-' + pcre_off if pcre_off else '') + ':')
        if 'x' in on or 'x' in off:
            self.verbose.append('x' in on)
            stack.append(('verbose', 0, start))
        else:
            stack.append(('plain', 0, start))
        return i + 1, None


class _Restart(Exception):
    """A global (?x) at the start: translate again in verbose mode."""
    def __init__(self, flags):
        self.flags = flags


def _translate(pattern, flags, is_bytes):
    while True:
        t = _Translator(pattern, flags, is_bytes)
        try:
            return t, t.run()
        except _Restart as r:
            flags = r.flags


# ---- Pattern ----------------------------------------------------------------

def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & 256:
            flags |= 32
        elif flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 4 and flags & 256:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


# PCRE2's words for errors the translator leaves to it, where CPython's differ.
_PCRE2_MESSAGES = {
    'lookbehind assertion is not fixed length': 'look-behind requires fixed-width pattern',
}


def _compile_new(pattern, flags):
    is_bytes = not isinstance(pattern, str)
    if is_bytes and not isinstance(pattern, (bytes, bytearray)):
        raise TypeError('first argument must be string or compiled pattern')
    text = pattern.decode('latin-1') if is_bytes else pattern
    t, translated = _translate(text, int(flags), is_bytes)
    flags = _check_flags(pattern, t.flags)
    code = _re.compile(translated, flags, is_bytes)
    if isinstance(code, tuple):
        raise error(_PCRE2_MESSAGES.get(code[0], code[0]), pattern)
    return Pattern(pattern, flags, code, t.names, t.parents)


class Pattern:
    def __init__(self, pattern, flags, code, names, parents):
        self.pattern = pattern
        self.flags = flags
        self._code = code
        self.groups = code.groups
        self._names = names
        self._parents = parents
        self._templates = {}

    @property
    def groupindex(self):
        return dict(self._names)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if flags:
            return 're.compile(%s, %s)' % (text, '|'.join(_flag_names(flags, _REPR_ORDER)))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _match(self, string, pos, endpos, mode):
        spans = self._code.match(string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._match(string, pos, endpos, 0)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        result = []
        groups = self.groups
        for spans in self._code.scan(string, pos, endpos, 0):
            if groups == 0:
                result.append(string[spans[0]:spans[1]])
            elif groups == 1:
                result.append(string[spans[2]:spans[3]] if spans[2] >= 0 else string[:0])
            else:
                result.append(tuple(string[spans[2 * g]:spans[2 * g + 1]] if spans[2 * g] >= 0
                                    else string[:0] for g in range(1, groups + 1)))
        return result

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return _matches(self, string, pos, endpos, self._code.scan(string, pos, endpos, 0))

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string[:]]
        result = []
        last = 0
        for spans in self._code.scan(string, 0, _MAXSIZE, maxsplit):
            result.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                s = spans[2 * g]
                result.append(string[s:spans[2 * g + 1]] if s >= 0 else None)
            last = spans[1]
        result.append(string[last:])
        return result

    def _template(self, repl):
        parsed = self._templates.get(repl)
        if parsed is None:
            parsed = _parse_template(repl, self)
            if len(self._templates) > 100:
                self._templates.clear()
            self._templates[repl] = parsed
        return parsed

    def subn(self, repl, string, count=0):
        if callable(repl):
            func = repl
            literal = None
        else:
            parsed = self._template(repl)
            func = None
            literal = parsed[0] if len(parsed) == 1 and not isinstance(parsed[0], int) else None
            if not parsed:
                literal = repl[:0]
        pieces = []
        last = 0
        all_spans = self._code.scan(string, 0, _MAXSIZE, count) if count >= 0 else []
        for spans in all_spans:
            if last < spans[0]:
                pieces.append(string[last:spans[0]])
            if func is not None:
                piece = func(Match(self, string, 0, _MAXSIZE, spans))
                if piece is not None:
                    pieces.append(piece)
            elif literal is not None:
                pieces.append(literal)
            else:
                pieces.append(_expand(parsed, string, spans, repl[:0]))
            last = spans[1]
        if last < len(string):
            pieces.append(string[last:])
        return string[:0].join(pieces), len(all_spans)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError('Pattern.scanner is not supported')


def _matches(pattern, string, pos, endpos, all_spans):
    for spans in all_spans:
        yield Match(pattern, string, pos, endpos, spans)


# ---- replacement templates --------------------------------------------------

def _template_error(msg, template, pos):
    if not isinstance(template, str):
        template = template.decode('latin-1').encode('latin-1')
    return error(msg, template, pos)


def _parse_template(template, pattern):
    """Python's replacement template as a list of strings and group numbers."""
    is_bytes = not isinstance(template, str)
    if is_bytes and not isinstance(template, (bytes, bytearray)):
        raise TypeError('decoding to str: need a bytes-like object, %s found' % type(template).__name__)
    src = template.decode('latin-1') if is_bytes else template
    items = []
    literal = []
    n = len(src)
    i = 0

    def add_group(index, pos):
        if index > pattern.groups:
            raise _template_error('invalid group reference %d' % index, template, pos)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = src[i]
        if c != '\\':
            j = src.find('\\', i)
            if j < 0:
                j = n
            literal.append(src[i:j])
            i = j
            continue
        if i + 1 >= n:
            raise _template_error('bad escape (end of pattern)', template, n - 1)
        c = src[i + 1]
        if c == 'g':
            i += 2
            if i >= n or src[i] != '<':
                raise _template_error('missing <', template, i)
            end = src.find('>', i + 1)
            if end < 0:
                if i + 1 >= n:
                    raise _template_error('missing group name', template, i + 1)
                raise _template_error('missing >, unterminated name', template, i + 1)
            name = src[i + 1:end]
            if not name:
                raise _template_error('missing group name', template, i + 1)
            if name.isidentifier():
                if name not in pattern._names:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern._names[name]
            else:
                if not name.isdigit():
                    raise _template_error("bad character in group name '%s'" % name, template, i + 1)
                index = int(name)
                if index >= _MAXGROUPS:
                    raise _template_error('invalid group reference %d' % index, template, i + 1)
            add_group(index, i + 1)
            i = end + 1
        elif c == '0':
            j = i + 2
            while j < n and j < i + 4 and src[j] in _OCTDIGITS:
                j += 1
            literal.append(chr(int(src[i + 1:j], 8) & 0xff))
            i = j
        elif c in _DIGITS:
            j = i + 2
            if j < n and src[j] in _DIGITS:
                if c in _OCTDIGITS and src[j] in _OCTDIGITS and j + 1 < n and src[j + 1] in _OCTDIGITS:
                    value = int(src[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise _template_error('octal escape value %s outside of range 0-0o377'
                                              % src[i:j + 2], template, i)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            add_group(int(src[i + 1:j]), i + 1)
            i = j
        elif c in _CHAR_ESCAPES or c == 'b':
            literal.append(chr(8 if c == 'b' else _CHAR_ESCAPES[c]))
            i += 2
        elif c in _ASCIILETTERS:
            raise _template_error('bad escape %s' % src[i:i + 2], template, i)
        else:
            literal.append(src[i:i + 2])
            i += 2
    if literal:
        items.append(''.join(literal))
    if is_bytes:
        items = [x if isinstance(x, int) else x.encode('latin-1') for x in items]
    return items


def _expand(parsed, string, spans, empty):
    pieces = []
    for item in parsed:
        if isinstance(item, int):
            s = spans[2 * item]
            if s >= 0:
                pieces.append(string[s:spans[2 * item + 1]])
        else:
            pieces.append(item)
    return empty.join(pieces)


# ---- Match ------------------------------------------------------------------

class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        n = len(string)
        self.re = pattern
        self.string = string
        self.pos = min(max(pos, 0), n)
        self.endpos = min(max(endpos, 0), n)
        self._spans = spans

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            index = self.re._names.get(group)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _group(self, index, default=None):
        s = self._spans[2 * index]
        if s < 0:
            return default
        piece = self.string[s:self._spans[2 * index + 1]]
        return bytes(piece) if isinstance(piece, bytearray) else piece

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._index(group))

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re._names.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1]) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last: the one ending last; of two ending at
        # the same place, the enclosing one, else the later one.
        best = None
        spans = self._spans
        parents = self.re._parents
        for g in range(1, self.re.groups + 1):
            if spans[2 * g] < 0:
                continue
            if best is None or spans[2 * g + 1] > spans[2 * best + 1]:
                best = g
            elif spans[2 * g + 1] == spans[2 * best + 1]:
                p = parents[g]
                while p and p != best:
                    p = parents[p]
                if p != best:
                    best = g
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, number in self.re._names.items():
            if number == index:
                return name
        return None

    def expand(self, template):
        parsed = self.re._template(template)
        return _expand(parsed, self.string, self._spans, template[:0])

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self._group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- module functions -------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    elif not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'" % type(flags).__name__)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, (str, bytes)):
            raise TypeError('first argument must be string or compiled pattern')
        p = _compile_new(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    return str(pattern, 'latin1').translate(_special_chars_map).encode('latin1')
