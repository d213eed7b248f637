/**
 * What is inside the TLS files, once they are readable: dockerd loads the key pair with
 * tls.LoadX509KeyPair and, when it verifies clients, the CA with AppendCertsFromPEM.
 * Files whose bytes the host view cannot give are not judged.
 */
import { hint, message } from '../../../diagnostics/say.js';
import { goToolchainOf } from '../go/toolchain.js';
import { refused } from '../shared/problem.js';
import type { ValueContext, ValueProblem } from '../types.js';
import { appendsCertificates } from './ca-pool.js';
import { caWithoutCertificates, keyPairRefused, tlsLine } from './tls-text.js';
import { x509KeyPairProblem } from './x509-key-pair.js';

export interface TlsFiles {
  cert: string;
  key: string;
  ca: string;
}

/** `anchor(key)` picks the setting the problem points at (the flags' defaults have none). */
export function keyPairContentProblems(
  ctx: ValueContext,
  files: TlsFiles,
  anchor: (key: string) => string,
): ValueProblem[] {
  const certBytes = ctx.host.readFile(files.cert);
  const keyBytes = ctx.host.readFile(files.key);
  if (!certBytes || !keyBytes) return [];
  const found = x509KeyPairProblem(certBytes, keyBytes, goToolchainOf(ctx.engine));
  if (!found) return [];
  const [key, path] = found.file === 'cert' ? ['tlscert', files.cert] : ['tlskey', files.key];
  // Newer Go adds why a key did not parse; when we cannot say it, we leave dockerd's line out.
  const line =
    found.goError === undefined
      ? undefined
      : tlsLine(ctx.engine, keyPairRefused(ctx.engine, files.cert, files.key, found.goError));
  return [
    refused({
      id: 'invalid-tls',
      key: anchor(key),
      ...(found.file === 'pair'
        ? message('validate.tls.keyPairMismatch', { path: files.key, problem: found.message })
        : message('validate.tls.keyPair', { key, path, problem: found.message })),
      ...hint('validate.tls.hint.pair'),
      line,
    }),
  ];
}

export function caContentProblems(ctx: ValueContext, ca: string, anchor: (key: string) => string): ValueProblem[] {
  const bytes = ctx.host.readFile(ca);
  if (!bytes || appendsCertificates(bytes)) return [];
  return [
    refused({
      id: 'invalid-tls',
      key: anchor('tlscacert'),
      ...message('validate.tls.caNoCertificate', { path: ca }),
      ...hint('validate.tls.hint.caPem'),
      line: tlsLine(ctx.engine, caWithoutCertificates(ca)),
    }),
  ];
}
