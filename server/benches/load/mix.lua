-- wrk script: a mix of what residents do (see run.sh, which sets the LOAD_* variables).
-- Public pages, questionnaire steps (GET and POST), sign-ins, and application saves
-- by signed-in residents. Every answer is counted by class; done() prints one RESULT
-- line that run.sh turns into the table.

local function words(text)
  local list = {}
  for word in string.gmatch(text or "", "%S+") do
    list[#list + 1] = word
  end
  return list
end

local function pick(list)
  return list[math.random(#list)]
end

local origin = os.getenv("LOAD_ORIGIN")
local password = os.getenv("LOAD_PASSWORD")
local certificate = os.getenv("LOAD_CERTIFICATE")
local area = os.getenv("LOAD_AREA")

local public = { "/", "/check", "/entitlements", "/jobs/fairs", "/jobs/fairs/past", "/training", "/sign-in" }
for _, id in ipairs(words(os.getenv("LOAD_FAIRS"))) do public[#public + 1] = "/jobs/fairs/" .. id end
for _, id in ipairs(words(os.getenv("LOAD_COURSES"))) do public[#public + 1] = "/training/" .. id end
for _, id in ipairs(words(os.getenv("LOAD_ENTITLEMENTS"))) do public[#public + 1] = "/entitlements/" .. id end

-- Each resident: "email,session cookie,draft id".
local residents = {}
for _, entry in ipairs(words(os.getenv("LOAD_RESIDENTS"))) do
  local email, cookie, draft = string.match(entry, "([^,]+),([^,]+),([^,]+)")
  residents[#residents + 1] = { email = email, cookie = cookie, draft = draft }
end

-- Questionnaire steps and a valid answer to each.
local steps = {
  { "registered", "answer=yes" },
  { "lives-here", "answer=yes" },
  { "certificate", "answer=yes" },
  { "category", "answer=physical" },
  { "level", "answer=2" },
  { "household", "answer=none" },
  { "income", "answer=1200" },
  { "area", "answer=urban" },
  { "work", "answer=no" },
  { "sex", "answer=female" },
}

local function urlencode(text)
  return (string.gsub(text, "[^%w%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

-- A client address behind the trusted proxy (PORTAL_TRUSTED_PROXIES=127.0.0.1), so
-- the per-address limits see many people rather than one.
local function client()
  return string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
end

local function post(path, body, extra)
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Origin"] = origin,
    ["Sec-Fetch-Site"] = "same-origin",
    ["X-Forwarded-For"] = client(),
  }
  for name, value in pairs(extra or {}) do headers[name] = value end
  return wrk.format("POST", path, headers, body)
end

local function get(path, extra)
  local headers = { ["X-Forwarded-For"] = client() }
  for name, value in pairs(extra or {}) do headers[name] = value end
  return wrk.format("GET", path, headers)
end

-- Right passwords only: a wrong one is answered 422, which would count as a failure.
local function sign_in()
  local resident = pick(residents)
  return post("/sign-in", "email=" .. urlencode(resident.email) .. "&password=" .. urlencode(password))
end

local function save_application()
  local resident = pick(residents)
  local body = "full_name=Load+Tester&certificate_number=" .. certificate
    .. "&phone=138" .. string.format("%08d", math.random(0, 99999999))
    .. "&area_code=" .. urlencode(area) .. "&address=" .. math.random(1, 999) .. "+Example+Road&then=continue"
  return post("/applications/" .. resident.draft .. "/person", body, { ["Cookie"] = "session=" .. resident.cookie })
end

local function read_application()
  local resident = pick(residents)
  return get("/applications/" .. resident.draft, { ["Cookie"] = "session=" .. resident.cookie })
end

-- Weights out of 100.
function request()
  local roll = math.random(100)
  if roll <= 40 then
    return get(pick(public))
  elseif roll <= 55 then
    return get("/check/q/" .. pick(steps)[1])
  elseif roll <= 70 then
    local step = pick(steps)
    return post("/check/q/" .. step[1], step[2])
  elseif roll <= 75 then
    return sign_in()
  elseif roll <= 90 then
    return save_application()
  else
    return read_application()
  end
end

-- Per-thread counts, read back in done().
s2xx, s3xx, s4xx, s5xx, sother = 0, 0, 0, 0, 0

function response(status, headers, body)
  if status >= 200 and status < 300 then
    s2xx = s2xx + 1
  elseif status >= 300 and status < 400 then
    s3xx = s3xx + 1
  elseif status >= 400 and status < 500 then
    s4xx = s4xx + 1
  elseif status >= 500 and status < 600 then
    s5xx = s5xx + 1
  else
    sother = sother + 1
  end
end

local threads = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(os.time() * 1000 + (thread_number or 0))
end

function done(summary, latency, requests)
  local counts = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0, sother = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(counts) do
      counts[name] = counts[name] + (thread:get(name) or 0)
    end
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f "
      .. "s2xx=%d s3xx=%d s4xx=%d s5xx=%d sother=%d "
      .. "connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    counts.s2xx, counts.s3xx, counts.s4xx, counts.s5xx, counts.sother,
    errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
