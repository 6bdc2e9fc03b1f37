local n = 2000000
local h = 1.0 / n
local s = 0.0
for i = 0, n - 1 do
  local x = (i + 0.5) * h
  s = s + 4.0 / (1.0 + x * x)
end
print(string.format("%.10f", s * h))
