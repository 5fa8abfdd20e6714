import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioOrThrow } from '../scenario/parse';
import { buildArtifacts } from './index';

describe('buildArtifacts', () => {
  it('default scenario: /metrics, prometheus.yml, and the http push artifacts', () => {
    const ids = buildArtifacts(defaultScenario()).map((a) => a.id);
    expect(ids).toEqual(['exposition', 'prometheus-config', 'cloudwatch', 'otlp']);
  });

  it('file discovery, gateway on, statsd: target files for scraped groups, the gateway push, the datagrams', () => {
    const s = scenarioOrThrow({ pull: { discovery: 'file', pushgateway: true }, push: { protocol: 'statsd' } });
    const artifacts = buildArtifacts(s);
    expect(artifacts.map((a) => a.id)).toEqual([
      'exposition',
      'prometheus-config',
      'file-sd-web',
      'pushgateway',
      'statsd',
    ]);
    expect(artifacts.find((a) => a.id === 'pushgateway')!.content).toContain('/metrics/job/batch/instance/batch-0');
  });

  it('every artifact has a title, a one-line description and content, and is deterministic', () => {
    const s = scenarioOrThrow({ pull: { pushgateway: true } });
    const a = buildArtifacts(s);
    expect(buildArtifacts(s)).toEqual(a);
    for (const x of a) {
      expect(x.title).not.toBe('');
      expect(x.description).not.toMatch(/\n/);
      expect(x.content.endsWith('\n')).toBe(true);
    }
  });
});
