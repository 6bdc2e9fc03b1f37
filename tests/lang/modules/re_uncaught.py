# re: an uncaught re.error ends the program with its message.
import re
print(re.findall('a+', 'caaat'))
re.compile('(ab')
