# Tabs and spaces mixed inconsistently.
if 1:
	x = 1
        y = 2
