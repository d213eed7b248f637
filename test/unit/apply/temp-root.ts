import * as nodeFs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createContext, type Ctx, type Fs } from '../../../src/context.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A fresh --root, removed after the test; `now` fixed so backup ids are predictable. */
export function tempRoot(overrides: Partial<Ctx> = {}): Ctx {
  const root = mkdtempSync(join(tmpdir(), 'dockerd-config-apply-'));
  roots.push(root);
  return { ...createContext({ root }), now: () => new Date('2026-11-28T01:02:03.456Z'), ...overrides };
}

export const errno = (code: string, syscall = 'open'): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall });

/** node's fs with some calls replaced: the fake goes in through ctx.fs, never vi.mock. */
export const fsWith = (overrides: Partial<Fs>): Fs => ({ ...nodeFs, ...overrides }) as Fs;

export const text = (s: string): Uint8Array => Buffer.from(s, 'utf8');
