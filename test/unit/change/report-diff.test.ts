import { describe, expect, it } from 'vitest';
import { changeJson } from '../../../src/change/report.js';
import type { ChangeResult } from '../../../src/change/transaction.js';
import type { MutatingOptions } from '../../../src/change/options.js';
import type { FileChange } from '../../../src/plan/types.js';

const OPTIONS: MutatingOptions = {
  root: '/',
  json: true,
  yes: false,
  verbose: false,
  color: false,
  strict: false,
  timeout: 30,
  dryRun: true,
  diff: false,
  restart: true,
  detailedExitcode: false,
  allowInsecureTcp: false,
};

const bytes = (text: string) => new TextEncoder().encode(text);

const JSON_CHANGE: FileChange = {
  path: '/etc/docker/daemon.json',
  kind: 'daemon-json',
  before: bytes('{\n  "debug": true,\n  "proxies": {"http-proxy": "http://al:0ldpass@proxy.example"}\n}\n'),
  after: '{\n  "debug": true,\n  "registry-mirrors": ["https://bob:s3cret@mirror.example"]\n}\n',
};
const NEW_DROP_IN: FileChange = {
  path: '/etc/systemd/system/docker.service.d/dockerd-config-hosts.conf',
  kind: 'drop-in',
  before: null,
  after: '[Service]\nExecStart=\nExecStart=/usr/sbin/dockerd\n',
};
const KEY: FileChange = {
  path: '/etc/docker/certs.d/reg.example:5000/client.key',
  kind: 'certificate',
  before: bytes('-----BEGIN PRIVATE KEY-----\nold\n'),
  after: '-----BEGIN PRIVATE KEY-----\nnew\n',
};
const SECRET: FileChange = { ...NEW_DROP_IN, path: '/etc/docker/certs.d/r/token', kind: 'hosts-toml', secret: true };
const REMOVED: FileChange = { ...NEW_DROP_IN, before: bytes('[Service]\n'), after: '', remove: true };
const UTF16: FileChange = {
  path: '/etc/docker/daemon.json',
  kind: 'daemon-json',
  // "\ufeff{}" in UTF-16LE, as Notepad writes it.
  before: new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
  after: '\ufeff{"debug": true}',
};

const dryRun = (changes: FileChange[]): ChangeResult => ({
  outcome: 'dry-run',
  proposal: { changes, diagnostics: [], refused: false },
  files: [],
  diagnostics: [],
});

const files = (result: ChangeResult, diff: boolean) =>
  changeJson(result, { ...OPTIONS, diff }).files as Record<string, unknown>[];

describe('changeJson with --diff: each touched file before and after', () => {
  it('without --diff the files carry no text', () => {
    expect(files(dryRun([JSON_CHANGE]), false)).toEqual([
      { path: '/etc/docker/daemon.json', changed: true, backup: null },
    ]);
  });

  it('a daemon.json edit: the old text decoded, the new text, credentials masked in both', () => {
    const [file] = files(dryRun([JSON_CHANGE]), true);
    expect(file).toMatchObject({ path: '/etc/docker/daemon.json', changed: true, backup: null });
    expect(file!.before).toContain('"debug": true,');
    expect(file!.before).not.toContain('0ldpass');
    expect(file!.after).not.toContain('s3cret');
    expect(file!.after).toContain('mirror.example');
    expect(file!.after).toContain('"debug": true,');
  });

  it('a new file: before is null; a removed file: after is empty', () => {
    expect(files(dryRun([NEW_DROP_IN]), true)[0]).toMatchObject({ before: null, after: NEW_DROP_IN.after });
    expect(files(dryRun([REMOVED]), true)[0]).toMatchObject({ before: '[Service]\n', after: '' });
  });

  it('a private key (by kind and path, or marked secret) never shows its content', () => {
    const [key, secret] = files(dryRun([KEY, SECRET]), true);
    expect(key).toMatchObject({
      before: '(private key: content not shown)',
      after: '(private key: content not shown)',
    });
    expect(secret).toMatchObject({ before: null, after: '(private key: content not shown)' });
    expect(JSON.stringify([key, secret])).not.toMatch(/BEGIN PRIVATE KEY|new|old/);
  });

  it("a registry's hosts.toml shows its header values masked (they may hold a token)", () => {
    const toml: FileChange = {
      path: '/etc/docker/certs.d/ghcr.io/hosts.toml',
      kind: 'hosts-toml',
      before: bytes('[host."https://a".header]\n  Authorization = "Bearer t0ken"\n'),
      after: '[host."https://a".header]\n  Authorization = "Bearer t0ken"\n\n[host."https://b"]\n',
    };
    const [file] = files(dryRun([toml]), true);
    expect(JSON.stringify(file)).not.toContain('t0ken');
    expect(file!.after).toContain('Authorization = "xxxxx"');
  });

  it('a UTF-16 file is decoded as it was read, not shown as bytes', () => {
    expect(files(dryRun([UTF16]), true)[0]).toMatchObject({ before: '\ufeff{}', after: '\ufeff{"debug": true}' });
  });

  it('a refused change touches no file, so there is nothing to show', () => {
    const refused: ChangeResult = { ...dryRun([JSON_CHANGE]), outcome: 'refused' };
    expect(files(refused, true)).toEqual([]);
  });
});
