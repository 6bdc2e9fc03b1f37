# A tokenizer and recursive-descent calculator with error positions and custom exceptions.
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f'{msg} at position {pos}')
        self.pos = pos
class Token:
    __slots__ = ('kind', 'text', 'pos')
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f'{self.kind}:{self.text!r}@{self.pos}'
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            tokens.append(Token('num', src[i:j], i))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token('name', src[i:j], i))
            i = j
        elif ch in '+-*/()^':
            tokens.append(Token('op', ch, i))
            i += 1
        else:
            raise ParseError(f'unexpected character {ch!r}', i)
    tokens.append(Token('end', '', len(src)))
    return tokens
class Parser:
    def __init__(self, src, env):
        self.toks, self.i, self.env = tokenize(src), 0, env
    def peek(self):
        return self.toks[self.i]
    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek().text in ('+', '-'):
            v = v + self.term() if self.take().text == '+' else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek().text in ('*', '/'):
            v = v * self.power() if self.take().text == '*' else v / self.power()
        return v
    def power(self):
        base = self.unary()
        return base ** self.power() if self.peek().text == '^' and self.take() else base
    def unary(self):
        if self.peek().text == '-':
            self.take()
            return -self.unary()
        t = self.take()
        if t.kind == 'num':
            return float(t.text) if '.' in t.text else int(t.text)
        if t.kind == 'name':
            if t.text not in self.env:
                raise ParseError(f'unknown name {t.text!r}', t.pos)
            return self.env[t.text]
        if t.text == '(':
            v = self.expr()
            if self.take().text != ')':
                raise ParseError('expected )', self.toks[self.i - 1].pos)
            return v
        raise ParseError(f'unexpected {t.kind} {t.text!r}', t.pos)
print(tokenize('x1 + 2.5*(y-3)'))
env = {'x': 4, 'y': 2.5, 'big': 10**20}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-x ^ 2', 'x / 8 + y', 'big * big + 1',
            '7 / (x - 4)', '3 +', '2 $ 3', 'z * 2', '(1 + 2', '1.5.5 + 1']:
    try:
        p = Parser(src, env)
        v = p.expr()
        if p.peek().kind != 'end':
            raise ParseError('trailing input', p.peek().pos)
        print(f'{src!r:>16} = {v!r}')
    except ParseError as e:
        print(f'{src!r:>16} ParseError: {e} (pos={e.pos})')
    except (ZeroDivisionError, ValueError) as e:
        print(f'{src!r:>16} {type(e).__name__}: {e}')
