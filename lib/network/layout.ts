/**
 * Where the network view draws things, in SVG user units (one unit = one CSS px at the measured
 * width). Wide: the scraper on the left, the collector on the right, the instances between them.
 * Narrow (a phone): the scraper, the Pushgateway and the collector in a row above the instances.
 */
import type { Report } from '../sim/report';
import { LINGER_SHARE, type Message } from './scene';

export interface Point {
  x: number;
  y: number;
}
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface GroupBlock {
  name: string;
  firewalled: boolean;
  /** Where the group's name is written. */
  label: Point;
}

export interface NetworkLayout {
  width: number;
  /** Width of the scraper, gateway and collector boxes. */
  nodeW: number;
  height: number;
  wide: boolean;
  scraper: Point;
  collector: Point;
  gateway: Point | null;
  /** One centre per `report.trace` entry, fixed for the whole run so nothing jumps. */
  slots: Point[];
  groups: GroupBlock[];
  /** Around the firewalled groups; absent when no sampled instance is firewalled. */
  firewall: Rect | null;
}

/** Below this width the nodes go above the instances. */
export const WIDE_MIN_PX = 560;
export const SLOT_PITCH = 24;
const MAX_PITCH = 44;
export const NODE_W = 96;
export const NODE_H = 44;
const PAD = 12;
const LABEL_H = 18;
const FIREWALL_PAD = 10;
/** Room under the collector for its capacity gauge, and under the gateway for its store. */
const GAUGE_H = 26;
export const GATEWAY_H = 64;

export function layoutNetwork(report: Report, widthPx: number): NetworkLayout {
  const width = Math.max(280, Math.round(widthPx));
  const wide = width >= WIDE_MIN_PX;
  const hasGateway = report.scenario.pull.pushgateway;
  const firewalled = new Set(report.scenario.services.filter((s) => s.firewalled).map((s) => s.name));

  // Instances go where the nodes are not: between the side columns, or below the top row.
  const areaX = wide ? PAD + NODE_W + 48 : PAD;
  const areaW = wide ? width - 2 * areaX : width - 2 * PAD;
  // On a phone the three nodes share one row: they narrow to fit it.
  const nodeW = wide ? NODE_W : Math.min(NODE_W, Math.floor((width - 2 * PAD - 2 * 8) / 3));
  const topRowH = Math.max(NODE_H + GAUGE_H, hasGateway ? GATEWAY_H : 0);
  let y = wide ? PAD : PAD + topRowH + 20;
  const areaTop = y;

  // Open groups first, firewalled ones last, so one box holds every firewalled group.
  const names = [...new Set(report.trace.map((t) => t.group))];
  const ordered = [...names.filter((n) => !firewalled.has(n)), ...names.filter((n) => firewalled.has(n))];
  const cols = Math.max(1, Math.floor((areaW - 2 * FIREWALL_PAD) / SLOT_PITCH));
  const gapSec = Math.min(report.scenario.pull.scrapeIntervalSec, report.scenario.push.pushIntervalSec);
  const blocks = ordered.map((name) => {
    const members = report.trace.flatMap((t, i) => (t.group === name ? [i] : []));
    const slotOf = shareSlots(
      members.map((i) => report.trace[i]),
      gapSec,
    );
    return { name, members, slotOf, used: slotOf.length ? Math.max(...slotOf) + 1 : 0 };
  });
  // Spread a short row over a wide area (up to MAX_PITCH apart), centred between the nodes.
  const widest = Math.min(cols, Math.max(1, ...blocks.map((b) => b.used)));
  const pitch = Math.max(SLOT_PITCH, Math.min(MAX_PITCH, Math.floor((areaW - 2 * FIREWALL_PAD) / widest)));
  const left = areaX + FIREWALL_PAD + (wide ? (areaW - 2 * FIREWALL_PAD - widest * pitch) / 2 : 0);

  const slots: Point[] = new Array(report.trace.length);
  const groups: GroupBlock[] = [];
  let firewallTop: number | null = null;
  for (const { name, members, slotOf, used } of blocks) {
    const isFirewalled = firewalled.has(name);
    if (isFirewalled && firewallTop === null) {
      firewallTop = y;
      y += LABEL_H + 4; // the box's own label
    }
    groups.push({ name, firewalled: isFirewalled, label: { x: left, y: y + 12 } });
    y += LABEL_H;
    members.forEach((i, m) => {
      const n = slotOf[m];
      slots[i] = {
        x: left + pitch / 2 + (n % cols) * pitch,
        y: y + SLOT_PITCH / 2 + Math.floor(n / cols) * SLOT_PITCH,
      };
    });
    y += Math.ceil(used / cols) * SLOT_PITCH + 8;
  }
  const firewall =
    firewallTop === null ? null : { x: areaX, y: firewallTop, w: areaW, h: y - firewallTop + FIREWALL_PAD - 8 };
  const contentBottom = firewall ? firewall.y + firewall.h : y;

  let scraper: Point, collector: Point, gateway: Point | null;
  if (wide) {
    const sideH = NODE_H + (hasGateway ? 36 + GATEWAY_H : 0);
    const height = Math.max(contentBottom, areaTop + sideH + GAUGE_H) + PAD;
    const mid = height / 2;
    scraper = { x: PAD + NODE_W / 2, y: hasGateway ? PAD + NODE_H / 2 : mid };
    gateway = hasGateway ? { x: PAD + NODE_W / 2, y: scraper.y + NODE_H / 2 + 36 + GATEWAY_H / 2 } : null;
    collector = { x: width - PAD - NODE_W / 2, y: mid - GAUGE_H / 2 };
    return { width, nodeW, height, wide, scraper, collector, gateway, slots, groups, firewall };
  }
  const rowY = PAD + NODE_H / 2;
  scraper = { x: PAD + nodeW / 2, y: rowY };
  collector = { x: width - PAD - nodeW / 2, y: rowY };
  gateway = hasGateway ? { x: width / 2, y: PAD + GATEWAY_H / 2 } : null;
  const height = contentBottom + PAD;
  return { width, nodeW, height, wide, scraper, collector, gateway, slots, groups, firewall };
}

/**
 * One slot per instance at the same time, not per instance ever: a job takes the first slot whose
 * last occupant ended at least `gapSec` earlier (room for a crash to stay visible), so a group of
 * short jobs needs only as many slots as ever ran at once. Returns each instance's slot number.
 */
export function shareSlots(instances: readonly { startSec: number; endSec: number }[], gapSec: number): number[] {
  const order = instances.map((_, k) => k).sort((a, b) => instances[a].startSec - instances[b].startSec || a - b);
  const freeFrom: number[] = []; // per slot: when it can be taken again
  const slotOf: number[] = new Array(instances.length);
  for (const k of order) {
    const { startSec, endSec } = instances[k];
    let slot = freeFrom.findIndex((t) => t <= startSec);
    if (slot < 0) slot = freeFrom.length;
    freeFrom[slot] = endSec + gapSec;
    slotOf[k] = slot;
  }
  return slotOf;
}

/** Where a segment from `a` to `b` first enters `r`, as a share of the way (null if it never does). */
export function entryShare(a: Point, b: Point, r: Rect): number | null {
  // Liang–Barsky clipping of the segment against the rectangle.
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - r.x],
    [dx, r.x + r.w - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.h - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return t0;
}

/** Lost messages vanish half-way: the network dropped them. */
export const LOST_AT_SHARE = 0.5;

export interface MessagePosition extends Point {
  /** The share of the way where it stopped, when it stopped short (failed, lost). */
  stopped: boolean;
  /** 1 while travelling, fading to 0 as its outcome lingers. */
  opacity: number;
}

/**
 * A message's position: scrapes go from the scraper to the instance (or to the gateway, for a job's
 * pushed values), pushes from the instance to the collector or the gateway. A failed scrape of a firewalled instance stops at the firewall; a
 * lost one stops half-way; a refused push reaches the collector and is turned away there.
 */
export function messagePosition(m: Message, layout: NetworkLayout, firewalled: boolean): MessagePosition {
  const at = layout.slots[m.instance];
  const gateway = layout.gateway ?? layout.scraper;
  const [from, to] =
    m.kind === 'scrape'
      ? [layout.scraper, at]
      : m.kind === 'gateway-scrape'
        ? [layout.scraper, gateway]
        : [at, m.kind === 'gateway-push' ? gateway : layout.collector];
  let stopAt = 1;
  if (m.outcome === 'lost') stopAt = LOST_AT_SHARE;
  else if (m.outcome === 'failed' && firewalled && layout.firewall) {
    stopAt = entryShare(from, to, layout.firewall) ?? 1;
  }
  const share = Math.min(Math.max(m.progress, 0), stopAt);
  const opacity = m.progress <= 1 ? 1 : Math.max(0, 1 - (m.progress - 1) / LINGER_SHARE);
  return {
    x: from.x + (to.x - from.x) * share,
    y: from.y + (to.y - from.y) * share,
    stopped: m.progress >= stopAt && stopAt < 1,
    opacity,
  };
}
