# stderr: exact
# KeyError of a string key shows its repr with quotes.
config = {'host': 'localhost'}
config.pop('port')
