/**
 * What a shared link is a difference from. Each link format names a frozen table of the defaults
 * and presets (./link-base-v1.ts); a link lays its patch over one entry of it, so a later edit to a
 * default or a preset never changes what an old link shows. When the live presets have drifted far
 * enough from the table that links grow long (a scenario-format change makes every link carry
 * the new fields), freeze a new table under a new link format: write `labCatalog()`
 * (lib/lab/catalog.ts) out as data beside the old one, add it to LINK_BASES in ./url.ts, bump
 * LINK_FORMAT, and check it by hand as ./link-base-v1.test.ts does. Never edit a frozen table.
 */
import type { JsonObject } from './json';

export interface LinkBase {
  defaults: JsonObject;
  presets: Readonly<Record<string, JsonObject>>;
}

/** The entry a link with `presetId` is laid over: the preset's, or the defaults (no preset, or one newer than the table). */
export const linkBaseFor = (base: LinkBase, presetId: string | null): JsonObject =>
  presetId !== null && Object.hasOwn(base.presets, presetId) ? base.presets[presetId] : base.defaults;
