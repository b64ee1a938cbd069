-- POST /api/v1/incidents as a coordinator, for a random one of the 200 seeded communes. The same title,
-- description and detectedAt (BENCH_DETECTED_AT) as deploy/bench/pgbench/create.sql and create-rows.sql.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.headers["Content-Type"] = "application/json"
local detected = os.getenv("BENCH_DETECTED_AT")
local title = "Phát hiện mã độc trên máy tính bộ phận một cửa - "
local description = "Cán bộ đầu mối phát hiện máy tính bộ phận một cửa có dấu hiệu nhiễm mã độc: phần mềm phòng "
  .. "chống mã độc cảnh báo liên tục, máy chạy chậm và gửi kết nối lạ ra ngoài. Máy đã được ngắt kết nối mạng, "
  .. "nhật ký hệ thống đã được sao lưu để phân tích."

request = function()
  local unit = string.format("XA-%03d", math.random(200))
  local body = '{"title":"' .. title .. unit .. '","description":"' .. description
    .. '","category":"MALWARE","detectedAt":"' .. detected .. '","unitCode":"' .. unit .. '"}'
  return wrk.format("POST", "/api/v1/incidents", nil, body)
end
