# finally runs before the uncaught exception ends the program.
def work():
    try:
        print('working')
        {}['k']
    finally:
        print('cleanup')
work()
