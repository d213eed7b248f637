import { describe, expect, it } from 'vitest';
import {
  defaultInsecureCIDRs,
  normalizeInsecureRegistry,
  normalizeMirror,
  normalizeMirrorList,
  maskPassword,
} from '../../../src/validate/values/index.js';
import { engine, errorsOf, fullLine, problemsOf } from './helpers.js';

const V20 = engine('20.10.24');
const V24_7 = engine('24.0.7');
const V24_8 = engine('24.0.8');
const V26 = engine('26.1.5');
const V28_2 = engine('28.2.2');
const V28 = engine('28.5.2');
const V29 = engine('29.7.2');

describe('normalizeMirror', () => {
  it.each([
    ['https://mirror.example.com', V20, 'https://mirror.example.com/'],
    ['https://mirror.example.com/', V20, 'https://mirror.example.com/'],
    ['https://mirror.example.com//', V28, 'https://mirror.example.com//'],
    ['HTTPS://mirror.example.com', V28, 'HTTPS://mirror.example.com/'],
    ['http://10.0.0.5:5000', V26, 'http://10.0.0.5:5000/'],
    ['https://mirror.example.com/v2/proxy', V24_8, 'https://mirror.example.com/v2/proxy/'],
    ['https://mirror.example.com/path/', V26, 'https://mirror.example.com/path/'],
    ['https://[fd00::1]:5000', V29, 'https://[fd00::1]:5000/'],
  ])('%s on %o → %s', (url, v, value) => expect(normalizeMirror(url, v)).toMatchObject({ ok: true, value }));

  it.each([
    ['mirror.example.com', V20, 'invalid mirror: unsupported scheme "" in "mirror.example.com"'],
    ['mirror.example.com', V28_2, 'invalid mirror: unsupported scheme "" in "mirror.example.com"'],
    [
      'mirror.example.com',
      V28,
      `invalid mirror: no scheme specified for "mirror.example.com": must use either 'https://' or 'http://'`,
    ],
    [
      'mirror.example.com:5000',
      V26,
      'invalid mirror: unsupported scheme "mirror.example.com" in "mirror.example.com:5000"',
    ],
    ['', V26, 'invalid mirror: unsupported scheme "" in ""'],
    ['', V29, `invalid mirror: no scheme specified for "": must use either 'https://' or 'http://'`],
    [' https://m', V20, 'invalid mirror: " https://m" is not a valid URI'],
    [
      ' https://m',
      V26,
      'invalid mirror: " https://m" is not a valid URI: parse " https://m": first path segment in URL cannot contain colon',
    ],
    ['ftp://m', V26, 'invalid mirror: unsupported scheme "ftp" in "ftp://m"'],
    ['ftp://m', V28, `invalid mirror: unsupported scheme "ftp" in "ftp://m": must use either 'https://' or 'http://'`],
    ['https://m/v2', V24_7, 'invalid mirror: path, query, or fragment at end of the URI "https://m/v2"'],
    ['https://m/?a=b', V29, 'invalid mirror: query or fragment at end of the URI "https://m/?a=b"'],
    ['https://m/#x', V24_8, 'invalid mirror: query or fragment at end of the URI "https://m/#x"'],
    ['https://bob:hunter2@m', V26, 'invalid mirror: username/password not allowed in URI "https://bob:xxxxx@m"'],
    ['https://bob@m', V26, 'invalid mirror: username/password not allowed in URI "https://bob@m"'],
  ])('%j on %o is refused', (url, v, reason) => expect(normalizeMirror(url, v)).toEqual({ ok: false, reason }));

  it('never shows a password, even in a parse error', () => {
    const r = normalizeMirror(' https://bob:hunter2@m', V26);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('hunter2');
    expect(maskPassword('https://bob:hunter2@m/x')).toBe('https://bob:xxxxx@m/x');
  });

  it('warns about a mirror without a host', () => {
    expect(normalizeMirror('https://', V26)).toMatchObject({ ok: true, value: 'https://' });
    expect(normalizeMirror('https://', V26)).toHaveProperty('warning');
  });

  it('de-duplicates after normalising, keeping the first', () => {
    expect(normalizeMirrorList(['https://a', 'https://b/', 'https://a/', 'https://b'], V26)).toEqual({
      value: ['https://a/', 'https://b/'],
      duplicates: [2, 3],
    });
  });
});

describe('registry-mirrors rule', () => {
  it('points at the offending entry and uses the start-time wording before 28.3', () => {
    const [p] = errorsOf(problemsOf('26.1.5', { 'registry-mirrors': ['https://ok', 'ftp://bad'] }));
    expect(p).toMatchObject({ id: 'invalid-mirror', key: 'registry-mirrors', index: 1, withFilePrefix: false });
    expect(p?.dockerd).toBe('failed to start daemon: invalid mirror: unsupported scheme "ftp" in "ftp://bad"');
  });
  it('uses the flag parser wording for --registry-mirror', () => {
    const [p] = errorsOf(problemsOf('28.5.2', { 'registry-mirrors': ['ftp://x'] }, { flags: ['registry-mirrors'] }));
    expect(fullLine(p!)).toBe(
      `Status: invalid argument "ftp://x" for "--registry-mirror" flag: invalid mirror: unsupported scheme "ftp" in "ftp://x": must use either 'https://' or 'http://'`,
    );
  });
  it('reports duplicates as info', () => {
    const ps = problemsOf('20.10.24', { 'registry-mirrors': ['https://m', 'https://m/'] });
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ severity: 'info', index: 1 });
  });
  it('masks credentials in its own message too', () => {
    const ps = problemsOf('28.5.2', { 'registry-mirrors': ['https://bob:hunter2@m'] });
    expect(JSON.stringify(ps)).not.toContain('hunter2');
    expect(ps[0]?.severity).toBe('error');
  });
});

describe('normalizeInsecureRegistry', () => {
  it.each([
    ['registry.local:5000', V20, 'registry.local:5000', 'host'],
    ['Registry.Local', V26, 'Registry.Local', 'host'],
    ['10.1.2.3/8', V20, '10.0.0.0/8', 'cidr'],
    ['fd00::/8', V28, 'fd00::/8', 'cidr'],
    ['fd00::1:2/64', V28, 'fd00::/64', 'cidr'],
    ['[fd00::1]:5000', V20, '[fd00::1]:5000', 'host'],
    ['fd00::1', V26, 'fd00::1', 'host'],
    ['10.0.0.5', V26, '10.0.0.5', 'host'],
    ['10.0.0.5:0', V26, '10.0.0.5:0', 'host'],
    ['index.docker.io', V28, 'index.docker.io', 'host'],
    ['localhost:5000', V29, 'localhost:5000', 'host'],
    ['[fd00::1]', V26, '[fd00::1]', 'host'],
  ])('%s on %o → %s', (entry, v, value, kind) =>
    expect(normalizeInsecureRegistry(entry, v)).toEqual({ ok: true, value, kind }),
  );

  it.each([
    ['-registry.local', V20, 'invalid index name (-registry.local). Cannot begin or end with a hyphen'],
    ['registry-', V29, 'invalid index name (registry-). Cannot begin or end with a hyphen'],
    ['ftp://registry.local:5000', V26, "insecure registry ftp://registry.local:5000 should not contain '://'"],
    ['my_registry:5000', V26, 'insecure registry my_registry:5000 is not valid: invalid host "my_registry"'],
    ['registry.local:99999', V20, 'insecure registry registry.local:99999 is not valid: invalid port "99999"'],
    [
      'registry.local:5000/path',
      V20,
      'insecure registry registry.local:5000/path is not valid: invalid host "registry.local"',
    ],
    ['', V28, 'insecure registry  is not valid: invalid host ""'],
    ['10.0.0.1:abc', V28, 'insecure registry 10.0.0.1:abc is not valid: strconv.Atoi: parsing "abc": invalid syntax'],
    ['10.0.0.1:-1', V28, 'insecure registry 10.0.0.1:-1 is not valid: invalid port "-1"'],
    ['registry.local:', V26, 'insecure registry registry.local: is not valid: invalid host "registry.local"'],
    ['[fd00::1]', V20, 'insecure registry [fd00::1] is not valid: invalid host "[fd00::1]"'],
    ['10.0.0.0/33', V26, 'insecure registry 10.0.0.0/33 is not valid: invalid host "10.0.0.0/33"'],
  ])('%j on %o is refused', (entry, v, reason) =>
    expect(normalizeInsecureRegistry(entry, v)).toEqual({ ok: false, reason }),
  );

  it("strips http:// and https:// with dockerd's warning (29.x reworded it)", () => {
    expect(normalizeInsecureRegistry('http://registry.local:5000', V26)).toEqual({
      ok: true,
      value: 'registry.local:5000',
      kind: 'host',
      warning:
        "insecure registry http://registry.local:5000 should not contain 'http://' and 'http://' has been removed from the insecure registry config",
    });
    expect(normalizeInsecureRegistry('HTTPS://10.0.0.0/8', V20)).toMatchObject({
      ok: true,
      value: '10.0.0.0/8',
      kind: 'cidr',
    });
    expect(normalizeInsecureRegistry('https://r.local', V29)).toMatchObject({
      warning:
        "insecure registry https://r.local should not contain 'https' and 'httpss' has been removed from the insecure registry config",
    });
  });

  it('knows the defaults dockerd adds', () => {
    expect(defaultInsecureCIDRs(V26)).toEqual(['127.0.0.0/8']);
    expect(defaultInsecureCIDRs(V28)).toEqual(['::1/128', '127.0.0.0/8']);
  });
});

describe('insecure-registries rule', () => {
  it('fails at start, whatever --validate says', () => {
    const [p] = errorsOf(problemsOf('28.5.2', { 'insecure-registries': ['ok.local', 'ftp://x'] }));
    expect(p).toMatchObject({ id: 'invalid-insecure-registry', index: 1 });
    expect(fullLine(p!)).toBe("failed to start daemon: insecure registry ftp://x should not contain '://'");
  });
  it('warns with id insecure-registry-scheme when it strips a scheme', () => {
    const ps = problemsOf('26.1.5', { 'insecure-registries': ['http://r.local:5000'] });
    expect(ps).toEqual([expect.objectContaining({ id: 'insecure-registry-scheme', severity: 'warning', index: 0 })]);
  });
  it('notes a CIDR with host bits and a useless docker.io entry', () => {
    const ps = problemsOf('26.1.5', { 'insecure-registries': ['10.1.2.3/8', 'docker.io'] });
    expect(ps.map((p) => [p.severity, p.index])).toEqual([
      ['info', 0],
      ['warning', 1],
    ]);
  });
});
