# Inside __del__ the object is intact: its attributes and methods still work.
class Res:
    count = 0
    def __init__(self, name):
        self.name = name
        self.data = [1, 2, 3]
        Res.count += 1
    def describe(self):
        return f'{self.name} with {sum(self.data)}'
    def __del__(self):
        Res.count -= 1
        print('closing', self.describe(), 'remaining', Res.count)
r1 = Res('one')
r2 = Res('two')
del r1
print(Res.count)
r2 = Res('three')
print(Res.count)
del r2
print("end")
