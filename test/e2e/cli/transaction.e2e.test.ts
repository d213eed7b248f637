// Issue 11 on a temporary --root (no daemon: under --root the daemon that reads these files is not
// ours to restart): what --dry-run promises, and that doctor --fix takes the mutating options.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
const DANGLING = '{\n  "debug": true,\n}\n';
let root: TempRoot;
afterEach(() => root?.cleanup());

const cli = (...args: string[]) => runCli(['--root', root.dir, ...args]);
interface Doc {
  ok: boolean;
  outcome?: string;
  kept?: { because: string };
  diagnostics: { id: string; severity: string; message: string; hint?: string }[];
  fixed?: { outcome?: string; kept?: { because: string }; service?: { commands?: string[] } };
}

describe('--dry-run under --root', () => {
  it('does not claim it would run systemctl: it says dockerd is not restarted from here', async () => {
    root = tempRoot('debian-docker-io');
    const text = await cli('set', 'log-opts', '{"max-size":"10m"}', '--dry-run');
    expect(text.exitCode).toBe(0);
    expect(existsSync(root.path(DAEMON_JSON))).toBe(false);
    expect(text.stdout).not.toMatch(/systemctl (daemon-reload|restart|reload)/);
    expect(text.stdout).toMatch(/--root|--restart-cmd/); // why not, and how it would be

    const json = await cli('set', 'log-opts', '{"max-size":"10m"}', '--dry-run', '--json');
    expect(json.exitCode).toBe(0);
    const doc = json.json<Doc>();
    expect(JSON.stringify(doc.diagnostics)).not.toMatch(/systemctl (daemon-reload|restart|reload)/);
    expect(doc.outcome).toBe('dry-run');
  });

  it('host add on the -H fd:// unit: no `systemctl daemon-reload && systemctl restart` promised either', async () => {
    root = tempRoot('debian-docker-io');
    const text = await cli('host', 'add', 'tcp://127.0.0.1:2375', '--dry-run');
    expect(text.exitCode).toBe(0);
    // The drop-in's own comment names `systemctl daemon-reload` (for a person editing it): only our promise counts.
    expect(text.stdout).not.toMatch(/this runs `[^`]*systemctl (daemon-reload|restart|reload)/);
    expect(text.stdout).toMatch(/nothing is run from here: --root /);
  });
});

describe('doctor --fix takes every mutating option', () => {
  it('--no-restart is not a usage error: the fix is written, kept (no-restart), nothing run', async () => {
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: DANGLING });
    const run = await cli('doctor', '--fix', '--no-restart', '--offline', '--json');
    expect(run.exitCode, run.stderr).not.toBe(64);
    expect([0, 1]).toContain(run.exitCode);
    expect(JSON.parse(root.read(DAEMON_JSON))).toEqual({ debug: true });
    const fixed = run.json<Doc>().fixed;
    expect(fixed?.service?.commands ?? []).toEqual([]);
    expect.soft(fixed?.outcome).toBe('kept');
  });

  it.each([
    ['--dry-run'],
    ['--diff'],
    ['--restart-cmd', 'true', '--dry-run'],
    ['--timeout', '5'],
    ['--detailed-exitcode'],
    ['--allow-insecure-tcp'],
  ])('doctor --fix %s is not a usage error', async (...option: string[]) => {
    root = tempRoot('debian-docker-io', { [DAEMON_JSON]: DANGLING });
    const run = await cli('doctor', '--fix', '--offline', ...option);
    expect(run.exitCode, run.stderr).not.toBe(64);
    expect(run.stderr).not.toMatch(/Unknown argument/);
  });
});
