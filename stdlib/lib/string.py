# string: the constants, capwords and Template, as CPython's Lib/string.py.
__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or c in ascii_letters


def _is_ident_char(c):
    return c == '_' or c in ascii_letters or c in digits


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _sub(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            if i + 1 < n and t[i + 1] == '{':
                j = i + 2
                if j < n and _is_ident_start(t[j]):
                    k = j + 1
                    while k < n and _is_ident_char(t[k]):
                        k += 1
                    if k < n and t[k] == '}':
                        name = t[j:k]
                        if safe and name not in mapping:
                            out.append(t[i:k + 1])
                        else:
                            out.append(str(mapping[name]))
                        i = k + 1
                        continue
                if safe:
                    out.append('$')
                    i += 1
                    continue
                self._invalid(i)
            j = i + 1
            if j < n and _is_ident_start(t[j]):
                k = j + 1
                while k < n and _is_ident_char(t[k]):
                    k += 1
                name = t[j:k]
                if safe and name not in mapping:
                    out.append(t[i:k])
                else:
                    out.append(str(mapping[name]))
                i = k
                continue
            if safe:
                out.append('$')
                i += 1
                continue
            self._invalid(i)
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = dict(mapping, **kws)
        return self._sub(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = dict(mapping, **kws)
        return self._sub(mapping, True)
