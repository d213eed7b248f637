import { describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { endpointOf, readHostsToml } from '../../../src/registries/hosts-toml.js';

const v = (s: string) => parseEngineVersion(s)!;
const PATH = '/etc/docker/certs.d/ghcr.io/hosts.toml';
const read = (text: string, engine = '28.5.2') => readHostsToml(text, { path: PATH, engine: v(engine) });
const ids = (text: string, engine?: string) => read(text, engine).diagnostics.map((d) => [d.id, d.line, d.column]);

describe('readHostsToml: the endpoints containerd tries', () => {
  it('lists [host] tables in file order, with /v2 added and https assumed, then the server', () => {
    const r = read(
      [
        '# mirrors first',
        'server = "https://ghcr.io"',
        '',
        '[host."https://m1.example.com"]',
        '  capabilities = ["pull", "resolve"]',
        '[host."m2.example.com:5000/cache"]',
        '  capabilities = ["PULL"]',
        '  skip_verify = true',
        '[host."m2.example.com:5000/cache".header]',
        '  x-token = ["a", "b"]',
        '[host."http://m3.example.com/v2"]',
        '  override_path = true',
      ].join('\n'),
    );
    expect(r.usable).toBe(true);
    expect(r.diagnostics).toEqual([]);
    expect(r.server).toBe('https://ghcr.io');
    expect(r.hosts.map((h) => [h.endpoint, h.capabilities, h.explicitCapabilities, h.line])).toEqual([
      ['https://m1.example.com/v2', ['pull', 'resolve'], true, 4],
      ['https://m2.example.com:5000/cache/v2', ['pull'], true, 6],
      ['http://m3.example.com/v2', ['pull', 'resolve', 'push'], false, 11],
    ]);
  });

  it('gives a host without capabilities push as well (and referrers from 29.1)', () => {
    expect(read('[host."https://m"]\n').hosts[0]!.capabilities).toEqual(['pull', 'resolve', 'push']);
    expect(read('[host."https://m"]\n', '29.1.0').hosts[0]!.capabilities).toContain('referrers');
  });

  it('normalises endpoints as containerd does', () => {
    expect(endpointOf('mirror:5000')).toBe('https://mirror:5000/v2');
    expect(endpointOf('http://mirror/base/')).toBe('http://mirror/base/v2');
    expect(endpointOf('https://mirror/v2')).toBe('https://mirror/v2');
    expect(endpointOf('https://mirror/x', true)).toBe('https://mirror/x');
    expect(endpointOf('ftp://mirror')).toBeUndefined();
  });
});

describe('readHostsToml: what containerd drops or skips, at its line and column', () => {
  it('a syntax error drops the file (TOML 1.0 before 29.7: no newline inside an inline table)', () => {
    const text = 'server = "https://ghcr.io"\n[host."https://m"]\n  header = {\n  a = "b" }\n';
    const r = read(text);
    expect(r.usable).toBe(false);
    expect(r.hosts).toEqual([]);
    // The parser places it where the key after the line break starts.
    expect(r.diagnostics[0]).toMatchObject({ id: 'hosts-toml-syntax', severity: 'error', file: PATH, line: 4 });
    expect(r.diagnostics[0]!.message).toMatch(/not valid TOML 1\.0.*drops the whole file/);
    expect(read(text, '29.7.0').usable).toBe(true);
  });

  it('a value of the wrong type or an unknown capability drops the file', () => {
    expect(ids('[host."https://m"]\ncapabilities = "pull"\n')).toEqual([['hosts-toml-invalid', 2, 1]]);
    expect(ids('[host."https://m"]\n  skip_verify = "true"\n')).toEqual([['hosts-toml-invalid', 2, 3]]);
    expect(ids('[host."https://m"]\ncapabilities = ["pull", "fetch"]\n')).toEqual([['hosts-toml-invalid', 2, 1]]);
    expect(ids('[host."https://m"]\ncapabilities = ["referrers"]\n', '29.0.4')).toEqual([['hosts-toml-invalid', 2, 1]]);
    expect(ids('[host."https://m"]\ncapabilities = ["referrers"]\n', '29.1.0')).toEqual([]);
    expect(ids('[host."https://m"]\nclient = [["a.cert"]]\n')).toEqual([['hosts-toml-invalid', 2, 1]]);
    expect(ids('[host."https://m"]\nclient = ["c.pem", ["a.cert", "a.key"]]\nca = ["a", "b"]\n')).toEqual([]);
    expect(ids('server = 5\n')).toEqual([['hosts-toml-invalid', 1, 1]]);
    const r = read('[host."https://m"]\ncapabilities = "pull"\n');
    expect(r.usable).toBe(false);
    expect(r.diagnostics[0]!.message).toContain('host."https://m".capabilities must be an array of strings');
  });

  it('dial_timeout: a Go duration from 28.3, ignored before', () => {
    expect(ids('[host."https://m"]\ndial_timeout = "5s"\n')).toEqual([]);
    expect(ids('[host."https://m"]\ndial_timeout = "5 seconds"\n')).toEqual([['hosts-toml-invalid', 2, 1]]);
    expect(ids('[host."https://m"]\ndial_timeout = "5s"\n', '28.2.0')).toEqual([['hosts-toml-ignored', 2, 1]]);
  });

  it('an unknown key is a warning (containerd ignores it silently); the file still applies', () => {
    const r = read(
      'server = "https://ghcr.io"\nmirrors = ["x"]\n[host."https://m"]\ncapabilites = ["pull"]\nserver = "y"\n',
    );
    expect(r.usable).toBe(true);
    expect(r.diagnostics.map((d) => [d.id, d.line])).toEqual([
      ['hosts-toml-unknown-key', 2],
      ['hosts-toml-unknown-key', 4],
      ['hosts-toml-unknown-key', 5],
    ]);
    expect(r.diagnostics[1]!.message).toContain('in [host."https://m"]');
  });

  it('a host written as a dotted key or an inline table is never tried; a reopened host is tried twice', () => {
    const dotted = read('host."https://a".capabilities = ["pull"]\n[host."https://b"]\n');
    expect(dotted.hosts.map((h) => h.url)).toEqual(['https://b']);
    expect(dotted.diagnostics.map((d) => [d.id, d.line])).toEqual([['hosts-toml-ignored', 1]]);
    const inline = read('[host]\n"https://a" = { capabilities = ["pull"] }\n');
    expect(inline.hosts).toEqual([]);
    expect(inline.diagnostics.map((d) => d.id)).toEqual(['hosts-toml-ignored']);
    const reopened = read('[host."https://a"]\n[host."https://b"]\n[host."https://a".header]\nx = "y"\n');
    expect(reopened.hosts.map((h) => h.url)).toEqual(['https://a', 'https://b', 'https://a']);
    expect(reopened.diagnostics.map((d) => [d.id, d.line])).toEqual([['hosts-toml-ignored', 1]]);
  });
});
