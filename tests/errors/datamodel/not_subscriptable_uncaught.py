# exit status and message when subscripting None
value = None
print('start')
value[0]
