import * as nodeFs from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { DockerApi } from './edges/docker-api.js';
import { nodeExec, type Exec } from './edges/exec.js';
import { copyFileAttributes } from './edges/file-attributes.js';
import { nodeDockerApi } from './edges/node-docker-api.js';
import { nodeRegistryHttp, type RegistryHttp } from './edges/registry-http.js';

/** The file-system calls our edges use: node's own, or a fake in unit tests. */
export type Fs = typeof nodeFs;

/**
 * Everything with a side effect that a command may use, passed in one object so that
 * unit tests swap in fakes without mocking modules.
 */
export interface Ctx {
  /** --root: every default path is resolved under it. */
  root: string;
  fs: Fs;
  exec: Exec;
  env: Record<string, string | undefined>;
  /** The user's working directory (explicit relative paths resolve against it). */
  cwd: string;
  isTTY: boolean;
  /** stdin alone is a terminal: reading it would wait for someone to type. */
  stdinIsTTY: boolean;
  now(): Date;
  /** HTTP to the Docker API (/_ping, /info). */
  api: DockerApi;
  /** HTTP(S) to registries and mirrors (probes). */
  http: RegistryHttp;
  /** process.kill: send a signal (0: is it alive?); false when the process is not there. */
  kill(pid: number, signal: NodeJS.Signals | 0): boolean;
  sleep(ms: number): Promise<void>;
  /** Milliseconds on a monotonic clock, for deadlines. */
  clock(): number;
  /** Extended attributes and ACLs of one file onto another (a rewritten file keeps them); fakes may leave it out. */
  copyFileAttributes?(from: string, to: string): void;
}

export function createContext(options: { root?: string; env?: Record<string, string | undefined> } = {}): Ctx {
  return {
    root: resolve(options.root ?? '/'),
    fs: nodeFs,
    exec: nodeExec,
    env: options.env ?? process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY && process.stdin.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    now: () => new Date(),
    api: nodeDockerApi,
    http: nodeRegistryHttp,
    kill: (pid, signal) => {
      try {
        return process.kill(pid, signal);
      } catch {
        return false;
      }
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    clock: () => performance.now(),
    copyFileAttributes,
  };
}

/** Why --root cannot stand for a host's `/`; undefined when it is a directory (or we cannot tell: the reads will say). */
export function rootProblem(fs: Pick<Fs, 'statSync'>, root: string): 'missing' | 'not-a-directory' | undefined {
  try {
    return fs.statSync(root).isDirectory() ? undefined : 'not-a-directory';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'missing' : code === 'ENOTDIR' ? 'not-a-directory' : undefined;
  }
}

/** A default system path (e.g. /etc/docker/daemon.json) under --root. */
export function underRoot(ctx: Pick<Ctx, 'root'>, systemPath: string): string {
  return ctx.root === '/' ? systemPath : join(ctx.root, systemPath);
}

/** A path the user gave on the command line: used as given (relative to the cwd). */
export function givenPath(ctx: Pick<Ctx, 'cwd'>, path: string): string {
  return isAbsolute(path) ? path : resolve(ctx.cwd, path);
}
