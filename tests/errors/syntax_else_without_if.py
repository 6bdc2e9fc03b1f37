# else with no if.
else:
    pass
