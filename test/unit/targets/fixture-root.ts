import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createContext, type Ctx } from '../../../src/context.js';

/** A file's content, or a symlink to a path (absolute paths are on the target system). */
export type Entry = string | { symlink: string };

/** Writes a small fake root in a temp dir (removed when the test ends) and returns its path. */
export function makeRoot(files: Record<string, Entry>): string {
  const root = mkdtempSync(join(tmpdir(), 'dockerd-config-root-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, entry] of Object.entries(files)) {
    const at = join(root, path);
    mkdirSync(dirname(at), { recursive: true });
    if (typeof entry === 'string') writeFileSync(at, entry);
    else symlinkSync(entry.symlink, at);
  }
  return root;
}

/** A context on a root with node's fs and a fixed environment. */
export function rootCtx(root: string, env: Record<string, string | undefined> = {}): Ctx {
  return { ...createContext({ root, env }), cwd: '/work' };
}

export const fixtureRoot = (name: string): string =>
  new URL(`../../../fixtures/roots/${name}`, import.meta.url).pathname;
