/**
 * Quiz questions. Multiple-choice ones explain every option. "Predict" ones describe a lab preset,
 * ask which side comes off worse on one figure, and take the right answer from a simulation run,
 * so the quiz can never disagree with the lab.
 */
import { compareFigure, other } from '../figures/compare';
import type { FigureId } from '../figures/registry';
import type { Report } from '../sim/report';
import { findPreset } from '../scenario/presets';
import type { ScenarioInput } from '../scenario/schema';
import { rightIndex, type Choice } from '../quiz/choice';
import { lesson, preset, type StudyLink } from './links';

/** A multiple-choice question of the study quiz: the shared choice model, with an id and links. */
export interface ChoiceQuestion extends Choice {
  kind: 'choice';
  id: string;
  links: StudyLink[];
}

export type Verdict = 'pull' | 'push' | 'tie';

/** The figures a predict question may ask about: ones where "more" is the worse side. */
export type PredictFigure = Extract<
  FigureId,
  'missed' | 'load-peak' | 'dead-detection' | 'timestamp-error' | 'stale-series'
>;

export interface PredictQuestion {
  kind: 'predict';
  id: string;
  presetId: string;
  question: string;
  figure: PredictFigure;
  /** The outcome the explanations are written for; a test checks it against a real run. */
  expected: Verdict;
  /** One explanation per possible verdict. */
  why: Record<Verdict, string>;
  links: StudyLink[];
}

export type Question = ChoiceQuestion | PredictQuestion;

/**
 * Which side comes off worse on the figure, by the registry's comparison (the lab's ✓ rule), so the
 * quiz agrees with the lab. Null when the run cannot tell: a question whose preset gives that is
 * broken, and the quiz test fails on it.
 */
export function verdictFor(figure: FigureId, report: Report): Verdict | null {
  const c = compareFigure(figure, report);
  if (c.kind === 'tie') return 'tie';
  return c.kind === 'better' ? other(c.side) : null;
}

export function predictScenario(q: PredictQuestion): ScenarioInput {
  const p = findPreset(q.presetId);
  if (!p) throw new Error(`unknown preset ${q.presetId}`);
  return p.scenario;
}

export const VERDICT_TEXT: Record<Verdict, string> = {
  pull: 'Pull has more',
  push: 'Push has more',
  tie: 'About the same',
};

/** One option of a quiz or diagnostic question, as the learner sees it. */
export interface AnswerOption {
  id: string;
  text: string;
  /** Why this option is right or wrong, shown once the answer is settled. */
  why: string;
}

/** A quiz or diagnostic question as far as answering it goes: a choice's options, or a predict question's figure. */
export type Answerable =
  | (Choice & { kind: 'choice' })
  | { kind: 'predict'; question: string; figure: PredictFigure; why: Record<Verdict, string> };

/** Options in one shape for both kinds: a choice's by position, a predict question's the three verdicts. */
export function answerOptions(q: Answerable): AnswerOption[] {
  if (q.kind === 'choice') return q.options.map((o, i) => ({ id: String(i), text: o.text, why: o.why }));
  return (['pull', 'push', 'tie'] as const).map((v) => ({ id: v, text: VERDICT_TEXT[v], why: q.why[v] }));
}

/** The right option's id when the question says it; null for a predict question, whose run decides. */
export function statedRight(q: Answerable): string | null {
  return q.kind === 'choice' ? String(rightIndex(q)) : null;
}

export const QUESTIONS: readonly Question[] = [
  {
    kind: 'choice',
    id: 'who-initiates',
    question: 'What fundamentally distinguishes pull-based from push-based monitoring?',
    options: [
      {
        text: 'Which side opens the connection to move the data',
        correct: true,
        why: 'Right: in pull the monitoring system asks each target, in push the target sends on its own schedule.',
      },
      {
        text: 'Whether metrics are stored as time series',
        correct: false,
        why: 'Both models end up storing time series; storage is not what differs.',
      },
      {
        text: 'Whether the transport is HTTP or UDP',
        correct: false,
        why: 'Pull usually uses HTTP, but push can use HTTP (CloudWatch, OTLP) or UDP (StatsD). Transport does not define the model.',
      },
      {
        text: 'Whether the data is aggregated before storage',
        correct: false,
        why: 'Aggregation happens in both worlds (StatsD aggregates, Prometheus recording rules aggregate); it is not the dividing line.',
      },
    ],
    links: [lesson('two-models')],
  },
  {
    kind: 'choice',
    id: 'pgw-model',
    question: 'A team adds a Pushgateway for its batch jobs. What is now true?',
    options: [
      {
        text: 'Prometheus has become push-based',
        correct: false,
        why: 'No: the jobs push to the gateway, but Prometheus still scrapes the gateway. This is the classic mistake.',
      },
      {
        text: 'The jobs’ last results stay scrapable after the jobs exit',
        correct: true,
        why: 'Right: that is the gateway’s purpose. It keeps the last push of each grouping key until someone deletes it.',
      },
      {
        text: 'Pushed series expire after five minutes',
        correct: false,
        why: 'The gateway has no TTL; series stay until deleted through its API. Five minutes is the query lookback, a different thing.',
      },
      {
        text: 'up now reports the health of each job',
        correct: false,
        why: 'up only says whether the gateway answered. Per-job health is lost; use push_time_seconds.',
      },
    ],
    links: [lesson('short-lived-jobs'), preset('pushgateway-right')],
  },
  {
    kind: 'choice',
    id: 'scrape-default',
    question: 'What is Prometheus’ default global scrape_interval?',
    options: [
      { text: '10 seconds', correct: false, why: '10 s is the default scrape_timeout, not the interval.' },
      {
        text: '15 seconds',
        correct: false,
        why: '15 s is what the sample prometheus.yml sets, which is why many believe it is the default.',
      },
      { text: '1 minute', correct: true, why: 'Right: the global default is 1 m when nothing is configured.' },
      { text: '5 minutes', correct: false, why: '5 m is the query lookback for staleness, not a scrape setting.' },
    ],
    links: [lesson('pull-in-practice')],
  },
  {
    kind: 'choice',
    id: 'short-job-odds',
    question:
      'A job lives for 5 s and the scrape interval is 60 s. Roughly how likely is it to be scraped at least once?',
    options: [
      {
        text: 'About 8 %, and less once discovery delay is counted',
        correct: true,
        why: 'Right: the chance is about d/T = 5/60, and the job is invisible until discovery applies it.',
      },
      {
        text: 'About 50 %',
        correct: false,
        why: 'That would need a 30 s job. The chance scales with lifetime over interval, not a coin flip.',
      },
      {
        text: 'Certain, because Prometheus scrapes new targets immediately',
        correct: false,
        why: 'New targets wait for their hash offset within the interval, after discovery has applied them.',
      },
      {
        text: 'Zero: pull cannot see short jobs at all',
        correct: false,
        why: 'Too strong: a few are caught by chance. The point is that most are missed, not all.',
      },
    ],
    links: [lesson('short-lived-jobs'), preset('ci-serverless')],
  },
  {
    kind: 'choice',
    id: 'nat',
    question: 'Why does push keep working for devices behind NAT?',
    options: [
      {
        text: 'Push messages are smaller',
        correct: false,
        why: 'Size has nothing to do with it; a NAT blocks unsolicited inbound connections of any size.',
      },
      {
        text: 'The device only opens outbound connections',
        correct: true,
        why: 'Right: NAT and most firewalls allow outbound traffic, while a scraper would need to connect inward.',
      },
      {
        text: 'Push uses UDP, which passes through NAT',
        correct: false,
        why: 'UDP does not get through a NAT inbound either, and many pushers use HTTPS.',
      },
      {
        text: 'Service discovery finds the devices',
        correct: false,
        why: 'Discovery can list addresses, but the scraper still cannot connect to them.',
      },
    ],
    links: [lesson('reachability'), preset('iot-nat')],
  },
  {
    kind: 'choice',
    id: 'aggregate',
    question:
      'Twenty workers each push their jobs_done counter to the same Pushgateway grouping key. What does Prometheus see?',
    options: [
      {
        text: 'The sum of all twenty counters',
        correct: false,
        why: 'The gateway is explicitly not an aggregator or distributed counter.',
      },
      {
        text: 'The value from whichever worker pushed last',
        correct: true,
        why: 'Right: each push replaces the metrics of that grouping key, so the last write wins.',
      },
      {
        text: 'Twenty separate series, one per worker',
        correct: false,
        why: 'Only if each worker used its own grouping key (say an instance label), which brings its own pile-up problem.',
      },
      {
        text: 'An error, because the pushes conflict',
        correct: false,
        why: 'Consistent pushes are accepted; they just overwrite one another.',
      },
    ],
    links: [lesson('short-lived-jobs'), preset('pushgateway-wrong')],
  },
  {
    kind: 'choice',
    id: 'timestamps',
    question: 'A VM’s clock runs 30 s fast. Which data is stored at the wrong time?',
    options: [
      {
        text: 'Scraped samples from its /metrics page',
        correct: false,
        why: 'Scraped samples take the scraper’s clock at the start of the scrape. Only timestamps a target exposes itself are kept (honor_timestamps is true by default), and a plain /metrics page exposes none.',
      },
      {
        text: 'Points it pushes with its own timestamps',
        correct: true,
        why: 'Right: Graphite, CloudWatch and OTLP data can carry the client’s time, so the skew goes into storage.',
      },
      {
        text: 'Both equally',
        correct: false,
        why: 'Only the side that trusts the client’s clock is affected.',
      },
      {
        text: 'Neither: NTP corrects stored data afterwards',
        correct: false,
        why: 'NTP fixes the clock going forward; it never rewrites data already stored.',
      },
    ],
    links: [lesson('time-and-truth'), preset('drifting-clocks')],
  },
  {
    kind: 'choice',
    id: 'remote-write',
    question: 'Prometheus in agent mode with remote_write is best described as…',
    options: [
      {
        text: 'Pure push',
        correct: false,
        why: 'It still scrapes its targets, so the collection side is pull.',
      },
      {
        text: 'Pure pull',
        correct: false,
        why: 'It pushes everything it collected to a remote store, so it is not pure pull either.',
      },
      {
        text: 'Pull from the targets, then push to central storage',
        correct: true,
        why: 'Right: a hybrid, which is why “push or pull?” is rarely an either-or in real stacks.',
      },
      {
        text: 'A Pushgateway replacement',
        correct: false,
        why: 'It does not accept pushes from jobs; it scrapes them and forwards.',
      },
    ],
    links: [lesson('hybrid')],
  },
  {
    kind: 'choice',
    id: 'down-signal',
    question: 'Which model tells you most directly that a long-running service died?',
    options: [
      {
        text: 'Pull: the next scrape fails and up becomes 0',
        correct: true,
        why: 'Right: a failed scrape is a positive signal that the target is unreachable. That holds for a target still listed; a deleted or replaced pod leaves discovery instead, so alert on absence too.',
      },
      {
        text: 'Push: the service sends a final “I am dying” message',
        correct: false,
        why: 'A crashed process usually sends nothing; push can only notice the silence.',
      },
      {
        text: 'Both equally, after one interval',
        correct: false,
        why: 'Push has to wait for several missed intervals before silence means something.',
      },
      {
        text: 'Neither; only logs can tell',
        correct: false,
        why: 'Metrics can tell: up in pull, missing pushes in push.',
      },
    ],
    links: [lesson('pull-in-practice'), preset('kubernetes')],
  },
  {
    kind: 'choice',
    id: 'statsd-udp',
    question: 'A StatsD client sends counters over UDP on a lossy network. What happens to lost datagrams?',
    options: [
      {
        text: 'The client retries them',
        correct: false,
        why: 'UDP gives no acknowledgement, so the client never learns about the loss.',
      },
      {
        text: 'They are lost silently and the counter undercounts',
        correct: true,
        why: 'Right: fire and forget is the price of never blocking the application.',
      },
      {
        text: 'StatsD fills the gap from the next flush',
        correct: false,
        why: 'StatsD sums what arrives; it has no way to know what did not.',
      },
      {
        text: 'The kernel switches to TCP',
        correct: false,
        why: 'Nothing switches transport automatically.',
      },
    ],
    links: [lesson('push-in-practice'), preset('flaky-network')],
  },
  {
    kind: 'choice',
    id: 'rescheduled-pod',
    question:
      'A node is drained and its pods are rescheduled elsewhere. Prometheus discovers pods through Kubernetes. What does an alert on up == 0 see?',
    options: [
      {
        text: 'Nothing: the old pods leave discovery, and their series just go stale',
        correct: true,
        why: 'Right: a target that is no longer listed is not scraped, so no up = 0 is written. The new pods are new targets with up = 1. Only an absence alert (fewer healthy targets than replicas) notices a gap.',
      },
      {
        text: 'up = 0 for each old pod until it is deleted from the TSDB',
        correct: false,
        why: 'up is written per scrape. An unlisted target is never scraped again, so its up series ends with a stale marker instead of turning 0.',
      },
      {
        text: 'up = 0 for one interval, then the alert resolves',
        correct: false,
        why: 'That is what a crashed container restarting in place looks like: it stays a target and fails its scrapes until it is back. A rescheduled pod is a different target.',
      },
      {
        text: 'A discovery error, which sets up = 0 for the whole job',
        correct: false,
        why: 'Changes in the target list are normal discovery events, not errors; up never describes a job as a whole.',
      },
    ],
    links: [lesson('service-discovery'), preset('kubernetes')],
  },
  {
    kind: 'choice',
    id: 'remote-write-429',
    question:
      'A Prometheus server remote-writes with default settings, and the remote store answers HTTP 429. What happens to that batch?',
    options: [
      {
        text: 'It is dropped',
        correct: true,
        why: 'Right: remote write retries 5xx answers with backoff, but retries a 429 only when retry_on_http_429: true is set (opt-in since prometheus#8474).',
      },
      {
        text: 'It is retried with backoff until it is accepted',
        correct: false,
        why: 'That is what 5xx answers get, and what retry_on_http_429: true turns on. The default for 429 is to drop.',
      },
      {
        text: 'It is put back in the queue and sent with the next batch',
        correct: false,
        why: 'Nothing re-queues it: a batch given up on is counted as failed and its samples never reach the store.',
      },
      {
        text: 'Prometheus slows its scrapes until the store keeps up',
        correct: false,
        why: 'Scraping and remote write are decoupled; remote write may fall behind, but scrapes keep their interval.',
      },
    ],
    links: [lesson('load-and-overload'), lesson('hybrid')],
  },
  {
    kind: 'choice',
    id: 'pull-overload',
    question: 'How can a pull server be overloaded by its own targets?',
    options: [
      {
        text: 'By exposing too many series, for example a label with one value per user',
        correct: true,
        why: 'Right: every distinct label set is a series held in memory. sample_limit, label_limit, body_size_limit and target_limit exist to cap that.',
      },
      {
        text: 'By all answering their scrapes in the same second',
        correct: false,
        why: 'Targets answer when asked, and the server spreads its scrapes over the interval; they cannot choose to arrive together.',
      },
      {
        text: 'It cannot be: the server paces everything',
        correct: false,
        why: 'It paces requests, not series. Cardinality is the pull server’s overload.',
      },
      {
        text: 'By retrying failed scrapes',
        correct: false,
        why: 'Targets never retry anything; a failed scrape is simply a gap until the next one.',
      },
    ],
    links: [lesson('load-and-overload')],
  },
  {
    kind: 'predict',
    id: 'predict-ci',
    presetId: 'ci-serverless',
    question:
      'Hundreds of functions run for about 6 s each. Pull scrapes every 15 s; push sends every 10 s and once more on exit. Which side misses more samples?',
    figure: 'missed',
    expected: 'pull',
    why: {
      pull: 'Most functions end before discovery and the first scrape reach them, so pull never sees them; push reports on exit.',
      push: 'Pushing on exit means even a 2-second function reports once; push misses far less here.',
      tie: 'Lifetime is well under the scrape interval, so the two cannot be close: pull misses most of the runs.',
    },
    links: [lesson('short-lived-jobs'), preset('ci-serverless')],
  },
  {
    kind: 'predict',
    id: 'predict-herd',
    presetId: 'thundering-herd',
    question:
      'Two thousand instances push every 10 s, all on the same wall-clock second, to a collector that takes 500 requests per second. Pull scrapes the same fleet every 15 s. Which side puts the higher peak load on its collector?',
    figure: 'load-peak',
    expected: 'push',
    why: {
      push: 'Aligned pushes arrive together, then retries pile on top; pull spreads its scrapes over the interval.',
      pull: 'Pull spreads 2,000 scrapes over 15 s by hash offsets, roughly 130 per second, far below the push spike.',
      tie: 'Same fleet, very different shapes: the aligned pushes form a spike the scraper never produces.',
    },
    links: [lesson('load-and-overload'), preset('thundering-herd')],
  },
  {
    kind: 'predict',
    id: 'predict-crash',
    presetId: 'kubernetes',
    question:
      'Forty long-running pods crash now and then and restart in place, so each stays a target. Pull scrapes every 15 s; push sends every 15 s and is declared dead after three missed pushes. Which side takes longer to notice a crash?',
    figure: 'dead-detection',
    expected: 'push',
    why: {
      push: 'Push must wait for three missed pushes (about 45 s) before silence means dead; a failed scrape sets up = 0 at the next scrape.',
      pull: 'The first failed scrape after the crash sets up = 0, within one interval; push needs several missed intervals.',
      tie: 'The waiting rules differ: one failed scrape versus three missed pushes.',
    },
    links: [lesson('pull-in-practice'), preset('kubernetes')],
  },
  {
    kind: 'predict',
    id: 'predict-clocks',
    presetId: 'drifting-clocks',
    question:
      'Forty VMs have clocks off by up to 30 s, and pushed points carry the client’s timestamp. Which side stores the larger timestamp error?',
    figure: 'timestamp-error',
    expected: 'push',
    why: {
      push: 'Pushed points keep the client’s skewed time; scraped samples get the scraper’s clock.',
      pull: 'The scraper stamps samples with its own clock, so the VMs’ skew never reaches pulled data.',
      tie: 'Only one side trusts the clients’ clocks, so the errors cannot match.',
    },
    links: [lesson('time-and-truth'), preset('drifting-clocks')],
  },
  {
    kind: 'predict',
    id: 'predict-pgw-wrong',
    presetId: 'pushgateway-wrong',
    question:
      'Twenty short tasks a minute push to a Pushgateway, each under its own instance label. Which side ends the run with more stale series still exposed?',
    figure: 'stale-series',
    expected: 'pull',
    why: {
      pull: 'The gateway never forgets while it runs: every finished task’s series stay until deleted, so they pile up.',
      push: 'Here the pull side goes through the gateway, which keeps every task’s series; the push pipeline drops ended senders.',
      tie: 'The gateway keeps every grouping key until it is deleted, so the pull side accumulates thousands of series.',
    },
    links: [lesson('short-lived-jobs'), preset('pushgateway-wrong')],
  },
];

export function findQuestion(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

/** Whether an answer is right; predict questions are judged against the report from their run. */
export function isCorrect(q: Question, answer: string, report?: Report): boolean {
  if (q.kind === 'choice') return answer === String(rightIndex(q));
  if (!report) throw new Error('a predict question needs its simulation report');
  return answer === verdictFor(q.figure, report);
}
