// A one-binary image for `docker import`, made from the host's own files (no network): /bin/sleep
// and the libraries it links, so a container can keep running while a test reloads dockerd.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The tar bytes of an image holding /bin/sleep and its shared libraries. */
export function keepAliveImage(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'keepalive-'));
  try {
    const libs = execFileSync('ldd', ['/bin/sleep'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => /(\/\S+) \(0x/.exec(l)?.[1])
      .filter((p): p is string => p !== undefined);
    for (const file of ['/bin/sleep', ...libs]) {
      mkdirSync(join(dir, dirname(file)), { recursive: true });
      cpSync(file, join(dir, file), { dereference: true });
    }
    execFileSync('tar', ['-C', dir, '-cf', `${dir}.tar`, '.']);
    return readFileSync(`${dir}.tar`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.tar`, { force: true });
  }
}
