/**
 * What travels on the wire, in bytes and seconds. Constants are round, documented estimates: the
 * lessons compare orders of magnitude, not exact figures.
 */

/**
 * Prometheus text exposition, uncompressed: one line per series such as
 * `http_requests_total{method="get",code="200",handler="/api"} 1027` (≈ 65 B) plus the `# HELP` and
 * `# TYPE` lines shared by a metric's series, amortised. node_exporter's ~1,000 series weigh ≈ 80 KB.
 */
export const EXPOSITION_BYTES_PER_SERIES = 80;

/**
 * Time to serve a scrape: a small fixed cost plus a per-series cost for collecting and rendering.
 * 100 µs per series puts a 100,000-series target (kube-state-metrics on a big cluster) at the default
 * 10 s timeout; a typical 1,000-series exporter answers in about 0.1 s.
 */
export const SCRAPE_BASE_SEC = 0.005;
export const SCRAPE_SEC_PER_SERIES = 100e-6;

export function scrapeDurationSec(series: number): number {
  return SCRAPE_BASE_SEC + SCRAPE_SEC_PER_SERIES * series;
}

/**
 * OTLP/HTTP protobuf (or a PutMetricData body): a resource and scope envelope per request, then per
 * series a metric with one data point (name, a few attributes, timestamps, value).
 */
export const OTLP_BYTES_PER_REQUEST = 200;
export const OTLP_BYTES_PER_SERIES = 40;

export function otlpRequestBytes(series: number): number {
  return OTLP_BYTES_PER_REQUEST + OTLP_BYTES_PER_SERIES * series;
}

/** A StatsD line such as `web.http.requests.get.200:1|c\n`. */
export const STATSD_LINE_BYTES = 36;
/** StatsD's guideline payload for intranets (Fast Ethernet MTU minus headers). */
export const STATSD_MTU_BYTES = 1432;
export const STATSD_LINES_PER_DATAGRAM = Math.floor(STATSD_MTU_BYTES / STATSD_LINE_BYTES);

/** One line per series, packed into as few datagrams as the MTU allows. */
export function statsdDatagrams(series: number): number {
  return Math.ceil(series / STATSD_LINES_PER_DATAGRAM);
}

/** Size of datagram d (0-based) of a push of `series` lines: full ones first, the remainder last. */
export function statsdDatagramBytes(series: number, d: number): number {
  const lines = Math.min(STATSD_LINES_PER_DATAGRAM, series - d * STATSD_LINES_PER_DATAGRAM);
  return lines * STATSD_LINE_BYTES;
}
