# An uncaught custom exception ends the program with its class and message.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f'missing key {key!r}')
        self.key = key
def load(cfg):
    if 'port' not in cfg:
        raise ConfigError('port')
print('loading')
load({})
print('unreachable')
