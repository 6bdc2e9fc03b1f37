public = 'p'
_underscored = 1
