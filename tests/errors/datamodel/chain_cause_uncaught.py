# stderr: exact
# raise ... from e prints the cause first, then "The above exception was the direct cause".
def fetch(d):
    d.pop('missing')
try:
    fetch({})
except KeyError as e:
    raise LookupError('fetch failed') from e
