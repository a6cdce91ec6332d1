-- wrk script: POSTs entity(id) with its outgoing relations' targets (one entity, one DataLoader batch per level).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = [[{"query":"query Entity($id: ID!) { entity(id: $id) { id name kind aliases country description relations(direction: OUTGOING) { type to { name } } } }","variables":{"id":"org/hikvision"}}]]

local failures = 0
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("failed responses: %d\n", failures))
  io.write(string.format("p50 %.2f ms, p99 %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
