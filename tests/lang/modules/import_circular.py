# circular imports: a partially initialised module is visible, as in CPython
import alpha
print(alpha.use_beta(), alpha.beta.use_alpha())
try:
    import gamma
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
import sys
print('gamma' in sys.modules, 'delta' in sys.modules)
