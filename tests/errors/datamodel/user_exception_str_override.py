# stderr: exact
# An uncaught exception whose __str__ is overridden uses it in the last line.
class Fancy(Exception):
    def __str__(self):
        return 'fancy message with code 7'
raise Fancy('ignored arg')
