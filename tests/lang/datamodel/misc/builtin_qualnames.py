# __qualname__ and __module__ of builtin functions, bound builtin methods and method descriptors.
import math
print([].append.__qualname__, len.__qualname__, int.mro.__qualname__, list.append.__qualname__, [].append.__module__, len.__module__)
print(math.floor.__qualname__, math.floor.__module__, dict.fromkeys.__qualname__)
