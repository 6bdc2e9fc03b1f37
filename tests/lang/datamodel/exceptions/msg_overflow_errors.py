# OverflowError and MemoryError-free size errors with CPython's messages.
def show(f):
    try:
        r = f()
        print('ok', r if not isinstance(r, (str, list)) else len(r))
    except (OverflowError, ValueError, MemoryError, TypeError) as e:
        print(type(e).__name__, e)
show(lambda: float(10**400))
show(lambda: 10**400 / 2)
show(lambda: int(float('inf')))
show(lambda: 2.0 ** 5000)
show(lambda: round(1e308, -400))
show(lambda: [0] * (2**62))
show(lambda: 'x' * (2**63))
show(lambda: range(2**63)[2**62])
show(lambda: len(range(2**64)))
show(lambda: chr(2**64))
show(lambda: (1).to_bytes(0, 'big'))
show(lambda: 1 << 2**70)
