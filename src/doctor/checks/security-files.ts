import { message } from '../../diagnostics/say.js';
import { said } from '../../i18n/said.js';
import type { FileFact } from '../file-facts.js';
import type { Check, Finding } from '../types.js';

// CIS Docker Benchmark 3.x: the files that decide what dockerd runs, owned by root and not writable by others.
const GUARDED = new Set<FileFact['role']>([
  'daemon.json',
  'env file',
  'systemd unit',
  'socket unit',
  'config dir',
  'tls cert',
  'registry cert',
  'registry dir',
  'hosts.toml',
]);

const octal = (mode: number): string => mode.toString(8).padStart(4, '0');

const ROLE = {
  'daemon.json': 'doctor.role.daemonJson',
  'env file': 'doctor.role.envFile',
  'systemd unit': 'doctor.role.systemdUnit',
  'socket unit': 'doctor.role.socketUnit',
  'config dir': 'doctor.role.configDir',
  'tls key': 'doctor.role.tlsKey',
  'tls cert': 'doctor.role.tlsCert',
  'registry cert': 'doctor.role.registryCert',
  'registry key': 'doctor.role.registryKey',
  'registry dir': 'doctor.role.registryDir',
  'hosts.toml': 'doctor.role.hostsToml',
} as const satisfies Record<FileFact['role'], string>;

/** Owner and mode of daemon.json, /etc/default/docker, the units, /etc/docker and certificates. */
export const securityFiles: Check = {
  id: 'security.files',
  title: 'file ownership and modes',
  group: 'security',
  run({ files }) {
    return files.flatMap((f): Finding[] => {
      if (!f.exists || f.mode === undefined || !GUARDED.has(f.role)) return [];
      const role = said(ROLE[f.role]);
      const findings: Finding[] = [];
      if (f.uid !== 0) {
        findings.push({
          id: 'file-permissions',
          severity: 'warning',
          ...message('doctor.files.owner', { path: f.path, role, uid: f.uid }),
          file: f.path,
          hint: `chown root:root ${f.path}`,
          fixable: false,
        });
      }
      if ((f.mode & 0o022) !== 0) {
        const mode = f.mode & ~0o022;
        findings.push({
          id: 'file-permissions',
          severity: 'warning',
          ...message('doctor.files.writable', {
            path: f.path,
            role,
            mode: octal(f.mode),
            who: said(f.mode & 0o002 ? 'doctor.files.anyone' : 'doctor.files.itsGroup'),
          }),
          file: f.path,
          hint: `chmod ${octal(mode)} ${f.path}`,
          fixable: true,
          fix: { kind: 'chmod', path: f.path, mode },
        });
      }
      return findings;
    });
  },
};
