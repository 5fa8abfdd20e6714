/**
 * The diagnostic: one question per topic in each of two parallel forms. Form A is the check before
 * the course, form B the check after: the same topic, the same kind of question and the same depth,
 * with different wording or a different scenario, so the second check cannot be passed by memory.
 * Predict questions run a scenario and take the right answer from the simulation (a test holds each
 * stated answer to a real run), using the quiz's verdict rule so both agree with the lab.
 */
import type { Choice } from '../quiz/choice';
import { findPreset } from '../scenario/presets';
import type { ScenarioInput } from '../scenario/schema';
import type { PredictFigure, Verdict } from '../study/quiz';
import type { DiagTopicId } from './topics';

export type Form = 'A' | 'B';

interface Base {
  id: string;
  topic: DiagTopicId;
  form: Form;
}

export interface DiagChoice extends Base, Choice {
  kind: 'choice';
}

export interface DiagPredict extends Base {
  kind: 'predict';
  question: string;
  /** The preset the scenario starts from; the result links to it. */
  presetId: string;
  scenario: ScenarioInput;
  figure: PredictFigure;
  /** The outcome the explanations are written for; a test checks it against a real run. */
  expected: Verdict;
  why: Record<Verdict, string>;
}

export type DiagQuestion = DiagChoice | DiagPredict;

/** A preset's scenario, changed by `patch`: the B forms are close cousins of the A forms' presets. */
function fromPreset(id: string, patch: (s: ScenarioInput) => ScenarioInput = (s) => s): ScenarioInput {
  const p = findPreset(id);
  if (!p) throw new Error(`unknown preset ${id}`);
  return patch(structuredClone(p.scenario));
}

export const DIAGNOSTIC: readonly DiagQuestion[] = [
  // Lesson 1: the two models
  {
    kind: 'choice',
    id: 'a-two-models',
    topic: 'two-models',
    form: 'A',
    question: 'What fundamentally distinguishes pull-based from push-based monitoring?',
    options: [
      {
        text: 'Which side opens the connection that moves the data',
        correct: true,
        why: 'Right: in pull the monitoring system asks each target; in push the target, or its agent, sends on its own schedule.',
      },
      {
        text: 'Whether the data is stored as time series',
        correct: false,
        why: 'Both models end in a time-series store; storage is not the dividing line.',
      },
      {
        text: 'Whether the transport is HTTP or UDP',
        correct: false,
        why: 'Pull usually uses HTTP, but push uses HTTP too (CloudWatch, OTLP) as well as UDP (StatsD).',
      },
    ],
  },
  {
    kind: 'choice',
    id: 'b-two-models',
    topic: 'two-models',
    form: 'B',
    question: 'In which of these setups does the monitored application start each transfer of its metrics?',
    options: [
      {
        text: 'An app whose StatsD client sends counters to a local daemon',
        correct: true,
        why: 'Right: the client decides when to send, which is what makes it push.',
      },
      {
        text: 'Prometheus requesting a pod’s /metrics page every 15 s',
        correct: false,
        why: 'Here the monitoring system starts each transfer: that is pull.',
      },
      {
        text: 'An OpenTelemetry Collector scraping the app with its prometheus receiver',
        correct: false,
        why: 'The Collector asks and the app answers, so this leg is pull even though the Collector may push onward.',
      },
    ],
  },
  // Lesson 2: pull in practice (the up metric)
  {
    kind: 'predict',
    id: 'a-pull-in-practice',
    topic: 'pull-in-practice',
    form: 'A',
    question:
      'Forty long-running pods crash now and then and restart in place. Pull scrapes every 15 s; push sends every 15 s and declares a sender dead after three missed pushes. Which side takes longer to notice a crash?',
    presetId: 'kubernetes',
    scenario: fromPreset('kubernetes'),
    figure: 'dead-detection',
    expected: 'push',
    why: {
      push: 'Right: push must wait for three missed pushes before silence counts as death; a failed scrape sets up to 0 at the next scrape.',
      pull: 'The first failed scrape after the crash records up = 0, within one interval; push has to wait through several silent intervals.',
      tie: 'The two waiting rules differ: one failed scrape against three missed pushes.',
    },
  },
  {
    kind: 'predict',
    id: 'b-pull-in-practice',
    topic: 'pull-in-practice',
    form: 'B',
    question:
      'Forty pods crash now and then and take a minute to restart. Pull scrapes every 20 s; push sends every 20 s and declares a sender dead after two missed pushes. Which side takes longer to notice a crash?',
    presetId: 'kubernetes',
    scenario: fromPreset('kubernetes', (s) => ({
      ...s,
      services: s.services?.map((svc) => ({ ...svc, restartDelaySec: 60 })),
      pull: { ...s.pull, scrapeIntervalSec: 20 },
      push: { ...s.push, pushIntervalSec: 20, deadAfterMissedPushes: 2 },
    })),
    figure: 'dead-detection',
    expected: 'push',
    why: {
      push: 'Right: two missed pushes are still two silent intervals; the scraper notices at its first failed scrape.',
      pull: 'A failed scrape sets up = 0 within one interval of the crash; push waits for two missed pushes first.',
      tie: 'One failed scrape against two missed pushes: the waits cannot match.',
    },
  },
  // Lesson 3: service discovery
  {
    kind: 'choice',
    id: 'a-service-discovery',
    topic: 'service-discovery',
    form: 'A',
    question: 'Why does pull-based monitoring need service discovery in a dynamic fleet?',
    options: [
      {
        text: 'The scraper must know the address of every target',
        correct: true,
        why: 'Right: discovery (Kubernetes API, Consul, EC2, DNS, files) keeps the target list current without touching the apps.',
      },
      {
        text: 'Discovery encrypts the scrapes',
        correct: false,
        why: 'Encryption is TLS configuration; discovery only finds targets.',
      },
      {
        text: 'Each app must learn where to send its metrics',
        correct: false,
        why: 'That is the push side’s problem. In pull the apps only expose an endpoint.',
      },
    ],
  },
  {
    kind: 'choice',
    id: 'b-service-discovery',
    topic: 'service-discovery',
    form: 'B',
    question: 'How does Prometheus’ Kubernetes discovery keep its list of pods current?',
    options: [
      {
        text: 'It watches the API server, so changes arrive as events',
        correct: true,
        why: 'Right: no polling interval; new target sets are then applied on a short tick before the first scrape.',
      },
      {
        text: 'Each pod registers itself by sending its address to Prometheus',
        correct: false,
        why: 'Pods never contact Prometheus; the API server already knows them.',
      },
      {
        text: 'It re-reads a target file every five minutes',
        correct: false,
        why: 'That is file discovery’s fallback re-read; Kubernetes discovery needs no file.',
      },
    ],
  },
  // Lesson 4: jobs that end between scrapes
  {
    kind: 'predict',
    id: 'a-short-lived-jobs',
    topic: 'short-lived-jobs',
    form: 'A',
    question:
      'Functions start 30 times a minute and run for about 6 s each. Pull scrapes every 15 s; push sends every 10 s and once more on exit. Which side misses more samples?',
    presetId: 'ci-serverless',
    scenario: fromPreset('ci-serverless'),
    figure: 'missed',
    expected: 'pull',
    why: {
      pull: 'Right: most functions end before discovery and a scrape reach them; push reports on exit.',
      push: 'Pushing on exit means even a 2-second function reports once; it is the scraper that misses them.',
      tie: 'Lifetimes well under the scrape interval cannot give a tie: pull misses most runs.',
    },
  },
  {
    kind: 'predict',
    id: 'b-short-lived-jobs',
    topic: 'short-lived-jobs',
    form: 'B',
    question:
      'CI steps start 40 times a minute and run for about 4 s each. Pull scrapes every 30 s; push sends every 10 s and once more on exit. Which side misses more samples?',
    presetId: 'ci-serverless',
    scenario: fromPreset('ci-serverless', (s) => ({
      ...s,
      services: [
        {
          name: 'ci-step',
          kind: 'short-lived',
          startsPerMin: 40,
          lifetimeSec: { dist: 'exponential', mean: 4 },
          seriesPerService: 10,
        },
      ],
      pull: { ...s.pull, scrapeIntervalSec: 30 },
    })),
    figure: 'missed',
    expected: 'pull',
    why: {
      pull: 'Right: a 4 s step is scraped with a chance of roughly 4/30 at best; the exit push reports it anyway.',
      push: 'The final push on exit reaches the collector however short the step; pull is the side that misses.',
      tie: 'Steps far shorter than the interval: the scraper misses most, push almost none.',
    },
  },
  // Lesson 5: push in practice
  {
    kind: 'choice',
    id: 'a-push-in-practice',
    topic: 'push-in-practice',
    form: 'A',
    question: 'How does a StatsD client send its metrics, and what is the cost?',
    options: [
      {
        text: 'Text lines over UDP, fire and forget: cheap, but a lost datagram is lost silently',
        correct: true,
        why: 'Right: lines like requests:1|c go to port 8125 and nothing acknowledges them.',
      },
      {
        text: 'HTTPS requests that are acknowledged and retried',
        correct: false,
        why: 'That describes OTLP over HTTP or PutMetricData, not plain StatsD.',
      },
      {
        text: 'It writes a file that the StatsD daemon scrapes',
        correct: false,
        why: 'StatsD receives datagrams; nothing scrapes the client.',
      },
    ],
  },
  {
    kind: 'choice',
    id: 'b-push-in-practice',
    topic: 'push-in-practice',
    form: 'B',
    question:
      'Several hosts publish the same CloudWatch metric with the same dimensions in one period. What does CloudWatch keep?',
    options: [
      {
        text: 'An aggregate of all of them: sample count, sum, minimum and maximum',
        correct: true,
        why: 'Right: CloudWatch aggregates the period’s values instead of keeping one write.',
      },
      {
        text: 'Only the value written last',
        correct: false,
        why: 'Last write wins on the Pushgateway and in a Graphite slot, not in CloudWatch.',
      },
      {
        text: 'It rejects all but the first host’s call',
        correct: false,
        why: 'Every call is accepted and counted into the period’s statistics.',
      },
    ],
  },
  // Lesson 6: firewalls and NAT
  {
    kind: 'predict',
    id: 'a-reachability',
    topic: 'reachability',
    form: 'A',
    question:
      '150 sensors sit behind NAT beside four reachable gateways; both sides use a 30 s interval. Which side misses more samples?',
    presetId: 'iot-nat',
    scenario: fromPreset('iot-nat'),
    figure: 'missed',
    expected: 'pull',
    why: {
      pull: 'Right: a scrape cannot open a connection into the NAT, so only the gateways are seen; the sensors push outward.',
      push: 'The sensors can call out, so their pushes arrive; it is the inbound scrapes that never reach them.',
      tie: 'Only one direction crosses the NAT: outbound pushes do, inbound scrapes do not.',
    },
  },
  {
    kind: 'predict',
    id: 'b-reachability',
    topic: 'reachability',
    form: 'B',
    question:
      'Eighty shop tills sit behind a firewall that allows only outbound connections, beside two reachable servers; both sides use a 15 s interval. Which side misses more samples?',
    presetId: 'iot-nat',
    scenario: fromPreset('iot-nat', (s) => ({
      ...s,
      services: [
        { name: 'till', kind: 'long-running', count: 80, seriesPerService: 12, firewalled: true },
        { name: 'server', kind: 'long-running', count: 2, seriesPerService: 60 },
      ],
      network: {},
      pull: { ...s.pull, scrapeIntervalSec: 15 },
      push: { ...s.push, pushIntervalSec: 15 },
    })),
    figure: 'missed',
    expected: 'pull',
    why: {
      pull: 'Right: the firewall stops every inbound scrape of the tills; their outbound pushes pass.',
      push: 'Outbound traffic is allowed, so the tills’ pushes arrive; the scraper cannot get in.',
      tie: 'The firewall blocks one direction only, so the sides cannot be close.',
    },
  },
  // Lesson 7: load and overload
  {
    kind: 'predict',
    id: 'a-load-and-overload',
    topic: 'load-and-overload',
    form: 'A',
    question:
      'Two thousand instances push every 10 s, all on the same wall-clock second, to a collector that takes 500 requests a second. Pull scrapes the same fleet every 15 s. Which side puts the higher peak load on its collector?',
    presetId: 'thundering-herd',
    scenario: fromPreset('thundering-herd'),
    figure: 'load-peak',
    expected: 'push',
    why: {
      push: 'Right: aligned pushes arrive together and retries pile on; the scraper spreads its scrapes over the interval.',
      pull: 'Pull spreads 2,000 scrapes over 15 s, about 130 a second, far below the push spike.',
      tie: 'Same fleet, different shapes: aligned pushes form a spike the scraper never produces.',
    },
  },
  {
    kind: 'predict',
    id: 'b-load-and-overload',
    topic: 'load-and-overload',
    form: 'B',
    question:
      'Fifteen hundred instances push every 15 s, all on the same second, to a collector that takes 400 requests a second. Pull scrapes the fleet every 30 s. Which side puts the higher peak load on its collector?',
    presetId: 'thundering-herd',
    scenario: fromPreset('thundering-herd', (s) => ({
      ...s,
      services: [{ name: 'edge', kind: 'long-running', count: 1500, seriesPerService: 40 }],
      pull: { ...s.pull, scrapeIntervalSec: 30 },
      push: { ...s.push, pushIntervalSec: 15, collectorCapacityPerSec: 400 },
    })),
    figure: 'load-peak',
    expected: 'push',
    why: {
      push: 'Right: 1,500 pushes in one second overrun a 400-a-second collector, and the retries add to the spike.',
      pull: 'The scraper spreads 1,500 scrapes over 30 s, about 50 a second.',
      tie: 'Aligned pushes make a spike; spread scrapes make a flat line.',
    },
  },
  // Lesson 8: time and truth
  {
    kind: 'predict',
    id: 'a-time-and-truth',
    topic: 'time-and-truth',
    form: 'A',
    question:
      'Forty VMs have clocks off by up to 30 s, and pushed points carry the client’s timestamp. Which side stores the larger timestamp error?',
    presetId: 'drifting-clocks',
    scenario: fromPreset('drifting-clocks'),
    figure: 'timestamp-error',
    expected: 'push',
    why: {
      push: 'Right: pushed points keep the client’s skewed time; scraped samples get the scraper’s clock.',
      pull: 'The scraper stamps samples with its own clock, so the VMs’ skew never reaches pulled data.',
      tie: 'Only one side trusts the clients’ clocks, so the errors cannot match.',
    },
  },
  {
    kind: 'predict',
    id: 'b-time-and-truth',
    topic: 'time-and-truth',
    form: 'B',
    question:
      'Twenty servers have clocks off by up to 10 s, and each pushed point carries the sender’s own timestamp. Which side stores the larger timestamp error?',
    presetId: 'drifting-clocks',
    scenario: fromPreset('drifting-clocks', (s) => ({
      ...s,
      services: [{ name: 'server', kind: 'long-running', count: 20, seriesPerService: 50 }],
      network: { clockSkewSec: 10 },
    })),
    figure: 'timestamp-error',
    expected: 'push',
    why: {
      push: 'Right: the senders’ clocks travel with their points; the scraper uses its own clock for what it pulls.',
      pull: 'Scraped samples take the scraper’s time, so the servers’ skew never reaches them.',
      tie: 'Only the pushed points carry the senders’ clocks.',
    },
  },
  // Lesson 9: hybrid
  {
    kind: 'choice',
    id: 'a-hybrid',
    topic: 'hybrid',
    form: 'A',
    question: 'Prometheus in agent mode with remote_write is best described as…',
    options: [
      {
        text: 'Pull from the targets, then push to central storage',
        correct: true,
        why: 'Right: it scrapes like any Prometheus, then pushes what it collected to a remote store.',
      },
      {
        text: 'Pure push',
        correct: false,
        why: 'It still scrapes its targets, so collection is pull.',
      },
      {
        text: 'A Pushgateway replacement',
        correct: false,
        why: 'It does not accept pushes from jobs; it scrapes them and forwards.',
      },
    ],
  },
  {
    kind: 'choice',
    id: 'b-hybrid',
    topic: 'hybrid',
    form: 'B',
    question: 'What does the OpenTelemetry Collector do in a metrics pipeline?',
    options: [
      {
        text: 'Receives data, by OTLP push or by scraping, processes it and exports it to one or more backends',
        correct: true,
        why: 'Right: receivers, processors and exporters, so one Collector can pull and push in the same pipeline.',
      },
      {
        text: 'Stores metrics and answers queries',
        correct: false,
        why: 'The Collector keeps no long-term store; it forwards to backends that do.',
      },
      {
        text: 'It can only scrape, like Prometheus',
        correct: false,
        why: 'Its OTLP receiver accepts pushes; scraping is one receiver among several.',
      },
    ],
  },
  // Lesson 10: putting it together
  {
    kind: 'choice',
    id: 'a-summary',
    topic: 'summary',
    form: 'A',
    question: 'Long-running microservices on Kubernetes: which model fits best, and why?',
    options: [
      {
        text: 'Pull: discovery finds pods as they come and go, and up reports crashed containers',
        correct: true,
        why: 'Right: the home ground of pull. No app needs to know where monitoring lives.',
      },
      {
        text: 'Push: pods are too short-lived to be scraped',
        correct: false,
        why: 'Long-running pods live for many scrape intervals; short life is the CI and serverless case.',
      },
      {
        text: 'Push: a cluster network blocks inbound connections',
        correct: false,
        why: 'Prometheus inside the cluster reaches pods directly; NAT is the devices’ problem.',
      },
    ],
  },
  {
    kind: 'choice',
    id: 'b-summary',
    topic: 'summary',
    form: 'B',
    question:
      'A company runs long-lived services on Kubernetes, short CI jobs and devices behind NAT. What is the sound design?',
    options: [
      {
        text: 'Both: pull for the services, push for the jobs and devices, joined by agents or Collectors and remote_write',
        correct: true,
        why: 'Right: each part gets the model that fits it, and one backend receives everything.',
      },
      {
        text: 'Pull everywhere, with a short enough scrape interval',
        correct: false,
        why: 'No interval reaches a device behind NAT, and very short jobs still slip between scrapes.',
      },
      {
        text: 'Push everywhere, because push always loses less data',
        correct: false,
        why: 'Push brings its own losses: thundering herds, client clocks and slow death detection.',
      },
    ],
  },
];

export const formQuestions = (form: Form) => DIAGNOSTIC.filter((q) => q.form === form);

export function findQuestion(id: string): DiagQuestion | undefined {
  return DIAGNOSTIC.find((q) => q.id === id);
}
