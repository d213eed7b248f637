import { message } from '../../diagnostics/say.js';
import { said } from '../../i18n/said.js';
import type { Check, Finding } from '../types.js';

/** Private keys (tlskey, certs.d/*.key) readable by others give away the daemon's or the client's identity. */
export const securityTlsKeys: Check = {
  id: 'security.tls-keys',
  title: 'TLS private keys',
  group: 'security',
  run({ files }) {
    const keys = files.filter(
      (f) => (f.role === 'tls key' || f.role === 'registry key') && f.exists && f.mode !== undefined,
    );
    if (keys.length === 0) return { skipped: said('doctor.skip.no-tls-keys') };
    return keys.flatMap((f): Finding[] => {
      if (((f.mode ?? 0) & 0o077) === 0 && f.uid === 0) return [];
      const mode = (f.mode ?? 0) & 0o700;
      const shown = (f.mode ?? 0).toString(8).padStart(4, '0');
      return [
        {
          id: 'tls-key-permissions',
          severity: 'warning',
          ...(f.uid !== 0
            ? message('doctor.tlsKeys.readableOwned', { path: f.path, mode: shown, uid: f.uid })
            : message('doctor.tlsKeys.readable', { path: f.path, mode: shown })),
          file: f.path,
          hint: `chmod 0400 ${f.path}${f.uid !== 0 ? ` && chown root:root ${f.path}` : ''}`,
          fixable: ((f.mode ?? 0) & 0o077) !== 0,
          ...(((f.mode ?? 0) & 0o077) !== 0 ? { fix: { kind: 'chmod' as const, path: f.path, mode } } : {}),
        },
      ];
    });
  },
};
