local parts = {}
for i = 0, 199999 do parts[#parts + 1] = tostring(i) end
local s = table.concat(parts, ",")
local back = {}
for p in string.gmatch(s, "[^,]+") do back[#back + 1] = p end
print(#s, #back, back[12346])
