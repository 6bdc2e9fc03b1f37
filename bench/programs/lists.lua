local data = {}
for i = 0, 299999 do data[#data + 1] = (i * 7919) % 100003 end
table.sort(data)
local squares, total = {}, 0
for _, x in ipairs(data) do
  if x % 3 == 0 then squares[#squares + 1] = x * x; total = total + x * x end
end
print(#squares, total % 1000003, data[1001], data[#data])
