// node write-two-killed.mjs ROOT K: one applyChanges of two files (daemon.json and the hosts
// drop-in, as `host add` writes them), killed by SIGKILL at its K-th file-system call that changes
// something (K = 0: never). Prints how many such calls the whole change made.
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { applyChanges } from '../../../../src/apply/index.js';
import { createContext, type Fs } from '../../../../src/context.js';
import { report } from './report.js';

const [root = '/', k = '0'] = process.argv.slice(2);
const killAt = Number(k);
const MUTATING = new Set([
  'openSync',
  'writeSync',
  'writeFileSync',
  'fsyncSync',
  'fdatasyncSync',
  'renameSync',
  'unlinkSync',
  'rmSync',
  'mkdirSync',
  'fchmodSync',
  'fchownSync',
  'chmodSync',
  'chownSync',
  'closeSync',
]);
let calls = 0;
const fs = new Proxy(nodeFs, {
  get(target, name, receiver) {
    const value = Reflect.get(target, name, receiver) as unknown;
    if (typeof name !== 'string' || !MUTATING.has(name) || typeof value !== 'function') return value;
    return (...args: unknown[]) => {
      calls++;
      if (calls === killAt) process.kill(process.pid, 'SIGKILL');
      return (value as (...a: unknown[]) => unknown).apply(target, args);
    };
  },
}) as Fs;
const ctx = { ...createContext({ root }), fs };
await report(async () => {
  await applyChanges(ctx, [
    {
      path: join(root, 'etc/docker/daemon.json'),
      kind: 'daemon-json',
      before: nodeFs.readFileSync(join(root, 'etc/docker/daemon.json')),
      after: nodeFs.readFileSync(join(root, 'contents/daemon-after.json'), 'utf8'),
    },
    {
      path: join(root, 'etc/systemd/system/docker.service.d/dockerd-config-hosts.conf'),
      kind: 'drop-in',
      before: null,
      after: nodeFs.readFileSync(join(root, 'contents/drop-in.conf'), 'utf8'),
    },
  ]);
  return { calls };
});
