print('beta starts')
import alpha
print('beta sees alpha partially:', hasattr(alpha, 'use_beta'))


def use_alpha():
    return 'alpha seen by beta'


print('beta ends')
