import { describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { addServerTrust, trustOfFiles } from '../../../src/registries/edit-hosts-toml.js';
import { decodeHostsToml, maskHeaderValues } from '../../../src/registries/hosts-toml.js';
import {
  hostsTomlDirectory,
  planMirrorChange,
  shadowsDefault,
  type MirrorChangeInput,
} from '../../../src/registries/mirror-change.js';
import { parseRegistryName, type RegistryName } from '../../../src/registries/names.js';

const v28 = parseEngineVersion('28.5.2')!;
const v27 = parseEngineVersion('27.5.1')!;
const name = (s: string): RegistryName => (parseRegistryName(s) as { registry: RegistryName }).registry;
const path = '/etc/docker/certs.d/ghcr.io/hosts.toml';
const plan = (over: Partial<MirrorChangeInput>) =>
  planMirrorChange({
    op: 'add',
    registry: name('ghcr.io'),
    urls: ['https://m.example'],
    path,
    before: undefined,
    engine: v28,
    store: 'containerd',
    daemonJsonMirrors: [],
    ...over,
  });

describe("hostsTomlDirectory: where a registry's hosts.toml goes", () => {
  it('uses the directory containerd already picks, else host:port; never _default', () => {
    expect(hostsTomlDirectory(name('reg:5000'), ['reg_5000_', 'reg:5000'])).toBe('reg_5000_');
    expect(hostsTomlDirectory(name('reg:5000'), ['reg:5000'])).toBe('reg:5000');
    expect(hostsTomlDirectory(name('reg:5000'), ['_default'])).toBe('reg:5000');
    expect(hostsTomlDirectory(name('ghcr.io'), [])).toBe('ghcr.io');
  });
});

describe('planMirrorChange', () => {
  it('writes a new hosts.toml whose endpoints are the mirror, then the registry', () => {
    const p = plan({});
    expect(p.refused).toBe(false);
    expect(p.after).toContain('[host."https://m.example"]');
    expect(p.endpoints.endpoints.map((e) => e.endpoint)).toEqual(['https://m.example/v2', 'https://ghcr.io/v2']);
    expect(p.diagnostics).toEqual([]);
  });

  it('refuses a URL with credentials, and writes nothing', () => {
    const p = plan({ urls: ['https://user:pw@m.example'] });
    expect(p.refused).toBe(true);
    expect(p.after).toBeUndefined();
    expect(p.diagnostics.map((d) => d.id)).toEqual(['invalid-mirror']);
    expect(JSON.stringify(p.diagnostics)).not.toContain('pw@');
  });

  it('refuses to edit a hosts.toml that does not parse, saying where', () => {
    const p = plan({ before: 'server = "https://ghcr.io"\nca = nope\n' });
    expect(p.refused).toBe(true);
    expect(p.diagnostics[0]).toMatchObject({ id: 'hosts-toml-syntax', file: path, line: 2 });
  });

  it("Docker Hub under a store that does not read hosts.toml: refused, daemon.json's mirrors offered", () => {
    for (const [engine, store] of [
      [v28, 'classic'],
      [v27, 'containerd'],
    ] as const) {
      const p = plan({ registry: name('docker.io'), engine, store });
      expect(p.refused).toBe(true);
      expect(p.diagnostics[0]).toMatchObject({ id: 'hosts-toml-ignored', severity: 'error' });
      expect(p.diagnostics[0]!.hint).toBe('Run: dockerd-config mirror add https://m.example');
    }
  });

  it('another registry under the classic store: written, with a warning that pulls will not use it', () => {
    const p = plan({ store: 'classic' });
    expect(p.refused).toBe(false);
    expect(p.after).toBeDefined();
    expect(p.diagnostics.map((d) => [d.id, d.severity])).toEqual([['hosts-toml-ignored', 'warning']]);
  });

  it('Docker Hub with daemon.json mirrors: the new hosts.toml wins, and the note says so', () => {
    const p = plan({ registry: name('docker.io'), daemonJsonMirrors: ['https://hub.example'] });
    expect(p.endpoints.notes).toEqual([{ why: 'daemon-json-mirrors-overridden', hosts: 1 }]);
  });

  it('removing from a registry without a hosts.toml changes nothing', () => {
    const p = plan({ op: 'remove' });
    expect([p.refused, p.after, p.unchanged]).toEqual([false, undefined, ['https://m.example']]);
  });

  it("a new hosts.toml names the directory's certificates: with it, containerd reads no other file", () => {
    const p = plan({ files: ['ca.crt', 'client.cert', 'client.key', 'README'] });
    expect(p.after).toContain('ca = "ca.crt"\nclient = [["client.cert", "client.key"]]\n');
  });
});

describe('trustOfFiles / addServerTrust', () => {
  const opts = (trust = trustOfFiles(['ca.crt'])) => ({ path, engine: v28, trust });

  it("reads docker's layout: *.crt are CAs, X.cert goes with X.key, a lone .cert holds its key too", () => {
    expect(trustOfFiles(['b.crt', 'a.crt', 'c.cert', 'c.key', 'd.cert'])).toEqual({
      ca: ['a.crt', 'b.crt'],
      client: [['c.cert', 'c.key'], 'd.cert'],
    });
  });

  it('adds ca after the top-level keys, keeping the rest as it was; a second run changes nothing', () => {
    const before = '# mine\nserver = "https://ghcr.io"\n\n[host."https://m.example"]\n  capabilities = ["pull"]\n';
    const edit = addServerTrust(before, opts());
    expect(edit).toEqual({
      ok: true,
      changed: true,
      text: '# mine\nserver = "https://ghcr.io"\nca = "ca.crt"\n\n[host."https://m.example"]\n  capabilities = ["pull"]\n',
    });
    const again = addServerTrust((edit as { text: string }).text, opts());
    expect(again).toMatchObject({ ok: true, changed: false });
  });

  it('a file with tables only gets the keys before its first table', () => {
    const edit = addServerTrust('[host."https://m.example"]\n', opts());
    expect(edit).toMatchObject({ ok: true, text: 'ca = "ca.crt"\n\n[host."https://m.example"]\n' });
  });

  it('a ca key naming other files is a conflict at its line, not overwritten', () => {
    const edit = addServerTrust('server = "https://ghcr.io"\nca = "/srv/other.pem"\n', opts());
    expect(edit).toEqual({ ok: 'conflict', key: 'ca', line: 2 });
  });
});

describe('edits a person can trust (review of issue 16)', () => {
  const add = (before: string, urls: string[]) => plan({ before, urls });

  it("adds after the last line's comment, and takes a removed host's own comment lines with it", () => {
    const before = '[host."https://a"]\n  capabilities = ["pull"]  # only pull\n';
    expect(add(before, ['https://b']).after).toBe(
      '[host."https://a"]\n  capabilities = ["pull"]  # only pull\n\n[host."https://b"]\n  capabilities = ["pull", "resolve"]\n',
    );
    const two =
      '# keep\n\n# corp mirror, do not remove\n[host."https://a"]\n  capabilities = ["pull"]\n\n[host."https://b"]\n';
    expect(plan({ op: 'remove', before: two, urls: ['https://a'] }).after).toBe('# keep\n\n[host."https://b"]\n');
  });

  it('refuses to add a host the file already names as a dotted key or inline table (containerd never tries those)', () => {
    const p = add('[host]\n"https://m" = { capabilities = ["pull"] }\n', ['https://m']);
    expect(p.refused).toBe(true);
    expect(p.diagnostics.map((d) => [d.id, d.severity, d.line])).toEqual([['hosts-toml-ignored', 'error', 2]]);
  });

  it('a hosts.toml that is not UTF-8 is broken for containerd: said so, and not edited', () => {
    const text = decodeHostsToml(Buffer.from('server = "https://ghcr.io"\n# caf\xe9\n', 'latin1'));
    const p = add(text, ['https://m']);
    expect(p.refused).toBe(true);
    expect(p.diagnostics[0]).toMatchObject({ id: 'hosts-toml-syntax', line: 2 });
    expect(p.diagnostics[0]!.message).toContain('is not UTF-8 text');
    expect(decodeHostsToml(Buffer.from('ok = "é"\n'))).toBe('ok = "é"\n');
  });

  it('masks header values (a token) for display, keeping the keys', () => {
    expect(
      maskHeaderValues(
        '[host."https://a".header]\n  Authorization = "Basic c2VjcmV0"\n[host."https://b"]\n  ca = "x"\n',
      ),
    ).toBe('[host."https://a".header]\n  Authorization = "xxxxx"\n[host."https://b"]\n  ca = "x"\n');
    expect(maskHeaderValues('[host."https://a"]\n  header = { X = "t" }\n')).toBe(
      '[host."https://a"]\n  header = { … }  # masked\n',
    );
  });

  it('warns that a new directory ends _default for this registry', () => {
    expect(shadowsDefault(name('reg:5000'), ['_default'], '/etc/docker/certs.d').map((d) => d.id)).toEqual([
      'hosts-toml-ignored',
    ]);
    expect(shadowsDefault(name('reg:5000'), ['_default', 'reg:5000'], '/etc/docker/certs.d')).toEqual([]);
    expect(shadowsDefault(name('reg:5000'), [], '/etc/docker/certs.d')).toEqual([]);
  });
});
