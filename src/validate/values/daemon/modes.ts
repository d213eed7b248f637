/** default-ipc-mode and default-cgroupns-mode (config.ValidatePlatformConfig). */
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
    const hint = 'use "shareable" or "private"';
    const reason = ipcModeValid(mode)
      ? `IPC mode "${mode}" is not supported as default value; ${hint}`
      : `default IPC mode setting (${mode}) is invalid; ${hint}`;
    return [
      refused({
        key: 'default-ipc-mode',
        message: `default IPC mode "${mode}" is not allowed as a default`,
        hint: 'Use "private" (the default) or "shareable".',
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
        message: `default cgroup namespace mode "${mode}" is neither "host" nor "private"`,
        hint: 'Use "private" or "host".',
        line: configValidation(ctx.engine, reason),
      }),
    ];
  },
};
