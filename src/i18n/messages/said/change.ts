/**
 * The diagnostics' own sentences (messages and hints) of change/, the CLI's commands and the wizard, by key with parameters; see
 * i18n/said.ts. dockerd's own words are a parameter, never translated.
 */
import type { Messages, Translation } from '../../types.js';

export const en = {
  // Read commands on a daemon.json that does not parse
  'change.unparsable.recovered': () =>
    'dockerd reads none of daemon.json while it does not parse (it will not start). Below is what `dockerd-config repair` would recover, not what is in effect; run `dockerd-config repair` to mend the file.',
  'change.unparsable.unrecoverable': () =>
    'dockerd reads none of daemon.json while it does not parse (it will not start), and `dockerd-config repair` cannot recover it without guessing: fix the named line by hand, or restore a backup (`dockerd-config rollback`).',
  'change.unparsable.mark': () => '(recovered by repair, not in effect)',
  // A change's report names what it mends; what it leaves as it was is validate's and doctor's to say.
  'change.fixed': (p: { finding: string }) => `fixes: ${p.finding}`,
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'change.unparsable.recovered': () =>
    'daemon.json 无法解析，dockerd 一项设置也不会读取（它不会启动）。下面是 `dockerd-config repair` 能恢复出的内容，并未生效；运行 `dockerd-config repair` 修复该文件。',
  'change.unparsable.unrecoverable': () =>
    'daemon.json 无法解析，dockerd 一项设置也不会读取（它不会启动），而且 `dockerd-config repair` 无法不靠猜测地恢复它：请手工修正所指的那一行，或恢复备份（`dockerd-config rollback`）。',
  'change.unparsable.mark': () => '（由 repair 恢复，未生效）',
  'change.fixed': (p) => `修正：${p.finding}`,
};
