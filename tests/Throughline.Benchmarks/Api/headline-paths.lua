-- wrk script: POSTs the headline query (routes from Intel to projects located in Xinjiang, with the quotes on
-- every hop) and counts non-200 answers, so a run that hit an error or a limit is not mistaken for a fast one.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = [[{"query":"query Headline { paths(from: { ids: [\"org/intel\"] }, to: { kinds: [PROJECT], locatedIn: [\"place/xinjiang\"] }, options: { maxHops: 4 }) { totalCount edges { node { length confidence entities { id name } hops { from { name } to { name } relations { type status evidence { quote article { outlet title } } } } } } } }"}]]

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
