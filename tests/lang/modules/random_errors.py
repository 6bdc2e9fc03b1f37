# random's errors, word for word
import random
def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', repr(str(e)))
for f in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
          lambda: random.randrange(10, 1, 1), lambda: random.randrange(1, 10, -1), lambda: random.choice([]),
          lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], -1),
          lambda: random.getrandbits(-1), lambda: random.seed([1]), lambda: random.choices([1, 2], [1]),
          lambda: random.choices([1, 2], cum_weights=[0, 0]), lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]),
          lambda: random.randint(1, 0), lambda: random.randrange('a'), lambda: random.getrandbits(1.5),
          lambda: random.shuffle(5), lambda: random.uniform('a', 1)]:
    err(f)
