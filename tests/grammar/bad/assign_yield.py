a = yield = b
