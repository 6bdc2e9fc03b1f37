# stderr: exact
# A traceback through several functions and a method lists each frame in order.
class Parser:
    def parse(self, text):
        self.step(text)
    def step(self, text):
        convert(text)
def convert(text):
    int(text)
def main():
    p = Parser()
    p.parse('12x')
main()
