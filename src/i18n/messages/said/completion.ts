/** The sentences of `completion bash|zsh` (its --help). */
import type { Messages, Translation } from '../../types.js';

export const en = {
  'completion.help.command': () =>
    'print the shell completion script (bash or zsh): commands, options, daemon.json keys, backup ids; load it with source <(dockerd-config completion bash)',
  'completion.help.shell': () => 'the shell to complete in: bash or zsh',
  'completion.help.complete': () => 'print the candidates for the last of the words after --, one a line',
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'completion.help.command': () =>
    '输出 shell 补全脚本（bash 或 zsh）：命令、选项、daemon.json 的键和备份 id。加载方法：source <(dockerd-config completion bash)',
  'completion.help.shell': () => '要补全的 shell：bash 或 zsh',
  'completion.help.complete': () => '输出 -- 之后最后一个词的候选，每行一个',
};
