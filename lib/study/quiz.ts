/**
 * Quiz questions. Multiple-choice ones explain every option. "Predict" ones describe a lab preset,
 * ask which side comes off worse on one figure, and take the right answer from a simulation run,
 * so the quiz can never disagree with the lab.
 */
import { compareFigure, other } from '../figures/compare';
import { FIGURES, type FigureId } from '../figures/registry';
import type { Report } from '../sim/report';
import { findPreset } from '../scenario/presets';
import type { ScenarioInput } from '../scenario/schema';
import { lesson, preset, type StudyLink } from './links';

export interface Option {
  id: string;
  text: string;
  /** Why this option is right or wrong; shown after answering. */
  why: string;
}

export interface ChoiceQuestion {
  kind: 'choice';
  id: string;
  prompt: string;
  options: Option[];
  answer: string;
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
  prompt: string;
  figure: PredictFigure;
  /** The outcome the explanations are written for; a test checks it against a real run. */
  expected: Verdict;
  /** One explanation per possible verdict. */
  why: Record<Verdict, string>;
  links: StudyLink[];
}

export type Question = ChoiceQuestion | PredictQuestion;

export const figureLabel = (f: PredictFigure) => FIGURES[f].label;

/**
 * Which side comes off worse on the figure, by the registry's comparison (the lab's ✓ rule), so the
 * quiz agrees with the lab. Null when the run cannot tell: a question whose preset gives that is
 * broken, and the quiz test fails on it.
 */
export function verdictFor(figure: PredictFigure, report: Report): Verdict | null {
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

export const QUESTIONS: readonly Question[] = [
  {
    kind: 'choice',
    id: 'who-initiates',
    prompt: 'What fundamentally distinguishes pull-based from push-based monitoring?',
    options: [
      {
        id: 'a',
        text: 'Which side opens the connection to move the data',
        why: 'Right: in pull the monitoring system asks each target, in push the target sends on its own schedule.',
      },
      {
        id: 'b',
        text: 'Whether metrics are stored as time series',
        why: 'Both models end up storing time series; storage is not what differs.',
      },
      {
        id: 'c',
        text: 'Whether the transport is HTTP or UDP',
        why: 'Pull usually uses HTTP, but push can use HTTP (CloudWatch, OTLP) or UDP (StatsD). Transport does not define the model.',
      },
      {
        id: 'd',
        text: 'Whether the data is aggregated before storage',
        why: 'Aggregation happens in both worlds (StatsD aggregates, Prometheus recording rules aggregate); it is not the dividing line.',
      },
    ],
    answer: 'a',
    links: [lesson('two-models')],
  },
  {
    kind: 'choice',
    id: 'pgw-model',
    prompt: 'A team adds a Pushgateway for its batch jobs. What is now true?',
    options: [
      {
        id: 'a',
        text: 'Prometheus has become push-based',
        why: 'No: the jobs push to the gateway, but Prometheus still scrapes the gateway. This is the classic mistake.',
      },
      {
        id: 'b',
        text: 'The jobs’ last results stay scrapable after the jobs exit',
        why: 'Right: that is the gateway’s purpose. It keeps the last push of each grouping key until someone deletes it.',
      },
      {
        id: 'c',
        text: 'Pushed series expire after five minutes',
        why: 'The gateway has no TTL; series stay until deleted through its API. Five minutes is the query lookback, a different thing.',
      },
      {
        id: 'd',
        text: 'up now reports the health of each job',
        why: 'up only says whether the gateway answered. Per-job health is lost; use push_time_seconds.',
      },
    ],
    answer: 'b',
    links: [lesson('short-lived-jobs'), preset('pushgateway-right')],
  },
  {
    kind: 'choice',
    id: 'scrape-default',
    prompt: 'What is Prometheus’ default global scrape_interval?',
    options: [
      { id: 'a', text: '10 seconds', why: '10 s is the default scrape_timeout, not the interval.' },
      {
        id: 'b',
        text: '15 seconds',
        why: '15 s is what the sample prometheus.yml sets, which is why many believe it is the default.',
      },
      { id: 'c', text: '1 minute', why: 'Right: the global default is 1 m when nothing is configured.' },
      { id: 'd', text: '5 minutes', why: '5 m is the query lookback for staleness, not a scrape setting.' },
    ],
    answer: 'c',
    links: [lesson('pull-in-practice')],
  },
  {
    kind: 'choice',
    id: 'short-job-odds',
    prompt:
      'A job lives for 5 s and the scrape interval is 60 s. Roughly how likely is it to be scraped at least once?',
    options: [
      {
        id: 'a',
        text: 'About 8 %, and less once discovery delay is counted',
        why: 'Right: the chance is about d/T = 5/60, and the job is invisible until discovery applies it.',
      },
      {
        id: 'b',
        text: 'About 50 %',
        why: 'That would need a 30 s job. The chance scales with lifetime over interval, not a coin flip.',
      },
      {
        id: 'c',
        text: 'Certain, because Prometheus scrapes new targets immediately',
        why: 'New targets wait for their hash offset within the interval, after discovery has applied them.',
      },
      {
        id: 'd',
        text: 'Zero: pull cannot see short jobs at all',
        why: 'Too strong: a few are caught by chance. The point is that most are missed, not all.',
      },
    ],
    answer: 'a',
    links: [lesson('short-lived-jobs'), preset('ci-serverless')],
  },
  {
    kind: 'choice',
    id: 'nat',
    prompt: 'Why does push keep working for devices behind NAT?',
    options: [
      {
        id: 'a',
        text: 'Push messages are smaller',
        why: 'Size has nothing to do with it; a NAT blocks unsolicited inbound connections of any size.',
      },
      {
        id: 'b',
        text: 'The device only opens outbound connections',
        why: 'Right: NAT and most firewalls allow outbound traffic, while a scraper would need to connect inward.',
      },
      {
        id: 'c',
        text: 'Push uses UDP, which passes through NAT',
        why: 'UDP does not get through a NAT inbound either, and many pushers use HTTPS.',
      },
      {
        id: 'd',
        text: 'Service discovery finds the devices',
        why: 'Discovery can list addresses, but the scraper still cannot connect to them.',
      },
    ],
    answer: 'b',
    links: [lesson('reachability'), preset('iot-nat')],
  },
  {
    kind: 'choice',
    id: 'aggregate',
    prompt:
      'Twenty workers each push their jobs_done counter to the same Pushgateway grouping key. What does Prometheus see?',
    options: [
      {
        id: 'a',
        text: 'The sum of all twenty counters',
        why: 'The gateway is explicitly not an aggregator or distributed counter.',
      },
      {
        id: 'b',
        text: 'The value from whichever worker pushed last',
        why: 'Right: each push replaces the metrics of that grouping key, so the last write wins.',
      },
      {
        id: 'c',
        text: 'Twenty separate series, one per worker',
        why: 'Only if each worker used its own grouping key (say an instance label), which brings its own pile-up problem.',
      },
      {
        id: 'd',
        text: 'An error, because the pushes conflict',
        why: 'Consistent pushes are accepted; they just overwrite one another.',
      },
    ],
    answer: 'b',
    links: [preset('pushgateway-wrong')],
  },
  {
    kind: 'choice',
    id: 'timestamps',
    prompt: 'A VM’s clock runs 30 s fast. Which data is stored at the wrong time?',
    options: [
      {
        id: 'a',
        text: 'Scraped samples from its /metrics page',
        why: 'Scraped samples take the scraper’s clock at the start of the scrape, so the VM’s clock does not matter.',
      },
      {
        id: 'b',
        text: 'Points it pushes with its own timestamps',
        why: 'Right: Graphite, CloudWatch and OTLP data can carry the client’s time, so the skew goes into storage.',
      },
      {
        id: 'c',
        text: 'Both equally',
        why: 'Only the side that trusts the client’s clock is affected.',
      },
      {
        id: 'd',
        text: 'Neither: NTP corrects stored data afterwards',
        why: 'NTP fixes the clock going forward; it never rewrites data already stored.',
      },
    ],
    answer: 'b',
    links: [lesson('time-and-truth'), preset('drifting-clocks')],
  },
  {
    kind: 'choice',
    id: 'remote-write',
    prompt: 'Prometheus in agent mode with remote_write is best described as…',
    options: [
      {
        id: 'a',
        text: 'Pure push',
        why: 'It still scrapes its targets, so the collection side is pull.',
      },
      {
        id: 'b',
        text: 'Pure pull',
        why: 'It pushes everything it collected to a remote store, so it is not pure pull either.',
      },
      {
        id: 'c',
        text: 'Pull from the targets, then push to central storage',
        why: 'Right: a hybrid, which is why “push or pull?” is rarely an either-or in real stacks.',
      },
      {
        id: 'd',
        text: 'A Pushgateway replacement',
        why: 'It does not accept pushes from jobs; it scrapes them and forwards.',
      },
    ],
    answer: 'c',
    links: [lesson('hybrid')],
  },
  {
    kind: 'choice',
    id: 'down-signal',
    prompt: 'Which model tells you most directly that a long-running service died?',
    options: [
      {
        id: 'a',
        text: 'Pull: the next scrape fails and up becomes 0',
        why: 'Right: a failed scrape is a positive signal that the target is unreachable.',
      },
      {
        id: 'b',
        text: 'Push: the service sends a final “I am dying” message',
        why: 'A crashed process usually sends nothing; push can only notice the silence.',
      },
      {
        id: 'c',
        text: 'Both equally, after one interval',
        why: 'Push has to wait for several missed intervals before silence means something.',
      },
      {
        id: 'd',
        text: 'Neither; only logs can tell',
        why: 'Metrics can tell: up in pull, missing pushes in push.',
      },
    ],
    answer: 'a',
    links: [lesson('pull-in-practice'), preset('kubernetes')],
  },
  {
    kind: 'choice',
    id: 'statsd-udp',
    prompt: 'A StatsD client sends counters over UDP on a lossy network. What happens to lost datagrams?',
    options: [
      {
        id: 'a',
        text: 'The client retries them',
        why: 'UDP gives no acknowledgement, so the client never learns about the loss.',
      },
      {
        id: 'b',
        text: 'They are lost silently and the counter undercounts',
        why: 'Right: fire and forget is the price of never blocking the application.',
      },
      {
        id: 'c',
        text: 'StatsD fills the gap from the next flush',
        why: 'StatsD sums what arrives; it has no way to know what did not.',
      },
      {
        id: 'd',
        text: 'The kernel switches to TCP',
        why: 'Nothing switches transport automatically.',
      },
    ],
    answer: 'b',
    links: [lesson('push-in-practice'), preset('flaky-network')],
  },
  {
    kind: 'predict',
    id: 'predict-ci',
    presetId: 'ci-serverless',
    prompt:
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
    prompt:
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
    prompt:
      'Forty long-running pods crash now and then. Pull scrapes every 15 s; push sends every 15 s and is declared dead after three missed pushes. Which side takes longer to notice a crash?',
    figure: 'dead-detection',
    expected: 'push',
    why: {
      push: 'Push must wait for three missed pushes (about 45 s) before silence means dead; a failed scrape sets up = 0 at once.',
      pull: 'The first failed scrape after the crash sets up = 0, within one interval; push needs several missed intervals.',
      tie: 'The waiting rules differ: one failed scrape versus three missed pushes.',
    },
    links: [lesson('pull-in-practice'), preset('kubernetes')],
  },
  {
    kind: 'predict',
    id: 'predict-clocks',
    presetId: 'drifting-clocks',
    prompt:
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
    prompt:
      'Twenty short tasks a minute push to a Pushgateway, each under its own instance label. Which side ends the run with more stale series still exposed?',
    figure: 'stale-series',
    expected: 'pull',
    why: {
      pull: 'The gateway never forgets: every finished task’s series stay until deleted, so they pile up.',
      push: 'Here the pull side goes through the gateway, which keeps every task’s series; the push pipeline drops ended senders.',
      tie: 'The gateway keeps every grouping key forever, so the pull side accumulates thousands of series.',
    },
    links: [lesson('short-lived-jobs'), preset('pushgateway-wrong')],
  },
];

export function findQuestion(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

/** Whether an answer is right; predict questions are judged against the report from their run. */
export function isCorrect(q: Question, answer: string, report?: Report): boolean {
  if (q.kind === 'choice') return answer === q.answer;
  if (!report) throw new Error('a predict question needs its simulation report');
  return answer === verdictFor(q.figure, report);
}
