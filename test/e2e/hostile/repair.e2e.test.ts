// Issue 14, point 1: repair either writes strict JSON in which every setting it could see keeps
// its key and its value, or refuses and changes nothing; it never calls a file strict that is not.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';

const DAEMON_JSON = '/etc/docker/daemon.json';
const roots: TempRoot[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) r.cleanup();
});

function root(content: string | Uint8Array): TempRoot {
  const r = tempRoot();
  roots.push(r);
  r.write(DAEMON_JSON, content);
  return r;
}
const repair = (r: TempRoot, ...extra: string[]) =>
  runCli(['repair', '-y', '--no-restart', '--root', r.dir, '--engine-version', '28.5', '--daemon-args', '', ...extra]);

describe('repair keeps every visible setting, or refuses', () => {
  it.each([
    [
      'a # after a value that hides the rest of the line',
      '{"debug":true,"log-level":"warn"#,"hosts":["unix:///var/run/docker.sock"]}\n',
      'comment after a value',
    ],
    [
      'a nested object that lost its } (the keys after it would move inside)',
      '{\n  "log-opts": {\n    "max-size": "10m",\n    "max-file": "3"\n  ,\n  "debug": true\n}\n',
      'could close either',
    ],
    [
      'a } typed inside a one-line file',
      '{"proxies":{"http-proxy":"http://p:3128"},"no-proxy":"localhost"}}\n',
      'too many',
    ],
    [
      'a line opening an object commented out',
      '{\n  "debug": true,\n  # "log-opts": {\n    "max-size": "10m"\n  }\n}\n',
      'indented unlike',
    ],
  ])('%s: refused, file unchanged', async (_what, text, says) => {
    const r = root(text);
    const run = await repair(r);
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.stdout + run.stderr).toContain(says);
    expect(readFileSync(r.path(DAEMON_JSON), 'utf8')).toBe(text);
  });

  it('closes a file cut off after a nested object when the indentation says where', async () => {
    const r = root('{\n  "debug": true,\n  "log-opts": {\n    "max-size": "10m",\n    "max-file": "3"\n  }\n');
    const run = await repair(r);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(r.path(DAEMON_JSON), 'utf8'))).toEqual({
      debug: true,
      'log-opts': { 'max-size': '10m', 'max-file': '3' },
    });
  });

  it('still drops a line commented out on purpose, and says so', async () => {
    const r = root('{\n  "debug": true,\n  // "log-level": "warn",\n  "mtu": 1450\n}\n');
    const run = await repair(r);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('comment');
    expect(JSON.parse(readFileSync(r.path(DAEMON_JSON), 'utf8'))).toEqual({ debug: true, mtu: 1450 });
  });

  it('never calls a file with bytes that are not UTF-8 strict: it writes what dockerd reads (U+FFFD)', async () => {
    const r = root(Buffer.from('{"labels": ["a=\xff"]}\n', 'latin1'));
    const run = await repair(r);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toContain('already strict');
    expect(run.stdout).toContain('U+FFFD');
    expect(JSON.parse(readFileSync(r.path(DAEMON_JSON), 'utf8'))).toEqual({ labels: ['a=\ufffd'] });
    const again = await repair(r);
    expect(again.stdout).toContain('already strict');
  });
});
