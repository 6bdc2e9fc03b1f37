# An unclosed brace at end of file, with no final newline.
d = {"a": 1,