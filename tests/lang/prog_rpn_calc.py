# A stack-based RPN calculator with error handling.
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ['+', '-', '*', '/', '//', '%', '**']:
            if len(stack) < 2:
                raise ValueError('stack underflow at ' + tok)
            b = stack.pop()
            a = stack.pop()
            if tok == '+':
                stack.append(a + b)
            elif tok == '-':
                stack.append(a - b)
            elif tok == '*':
                stack.append(a * b)
            elif tok == '/':
                stack.append(a / b)
            elif tok == '//':
                stack.append(a // b)
            elif tok == '%':
                stack.append(a % b)
            else:
                stack.append(a ** b)
        elif tok == 'dup':
            stack.append(stack[-1])
        elif tok == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            if '.' in tok:
                stack.append(float(tok))
            else:
                stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError('leftover stack ' + str(stack))
    return stack[0]
tests = ['3 4 +', '5 1 2 + 4 * + 3 -', '2 100 **', '7 2 /', '-7 2 //', '-7 2 %',
         '1.5 2 *', '3 dup *', '1 2 swap -', '1 +', '1 2', '4 0 /', '2 x +']
for t in tests:
    try:
        print(t, '=>', rpn(t))
    except ValueError as e:
        print(t, '=> ValueError:', e)
    except ZeroDivisionError as e:
        print(t, '=> ZeroDivisionError:', e)
