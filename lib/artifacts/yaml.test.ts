import { describe, expect, it } from 'vitest';
import { yamlFlowList, yamlString } from './yaml';

describe('yamlString', () => {
  it('leaves identifiers, paths and host:port plain', () => {
    expect(yamlString('web')).toBe('web');
    expect(yamlString('__meta_kubernetes_pod_label_app')).toBe('__meta_kubernetes_pod_label_app');
    expect(yamlString('/etc/prometheus/targets/web.json')).toBe('/etc/prometheus/targets/web.json');
    expect(yamlString('web-0.example.internal:8080')).toBe('web-0.example.internal:8080');
  });

  it('quotes what YAML would read as another type or as syntax', () => {
    expect(yamlString('true')).toBe("'true'");
    expect(yamlString('No')).toBe("'No'");
    expect(yamlString('y')).toBe("'y'");
    expect(yamlString('8080')).toBe("'8080'");
    expect(yamlString('.5')).toBe("'.5'");
    expect(yamlString('')).toBe("''");
    expect(yamlString('a b')).toBe("'a b'");
    expect(yamlString('key:')).toBe("'key:'");
    expect(yamlString('$1:$2')).toBe("'$1:$2'");
  });

  it('keeps backslashes and doubles single quotes inside single quotes', () => {
    expect(yamlString('(\\d+)')).toBe("'(\\d+)'");
    expect(yamlString("it's")).toBe("'it''s'");
  });

  it('writes flow lists', () => {
    expect(yamlFlowList(['a', 'b c'])).toBe("[a, 'b c']");
  });
});
