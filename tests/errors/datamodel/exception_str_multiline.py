# stderr: exact
# A message containing newlines is printed as-is on several lines.
raise ValueError('line one\nline two\n  indented')
