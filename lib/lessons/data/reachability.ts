import { readKnob } from '../../lab/path';
import type { LessonData } from '../types';
import { neverSeenShare } from './measures';

export const lesson: LessonData = {
  slug: 'reachability',
  sims: [
    {
      id: 'behind-nat',
      caption: '150 sensors behind NAT and 4 reachable gateways, on a network that loses 2% of messages',
      preset: 'iot-nat',
      scenario: { durationSec: 900 },
      knobs: ['services.sensor.firewalled', 'services.gateway.firewalled', 'network.lossRate', 'push.pushIntervalSec'],
      figures: ['never-seen', 'missed', 'failed'],
      views: ['timeline'],
      tasks: [
        {
          id: 'push-survives-loss',
          label: 'Keep the sensors behind NAT, raise message loss to 20%, and still hear from every sensor',
          hint: 'Loss is a network knob. Pushes go out over connections the sensors open themselves, and lost ones are retried.',
          outcome: 'Sensors behind NAT kept pushing out through 20% loss, and retries filled the gaps.',
          done: (r) =>
            readKnob(r.scenario, 'services.sensor.firewalled') === true &&
            r.scenario.network.lossRate >= 0.2 &&
            r.push.servicesNeverSeen === 0 &&
            r.push.missedSampleRatio < 0.01,
          solution: [{ path: 'network.lossRate', value: 0.2 }],
        },
        {
          id: 'pull-blind',
          label: 'Firewall the gateways too, so that Prometheus sees nothing at all',
          hint: 'Every scrape is an inbound connection. What happens when no instance accepts one?',
          outcome: 'No instance accepted an inbound connection, so every scrape failed and Prometheus saw nothing.',
          done: (r) => r.pull.servicesTotal > 0 && r.pull.servicesNeverSeen === r.pull.servicesTotal,
          solution: [{ path: 'services.gateway.firewalled', value: true }],
        },
        {
          id: 'reach-in',
          label: 'Let Prometheus reach the sensors, as a VPN or a scraper inside their network would',
          hint: 'The sensors are behind NAT: no inbound connection reaches them. Take that away.',
          outcome: 'With the sensors reachable, scrapes got through and pull saw them again.',
          done: (r) => neverSeenShare(r.pull) < 0.05,
          solution: [{ path: 'services.sensor.firewalled', value: false }],
        },
      ],
    },
  ],
  quiz: {
    question:
      'A fleet of sensors sits behind a home router’s NAT. They can open connections to the internet, but nothing can connect to them. Which collection works without changing the network?',
    options: [
      {
        text: 'Push: each sensor sends its metrics out to a collector',
        correct: true,
        why: 'A push is an outbound connection the sensor opens itself, which NAT allows. The answer comes back over that same connection.',
      },
      {
        text: 'Pull: Prometheus scrapes each sensor’s /metrics',
        correct: false,
        why: 'A scrape is an inbound HTTP request to the sensor. NAT has no mapping for it, so every scrape fails and up stays 0.',
      },
      {
        text: 'Either, as long as the scrape timeout is long enough',
        correct: false,
        why: 'A longer timeout only waits longer for a connection that can never be made. Reachability, not speed, is the problem.',
      },
    ],
  },
  predictions: [
    {
      id: 'loss',
      sim: 'behind-nat',
      setting: [{ path: 'network.lossRate', value: 0.2 }],
      question:
        'Raise message loss to 20%. Do the sensors behind NAT still get all their data to the collector by push?',
      options: [
        {
          text: 'Yes: lost pushes are sent again',
          correct: true,
          why: 'Each push is an outbound request the sensor opens itself; one that gets no answer is retried.',
        },
        {
          text: 'No: about a fifth of the data is gone',
          correct: false,
          why: 'That is true of fire-and-forget datagrams. These pushes are acknowledged, so a lost one is noticed and sent again.',
        },
        {
          text: 'No: push cannot get out through NAT',
          correct: false,
          why: 'NAT stops connections coming in, not going out. A push is outbound, which is why it works here at all.',
        },
      ],
      answer: (r) =>
        r.push.servicesNeverSeen === 0 && r.push.missedSampleRatio < 0.01 ? 0 : r.push.failed > 0 ? 1 : 2,
    },
  ],
  sources: [
    {
      label: 'Prometheus FAQ: why do you pull rather than push?',
      href: 'https://prometheus.io/docs/introduction/faq/#why-do-you-pull-rather-than-push',
    },
    {
      label: 'Prometheus: Jobs and instances (the up metric)',
      href: 'https://prometheus.io/docs/concepts/jobs_instances/',
    },
    { label: 'Prometheus: When to use the Pushgateway', href: 'https://prometheus.io/docs/practices/pushing/' },
    {
      label: 'Prometheus Agent mode: scrape locally, push out with remote write',
      href: 'https://prometheus.io/docs/prometheus/latest/prometheus_agent/',
    },
    { label: 'PushProx README', href: 'https://github.com/prometheus-community/PushProx' },
    { label: 'Prometheus docs: federation', href: 'https://prometheus.io/docs/prometheus/latest/federation/' },
    {
      label: 'Amazon CloudWatch API: PutMetricData (Timestamp is optional)',
      href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html',
    },
    {
      label: 'Amazon CloudWatch docs: statistics definitions (Sum per period)',
      href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html',
    },
  ],
};
