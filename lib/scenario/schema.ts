/**
 * The scenario: the simulation's public input contract (docs/scenario.md).
 *
 * One zod schema gives the types, the defaults and the validation used by the CLI, the lab,
 * URL decoding and lessons. Times are simulated seconds; field names end in `Sec` to say so.
 */
import { z } from 'zod';
import { SCENARIO_VERSION } from './version';

export { SCENARIO_VERSION };

/** Upper bounds keep every scenario finite; the engine's event budget is checked separately. */
export const LIMITS = {
  durationSec: 7 * 24 * 3600,
  buckets: 20_000,
  services: 12,
  instancesPerGroup: 100_000,
  startsPerMin: 10_000,
  seriesPerService: 100_000,
  intervalSec: 3600,
} as const;

const num = (what: string) =>
  z.number({ error: (i) => (i.input === undefined ? `${what} is required` : `must be a number (${what})`) });

const finite = (what: string) => num(what).refine(Number.isFinite, 'must be a finite number');

/** A time span in simulated seconds with explicit bounds. */
function seconds(opts: { min?: number; exclusiveMin?: number; max: number }) {
  let s = finite('seconds');
  if (opts.exclusiveMin !== undefined) s = s.gt(opts.exclusiveMin, `must be > ${opts.exclusiveMin} s`);
  if (opts.min !== undefined) s = s.gte(opts.min, `must be >= ${opts.min} s`);
  return s.lte(opts.max, `must be <= ${opts.max} s`);
}

function count(min: number, max: number, what = 'a whole number') {
  return num(what).int(`must be ${what}`).gte(min, `must be >= ${min}`).lte(max, `must be <= ${max}`);
}

function rate(max: number) {
  return finite('rate').gte(0, 'must be >= 0').lte(max, `must be <= ${max}`);
}

const bool = () => z.boolean({ error: 'must be true or false' });

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.map((v) => `"${v}"`).join(', ')}` });
}

export const lifetimeSchema = z.discriminatedUnion(
  'dist',
  [
    z.strictObject({ dist: z.literal('exponential'), mean: seconds({ exclusiveMin: 0, max: LIMITS.durationSec }) }),
    z.strictObject({ dist: z.literal('fixed'), value: seconds({ exclusiveMin: 0, max: LIMITS.durationSec }) }),
    z
      .object({
        dist: z.literal('uniform'),
        min: seconds({ exclusiveMin: 0, max: LIMITS.durationSec }),
        max: seconds({ exclusiveMin: 0, max: LIMITS.durationSec }),
      })
      .refine((u) => u.max >= u.min, { path: ['max'], message: 'must be >= min' }),
    z.strictObject({
      dist: z.literal('lognormal'),
      median: seconds({ exclusiveMin: 0, max: LIMITS.durationSec }),
      sigma: finite('sigma').gte(0, 'must be >= 0').lte(4, 'must be <= 4'),
    }),
  ],
  { error: 'dist must be one of: "exponential", "fixed", "uniform", "lognormal"' },
);

const serviceName = z
  .string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') })
  .regex(/^[a-z][a-z0-9_-]{0,31}$/, 'must be 1-32 characters: a lowercase letter, then a-z, 0-9, "_" or "-"');

export const longRunningSchema = z.strictObject({
  name: serviceName,
  kind: z.literal('long-running'),
  count: count(0, LIMITS.instancesPerGroup).default(20),
  crashesPerHour: rate(3600).default(0),
  restartDelaySec: seconds({ min: 0, max: LIMITS.intervalSec }).default(30),
  /** "restart": the kubelet restarts the container in place; "replace": a new pod, a new identity. */
  onCrash: oneOf(['restart', 'replace']).default('restart'),
  seriesPerService: count(1, LIMITS.seriesPerService).default(50),
  firewalled: bool().default(false),
});

export const shortLivedSchema = z.strictObject({
  name: serviceName,
  kind: z.literal('short-lived'),
  startsPerMin: rate(LIMITS.startsPerMin).default(6),
  lifetimeSec: lifetimeSchema.default({ dist: 'exponential', mean: 20 }),
  seriesPerService: count(1, LIMITS.seriesPerService).default(10),
  firewalled: bool().default(false),
});

export const serviceSchema = z.discriminatedUnion('kind', [longRunningSchema, shortLivedSchema], {
  error: 'kind must be "long-running" or "short-lived"',
});

export const DEFAULT_SERVICES = [
  { name: 'web', kind: 'long-running' },
  { name: 'batch', kind: 'short-lived' },
] as const;

export const networkSchema = z.strictObject({
  lossRate: finite('probability').gte(0, 'must be >= 0').lte(1, 'must be <= 1').default(0),
  clockSkewSec: seconds({ min: 0, max: LIMITS.intervalSec }).default(0),
});

/** Prometheus' default scrape_timeout; a job's timeout falls to its interval when that is shorter. */
export const PROMETHEUS_DEFAULT_TIMEOUT_SEC = 10;

export const pullSchema = z.strictObject({
  scrapeIntervalSec: seconds({ min: 0.1, max: LIMITS.intervalSec }).default(15),
  /** Omitted: min(10 s, interval), as Prometheus fills an unset scrape_timeout. */
  scrapeTimeoutSec: seconds({ exclusiveMin: 0, max: LIMITS.intervalSec }).optional(),
  discovery: oneOf(['kubernetes', 'file', 'dns', 'static']).default('kubernetes'),
  discoveryDelaySec: seconds({ min: 0, max: LIMITS.intervalSec }).default(0.5),
  discoveryTickSec: seconds({ min: 0, max: 300 }).default(5),
  pushgateway: bool().default(false),
  pushgatewayGrouping: oneOf(['instance', 'job']).default('instance'),
  /** Prometheus' sample_limit: a target exposing more series fails its whole scrape; 0 = unlimited. */
  sampleLimit: count(0, 100_000_000).default(0),
});

export const pushSchema = z.strictObject({
  protocol: oneOf(['http', 'statsd']).default('http'),
  pushIntervalSec: seconds({ min: 0.1, max: LIMITS.intervalSec }).default(10),
  flushOnExit: bool().default(true),
  alignment: oneOf(['jittered', 'aligned']).default('jittered'),
  collectorCapacityPerSec: finite('pushes per second')
    .gt(0, 'must be > 0')
    .lte(10_000_000, 'must be <= 10000000')
    .default(1000),
  clientTimestamps: bool().default(true),
  deadAfterMissedPushes: count(1, 1000).default(3),
  /** http: "cumulative" running totals (OTLP's default) or "delta" since the last push (PutMetricData). */
  temporality: oneOf(['cumulative', 'delta']).default('cumulative'),
  /** http: on a refusal (429), "retry" with backoff (OTLP, AWS SDKs) or "drop" (remote write's default). */
  onThrottle: oneOf(['retry', 'drop']).default('retry'),
});

const scenarioObject = z.strictObject(
  {
    version: z.literal(SCENARIO_VERSION, { error: `must be ${SCENARIO_VERSION}` }).default(SCENARIO_VERSION),
    seed: count(0, 0xffffffff, 'a whole number from 0 to 4294967295').default(1),
    durationSec: seconds({ min: 1, max: LIMITS.durationSec }).default(1800),
    resolutionSec: seconds({ min: 0.1, max: LIMITS.durationSec }).default(15),
    services: z
      .array(serviceSchema, { error: 'must be a list of service groups' })
      .min(1, 'must list at least one service group')
      .max(LIMITS.services, `must list at most ${LIMITS.services} service groups`)
      .prefault(DEFAULT_SERVICES as unknown as z.input<typeof serviceSchema>[]),
    network: networkSchema.prefault({}),
    pull: pullSchema.prefault({}),
    push: pushSchema.prefault({}),
  },
  { error: 'a scenario must be a JSON object' },
);

/** Rules that span fields. Each adds one issue with the path of the field to fix. */
export const scenarioSchema = scenarioObject
  .superRefine((s, ctx) => {
    const t = s.pull.scrapeTimeoutSec;
    if (t !== undefined && t > s.pull.scrapeIntervalSec) {
      ctx.addIssue({
        code: 'custom',
        path: ['pull', 'scrapeTimeoutSec'],
        message: `must be <= pull.scrapeIntervalSec (${s.pull.scrapeIntervalSec} s)`,
      });
    }
    if (s.resolutionSec > s.durationSec) {
      ctx.addIssue({ code: 'custom', path: ['resolutionSec'], message: `must be <= durationSec (${s.durationSec} s)` });
    }
    const buckets = Math.ceil(s.durationSec / s.resolutionSec);
    if (buckets > LIMITS.buckets) {
      ctx.addIssue({
        code: 'custom',
        path: ['resolutionSec'],
        message: `gives ${buckets} buckets over durationSec; at most ${LIMITS.buckets} are allowed`,
      });
    }
    const seen = new Map<string, number>();
    s.services.forEach((svc, i) => {
      const first = seen.get(svc.name);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'name'],
          message: `duplicates services.${first}.name ("${svc.name}")`,
        });
      } else seen.set(svc.name, i);
    });
  })
  .transform((s) => ({ ...s, pull: withTimeout(s.pull) }));

function withTimeout({ scrapeIntervalSec, scrapeTimeoutSec, ...rest }: z.output<typeof pullSchema>) {
  return {
    scrapeIntervalSec,
    scrapeTimeoutSec: scrapeTimeoutSec ?? Math.min(PROMETHEUS_DEFAULT_TIMEOUT_SEC, scrapeIntervalSec),
    ...rest,
  };
}
/** A scenario with every default filled in: what the engine runs. */
export type Scenario = z.output<typeof scenarioSchema>;
/** What a person may write: any field may be left out. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ServiceGroup = Scenario['services'][number];
export type LongRunningGroup = Extract<ServiceGroup, { kind: 'long-running' }>;
export type ShortLivedGroup = Extract<ServiceGroup, { kind: 'short-lived' }>;
export type Lifetime = ShortLivedGroup['lifetimeSec'];
export type DiscoveryMechanism = Scenario['pull']['discovery'];
export type PushProtocol = Scenario['push']['protocol'];
export type CrashRule = LongRunningGroup['onCrash'];
