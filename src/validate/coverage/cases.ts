// Which rows a test case touches: the keys its daemon.json sets (after dockerd's flattening) and the
// flags its .flags file gives. Pure: the caller reads the files.
import { FLAG_TABLE } from '../../engine/flag-table.js';
import { KEY_TABLE } from '../../engine/key-table.js';
import type { CoverageRow } from './rows.js';

export interface CaseFiles {
  /** "value-mtu-negative", or "corpus/…" for the shared corpus. */
  name: string;
  json?: string;
  flags?: string;
}

/** Top-level keys, and the children of objects dockerd flattens (a regex fallback for broken JSON). */
function fileKeys(text: string): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return [...text.matchAll(/"([A-Za-z0-9._-]+)"\s*:/g)].map((m) => m[1] as string);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return [];
  const keys: string[] = [];
  for (const [k, v] of Object.entries(doc)) {
    keys.push(k);
    const structured = KEY_TABLE[k]?.type.t === 'struct' || KEY_TABLE[k]?.type.t === 'map';
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !structured) keys.push(...Object.keys(v));
  }
  return keys;
}

const SHORTS = new Map(Object.entries(FLAG_TABLE).flatMap(([name, f]) => (f.short ? [[f.short, name]] : [])));

/** Long names of the flags given, one argument a line ("--mtu=1", "-H", "-Dl"). */
function flagNames(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    const long = /^--([A-Za-z0-9-]+)/.exec(line);
    if (long) names.push(long[1] as string);
    else if (/^-[A-Za-z]/.test(line)) {
      const name = SHORTS.get(line[1] as string);
      if (name) names.push(name);
    }
  }
  return names;
}

/** Row key → names of the cases that set it, in file or as a flag. */
export function casesByRow(rows: readonly CoverageRow[], cases: readonly CaseFiles[]): Map<string, string[]> {
  const byName = new Map<string, string>();
  for (const r of rows) {
    for (const f of r.flags) byName.set(`--${f}`, r.key);
    for (const n of r.ignoredNames) byName.set(n, r.key);
  }
  for (const r of rows) byName.set(r.key, r.key);
  const out = new Map<string, string[]>();
  const note = (row: string | undefined, name: string): void => {
    if (row === undefined) return;
    const list = out.get(row) ?? [];
    if (!list.includes(name)) list.push(name);
    out.set(row, list);
  };
  for (const c of [...cases].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    for (const k of c.json === undefined ? [] : fileKeys(c.json)) note(byName.get(k), c.name);
    for (const f of c.flags === undefined ? [] : flagNames(c.flags)) note(byName.get(`--${f}`), c.name);
  }
  return out;
}
