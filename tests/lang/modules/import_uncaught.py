# an uncaught ModuleNotFoundError ends the program as in CPython
print('before')
import definitely_not_a_module
print('after')
