# An exception with several args prints their tuple.
raise ValueError('bad', 42)
