-- GET /api/v1/incidents/{id} for ids picked at random from BENCH_IDS (one id a line).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end
if #ids == 0 then error("no ids in " .. os.getenv("BENCH_IDS")) end

request = function()
  return wrk.format("GET", "/api/v1/incidents/" .. ids[math.random(#ids)])
end
