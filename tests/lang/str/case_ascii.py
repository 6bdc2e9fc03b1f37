# upper/lower/title/capitalize/swapcase/casefold on ASCII text
s = "hello WORLD, it's a 2nd-rate test_case"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print(s.casefold())
print('ABC'.capitalize(), 'aBC dEF'.capitalize(), ''.title(), '123abc'.title(), 'a1b2c3'.title())
print("they're bill's friends".title())
try:
    'a'.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
