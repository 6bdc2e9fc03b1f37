# Negative zero prints with its sign and compares equal to zero.
z = -0.0
print(z, 0.0, -z, z == 0.0, z == 0)
print(0.0 * -1, -1 * 0.0, 0.0 / -3, -0.0 + 0.0, -0.0 - 0.0)
print([z, -0.0, 0.0])
print(str(z), repr(z), abs(z))
print(-0.0 * 2, -(0.0), -(0))
print(float('-0'), float('-0.0'), int(-0.0))
print(max(0.0, -0.0), min(0.0, -0.0))
print(1e-300 * -1e-300)
