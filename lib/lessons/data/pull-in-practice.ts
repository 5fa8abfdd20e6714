import type { LessonData } from '../types';
import { failedShare, SOURCES } from './measures';
import { band } from './predict-helpers';

export const pullInPractice: LessonData = {
  slug: 'pull-in-practice',
  sims: [
    {
      id: 'scrape-config',
      caption: 'Twenty API servers scraped by one Prometheus; a few crash and restart',
      scenario: {
        durationSec: 1800,
        resolutionSec: 60,
        services: [
          {
            name: 'api',
            kind: 'long-running',
            count: 20,
            seriesPerService: 200,
            crashesPerHour: 1,
            restartDelaySec: 20,
            onCrash: 'replace',
          },
        ],
        pull: { scrapeIntervalSec: 15, discovery: 'kubernetes' },
        push: { pushIntervalSec: 15 },
      },
      knobs: ['pull.scrapeIntervalSec', 'pull.scrapeTimeoutSec', 'services.api.seriesPerService'],
      figures: ['failed', 'load-mean', 'dead-detection'],
      charts: ['down'],
      tasks: [
        {
          id: 'under-one-per-second',
          label: 'Bring pull’s load below one request per second',
          hint: 'Twenty targets scraped every 15 s is 1.3 requests a second. Lengthen the interval.',
          outcome:
            'Twenty targets over a longer interval: pull’s load fell because the server chose to ask less often.',
          done: (r) => r.pull.requestsPerSecMean < 1,
          solution: [{ path: 'pull.scrapeIntervalSec', value: 30 }],
        },
        {
          id: 'all-time-out',
          label: 'Make nearly every scrape time out, so up drops to 0',
          hint: 'A bigger /metrics page takes longer to scrape. Raise the series each server exposes, or shorten the timeout.',
          outcome: 'The /metrics page grew too big to read within the timeout, so the scrapes failed and up went to 0.',
          done: (r) => failedShare(r.pull) > 0.9,
          solution: [{ path: 'services.api.seriesPerService', value: 100000 }],
        },
      ],
    },
  ],
  quiz: {
    question: 'A Prometheus config sets no scrape_interval anywhere. How often are targets scraped?',
    options: [
      {
        text: 'Every minute',
        correct: true,
        why: 'The built-in default for global.scrape_interval is 1m, and each job inherits it.',
      },
      {
        text: 'Every 15 seconds',
        correct: false,
        why: '15 s is what the sample prometheus.yml sets, so it is common, but it is an override; its own comment says the default is every minute.',
      },
      {
        text: 'Every 10 seconds',
        correct: false,
        why: '10 s is the default scrape_timeout, how long one scrape may take, not how often scrapes happen.',
      },
      {
        text: 'Whenever the target has new data',
        correct: false,
        why: 'The target never tells Prometheus anything; Prometheus asks on its own fixed schedule.',
      },
    ],
  },
  predictions: [
    {
      id: 'load',
      sim: 'scrape-config',
      setting: [],
      question:
        'Prometheus scrapes twenty API servers every 15\u00a0s. How many scrape requests a second does it send, on average?',
      options: [
        {
          text: 'Under one',
          correct: false,
          why: 'That would need fewer targets or a longer interval: twenty targets every 15\u00a0s is more than one a second.',
        },
        {
          text: 'About 1.3',
          correct: true,
          why: 'One request per target per interval: 20 / 15\u00a0s ≈ 1.3 a second, whatever the targets do.',
        },
        {
          text: 'About 20',
          correct: false,
          why: 'Twenty is the requests per interval, not per second: they are spread over 15\u00a0s.',
        },
      ],
      answer: (r) => band(r.pull.requestsPerSecMean, [1, 3]),
    },
  ],
  sources: [
    SOURCES.promConfig,
    SOURCES.jobsInstances,
    SOURCES.faqPull,
    {
      label: 'Prometheus source: scrape/target.go (offset from labels, URL and a per-server seed)',
      href: 'https://github.com/prometheus/prometheus/blob/main/scrape/target.go',
    },
    {
      label: 'Alertmanager docs: high availability and de-duplication',
      href: 'https://prometheus.io/docs/alerting/latest/alertmanager/',
    },
    {
      label: 'Kubernetes docs: pod lifecycle, container restart policy',
      href: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
    },
  ],
};
