# Indentation with tabs and spaces, blank and comment lines, continuations.
if x:
	a = 1
	if y:
		b = 2
	# comment at another indentation
        # comment at yet another

	c = 3
if x:
        # eight spaces equal one tab when consistent
        a = 1
def f():

    # blank lines and comments inside a block

    return 1
x = [1,
  2,
     3]
if a and \
   b:
    pass
class A:
    def f(self): return 1
    def g(self):
        if x:
            pass
        else:
            pass
# a final comment without newline
