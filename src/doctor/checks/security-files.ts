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
  'hosts.toml',
]);

const octal = (mode: number): string => mode.toString(8).padStart(4, '0');

/** Owner and mode of daemon.json, /etc/default/docker, the units, /etc/docker and certificates. */
export const securityFiles: Check = {
  id: 'security.files',
  title: 'file ownership and modes',
  group: 'security',
  run({ files }) {
    return files.flatMap((f): Finding[] => {
      if (!f.exists || f.mode === undefined || !GUARDED.has(f.role)) return [];
      const findings: Finding[] = [];
      if (f.uid !== 0) {
        findings.push({
          id: 'file-permissions',
          severity: 'warning',
          message: `${f.path} (${f.role}) is owned by uid ${f.uid}, not root: that user can change what dockerd runs as root`,
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
          message: `${f.path} (${f.role}) has mode ${octal(f.mode)}: ${f.mode & 0o002 ? 'anyone' : 'its group'} can change what dockerd runs as root`,
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
