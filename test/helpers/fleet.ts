// Issue 17: a fleet of booted systemd hosts that real Ansible reaches over real ssh. Each host is an
// sdbox (test/infra/sdbox.sh) without Node, in a network namespace of its own (nspawn's private
// network: only its loopback), with sshd from the rootfs (scripts/provision.sh: openssh-server,
// keys only). The controller is this machine's ansible-core; ssh reaches each box through
//   ProxyCommand="nsenter -t <box's systemd> -n socat STDIO TCP:127.0.0.1:22"
// so no address outside the boxes' own loopbacks is ever used. Per run: a new ed25519 key (the
// boxes' authorized_keys), a known_hosts holding the rootfs's host key (strict checking), an
// inventory, and a callback (test/infra/ansible-callbacks/fleet_record.py) that records every task
// result as JSON. One ssh master per host (`ssh -M -N`, a child of this process, ended by pid at
// stop()) carries every connection of every run, the way Ansible's own ControlPersist would, but
// without a daemonised master that outlives the run. Everything lives in one temp dir, removed by stop().
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bootSdbox,
  checkout,
  cleanEnv,
  killDescendants,
  killQuietly,
  onExitCleanup,
  runCommand,
  type ExecResult,
  type Sdbox,
} from './boxes.js';
import { sdboxRootfs } from './release-box.js';

/** The collection's parent dir: ANSIBLE_COLLECTIONS_PATH finds ansible_collections/dockerd_config/daemon under it. */
export const collectionsPath = join(checkout, 'ansible');
const callbackDir = join(checkout, 'test', 'infra', 'ansible-callbacks');

export interface TaskRecord {
  host: string;
  task: string;
  action: string;
  status: 'ok' | 'changed' | 'failed' | 'ignored' | 'skipped' | 'unreachable';
  result: Record<string, unknown>;
}

export interface HostRecap {
  ok: number;
  changed: number;
  unreachable: number;
  failures: number;
  skipped: number;
  rescued: number;
  ignored: number;
}

export interface AnsibleRun extends ExecResult {
  /** Every task result, in the order they came (fleet_record callback). */
  tasks: TaskRecord[];
  /** PLAY RECAP numbers by host (playbooks only). */
  recap: Record<string, HostRecap>;
  /** Wall time of the ansible/ansible-playbook process. */
  ms: number;
}

export interface Fleet {
  boxes: Sdbox[];
  /** The per-run dir: key, known_hosts, inventory.json, playbooks, records. */
  dir: string;
  inventory: string;
  /** Writes a playbook (JSON is YAML) into the run dir and returns its path. */
  playbook(name: string, plays: unknown[]): string;
  /** `ansible-playbook -i inventory PLAYBOOK ARGS…` (no shell). */
  playbookRun(playbook: string, args?: readonly string[], options?: { timeoutMs?: number }): Promise<AnsibleRun>;
  /** Ad-hoc `ansible PATTERN ARGS…`, e.g. ('all', ['-m', 'ping']). */
  adhoc(pattern: string, args: readonly string[], options?: { timeoutMs?: number }): Promise<AnsibleRun>;
  box(name: string): Sdbox;
  stop(): Promise<void>;
}

export interface FleetOptions {
  /** Host names (box names too); at least one. */
  names: readonly string[];
  /** Inventory vars for every host (merged under `all.vars`). */
  vars?: Record<string, unknown>;
}

/** The ed25519 host key every box boots with (generated once, when provision built the rootfs). */
function rootfsHostKey(): string {
  const path = join(sdboxRootfs, 'etc/ssh/ssh_host_ed25519_key.pub');
  let key: string;
  try {
    key = readFileSync(path, 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
  } catch {
    throw new Error(`${path} is missing: the sdbox rootfs has no sshd; run as root: bash scripts/provision.sh`);
  }
  return key;
}

/** Fails loudly, naming provision, when the controller's tools are missing. */
export function requireController(): void {
  for (const tool of ['ansible-playbook', 'ansible', 'ssh', 'ssh-keygen', 'socat', 'nsenter']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore', env: cleanEnv() });
    } catch {
      throw new Error(`${tool} is not installed on the controller; run as root: bash scripts/provision.sh`);
    }
  }
}

/** Boots the boxes in parallel, installs a fresh authorized key in each and writes the inventory. */
export async function bootFleet(options: FleetOptions): Promise<Fleet> {
  requireController();
  const hostKey = rootfsHostKey();
  const parent = process.env.SDBOX_INST ?? '/var/tmp/dockerd-config-sdbox';
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'fleet-'));
  chmodSync(dir, 0o700);
  const booted = await Promise.allSettled(options.names.map((n) => bootSdbox(n, { noNode: true })));
  const boxes = booted.flatMap((b) => (b.status === 'fulfilled' ? [b.value] : []));
  const masters: ChildProcess[] = [];
  const endMasters = (): void => {
    for (const m of masters.splice(0)) {
      if (m.pid === undefined || m.exitCode !== null || m.signalCode !== null) continue;
      killDescendants(m.pid); // its ProxyCommand (nsenter, socat)
      killQuietly(m.pid, 'SIGTERM');
    }
  };
  const registration = onExitCleanup(`fleet:${dir}`, endMasters);
  const stop = async (): Promise<void> => {
    endMasters();
    registration.release();
    const stopped = await Promise.allSettled(boxes.map((b) => b.stop()));
    rmSync(dir, { recursive: true, force: true });
    const failed = stopped.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
    if (failed.length > 0) throw new Error(`stopping the fleet:\n${failed.join('\n')}`);
  };
  const bootFailures = booted.flatMap((b) => (b.status === 'rejected' ? [String(b.reason)] : []));
  if (bootFailures.length > 0) {
    await stop().catch(() => undefined);
    throw new Error(`booting the fleet:\n${bootFailures.join('\n')}`);
  }
  try {
    const key = join(dir, 'id_ed25519');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `fleet-${process.pid}`, '-f', key]);
    const pub = readFileSync(`${key}.pub`, 'utf8');
    for (const box of boxes) {
      const ssh = box.hostPath('/root/.ssh');
      mkdirSync(ssh, { recursive: true, mode: 0o700 });
      chmodSync(ssh, 0o700);
      writeFileSync(join(ssh, 'authorized_keys'), pub, { mode: 0o600 });
    }
    // Strict host key checking against the key the boxes really have, under their inventory names.
    writeFileSync(join(dir, 'known_hosts'), `${options.names.join(',')} ${hostKey}\n`);
    const ssh = [
      '-o IdentitiesOnly=yes',
      '-o BatchMode=yes',
      '-o PasswordAuthentication=no',
      '-o StrictHostKeyChecking=yes',
      `-o UserKnownHostsFile=${join(dir, 'known_hosts')}`,
    ];
    const proxy = (b: Sdbox): string => `nsenter -t ${b.leader} -n socat STDIO TCP:127.0.0.1:22`;
    const controlPath = (b: Sdbox): string => join(dir, `cm-${b.name}`);
    const hosts = Object.fromEntries(
      boxes.map((b) => [
        b.name,
        {
          ansible_ssh_common_args: [`-o ProxyCommand="${proxy(b)}"`, `-o ControlPath=${controlPath(b)}`, ...ssh].join(
            ' ',
          ),
        },
      ]),
    );
    const inventory = join(dir, 'inventory.json');
    writeFileSync(
      inventory,
      JSON.stringify(
        {
          all: {
            hosts,
            vars: {
              ansible_user: 'root',
              ansible_ssh_private_key_file: key,
              ansible_python_interpreter: '/usr/bin/python3',
              ...options.vars,
            },
          },
        },
        null,
        2,
      ),
    );
    writeFileSync(join(dir, 'ansible.cfg'), '[defaults]\n');
    mkdirSync(join(dir, 'home'));
    mkdirSync(join(dir, 'tmp'));
    // The masters: each authenticates once (key, strict host key), then serves the runs' sessions.
    for (const b of boxes) {
      const m = spawn(
        'ssh',
        [
          '-M',
          '-N',
          '-o',
          `ProxyCommand=${proxy(b)}`,
          '-o',
          `ControlPath=${controlPath(b)}`,
          '-o',
          'ControlPersist=no',
          ...ssh.flatMap((o) => ['-o', o.slice(3)]),
          '-i',
          key,
          '-l',
          'root',
          b.name,
        ],
        { env: cleanEnv(), stdio: ['ignore', 'ignore', 'pipe'] },
      );
      masters.push(m);
    }
    await Promise.all(
      boxes.map(async (b, i) => {
        const m = masters[i]!;
        let err = '';
        m.stderr?.on('data', (c: Buffer) => (err += c.toString()));
        for (let waited = 0; !existsSync(controlPath(b)); waited += 50) {
          if (m.exitCode !== null || waited > 30_000)
            throw new Error(`ssh to ${b.name} (through ${proxy(b)}) did not come up: ${err || 'no socket after 30 s'}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      }),
    );
    let runs = 0;
    const env = (record: string): NodeJS.ProcessEnv =>
      cleanEnv({
        ANSIBLE_CONFIG: join(dir, 'ansible.cfg'), // empty: only what is set here counts
        ANSIBLE_HOME: join(dir, 'home'),
        ANSIBLE_LOCAL_TEMP: join(dir, 'tmp'),
        ANSIBLE_COLLECTIONS_PATH: collectionsPath,
        ANSIBLE_COLLECTIONS_SCAN_SYS_PATH: 'False',
        ANSIBLE_CALLBACK_PLUGINS: callbackDir,
        ANSIBLE_CALLBACKS_ENABLED: 'fleet_record',
        ANSIBLE_LOAD_CALLBACK_PLUGINS: '1',
        ANSIBLE_STDOUT_CALLBACK: 'default',
        ANSIBLE_NOCOLOR: '1',
        ANSIBLE_FORCE_COLOR: '0',
        ANSIBLE_RETRY_FILES_ENABLED: 'False',
        ANSIBLE_HOST_KEY_CHECKING: 'True',
        ANSIBLE_PIPELINING: 'True',
        // The fleet's masters (ControlPath in the inventory) instead of Ansible's ControlPersist,
        // whose daemonised master would outlive the run as a process nobody waits for.
        ANSIBLE_SSH_ARGS: '-o ControlMaster=no',
        ANSIBLE_FORKS: String(Math.max(5, boxes.length)),
        ANSIBLE_TIMEOUT: '30',
        FLEET_RECORD: record,
      });
    const run = async (file: string, args: readonly string[], timeoutMs = 600_000): Promise<AnsibleRun> => {
      const record = join(dir, `record-${++runs}.jsonl`);
      writeFileSync(record, '');
      const started = Date.now();
      // cwd is the run dir, so no ansible.cfg of the checkout is picked up.
      const r = await runCommand('sh', ['-c', 'cd "$0" && exec "$@"', dir, file, '-i', inventory, ...args], {
        env: env(record),
        timeoutMs,
      });
      const ms = Date.now() - started;
      const lines = readFileSync(record, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as TaskRecord | { recap: Record<string, HostRecap> });
      const tasks = lines.filter((l): l is TaskRecord => !('recap' in l));
      const recap = lines.flatMap((l) => ('recap' in l ? [l.recap] : []))[0] ?? {};
      return { ...r, tasks, recap, ms };
    };
    return {
      boxes,
      dir,
      inventory,
      playbook(name, plays) {
        const path = join(dir, `${name}.yml`);
        writeFileSync(path, `${JSON.stringify(plays, null, 2)}\n`);
        return path;
      },
      playbookRun: (playbook, args = [], o = {}) => run('ansible-playbook', [playbook, ...args], o.timeoutMs),
      adhoc: (pattern, args, o = {}) => run('ansible', [pattern, ...args], o.timeoutMs),
      box(name) {
        const b = boxes.find((x) => x.name === name);
        if (!b) throw new Error(`no box ${name} in the fleet`);
        return b;
      },
      stop,
    };
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
}

/**
 * The results of one task on every host, keyed by host; throws when a host has none. `task` is its
 * name, without the "role : " prefix Ansible gives a role's tasks.
 */
export function taskResults(run: AnsibleRun, task: string, hosts: readonly string[]): Record<string, TaskRecord> {
  const out: Record<string, TaskRecord> = {};
  for (const t of run.tasks) if (t.task === task || t.task.endsWith(` : ${task}`)) out[t.host] = t;
  const missing = hosts.filter((h) => !(h in out));
  if (missing.length > 0)
    throw new Error(
      `task "${task}" has no result for ${missing.join(', ')}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`,
    );
  return out;
}

/** The host's own network namespace (inode of /proc/PID/ns/net), to tell the boxes' apart. */
export const netnsOf = (pid: number | 'self'): string =>
  execFileSync('readlink', [`/proc/${pid}/ns/net`])
    .toString()
    .trim();
