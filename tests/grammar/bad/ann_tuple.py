(a,b): int
