-- Shared by the wrk scripts (loaded with dofile): the bearer token, an optional Accept header, a per-thread
-- random seed, and one machine-readable summary line that run.sh parses.
local token = os.getenv("BENCH_TOKEN")
if token == nil or token == "" then error("BENCH_TOKEN is not set") end
wrk.headers["Authorization"] = "Bearer " .. token
local accept = os.getenv("BENCH_ACCEPT")
if accept ~= nil and accept ~= "" then wrk.headers["Accept"] = accept end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  math.randomseed(os.time() * 100 + (thread_number or 0))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d p50_us=%.0f p99_us=%.0f max_us=%.0f bytes=%d "
      .. "errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout))
end
