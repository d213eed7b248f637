// A throwaway PKI made by openssl: a CA, a client certificate it signed, their keys (P-256, valid
// two days), and the client key encrypted with the passphrase "secret".
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tempRoot, type TempRoot } from './temp-root.js';

export interface TestPki {
  /** ca.key, ca.pem, c.key, c.pem, c.enc.key */
  path(name: 'ca.key' | 'ca.pem' | 'c.key' | 'c.pem' | 'c.enc.key'): string;
  cleanup(): void;
}

export function makeTestPki(): TestPki {
  const dir: TempRoot = tempRoot();
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir.dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  ssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=test-ca');
  ssl('req', ...ec, '-keyout', 'c.key', '-out', 'c.csr', '-subj', '/CN=client');
  ssl(
    'x509',
    '-req',
    '-in',
    'c.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'c.pem',
    '-days',
    '2',
  );
  ssl('pkey', '-in', 'c.key', '-aes256', '-passout', 'pass:secret', '-out', 'c.enc.key');
  return { path: (name) => join(dir.dir, name), cleanup: () => dir.cleanup() };
}
