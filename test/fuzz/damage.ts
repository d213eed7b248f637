// Damaged daemon.json files for the repair property test (issue 14): a seeded generator of valid
// files (one line or indented, top-level settings, nested objects and lists), one or two kinds of
// damage each, and the settings of the original that the damage left in sight. Pure.
import { parseTree, type Node } from 'jsonc-parser';
import { mulberry32, type Rng } from './prng.js';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const SCALAR_KEYS: Array<[string, () => Json]> = [
  ['debug', () => true],
  ['log-level', () => 'warn'],
  ['max-concurrent-downloads', () => 3],
  ['data-root', () => '/srv/docker'],
  ['storage-driver', () => 'overlay2'],
  ['live-restore', () => false],
  ['mtu', () => 1450],
  ['userland-proxy', () => true],
];
const LIST_KEYS: Array<[string, (rng: Rng) => Json]> = [
  ['registry-mirrors', (rng) => ['https://mirror.example.com', 'https://m2.example.cn'].slice(0, 1 + rng.int(2))],
  ['insecure-registries', (rng) => ['10.0.0.5:5000', 'registry.local:5000'].slice(0, 1 + rng.int(2))],
  ['hosts', () => ['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375']],
  ['dns', () => ['10.0.0.2', '8.8.8.8']],
];
const OBJECT_KEYS: Array<[string, (rng: Rng) => Json]> = [
  ['log-opts', (rng) => ({ 'max-size': '10m', 'max-file': '3', ...(rng.chance(0.5) ? { compress: 'true' } : {}) })],
  ['proxies', () => ({ 'http-proxy': 'http://proxy:3128', 'no-proxy': 'localhost' })],
  ['default-ulimits', () => ({ nofile: { Name: 'nofile', Soft: 1024, Hard: 2048 } })],
  ['runtimes', () => ({ crun: { path: '/usr/bin/crun' } })],
];

export function validDaemonJson(rng: Rng): string {
  const doc: Record<string, Json> = {};
  const n = 2 + rng.int(5);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    const [key, value] =
      r < 0.45
        ? ((([k, v]) => [k, v()])(rng.pick(SCALAR_KEYS)) as [string, Json])
        : r < 0.75
          ? ((([k, v]) => [k, v(rng)])(rng.pick(LIST_KEYS)) as [string, Json])
          : ((([k, v]) => [k, v(rng)])(rng.pick(OBJECT_KEYS)) as [string, Json]);
    doc[key] = value;
  }
  const indent = rng.pick([0, 2, 4, '\t']);
  const text = indent === 0 ? JSON.stringify(doc) : JSON.stringify(doc, null, indent);
  return rng.chance(0.2) ? text.replace(/\n/g, '\r\n') : text;
}

/** A leaf of the original: its path, its value, and the span of its member (key to value). */
export interface Leaf {
  path: Array<string | number>;
  value: unknown;
  start: number;
  end: number;
  line: number;
  /** The key (through the colon) of each member above it: damage there renames the setting. */
  keys: Array<[number, number]>;
}

export function leavesOf(text: string): Leaf[] {
  const root = parseTree(text);
  const out: Leaf[] = [];
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  const walk = (node: Node, path: Array<string | number>, start: number, keys: Array<[number, number]>): void => {
    if (node.type === 'object')
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) walk(v, [...path, k.value as string], prop.offset, [...keys, [k.offset, v.offset]]);
      }
    else if (node.type === 'array')
      (node.children ?? []).forEach((item, i) => walk(item, [...path, i], item.offset, keys));
    else out.push({ path, value: node.value, start, end: node.offset + node.length, line: lineOf(start), keys });
  };
  if (root) walk(root, [], 0, []);
  return out;
}

/** One damage: the new text and the range of the original it touched ([from, to), offsets). */
interface Damage {
  kind: string;
  text: string;
  /** Leaves overlapping this range may be lost or changed; the others must stay where they were. */
  from: number;
  to: number;
  /** A whole line commented out: its leaves are meant to go. */
  line?: number;
}

const STRUCTURAL = /[{}[\],:"]/g;

function damageOnce(text: string, rng: Rng): Damage {
  const at = (re: RegExp): number[] => [...text.matchAll(re)].map((m) => m.index!);
  const r = rng.next();
  const lineStarts = [0, ...at(/\n/g).map((i) => i + 1)];
  if (r < 0.25) {
    const spots = at(STRUCTURAL);
    const i = rng.pick(spots);
    return { kind: `delete ${text[i]}`, text: text.slice(0, i) + text.slice(i + 1), from: i, to: i + 1 };
  }
  if (r < 0.4) {
    const spots = at(/[,}\]]/g);
    const i = rng.pick(spots);
    const add = rng.pick([',', ',,', '}', ']', ' ,', '\n}', '\n    }', '\n]']);
    return { kind: `insert ${add}`, text: text.slice(0, i) + add + text.slice(i), from: i, to: i };
  }
  if (r < 0.55 && lineStarts.length > 2) {
    // A line commented out on purpose.
    const i = rng.pick(lineStarts.slice(1, -1));
    const mark = rng.pick(['# ', '// ']);
    const lineNo = text.slice(0, i).split('\n').length;
    return {
      kind: `comment out line ${lineNo}`,
      text: text.slice(0, i) + mark + text.slice(i),
      from: i,
      to: i,
      line: lineNo,
    };
  }
  if (r < 0.7) {
    // A comment marker after a value, as a paste or a stray key press leaves it.
    const spots = at(/[,]/g);
    const i = rng.pick(spots.length ? spots : [text.length - 1]);
    const mark = rng.pick(['#', '//', ' # note']);
    return { kind: `marker ${mark} mid-line`, text: text.slice(0, i) + mark + text.slice(i), from: i, to: i };
  }
  if (r < 0.76 && lineStarts.length > 3) {
    // A line lost (a bad paste, an editor's cut).
    const k = 1 + rng.int(lineStarts.length - 2);
    const from = lineStarts[k]!;
    const to = lineStarts[k + 1] ?? text.length;
    return { kind: `line ${k + 1} lost`, text: text.slice(0, from) + text.slice(to), from, to };
  }
  if (r < 0.8) {
    const cut = text.length - 1 - rng.int(Math.min(20, text.length - 1));
    return { kind: 'truncated', text: text.slice(0, cut), from: cut, to: text.length };
  }
  if (r < 0.88) return { kind: 'bom', text: `\ufeff${text}`, from: 0, to: 0 };
  if (r < 0.94) {
    const i = rng.pick(at(/"/g));
    const ch = rng.pick(['\u00a0', '\u200b', '\u3000']);
    return { kind: 'foreign space', text: text.slice(0, i) + ch + text.slice(i), from: i, to: i };
  }
  return { kind: 'appended again', text: text + text, from: text.length, to: text.length };
}

export interface DamageCase {
  name: string;
  original: string;
  damaged: string;
  kind: string;
  /** The leaves of the original the damage did not touch: repair keeps each at its path, or refuses. */
  visible: Leaf[];
}

export function damageCases(seed: number, count: number): DamageCase[] {
  const cases: DamageCase[] = [];
  for (let i = 0; i < count; i++) {
    const rng = mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
    const original = validDaemonJson(rng);
    const d = damageOnce(original, rng);
    const touches = (from: number, to: number): boolean => from <= d.to && d.from <= to;
    const visible = leavesOf(original).filter(
      (l) =>
        !touches(l.start, l.end) &&
        !l.keys.some(([from, to]) => touches(from, to)) &&
        l.line !== d.line &&
        !(d.kind === 'truncated' && l.end > d.from),
    );
    cases.push({ name: `damage-${seed}-${i}`, original, damaged: d.text, kind: d.kind, visible });
  }
  return cases;
}
