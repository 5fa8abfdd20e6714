import { describe, expect, it } from 'vitest';
import { migrateScenario } from './migrate';
import { parseScenario } from './parse';

const web = { name: 'web', kind: 'long-running', crashesPerHour: 2 };
const batch = { name: 'batch', kind: 'short-lived' };

describe('migrateScenario', () => {
  it('reads version 1 as version 2 with onCrash "replace" on each long-running group, and says so', () => {
    const m = migrateScenario({ version: 1, services: [web, { ...web, name: 'api' }, batch] });
    expect(m.input).toEqual({
      version: 2,
      services: [{ ...web, onCrash: 'replace' }, { ...web, name: 'api', onCrash: 'replace' }, batch],
    });
    expect(m.notices).toHaveLength(1);
    expect(m.notices[0]).toContain('web, api');
    expect(m.notices[0]).toContain('"replace"');
  });

  it('says nothing changes meaning when version 1 names no long-running group', () => {
    const m = migrateScenario({ version: 1, durationSec: 60 });
    expect(m.input).toEqual({ version: 2, durationSec: 60 });
    expect(m.notices).toEqual(['Version 1 scenario read as version 2; nothing in it changes meaning.']);
  });

  it('leaves version 2, unversioned input and non-objects alone', () => {
    for (const input of [{ version: 2, services: [web] }, { services: [web] }, null, 'x', [1]]) {
      expect(migrateScenario(input)).toEqual({ input, notices: [] });
    }
  });

  it('does not change the input it was given', () => {
    const input = { version: 1, services: [web] };
    migrateScenario(input);
    expect(input).toEqual({ version: 1, services: [web] });
  });
});

describe('parseScenario with older versions', () => {
  it('hands the notice to the caller with the migrated scenario', () => {
    const r = parseScenario({ version: 1, services: [web] });
    expect(r.ok && r.scenario.version).toBe(2);
    expect(r.ok && r.scenario.services[0]).toMatchObject({ onCrash: 'replace' });
    expect(r.ok && r.notices.length).toBe(1);
  });

  it('gives no notice for a current scenario, and restart is the default', () => {
    const r = parseScenario({ services: [web] });
    expect(r.ok && r.notices).toEqual([]);
    expect(r.ok && r.scenario.services[0]).toMatchObject({ onCrash: 'restart' });
  });

  it('refuses an unknown version by path', () => {
    const r = parseScenario({ version: 3 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.issues).toEqual([{ path: 'version', message: 'must be 2' }]);
  });
});
