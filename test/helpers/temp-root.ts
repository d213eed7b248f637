import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A throwaway copy of fixtures/roots/<scenario> (or an empty root), removed by `cleanup`. */
export interface TempRoot {
  dir: string;
  path(systemPath: string): string;
  read(systemPath: string): string;
  write(systemPath: string, content: string | Uint8Array): void;
  cleanup(): void;
}

export function tempRoot(scenario?: string, files: Record<string, string> = {}): TempRoot {
  const dir = mkdtempSync(join(tmpdir(), 'dockerd-config-root-'));
  if (scenario) cpSync(join(repoRoot, 'fixtures', 'roots', scenario), dir, { recursive: true });
  const path = (p: string): string => join(dir, p);
  const write = (p: string, content: string | Uint8Array): void => {
    mkdirSync(dirname(path(p)), { recursive: true });
    writeFileSync(path(p), content);
  };
  for (const [p, content] of Object.entries(files)) write(p, content);
  return {
    dir,
    path,
    read: (p) => readFileSync(path(p), 'utf8'),
    write,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
