import type { LessonData } from '../types';
import { neverSeenShare, SOURCES } from './measures';
import { largerSide } from './predict-helpers';

export const twoModels: LessonData = {
  slug: 'two-models',
  sims: [
    {
      id: 'who-sets-the-pace',
      caption: 'Ten web servers and a stream of short jobs, watched by a scraper and by pushers at once',
      scenario: {
        durationSec: 1200,
        services: [
          { name: 'web', kind: 'long-running', count: 10, seriesPerService: 50 },
          {
            name: 'job',
            kind: 'short-lived',
            startsPerMin: 6,
            lifetimeSec: { dist: 'exponential', mean: 20 },
            seriesPerService: 10,
          },
        ],
        pull: { scrapeIntervalSec: 15 },
        push: { pushIntervalSec: 10 },
      },
      knobs: ['pull.scrapeIntervalSec', 'push.pushIntervalSec'],
      figures: ['never-seen', 'load-mean', 'config-places'],
      views: ['timeline'],
      // The window shows each short job between two scrapes; "Whole run" shows the fleet.
      zoom: 'window',
      tasks: [
        {
          id: 'pull-busier',
          label: 'Make the scraper send more requests than the pushers',
          hint: 'Pull’s pace is set in one place, the server. Scrape more often.',
          outcome:
            'Pull’s load is set by one number on the server: scraping faster multiplied every target’s requests at once.',
          done: (r) => r.pull.requests > r.push.requests,
          solution: [{ path: 'pull.scrapeIntervalSec', value: 5 }],
        },
        {
          id: 'miss-half',
          label: 'Make pull never see more than half of all instances',
          hint: 'A job that ends before its first scrape leaves no trace. Scrape less often.',
          outcome: 'Jobs that ended between two scrapes left no trace: pull never knew they ran.',
          done: (r) => neverSeenShare(r.pull) > 0.5,
          solution: [{ path: 'pull.scrapeIntervalSec', value: 60 }],
        },
      ],
    },
  ],
  quiz: {
    question: 'What actually distinguishes push from pull?',
    options: [
      {
        text: 'Which side opens the connection: the monitoring server (pull) or the monitored process (push)',
        correct: true,
        why: 'In pull the server fetches /metrics from each target on its own schedule; in push the process, or an agent beside it, sends its numbers to a collector.',
      },
      {
        text: 'Pull uses HTTP and push uses UDP',
        correct: false,
        why: 'Both can use HTTP: OTLP exporters and CloudWatch PutMetricData push over HTTP. Only some push protocols, such as StatsD, use UDP.',
      },
      {
        text: 'Pull sends the numbers more often than push',
        correct: false,
        why: 'Either side can be fast or slow: the scrape interval and the push interval are both settings. You changed them independently in the simulation.',
      },
      {
        text: 'Pull stores the data on the monitored machine, push stores it centrally',
        correct: false,
        why: 'Both end up in a central store. A pulled target only exposes its current values; the scraper keeps the history.',
      },
    ],
  },
  predictions: [
    {
      id: 'who-misses',
      sim: 'who-sets-the-pace',
      setting: [],
      question:
        'Jobs that live about 20\u00a0s on average, scraped every 15\u00a0s, or pushing every 10\u00a0s and once more as they exit. Which side never hears from more of the instances?',
      options: [
        {
          text: 'Pull',
          correct: true,
          why: 'A job that ends before its first scrape leaves no trace for pull, and many jobs here live less than 15\u00a0s. Each pusher sends on its own, at the latest as it exits.',
        },
        {
          text: 'Push',
          correct: false,
          why: 'A pusher does not wait to be asked: it sends every 10\u00a0s and once more as it exits, so even a short job is heard.',
        },
        {
          text: 'About the same',
          correct: false,
          why: 'The two differ in who sets the pace. Pull’s pace is the server’s, and a short job can end between two of its beats.',
        },
      ],
      answer: (r) => largerSide(neverSeenShare(r.pull), neverSeenShare(r.push)),
    },
  ],
  sources: [
    SOURCES.exposition,
    SOURCES.promConfig,
    SOURCES.faqPull,
    SOURCES.statsd,
    SOURCES.otelSdk,
    {
      label: 'OpenTelemetry docs: Collector agent deployment pattern',
      href: 'https://opentelemetry.io/docs/collector/deploy/agent/',
    },
  ],
};
