// authorization-plugins against the host's plugin discovery, per engine version: the managed
// plugins under data-root, then /run/docker/plugins sockets, then spec files in
// /etc/docker/plugins and /usr/lib/docker/plugins (cmd/dockerd validateAuthzPlugins,
// plugin/store.go Get, pkg/plugins/discovery.go). The same in 20.10 … 29.
import { describe, expect, it } from 'vitest';
import { authzPluginsRule, familiarPluginName } from '../../../src/validate/values/host/authz-plugins.js';
import { hostCtx, type FakeTree } from './host-fake.js';

const ALL = ['20.10.24', '26.1.5', '28.5.2', '29.0.0'];
const ID = 'a'.repeat(12) + 'b'.repeat(52);
const managed = (config: Record<string, unknown>, root = '/var/lib/docker'): FakeTree['files'] => ({
  [`${root}/plugins/${ID}/config.json`]: JSON.stringify({
    plugin: {
      Id: ID,
      Name: 'acme/authz:latest',
      Enabled: true,
      Config: { Interface: { Types: ['docker.authz/1.0'] } },
      ...config,
    },
  }),
});
const line = (reason: string): string => `failed to validate authorization plugin: ${reason}`;

/** [what, plugin names, host, extra values, dockerd's lines, notes (plugins found, known at start)] */
type Row = [string, string[], FakeTree, Record<string, unknown>, string[], number];

const rows: Row[] = [
  ['nothing anywhere', ['authz'], {}, {}, [line('plugin "authz" not found')], 0],
  ['a socket', ['authz'], { sockets: ['/run/docker/plugins/authz.sock'] }, {}, [], 1],
  ['a socket in its own directory', ['authz'], { sockets: ['/run/docker/plugins/authz/authz.sock'] }, {}, [], 1],
  [
    'a regular file where the socket goes is no socket',
    ['authz'],
    { files: { '/run/docker/plugins/authz.sock': '' } },
    {},
    [line('plugin "authz" not found')],
    0,
  ],
  [
    'a .spec with an address',
    ['authz'],
    { files: { '/etc/docker/plugins/authz.spec': 'tcp://127.0.0.1:9000\n' } },
    {},
    [],
    1,
  ],
  [
    'a .spec without a scheme',
    ['authz'],
    { files: { '/etc/docker/plugins/authz.spec': '/run/authz.sock\n' } },
    {},
    [line('legacy plugin: Unknown protocol')],
    0,
  ],
  [
    'an empty .spec',
    ['authz'],
    { files: { '/usr/lib/docker/plugins/authz/authz.spec': '' } },
    {},
    [line('legacy plugin: Unknown protocol')],
    0,
  ],
  [
    'a .spec starting with ":"',
    ['authz'],
    { files: { '/etc/docker/plugins/authz.spec': ':9000' } },
    {},
    [line('legacy plugin: parse ":9000": missing protocol scheme')],
    0,
  ],
  [
    'a .spec that is a directory',
    ['authz'],
    { dirs: { '/etc/docker/plugins/authz.spec': 0o755 } },
    {},
    [line('legacy plugin: read /etc/docker/plugins/authz.spec: is a directory')],
    0,
  ],
  [
    'a .json with Addr',
    ['authz'],
    { files: { '/usr/lib/docker/plugins/authz.json': '{"Addr": "unix:///run/authz.sock"}' } },
    {},
    [],
    1,
  ],
  [
    'an empty .json',
    ['authz'],
    { files: { '/etc/docker/plugins/authz.json': ' \n' } },
    {},
    [line('legacy plugin: EOF')],
    0,
  ],
  [
    'a truncated .json',
    ['authz'],
    { files: { '/etc/docker/plugins/authz.json': '{"Addr": ' } },
    {},
    [line('legacy plugin: unexpected EOF')],
    0,
  ],
  [
    '.spec before .json in the same directory',
    ['authz'],
    { files: { '/etc/docker/plugins/authz.spec': 'unix:///x.sock', '/etc/docker/plugins/authz.json': '' } },
    {},
    [],
    1,
  ],
  [
    '/etc before /usr/lib',
    ['authz'],
    { files: { '/etc/docker/plugins/authz.spec': 'x', '/usr/lib/docker/plugins/authz.spec': 'unix:///x.sock' } },
    {},
    [line('legacy plugin: Unknown protocol')],
    0,
  ],
  [
    'the socket before a broken spec',
    ['authz'],
    { sockets: ['/run/docker/plugins/authz.sock'], files: { '/etc/docker/plugins/authz.spec': 'x' } },
    {},
    [],
    1,
  ],
  ['an empty name', [''], {}, {}, [line('legacy plugin: Unable to find plugin without name')], 0],
  [
    'each name on its own',
    ['a', 'b'],
    { sockets: ['/run/docker/plugins/b.sock'] },
    {},
    [line('plugin "a" not found')],
    1,
  ],
  ['a managed plugin, enabled', ['acme/authz'], { files: managed({}) }, {}, [], 1],
  ['a managed plugin by full name', ['docker.io/acme/authz:latest'], { files: managed({}) }, {}, [], 1],
  ['a managed plugin by id prefix', ['aaaa'], { files: managed({}) }, {}, [], 1],
  [
    'a managed plugin, disabled',
    ['acme/authz'],
    { files: managed({ Enabled: false }) },
    {},
    [line('plugin acme/authz found but disabled')],
    0,
  ],
  [
    'a disabled managed plugin hides a legacy socket of that name',
    ['acme/authz'],
    { files: managed({ Enabled: false }), sockets: ['/run/docker/plugins/acme/authz.sock'] },
    {},
    [line('plugin acme/authz found but disabled')],
    0,
  ],
  [
    'a managed plugin of another kind',
    ['acme/authz'],
    { files: managed({ Config: { Interface: { Types: ['docker.volumedriver/1.0'] } } }) },
    {},
    [line('plugin does not provide "authz" capability')],
    0,
  ],
  [
    'managed plugins live under data-root',
    ['acme/authz'],
    { files: managed({ Enabled: false }, '/srv/docker') },
    { 'data-root': '/srv/docker' },
    [line('plugin acme/authz found but disabled')],
    0,
  ],
  [
    'a managed plugin under another data-root is not seen',
    ['acme/authz'],
    { files: managed({ Enabled: false }, '/srv/docker') },
    {},
    [line('plugin "acme/authz" not found')],
    0,
  ],
  [
    'a config.json that does not decode is skipped',
    ['acme/authz'],
    { files: { [`/var/lib/docker/plugins/${ID}/config.json`]: '{' } },
    {},
    [line('plugin "acme/authz" not found')],
    0,
  ],
];

const cases = rows.flatMap(([what, names, tree, extra, lines, found]) =>
  ALL.map((v) => [`${what} (${v})`, v, names, tree, extra, lines, found] as const),
);

describe('authorization-plugins against the host', () => {
  it.each(cases)('%s', (_what, version, names, tree, extra, lines, found) => {
    const problems = authzPluginsRule.check(hostCtx(version, { 'authorization-plugins': names, ...extra }, tree));
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.dockerd)).toEqual(lines);
    expect(errors.every((p) => p.withFilePrefix === false && p.says !== undefined && p.hintSays !== undefined)).toBe(
      true,
    );
    expect(problems.filter((p) => p.severity === 'info')).toHaveLength(found);
  });

  it('points at the list entry', () => {
    const [p] = authzPluginsRule
      .check(
        hostCtx('28.5.2', { 'authorization-plugins': ['ok', 'gone'] }, { sockets: ['/run/docker/plugins/ok.sock'] }),
      )
      .filter((x) => x.severity === 'error');
    expect(p?.index).toBe(1);
  });

  it('decides nothing on a view that cannot stat', () => {
    const blind = { groupExists: () => true, fileReadable: () => true, readFile: () => undefined };
    expect(authzPluginsRule.check(hostCtx('28.5.2', { 'authorization-plugins': ['x'] }, blind))).toEqual([]);
  });

  it.each([
    ['authz', 'authz:latest'],
    ['acme/authz:1.2', 'acme/authz:1.2'],
    ['docker.io/library/authz', 'authz:latest'],
    ['index.docker.io/acme/authz', 'acme/authz:latest'],
    ['localhost:5000/authz', 'localhost:5000/authz:latest'],
    ['localhost/authz', 'localhost/authz:latest'],
    ['registry.example.com/a/b:v1', 'registry.example.com/a/b:v1'],
    ['Upper', undefined],
    ['authz@sha256:' + 'a'.repeat(64), undefined],
    ['', undefined],
  ])('reference %j → %j', (name, familiar) => {
    expect(familiarPluginName(name)).toBe(familiar);
  });
});
