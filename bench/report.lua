-- wrk script: the headers a visitor behind the HTTPS proxy sends, and one
-- JSON line of results at the end (bench/load.py reads it).
wrk.headers["X-Forwarded-Proto"] = "https"
wrk.headers["Accept-Language"] = "en"

done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "status_errors": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, summary.errors.status, latency:percentile(50), latency:percentile(99)))
end
