# an uncaught FileNotFoundError prints CPython's message
print('start')
open('no/such/file.txt')
