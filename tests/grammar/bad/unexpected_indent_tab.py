x
	y = 1
