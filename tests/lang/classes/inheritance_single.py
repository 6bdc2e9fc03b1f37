# Single inheritance: overriding, inherited methods, isinstance/issubclass.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + '!'
class Cat(Animal):
    sound = 'meow'
    def speak(self):
        return 'purr ' + super().speak()
for a in [Animal('x'), Dog('rex'), Puppy('bit'), Cat('tom')]:
    print(a.speak(), a.kind())
print(isinstance(Puppy('a'), Dog), isinstance(Puppy('a'), Animal), isinstance(Cat('c'), Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(issubclass(Dog, (Cat, Animal)), isinstance(Dog('d'), (int, Cat)))
print(issubclass(Dog, object), isinstance(Dog('d'), object))
print(Puppy.__bases__, Puppy.__base__)
print([c.__name__ for c in Puppy.__mro__])
