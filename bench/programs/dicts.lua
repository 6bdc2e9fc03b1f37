local words = {}
for i = 0, 399999 do words[#words + 1] = "w" .. tostring(i % 5000) end
local counts, n = {}, 0
for _, w in ipairs(words) do
  if counts[w] == nil then n = n + 1 end
  counts[w] = (counts[w] or 0) + 1
end
local best = 0
for _, c in pairs(counts) do if c > best then best = c end end
print(n, counts["w42"], best)
