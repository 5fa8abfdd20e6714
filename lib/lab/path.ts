/**
 * Knob ids: the dotted scenario paths a control reads and writes, checked by the compiler.
 *
 * The ids are derived from the scenario's own type (lib/scenario/schema.ts), so a field added to
 * the schema becomes a valid id at once and a renamed one stops compiling wherever it is used.
 * Service groups are addressed by name (`services.batch.startsPerMin`), never by position: a
 * group's knob keeps meaning the same group when another one is added or removed.
 */
import type { Scenario, ServiceGroup } from '../scenario/schema';

type Leaf = string | number | boolean;

/**
 * Every leaf of `T` as an `{ id, value }` pair: its dotted path and the type stored there.
 * Distributes over unions, so each lifetime shape contributes its own parameters. Optional
 * fields count (a knob may set one the scenario leaves out).
 */
type Leaves<T, Prefix extends string = ''> = T extends unknown
  ? {
      [K in keyof T & string]-?: NonNullable<T[K]> extends Leaf
        ? { id: `${Prefix}${K}`; value: NonNullable<T[K]> }
        : NonNullable<T[K]> extends readonly unknown[]
          ? never // a list is edited by store actions (as the groups are), not as a knob
          : Leaves<NonNullable<T[K]>, `${Prefix}${K}.`>;
    }[keyof T & string]
  : never;

type ScenarioLeaf = Leaves<Omit<Scenario, 'version' | 'services'>>;
/** A group's name and kind say which group it is; they are not knobs. */
type ServiceLeaf = Exclude<Leaves<ServiceGroup>, { id: 'name' | 'kind' }>;
type ValueAt<L extends { id: string; value: unknown }, Id> = Extract<L, { id: Id }>['value'];

/** A knob of the whole scenario: `durationSec`, `pull.scrapeIntervalSec`, … */
export type ScenarioKnobId = ScenarioLeaf['id'];
/** A knob of one service group, relative to the group: `count`, `lifetimeSec.mean`, … */
export type ServiceField = ServiceLeaf['id'];
type Letter =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z';
/** A group's name starts with a letter (the schema's rule), so a position such as `1` is not one. */
export type GroupName = `${Letter}${string}`;
/** A service group's knob, by the group's name. */
export type ServiceKnobId<F extends ServiceField = ServiceField> = `services.${GroupName}.${F}`;
export type KnobId = ScenarioKnobId | ServiceKnobId;

/** The type of value a knob holds. */
export type KnobValue<K extends KnobId> = K extends ScenarioKnobId
  ? ValueAt<ScenarioLeaf, K>
  : K extends `services.${string}.${infer F}`
    ? ValueAt<ServiceLeaf, F>
    : never;

/** One knob set to a value of its own type (a lesson task's step). */
export type KnobSetting =
  | { [I in ScenarioKnobId]: { path: I; value: ValueAt<ScenarioLeaf, I> } }[ScenarioKnobId]
  | { [F in ServiceField]: { path: ServiceKnobId<F>; value: ValueAt<ServiceLeaf, F> } }[ServiceField];

/** A group's knob id; the name comes from a validated scenario, so it starts with a letter. */
export const serviceKnobId = <F extends ServiceField>(group: string, field: F): ServiceKnobId<F> =>
  `services.${group}.${field}` as ServiceKnobId<F>;

// Group names cannot contain a dot (the schema allows a-z, 0-9, "_" and "-").
const SERVICE_ID = /^services\.([^.]+)\.(.+)$/;

/** The group a knob belongs to and its path inside it; `group` is null for a scenario-wide knob. */
export function parseKnobId(
  id: KnobId,
): { group: null; field: ScenarioKnobId } | { group: string; field: ServiceField } {
  const m = SERVICE_ID.exec(id);
  return m ? { group: m[1], field: m[2] as ServiceField } : { group: null, field: id as ScenarioKnobId };
}

/**
 * Where a knob lives in this scenario as a positional path (`services.1.startsPerMin`, the form
 * the validator reports), or null when the scenario has no group of that name.
 */
export function positionalPath(s: Scenario, id: KnobId): string | null {
  const { group, field } = parseKnobId(id);
  if (group === null) return field;
  const index = s.services.findIndex((g) => g.name === group);
  return index < 0 ? null : `services.${index}.${field}`;
}

/** A knob's value, or undefined where the scenario has no such group or field (another lifetime shape). */
export function readKnob<K extends KnobId>(s: Scenario, id: K): KnobValue<K> | undefined {
  const path = positionalPath(s, id);
  return path === null ? undefined : (getIn(s, path) as KnobValue<K> | undefined);
}

/** A copy of the scenario with one knob set, without any coupling (see ./store.ts for those). */
export function writeKnob<K extends KnobId>(s: Scenario, id: K, value: KnobValue<K>): Scenario {
  const path = positionalPath(s, id);
  if (path === null) throw new Error(`No service group "${parseKnobId(id).group}" for knob ${id}`);
  return setIn(s, path, value);
}

const keys = (path: string): (string | number)[] => path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/** Reads a value at a positional dotted path (`services.1.count`). */
export function getIn(root: unknown, path: string): unknown {
  let node = root;
  for (const k of keys(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node;
}

/** A copy of `root` with `value` at a positional dotted path; every object on the way is copied, nothing else. */
export function setIn<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = keys(path);
  const node = (root ?? {}) as Record<string | number, unknown>;
  const child = rest.length ? setIn(node[head], rest.join('.'), value) : value;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[head as number] = child;
    return copy as T;
  }
  return { ...node, [head]: child } as T;
}
