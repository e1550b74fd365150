-- wrk script: the reach beacon (site_core/reach/) as a browser sends it
-- after showing a page; one JSON line of results at the end, as report.lua.
wrk.method = "POST"
wrk.body = "page=3&referrer=https%3A%2F%2Fwww.uclg.org%2Fnews%2F"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Forwarded-Proto"] = "https"
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"

done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "status_errors": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, summary.errors.status, latency:percentile(50), latency:percentile(99)))
end
