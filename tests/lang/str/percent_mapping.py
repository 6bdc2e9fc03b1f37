# %(name)s with a mapping, repeated keys, and a dict as the only argument
d = {'name': 'Ada', 'age': 36, 'lang': 'Python', 'pi': 3.14159}
print('%(name)s is %(age)d and likes %(lang)r' % d)
print('%(pi).2f %(pi)10.3f|%(name)-6s|%(age)05d' % d)
print('%(a)s %(a)s' % {'a': 'twice'}, '%(x(y))s' % {'x(y)': 'nested parens'})
print('%s' % d == str(d), 'no fields' % d, '%%' % d)
class M:
    def __getitem__(self, k):
        return k.upper()
print('%(hello)s %(world)s' % M())
