# stderr: exact
# An exception class nested in a class prints with its qualified name.
class Service:
    class Unavailable(Exception):
        pass
    def call(self):
        raise Service.Unavailable('try later')
Service().call()
