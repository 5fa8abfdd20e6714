/**
 * Every knob the lab shows: label, unit, the values a slider steps through, and a help text that
 * says what it models and what the real default is. Sources for those defaults:
 * https://prometheus.io/docs/prometheus/latest/configuration/configuration/ (scrape interval and
 * timeout, discovery), https://opentelemetry.io/docs/specs/otel/metrics/sdk/ (periodic exporting
 * reader), https://github.com/statsd/statsd/blob/master/exampleConfig.js (flush interval) and
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html.
 * Version 2's knobs: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy
 * (a crashed container restarts in place), https://opentelemetry.io/docs/specs/otlp/#failures-1 (429
 * is retryable), https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html,
 * https://github.com/prometheus/prometheus/issues/8474 (remote write drops 429s unless
 * `retry_on_http_429`) and the `sample_limit` of Prometheus' `<scrape_config>`.
 *
 * Sliders step through curated values rather than a linear range: a learner cares about 1 s vs
 * 15 s vs 60 s, not about 37 s, and the keyboard then moves between meaningful settings.
 */
import type { Lifetime, Scenario, ServiceGroup } from '../scenario/schema';
import {
  serviceKnobId,
  type KnobId,
  type KnobValue,
  type ScenarioKnobId,
  type ServiceField,
  type ServiceKnobId,
} from './path';

export type KnobGroup = 'Run' | 'Fleet' | 'Network' | 'Pull' | 'Push';

interface KnobBase<P extends string> {
  /** The knob's id, or its field inside a service group for service knobs. */
  path: P;
  label: string;
  help: string;
}

export interface StepsKnob<P extends string = string> extends KnobBase<P> {
  kind: 'steps';
  values: readonly number[];
  unit: Unit;
}

export interface ToggleKnob<P extends string = string> extends KnobBase<P> {
  kind: 'toggle';
}

/** Every value a select may offer, over all knobs. */
type SelectValue = Extract<KnobValue<KnobId>, string>;

export interface SelectKnob<P extends string = string, V extends string = SelectValue> extends KnobBase<P> {
  kind: 'select';
  options: readonly { value: V; label: string }[];
}

/** The control a knob's value type calls for: a slider for numbers, a switch for flags, a select for names. */
type KnobOfType<P extends string, V> = [V] extends [number]
  ? StepsKnob<P>
  : [V] extends [boolean]
    ? ToggleKnob<P>
    : SelectKnob<P, V & string>;
/** A scenario-wide knob whose control and options fit its field (a wrong one does not compile). */
export type ScenarioKnob = { [I in ScenarioKnobId]: KnobOfType<I, KnobValue<I>> }[ScenarioKnobId];
/** A service group's knob, by its field inside the group. */
export type ServiceKnob = { [F in ServiceField]: KnobOfType<F, KnobValue<ServiceKnobId<F>>> }[ServiceField];
/** A knob as a view handles it: any id, a value of its control's kind. */
export type Knob = StepsKnob | ToggleKnob | SelectKnob;
export type Unit = 's' | '/h' | '/min' | '/s' | '%' | 'series' | 'instances' | 'intervals' | '';

const SECONDS_SHORT = [0.5, 1, 2, 3, 5, 8, 10, 12, 15, 20, 30, 45, 60, 90, 120, 300, 600, 1800] as const;
const INTERVALS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300] as const;

export const RUN_KNOBS: readonly ScenarioKnob[] = [
  {
    kind: 'steps',
    path: 'durationSec',
    label: 'Run length',
    unit: 's',
    values: [60, 120, 300, 600, 900, 1200, 1800, 2700, 3600, 7200, 14400, 21600],
    help: 'How much simulated time to run. Both observers watch the same span.',
  },
  {
    kind: 'steps',
    path: 'resolutionSec',
    label: 'Chart bucket',
    unit: 's',
    values: [1, 2, 5, 10, 15, 30, 60, 120, 300],
    help: 'Coverage is counted per bucket of this width, like the step of a dashboard query: an instance alive in a bucket should have a data point in it.',
  },
];

export const NETWORK_KNOBS: readonly ScenarioKnob[] = [
  {
    kind: 'steps',
    path: 'network.lossRate',
    label: 'Message loss',
    unit: '%',
    values: [0, 0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1],
    help: 'Chance that any one message is lost: a scrape, a push or a UDP datagram. HTTP pushes are retried; scrapes simply miss; datagrams are gone.',
  },
  {
    kind: 'steps',
    path: 'network.clockSkewSec',
    label: 'Clock skew',
    unit: 's',
    values: [0, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    help: 'Spread (standard deviation) of each instance’s clock error. It only matters where the client stamps the time: scrapes are stamped by Prometheus itself, unless a target exposes its own timestamps (honor_timestamps keeps them).',
  },
];

export const PULL_KNOBS: readonly ScenarioKnob[] = [
  {
    kind: 'steps',
    path: 'pull.scrapeIntervalSec',
    label: 'Scrape interval',
    unit: 's',
    values: INTERVALS,
    help: 'How often Prometheus scrapes each target. Its built-in default is 1 m; 15 s is the common setting (the sample prometheus.yml uses it).',
  },
  {
    kind: 'steps',
    path: 'pull.scrapeTimeoutSec',
    label: 'Scrape timeout',
    unit: 's',
    values: [0.5, 1, 2, 5, 10, 15, 20, 30, 60, 120, 300],
    help: 'How long one scrape may take before it fails. Default 10 s; Prometheus rejects a timeout longer than the interval.',
  },
  {
    kind: 'select',
    path: 'pull.discovery',
    label: 'Service discovery',
    options: [
      { value: 'kubernetes', label: 'Kubernetes (watch)' },
      { value: 'file', label: 'File (watch)' },
      { value: 'dns', label: 'DNS (30 s poll)' },
      { value: 'static', label: 'Static list' },
    ],
    help: 'How Prometheus learns which targets exist. Kubernetes and file discovery watch for changes; DNS polls every 30 s by default; a static list only knows what was written down at the start.',
  },
  {
    kind: 'steps',
    path: 'pull.discoveryDelaySec',
    label: 'Watch delay',
    unit: 's',
    values: [0, 0.1, 0.5, 1, 2, 5, 10, 30, 60],
    help: 'How long a Kubernetes or file watch takes to report a new or vanished target.',
  },
  {
    kind: 'steps',
    path: 'pull.discoveryTickSec',
    label: 'Target update tick',
    unit: 's',
    values: [0, 1, 2, 5, 10, 30],
    help: 'Prometheus applies discovered target changes on a 5 s tick, so a new target waits for the next tick before its first scrape. 0 applies them at once.',
  },
  {
    kind: 'toggle',
    path: 'pull.pushgateway',
    label: 'Pushgateway',
    help: 'Short-lived jobs push their final values to a Pushgateway, which Prometheus scrapes (with honor_labels: true) like any target.',
  },
  {
    kind: 'select',
    path: 'pull.pushgatewayGrouping',
    label: 'Gateway grouping key',
    options: [
      { value: 'instance', label: 'One per run (instance)' },
      { value: 'job', label: 'One per job (job)' },
    ],
    help: 'Per job: every run overwrites the last (last write wins). Per run: every run keeps its own group until deleted (the gateway has no TTL; it keeps groups in memory unless --persistence.file is set).',
  },
  {
    kind: 'steps',
    path: 'pull.sampleLimit',
    label: 'Sample limit',
    unit: 'series',
    values: [0, 100, 200, 500, 1000, 2000, 5000, 10000, 50000, 100000],
    help: 'Prometheus’ sample_limit: a target exposing more series than this fails its whole scrape (up = 0, none of its samples stored), guarding the server against a target whose labels explode. 0, the default, is unlimited.',
  },
];

export const PUSH_KNOBS: readonly ScenarioKnob[] = [
  {
    kind: 'select',
    path: 'push.protocol',
    label: 'Push protocol',
    options: [
      { value: 'http', label: 'HTTP (acknowledged)' },
      { value: 'statsd', label: 'StatsD (UDP)' },
    ],
    help: 'HTTP pushes are acknowledged and retried; with cumulative counters (OTLP’s default) the next push recovers a lost one, with delta values (PutMetricData) it does not. StatsD sends UDP datagrams that nobody acknowledges; its daemon flushes every 10 s.',
  },
  {
    kind: 'steps',
    path: 'push.pushIntervalSec',
    label: 'Push interval',
    unit: 's',
    values: INTERVALS,
    help: 'How often each instance pushes. OpenTelemetry’s periodic exporting reader defaults to 60 s.',
  },
  {
    kind: 'select',
    path: 'push.alignment',
    label: 'Push timing',
    options: [
      { value: 'jittered', label: 'Jittered (own phase)' },
      { value: 'aligned', label: 'Aligned (same second)' },
    ],
    help: 'Jittered: each instance starts its timer at its own moment. Aligned: all push on wall-clock multiples of the interval, a thundering herd.',
  },
  {
    kind: 'select',
    path: 'push.temporality',
    label: 'Counter values',
    options: [
      { value: 'cumulative', label: 'Cumulative (running totals)' },
      { value: 'delta', label: 'Delta (since last push)' },
    ],
    help: 'Cumulative (OpenTelemetry’s default, remote write): each push carries running totals, so a lost push costs only resolution. Delta (PutMetricData values, which CloudWatch sums per period): each push carries the work since the last; a push given up loses its counts, and one retried after a lost acknowledgement counts twice.',
  },
  {
    kind: 'steps',
    path: 'push.collectorCapacityPerSec',
    label: 'Collector capacity',
    unit: '/s',
    values: [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 50000, 100000],
    help: 'Pushes per second the collector accepts; the excess is refused (HTTP 429, or CloudWatch’s Throttling error). HTTP clients retry with backoff, as OTLP exporters and the AWS SDKs do (Prometheus remote write drops 429-refused batches unless retry_on_http_429 is set).',
  },
  {
    kind: 'select',
    path: 'push.onThrottle',
    label: 'When refused',
    options: [
      { value: 'retry', label: 'Retry with backoff' },
      { value: 'drop', label: 'Drop (remote write)' },
    ],
    help: 'What a client does with a throttled push. Retry (the default): OTLP exporters and the AWS SDKs back off and send it again. Drop: Prometheus remote write’s default (retry_on_http_429: false) discards the batch at once, losing its counts if they are deltas.',
  },
  {
    kind: 'toggle',
    path: 'push.flushOnExit',
    label: 'Push on exit',
    help: 'A finishing job pushes once more as it exits, so its last counts arrive. A crash cannot.',
  },
  {
    kind: 'toggle',
    path: 'push.clientTimestamps',
    label: 'Client timestamps',
    help: 'HTTP pushes carry the instance’s own clock, as OTLP points always do; off, the collector stamps the receive time, which PutMetricData (no Timestamp) and Graphite (-1) allow.',
  },
  {
    kind: 'steps',
    path: 'push.deadAfterMissedPushes',
    label: 'Dead after',
    unit: 'intervals',
    values: [1, 2, 3, 4, 5, 10],
    help: 'The backend calls an instance dead after this many push intervals of silence. Too few and a slow push looks like a death.',
  },
];

const LIFETIME_VALUES = SECONDS_SHORT;

export const LONG_RUNNING_KNOBS: readonly ServiceKnob[] = [
  {
    kind: 'steps',
    path: 'count',
    label: 'Instances',
    unit: 'instances',
    values: [0, 1, 2, 3, 5, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200, 300, 500, 1000, 2000, 5000, 10000],
    help: 'Instances alive from the start, like the replicas of a Deployment.',
  },
  {
    kind: 'steps',
    path: 'crashesPerHour',
    label: 'Crashes',
    unit: '/h',
    values: [0, 0.1, 0.25, 0.5, 1, 2, 4, 6, 10, 20, 60],
    help: 'Crashes per instance per hour, at random. What happens next is the crash behaviour knob: restarted in place (same pod, same target, up = 0 until it is back) or replaced by a new pod.',
  },
  {
    kind: 'select',
    path: 'onCrash',
    label: 'Crash behaviour',
    options: [
      { value: 'restart', label: 'Restarted in place' },
      { value: 'replace', label: 'Replaced by a new pod' },
    ],
    help: 'Restarted (the default, what the kubelet does when a container dies): the same target fails its scrapes, up = 0, until it is back. Replaced (the pod was deleted or evicted): discovery drops the old target and its series just end; unless a scrape lands before the removal, no up = 0 is written, so an up == 0 alert misses it and only an alert on absence notices.',
  },
  {
    kind: 'steps',
    path: 'restartDelaySec',
    label: 'Restart delay',
    unit: 's',
    values: [0, 1, 5, 10, 20, 30, 60, 120, 300],
    help: 'Time from a crash until the instance (or its replacement) is back.',
  },
  {
    kind: 'steps',
    path: 'seriesPerService',
    label: 'Series each',
    unit: 'series',
    values: [1, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 50000, 100000],
    help: 'Metric series each instance exposes. It sets the size of every scrape and push; a very large target can exceed the scrape timeout.',
  },
  {
    kind: 'toggle',
    path: 'firewalled',
    label: 'Behind NAT or firewall',
    help: 'No inbound connection can reach these instances; outbound connections work.',
  },
];

export const SHORT_LIVED_KNOBS: readonly ServiceKnob[] = [
  {
    kind: 'steps',
    path: 'startsPerMin',
    label: 'Job starts',
    unit: '/min',
    values: [0, 0.1, 0.2, 0.5, 1, 2, 3, 6, 10, 20, 30, 60, 120, 300, 600],
    help: 'New runs per minute, arriving at random.',
  },
  {
    kind: 'select',
    path: 'lifetimeSec.dist',
    label: 'Lifetime shape',
    options: [
      { value: 'exponential', label: 'Exponential (mean)' },
      { value: 'fixed', label: 'Fixed' },
      { value: 'uniform', label: 'Uniform (range)' },
      { value: 'lognormal', label: 'Log-normal (median)' },
    ],
    help: 'How run lengths are spread. Exponential: many short runs and a few long ones. Log-normal: a typical length with a long tail.',
  },
  {
    kind: 'steps',
    path: 'seriesPerService',
    label: 'Series each',
    unit: 'series',
    values: [1, 5, 10, 20, 50, 100, 200, 500, 1000],
    help: 'Metric series each run exposes or pushes.',
  },
  {
    kind: 'toggle',
    path: 'firewalled',
    label: 'Behind NAT or firewall',
    help: 'No inbound connection can reach these runs; outbound connections work.',
  },
];

/** The lifetime parameters a shape needs, each a slider. */
export function lifetimeKnobs(dist: Lifetime['dist']): readonly ServiceKnob[] {
  const secs = (param: 'mean' | 'value' | 'min' | 'max' | 'median', label: string, help: string): ServiceKnob => ({
    kind: 'steps',
    path: `lifetimeSec.${param}`,
    label,
    unit: 's',
    values: LIFETIME_VALUES,
    help,
  });
  switch (dist) {
    case 'fixed':
      return [secs('value', 'Lifetime', 'Every run lives exactly this long.')];
    case 'uniform':
      return [
        secs('min', 'Shortest run', 'Runs last between the shortest and the longest, evenly spread.'),
        secs('max', 'Longest run', 'Runs last between the shortest and the longest, evenly spread.'),
      ];
    case 'lognormal':
      return [
        secs('median', 'Median lifetime', 'Half the runs are shorter than this.'),
        {
          kind: 'steps',
          path: 'lifetimeSec.sigma',
          label: 'Spread (σ)',
          unit: '',
          values: [0, 0.25, 0.5, 0.75, 1, 1.5, 2],
          help: 'The log-normal σ: 0 makes every run the median; 1 spreads them over about a factor of e either way.',
        },
      ];
    default:
      return [secs('mean', 'Mean lifetime', 'The average run length; most runs are shorter than the mean.')];
  }
}

/** Lifetime parameters to start a shape from, keeping the typical length (`typicalLifetimeSec`) the learner had. */
export function lifetimeFor(dist: Lifetime['dist'], typicalSec: number): Lifetime {
  switch (dist) {
    case 'fixed':
      return { dist, value: typicalSec };
    case 'uniform':
      return { dist, min: Math.max(0.5, typicalSec / 2), max: typicalSec * 1.5 };
    case 'lognormal':
      return { dist, median: typicalSec, sigma: 0.75 };
    default:
      return { dist: 'exponential', mean: typicalSec };
  }
}

/** A knob of the scenario with its id, where the controls show it. */
export interface PlacedKnob {
  group: KnobGroup;
  /** The display group's title; for a service knob, the service group's name. */
  title: string;
  path: KnobId;
  knob: Knob;
}

/** Push knobs that only an acknowledged HTTP push has (a StatsD datagram is stamped, counted and dropped by the daemon). */
const HTTP_ONLY = new Set<KnobId>(['push.clientTimestamps', 'push.temporality', 'push.onThrottle']);

/** Every knob that applies to a scenario, by id, in display groups. */
export function knobsFor(s: Scenario): PlacedKnob[] {
  const out: PlacedKnob[] = [];
  const add = (group: KnobGroup, title: string, knobs: readonly ScenarioKnob[]) =>
    knobs.forEach((knob) => out.push({ group, title, path: knob.path, knob }));
  const addService = (name: string, knobs: readonly ServiceKnob[]) =>
    knobs.forEach((knob) => out.push({ group: 'Fleet', title: name, path: serviceKnobId(name, knob.path), knob }));
  add('Run', 'Run', RUN_KNOBS);
  s.services.forEach((g) => {
    if (g.kind === 'long-running') addService(g.name, LONG_RUNNING_KNOBS);
    else
      addService(g.name, [
        ...SHORT_LIVED_KNOBS.slice(0, 2),
        ...lifetimeKnobs(g.lifetimeSec.dist),
        ...SHORT_LIVED_KNOBS.slice(2),
      ]);
  });
  add('Network', 'Network', NETWORK_KNOBS);
  add(
    'Pull',
    'Pull',
    PULL_KNOBS.filter((k) => k.path !== 'pull.pushgatewayGrouping' || s.pull.pushgateway),
  );
  add(
    'Push',
    'Push',
    PUSH_KNOBS.filter((k) => !HTTP_ONLY.has(k.path) || s.push.protocol === 'http'),
  );
  return out;
}

/** The step index nearest to a value (a link or preset may hold a value between steps). */
export function nearestStep(values: readonly number[], value: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i] - value) < Math.abs(values[best] - value)) best = i;
  return best;
}

/** A new service group to add to the fleet, named so it does not clash with existing ones. */
export function newServiceGroup(kind: ServiceGroup['kind'], taken: readonly string[]): ServiceGroup {
  const base = kind === 'long-running' ? 'svc' : 'job';
  let n = 1;
  while (taken.includes(`${base}${n}`)) n++;
  return kind === 'long-running'
    ? {
        name: `${base}${n}`,
        kind,
        count: 10,
        crashesPerHour: 0,
        restartDelaySec: 30,
        onCrash: 'restart',
        seriesPerService: 50,
        firewalled: false,
      }
    : {
        name: `${base}${n}`,
        kind,
        startsPerMin: 2,
        lifetimeSec: { dist: 'exponential' as const, mean: 30 },
        seriesPerService: 10,
        firewalled: false,
      };
}

/**
 * What decides which knobs exist (groups, their kinds and lifetime shapes, the gateway and the
 * protocol). Views keyed on it re-render their list of controls only when the list changes.
 */
export function knobLayoutKey(s: Scenario): string {
  const groups = s.services.map((g) => `${g.name}:${g.kind === 'short-lived' ? g.lifetimeSec.dist : 'lr'}`);
  return `${groups.join(',')}|${s.pull.pushgateway}|${s.push.protocol}`;
}
