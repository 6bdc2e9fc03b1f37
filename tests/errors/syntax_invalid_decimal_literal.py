# A number running into a name.
x = 1abc
