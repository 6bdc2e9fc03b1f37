print('alpha starts')
import beta


def use_beta():
    return 'beta seen by alpha'


print('alpha ends')
