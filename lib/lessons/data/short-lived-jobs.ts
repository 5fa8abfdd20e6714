import { readKnob } from '../../lab/path';
import type { Report } from '../../sim/report';
import type { LessonData } from '../types';
import { neverSeenShare } from './measures';
import { band } from './predict-helpers';

/** Lifetime of the "job" group when it is a fixed-length job (NaN otherwise: only that shape has a `value`). */
const fixedLifetime = (r: Report): number => readKnob(r.scenario, 'services.job.lifetimeSec.value') ?? NaN;

export const lesson: LessonData = {
  slug: 'short-lived-jobs',
  sims: [
    {
      id: 'coverage',
      caption: 'Ten jobs a minute, each running for a fixed time, scraped by Prometheus and pushing on their own',
      scenario: {
        durationSec: 1200,
        services: [
          {
            name: 'job',
            kind: 'short-lived',
            startsPerMin: 10,
            lifetimeSec: { dist: 'fixed', value: 20 },
            seriesPerService: 10,
          },
        ],
        pull: { scrapeIntervalSec: 15, pushgateway: false, pushgatewayGrouping: 'instance' },
      },
      knobs: ['services.job.lifetimeSec.value', 'pull.scrapeIntervalSec', 'pull.discoveryTickSec', 'pull.pushgateway'],
      figures: ['never-seen', 'counts-lost'],
      views: ['timeline'],
      // Jobs of 20 s in a 20 min run are specks: the window shows each life between two scrapes.
      zoom: 'window',
      tasks: [
        {
          id: 'miss-half',
          label: 'Make pull miss more than half of the jobs',
          hint: 'Shorten the jobs below the scrape interval, or stretch the interval past the jobs’ length.',
          outcome: 'Jobs shorter than the scrape interval mostly ended between two scrapes, unseen.',
          done: (r) => !r.scenario.pull.pushgateway && neverSeenShare(r.pull) > 0.5,
          solution: [{ path: 'services.job.lifetimeSec.value', value: 5 }],
        },
        {
          id: 'gateway-catches',
          label: 'Keep the jobs at 5\u00a0s or less, yet let Prometheus learn of at least 95% of them',
          hint: 'A shorter scrape interval helps only so far. Let each job push its result to the Pushgateway as it ends.',
          outcome:
            'Each job pushed its result to the Pushgateway as it ended, so Prometheus read it there, however short the job.',
          // The gateway is what the hint teaches; a 1 s scrape with instant discovery must not tick it.
          done: (r) => r.scenario.pull.pushgateway && fixedLifetime(r) <= 5 && neverSeenShare(r.pull) < 0.05,
          solution: [
            { path: 'services.job.lifetimeSec.value', value: 5 },
            { path: 'pull.pushgateway', value: true },
          ],
        },
        {
          id: 'tail-lost',
          label: 'Without the gateway, lose less than 5% of the work the jobs did',
          hint: 'Even a job that is scraped loses whatever it counted after its last scrape. How long must a job run for that tail to be small?',
          outcome: 'Long jobs are scraped many times, so the work done after their last scrape is a small share.',
          done: (r) => !r.scenario.pull.pushgateway && r.pull.countsLostRatio < 0.05,
          solution: [{ path: 'services.job.lifetimeSec.value', value: 300 }],
        },
      ],
    },
    {
      id: 'gateway-pitfalls',
      caption: 'Short tasks that each push to the Pushgateway under their own grouping key, beside ten web servers',
      preset: 'pushgateway-wrong',
      scenario: {
        durationSec: 1200,
        services: [
          { name: 'web', kind: 'long-running', count: 10 },
          {
            name: 'task',
            kind: 'short-lived',
            startsPerMin: 2,
            lifetimeSec: { dist: 'exponential', mean: 8 },
            seriesPerService: 15,
          },
        ],
      },
      knobs: ['services.task.startsPerMin', 'pull.pushgatewayGrouping', 'pull.scrapeIntervalSec'],
      figures: ['stale-series', 'never-seen', 'timestamp-error'],
      views: ['gateway-store'],
      tasks: [
        {
          id: 'ghosts',
          label: 'Make the gateway pile up more than 5,000 series from jobs that have ended',
          hint: 'Each run pushed under its own grouping key stays on the gateway forever. Run more of them.',
          outcome:
            'Every run’s own grouping key stayed on the gateway after the run ended: these series are never forgotten.',
          done: (r) => r.pull.staleSeries > 5000,
          solution: [{ path: 'services.task.startsPerMin', value: 20 }],
        },
        {
          id: 'last-write-wins',
          label: 'Use one grouping key for the whole job, then make Prometheus miss more than half of the runs',
          hint: 'With one grouping key for the job, every push replaces the one before. What happens when several runs finish between two scrapes?',
          outcome:
            'Under one key each push replaced the last, so runs that finished between two scrapes were overwritten unseen.',
          done: (r) => r.scenario.pull.pushgatewayGrouping === 'job' && neverSeenShare(r.pull) > 0.5,
          solution: [
            { path: 'pull.pushgatewayGrouping', value: 'job' },
            { path: 'services.task.startsPerMin', value: 10 },
          ],
        },
      ],
    },
  ],
  quiz: {
    question:
      'A batch job runs for 5 seconds and Prometheus scrapes every 15 seconds. Roughly how likely is one run to be scraped at least once, before discovery delays make it worse?',
    options: [
      {
        text: 'About one in three',
        correct: true,
        why: 'Scrapes fall at fixed ticks and the job starts at a random point between them, so it covers a tick with probability d/T = 5/15. Discovery delays only lower this.',
      },
      {
        text: 'Always: Prometheus scrapes every target it discovers',
        correct: false,
        why: 'A target is scraped only at its next tick. A job that ends before the tick leaves nothing behind, even though it was discovered.',
      },
      {
        text: 'Never: any job shorter than the interval is missed',
        correct: false,
        why: 'A short job can still be lucky and straddle a tick. It is seen with probability d/T, not zero; that is what makes the gaps easy to overlook.',
      },
      {
        text: 'Half the time, whatever the job length',
        correct: false,
        why: 'The chance grows with the job’s length: d/T for d below T, and certain once d is at least T (if discovery were instant).',
      },
    ],
  },
  predictions: [
    {
      id: 'five-second-jobs',
      sim: 'coverage',
      setting: [{ path: 'services.job.lifetimeSec.value', value: 5 }],
      question:
        'Shorten the jobs to 5\u00a0s, still scraped every 15\u00a0s, with no Pushgateway. What share of them does Prometheus never see?',
      options: [
        {
          text: 'Under half',
          correct: false,
          why: 'Even with instant discovery a 5\u00a0s job covers a 15\u00a0s tick only one time in three, so two in three are missed.',
        },
        {
          text: 'About two in three, as d/T says',
          correct: false,
          why: 'd/T = 5/15 assumes a job can be scraped from its first second. Discovery takes seconds of its short life first.',
        },
        {
          text: 'More than 80%',
          correct: true,
          why: 'The target-update tick and the watch delay use up most of a 5\u00a0s life, leaving a second or two for a scrape to land in.',
        },
      ],
      answer: (r) => band(neverSeenShare(r.pull), [0.5, 0.8]),
    },
  ],
  sources: [
    { label: 'Prometheus: When to use the Pushgateway', href: 'https://prometheus.io/docs/practices/pushing/' },
    { label: 'Pushgateway README (non-goals, API, timestamps)', href: 'https://github.com/prometheus/pushgateway' },
    {
      label: 'Prometheus: instrumenting batch jobs',
      href: 'https://prometheus.io/docs/practices/instrumentation/#batch-jobs',
    },
    {
      label: 'Prometheus configuration: scrape_config and honor_labels',
      href: 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/',
    },
    {
      label: 'pushgateway#19: the decision not to add a TTL',
      href: 'https://github.com/prometheus/pushgateway/issues/19',
    },
  ],
};
