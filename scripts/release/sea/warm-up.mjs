// The command lines the snapshot builder runs once (src/cli/sea-entry.ts), output discarded: code
// that never ran while the snapshot was made is compiled on every start. Read-only commands, and
// the write path as --dry-run on scratch copies of the fixture roots. Not doctor nor the registry
// commands: they ask the Docker API (the running daemon's store and version), and a snapshot cannot hold node:http once loaded (its parser binding has
// handles V8 cannot serialise: "global handle not serialized").
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A journal as `journalctl -u docker` prints it: a failed start with its cause, and systemd's lines. */
const JOURNAL = `-- Boot 1a2b --
Dec 02 05:00:00 host systemd[1]: Starting docker.service - Docker Application Container Engine...
Dec 02 05:00:01 host dockerd[812]: time="2026-12-02T05:00:01.000000000Z" level=info msg="Starting up"
Dec 02 05:00:01 host dockerd[812]: unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are specified both as a flag and in the configuration file: hosts: (from flag: [fd://], from file: [tcp://0.0.0.0:2375])
Dec 02 05:00:01 host systemd[1]: docker.service: Main process exited, code=exited, status=1/FAILURE
Dec 02 05:00:01 host systemd[1]: docker.service: Failed with result 'exit-code'.
Dec 02 05:00:01 host systemd[1]: Failed to start docker.service - Docker Application Container Engine.
`;

/** The runs, over copies of fixtures/roots/* made in `scratch`. */
export function warmUpRuns(root, scratch) {
  const roots = [];
  for (const name of readdirSync(join(root, 'fixtures/roots')).sort()) {
    const copy = join(scratch, 'roots', name);
    cpSync(join(root, 'fixtures/roots', name), copy, { recursive: true });
    roots.push(copy);
  }
  const journal = join(scratch, 'journal.txt');
  writeFileSync(journal, JOURNAL);

  const runs = [
    ['--help'],
    ['--version'],
    ['--lang', 'zh', '--help'],
    ['validate', '--help'],
    ['mirror', '--help'],
    ['no-such-command'],
    ['explain', journal],
    ['explain', journal, '--json'],
    ['--lang', 'zh', 'explain', journal],
  ];
  for (const r of roots) {
    runs.push(
      ['validate', '--root', r],
      ['validate', '--root', r, '--json'],
      ['show', '--root', r],
      ['show', '--root', r, '--json'],
      ['get', 'registry-mirrors', '--root', r],
      ['mirror', 'list', '--root', r],
      ['backups', '--root', r],
      ['set', 'debug', 'true', '--dry-run', '--diff', '--root', r],
      ['mirror', 'add', 'https://mirror.example.com', '--dry-run', '--root', r],
      ['--lang', 'zh', 'validate', '--root', r],
    );
  }
  return runs;
}
