import { describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { addMirrors, parseMirrorUrl, removeMirrors } from '../../../src/registries/edit-hosts-toml.js';
import { parseRegistryName, type RegistryName } from '../../../src/registries/names.js';

const engine = parseEngineVersion('28.5.2')!;
const path = '/etc/docker/certs.d/ghcr.io/hosts.toml';
const ghcr = (parseRegistryName('ghcr.io') as { registry: RegistryName }).registry;
const add = (before: string | undefined, mirrors: string[]) =>
  addMirrors(before, { path, engine, registry: ghcr, mirrors });
const remove = (before: string, mirrors: string[]) => removeMirrors(before, { path, engine, mirrors });
const textOf = (r: ReturnType<typeof add>) => (r.ok ? r.text : `refused: ${r.reading.diagnostics[0]?.id}`);

describe('addMirrors / removeMirrors: the smallest edit of a hosts.toml', () => {
  it('writes a new file: each mirror as pull and resolve only (never a push target), no server (the registry comes last as without the file)', () => {
    expect(textOf(add(undefined, ['https://m1.example.com', 'm2.example.com:5000']))).toBe(
      [
        '# Mirrors of ghcr.io, tried in order before the registry itself (written by dockerd-config).',
        '',
        '[host."https://m1.example.com"]',
        '  capabilities = ["pull", "resolve"]',
        '',
        '[host."m2.example.com:5000"]',
        '  capabilities = ["pull", "resolve"]',
        '',
      ].join('\n'),
    );
  });

  it('adds after the last host table, keeps comments, order and other tables, and is idempotent', () => {
    const before = [
      '# ours',
      'server = "https://ghcr.io"',
      '',
      '[host."https://a.example"]  # the fast one',
      '  capabilities = ["pull"]',
      '[host."https://a.example".header]',
      '  x = "y"',
      '',
      '# trailing note',
      '',
    ].join('\n');
    const r = add(before, ['https://b.example', 'https://a.example/']);
    expect(r.ok && r.changed).toEqual(['https://b.example']);
    expect(r.ok && r.unchanged).toEqual(['https://a.example/']);
    expect(textOf(r)).toBe(
      before.replace('  x = "y"\n', '  x = "y"\n\n[host."https://b.example"]\n  capabilities = ["pull", "resolve"]\n'),
    );
    const again = add(textOf(r), ['https://b.example']);
    expect(again.ok && again.changed).toEqual([]);
    expect(textOf(again)).toBe(textOf(r));
  });

  it('removes a host with its sub-tables and the blank line that separated it, nothing else', () => {
    const before =
      'server = "https://ghcr.io"\n\n[host."https://a"]\n  capabilities = ["pull"]\n\n[host."https://b"]\n  capabilities = ["pull"]\n[host."https://b".header]\n  x = "y"\n\n[host."https://c"]\n';
    const r = remove(before, ['https://b', 'https://nope']);
    expect(r.ok && [r.changed, r.unchanged]).toEqual([['https://b'], ['https://nope']]);
    expect(textOf(r)).toBe(
      'server = "https://ghcr.io"\n\n[host."https://a"]\n  capabilities = ["pull"]\n\n[host."https://c"]\n',
    );
    expect(textOf(remove(textOf(r), ['https://c']))).toBe(
      'server = "https://ghcr.io"\n\n[host."https://a"]\n  capabilities = ["pull"]\n',
    );
  });

  it('refuses to edit a file containerd drops, and says why at its line', () => {
    const r = add('[host."https://a"]\ncapabilities = "pull"\n', ['https://b']);
    expect(r.ok).toBe(false);
    expect(r.reading.diagnostics[0]).toMatchObject({ id: 'hosts-toml-invalid', line: 2 });
    expect(remove('[host."https://a"\n', ['https://a']).ok).toBe(false);
  });

  it('takes mirror URLs with a scheme or as host[:port], and refuses credentials, queries and other schemes', () => {
    expect(parseMirrorUrl('mirror.example.com:5000')).toEqual({ ok: true, url: 'https://mirror.example.com:5000' });
    expect(parseMirrorUrl('http://m.example/cache/')).toEqual({ ok: true, url: 'http://m.example/cache' });
    expect(parseMirrorUrl('https://u:secret@m.example')).toEqual({ ok: false, why: 'credentials' });
    expect(parseMirrorUrl('https://m.example/?a=1')).toEqual({ ok: false, why: 'not-a-url' });
    expect(parseMirrorUrl('ftp://m.example')).toEqual({ ok: false, why: 'scheme' });
  });
});

describe('parseRegistryName', () => {
  it('knows Docker Hub by its other names, keeps ports, and refuses URLs', () => {
    const name = (s: string) => {
      const r = parseRegistryName(s);
      return r.ok ? r.registry.name : r.why;
    };
    expect(['index.docker.io', 'registry-1.docker.io', 'docker.io'].map(name)).toEqual([
      'docker.io',
      'docker.io',
      'docker.io',
    ]);
    // Spelt as the reference spells it: containerd looks for that exact directory name.
    expect(name('GHCR.io')).toBe('GHCR.io');
    expect(name('reg.local:5000')).toBe('reg.local:5000');
    expect(name('[::1]:5000')).toBe('[::1]:5000');
    expect(name('https://ghcr.io')).toBe('scheme');
    expect(name('ghcr.io/owner')).toBe('not-a-host');
    expect(name('reg:99999')).toBe('port');
  });
});
