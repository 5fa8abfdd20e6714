import type { LessonData } from '../types';
import { neverSeenShare, SOURCES } from './measures';
import { band } from './predict-helpers';

export const serviceDiscovery: LessonData = {
  slug: 'service-discovery',
  sims: [
    {
      id: 'discovery-delay',
      caption: 'Jobs that live 12 s, scraped every 20 s, found through a watched targets file',
      scenario: {
        durationSec: 1800,
        services: [
          {
            name: 'job',
            kind: 'short-lived',
            startsPerMin: 6,
            lifetimeSec: { dist: 'fixed', value: 12 },
            seriesPerService: 10,
          },
        ],
        pull: { scrapeIntervalSec: 20, discovery: 'file', discoveryDelaySec: 0.5, discoveryTickSec: 5 },
        push: { pushIntervalSec: 10 },
      },
      knobs: ['pull.discovery', 'pull.discoveryTickSec', 'pull.discoveryDelaySec', 'pull.scrapeIntervalSec'],
      figures: ['never-seen', 'counts-lost'],
      views: ['timeline'],
      // Jobs of 12 s are specks over the run: the window shows whether a scrape landed in each life.
      zoom: 'window',
      tasks: [
        {
          id: 'reach-the-floor',
          label: 'Bring pull’s never-seen share under 45%, close to the 12/20 = 40% floor',
          hint: 'The floor is the sampling law alone; the rest is discovery. Apply target updates at once.',
          outcome:
            'With updates applied at once, only the sampling law is left: a 12 s job meets a 20 s scrape about 12/20 of the time.',
          done: (r) => neverSeenShare(r.pull) < 0.45,
          solution: [{ path: 'pull.discoveryTickSec', value: 0 }],
        },
        {
          id: 'dns-misses',
          label: 'Change only the discovery and make pull miss more than 80% of the jobs',
          hint: 'Try a mechanism that polls every 30 s instead of watching.',
          outcome: 'Polling every 30 s finds most 12 s jobs after they have already ended.',
          done: (r) => neverSeenShare(r.pull) > 0.8 && r.scenario.pull.scrapeIntervalSec === 20,
          solution: [{ path: 'pull.discovery', value: 'dns' }],
        },
        {
          id: 'see-them-all',
          label: 'Make pull see more than 98% of the jobs',
          hint: 'Once a job is found, it needs a scrape before it ends. Scrape much more often.',
          outcome: 'A scrape every 2 s reaches nearly every job soon after it is found.',
          done: (r) => neverSeenShare(r.pull) < 0.02,
          solution: [{ path: 'pull.scrapeIntervalSec', value: 2 }],
        },
      ],
    },
  ],
  quiz: {
    question:
      'Jobs live 12 s and Prometheus scrapes every 20 s. Measured against a real Prometheus with file discovery, 53% were never scraped. Why more than the 40% the sampling law predicts?',
    options: [
      {
        text: 'A new target waits for Prometheus’s 5 s target-update tick, so each job is invisible for its first seconds',
        correct: true,
        why: 'The file watch reports quickly, but new target sets are applied on a 5 s tick; that shortens the time a job can be scraped, and modelling it reproduces the measurement.',
      },
      {
        text: 'File discovery only re-reads the file every 5 minutes',
        correct: false,
        why: 'The 5 minute re-read is only a fallback; changes are picked up at once through a file watch.',
      },
      {
        text: 'Scrapes of short jobs time out',
        correct: false,
        why: 'The jobs were small and local; the misses were jobs never scraped at all, not failed scrapes.',
      },
      {
        text: 'Prometheus randomises each scrape’s timing',
        correct: false,
        why: 'Each target has a fixed phase from a hash of its labels and scrape URL; scrapes then come every interval, not at random times.',
      },
    ],
  },
  predictions: [
    {
      id: 'floor',
      sim: 'discovery-delay',
      setting: [],
      question:
        'Jobs live 12\u00a0s and Prometheus scrapes every 20\u00a0s, finding them through a watched file. What share of the jobs does pull never see?',
      options: [
        {
          text: 'Under 10%',
          correct: false,
          why: 'A 12\u00a0s job falls between two 20\u00a0s beats often: the sampling law alone misses 1 − 12/20 = 40%.',
        },
        {
          text: 'About 40%, the sampling law',
          correct: false,
          why: 'That is the floor with instant discovery. Here a new job waits for the file watch and the 5\u00a0s target-update tick before it can be scraped.',
        },
        {
          text: 'Around half or more',
          correct: true,
          why: 'Discovery eats the first seconds of each 12\u00a0s life, so less of it is left for a scrape to land in than d/T assumes.',
        },
      ],
      answer: (r) => band(neverSeenShare(r.pull), [0.1, 0.45]),
    },
  ],
  sources: [
    SOURCES.promConfig,
    SOURCES.scrapeManager,
    SOURCES.discoveryManager,
    SOURCES.faqPull,
    {
      label: 'Kubernetes docs: pod lifecycle, container restart policy',
      href: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
    },
    {
      label: 'Prometheus querying basics: staleness',
      href: 'https://prometheus.io/docs/prometheus/latest/querying/basics/#staleness',
    },
    {
      label: 'Prometheus docs: query functions absent() and absent_over_time()',
      href: 'https://prometheus.io/docs/prometheus/latest/querying/functions/#absent',
    },
    {
      label: 'kube-state-metrics README (kube_deployment_spec_replicas)',
      href: 'https://github.com/kubernetes/kube-state-metrics',
    },
    {
      label: 'Prometheus Operator: ServiceMonitor and PodMonitor',
      href: 'https://prometheus-operator.dev/docs/developer/getting-started/',
    },
    {
      label: 'Prometheus example config for Kubernetes (the prometheus.io/scrape annotation rules)',
      href: 'https://github.com/prometheus/prometheus/blob/main/documentation/examples/prometheus-kubernetes.yml',
    },
  ],
};
