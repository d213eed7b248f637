/** default-ipc-mode and default-cgroupns-mode (config.ValidatePlatformConfig). */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast } from '../../../engine/version.js';
import { configValidation } from '../shared/dockerd-text.js';
import { refused } from '../shared/problem.js';
import { stringOf } from '../shared/settings.js';
import type { ValueRule } from '../types.js';

/** container.IpcMode.Valid(): the modes a container may use at all. */
function ipcModeValid(mode: string): boolean {
  if (['', 'host', 'private', 'shareable', 'none'].includes(mode)) return true;
  return mode.startsWith('container:');
}

export const defaultIpcModeRule: ValueRule = {
  keys: ['default-ipc-mode'],
  check(ctx) {
    const mode = stringOf(ctx, 'default-ipc-mode');
    if (mode === undefined || mode === '' || mode === 'private' || mode === 'shareable') return [];
    const advice = 'use "shareable" or "private"';
    const reason = ipcModeValid(mode)
      ? `IPC mode "${mode}" is not supported as default value; ${advice}`
      : `default IPC mode setting (${mode}) is invalid; ${advice}`;
    return [
      refused({
        key: 'default-ipc-mode',
        ...message('validate.ipcMode.notDefault', { mode }),
        ...hint('validate.ipcMode.hint.use'),
        line: configValidation(ctx.engine, reason),
      }),
    ];
  },
};

export const defaultCgroupnsModeRule: ValueRule = {
  keys: ['default-cgroupns-mode'],
  check(ctx) {
    const mode = stringOf(ctx, 'default-cgroupns-mode');
    if (mode === undefined || mode === '' || mode === 'host' || mode === 'private') return [];
    const reason = atLeast(ctx.engine, '28.0.0')
      ? `invalid default cgroup namespace (${mode}): use "host" or "private"`
      : `default cgroup namespace mode (${mode}) is invalid; use "host" or "private"`;
    return [
      refused({
        key: 'default-cgroupns-mode',
        ...message('validate.cgroupnsMode.invalid', { mode }),
        ...hint('validate.cgroupnsMode.hint.use'),
        line: configValidation(ctx.engine, reason),
      }),
    ];
  },
};
