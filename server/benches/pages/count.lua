-- wrk script for run.sh: one page, counted by answer class. done() prints one RESULT line;
-- run.sh fails the benchmark on any answer that is not 2xx or on any socket error, since a
-- redirect to the sign-in page or an error page would otherwise pass for a fast page.
-- The same script is used against the portal and nginx, so its own cost is the same for both.

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

-- Per-thread count, read back in done().
not_2xx = 0

function response(status, headers, body)
  if status < 200 or status > 299 then
    not_2xx = not_2xx + 1
  end
end

function done(summary, latency, requests)
  local not_ok = 0
  for _, thread in ipairs(threads) do
    not_ok = not_ok + (thread:get("not_2xx") or 0)
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f bytes=%d not_2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.bytes, not_ok, errors.connect + errors.read + errors.write + errors.timeout))
end
