import * as nodeFs from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { nodeExec, type Exec } from './edges/exec.js';

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
  now(): Date;
}

export function createContext(options: { root?: string; env?: Record<string, string | undefined> } = {}): Ctx {
  return {
    root: resolve(options.root ?? '/'),
    fs: nodeFs,
    exec: nodeExec,
    env: options.env ?? process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY && process.stdin.isTTY),
    now: () => new Date(),
  };
}

/** A default system path (e.g. /etc/docker/daemon.json) under --root. */
export function underRoot(ctx: Pick<Ctx, 'root'>, systemPath: string): string {
  return ctx.root === '/' ? systemPath : join(ctx.root, systemPath);
}

/** A path the user gave on the command line: used as given (relative to the cwd). */
export function givenPath(ctx: Pick<Ctx, 'cwd'>, path: string): string {
  return isAbsolute(path) ? path : resolve(ctx.cwd, path);
}
