import type { Ctx } from '../context.js';
import { hint, hintOf, message, messageOf } from '../diagnostics/say.js';
import type { Said } from '../i18n/said.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { findDaemonJson } from './find-daemon-json.js';
import { readBytes } from './fs-read.js';
import { readDaemonArgs } from './read-daemon-args.js';
import { currentUid, detectRootless } from './rootless.js';
import type { Sources } from './types.js';

export interface ReadSourcesOptions {
  configFileOption?: string;
  daemonArgsOption?: string;
  uid?: number;
}

function unreadable(path: string, code: string, says?: Said, hintSays?: Said): Diagnostic {
  const denied = code === 'EACCES' || code === 'EPERM';
  return {
    id: denied ? 'permission-denied' : 'file-unparsable',
    severity: 'error',
    ...(says ? messageOf(says) : message('service.sources.cannotRead', { path, code })),
    file: path,
    ...(denied ? hint('service.sources.hint.readable') : hintSays ? hintOf(hintSays) : { hint: undefined }),
    fixable: false,
  };
}

/** Everything that makes up dockerd's configuration, read once: daemon.json's bytes, its flags, the env file. */
export function readSources(ctx: Pick<Ctx, 'root' | 'fs' | 'env' | 'cwd'>, options: ReadSourcesOptions = {}): Sources {
  const rootless = detectRootless(ctx, options.uid ?? currentUid());
  const daemonArgs = readDaemonArgs(ctx, { daemonArgsOption: options.daemonArgsOption }, rootless);
  const location = findDaemonJson(ctx, { ...options, daemonArgs });
  const diagnostics: Diagnostic[] = [];

  const json = readBytes(ctx, location.path);
  if (!json.ok && !json.missing) diagnostics.push(unreadable(location.path, json.code, json.says, json.hintSays));

  let envFile: Sources['envFile'];
  if (daemonArgs.envFile) {
    const env = readBytes(ctx, daemonArgs.envFile.path);
    if (!env.ok && !env.missing)
      diagnostics.push(unreadable(daemonArgs.envFile.path, env.code, env.says, env.hintSays));
    envFile = {
      path: daemonArgs.envFile.path,
      systemPath: daemonArgs.envFile.systemPath,
      bytes: env.ok ? env.bytes : null,
    };
  }
  return {
    daemonJson: { ...location, bytes: json.ok ? json.bytes : null },
    daemonArgs,
    ...(envFile ? { envFile } : {}),
    diagnostics,
  };
}
