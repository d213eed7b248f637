/**
 * The diagnostics' own sentences (messages and hints) of src/validate/, by key with parameters; see
 * i18n/said.ts. dockerd's own words are a parameter, never translated.
 */
import type { Messages, Translation } from '../../types.js';

export const en = {
  // Shared hints
  'validate.hint.removeDuplicate': () => 'Remove the duplicate entry.',
  'validate.hint.removeEntry': () => 'Remove this entry.',
  'validate.hint.writeInstead': (p: { value: string }) => `Write "${p.value}" instead.`,

  // registry-mirrors
  'validate.mirror.refused': (p: { mirror: string; version: string; dockerd: string }) =>
    `registry mirror "${p.mirror}" is refused by dockerd ${p.version}: ${p.dockerd}`,
  'validate.mirror.warning': (p: { mirror: string; dockerd: string }) => `registry mirror "${p.mirror}" ${p.dockerd}`,
  'validate.mirror.duplicate': (p: { mirror: string; entry: number; normalised: string }) =>
    `registry mirror "${p.mirror}" is the same as entry ${p.entry} once normalised to "${p.normalised}"; dockerd keeps only the first`,
  'validate.mirror.hint.form': () => 'Write the mirror as https://host[:port].',
  'validate.mirror.hint.scheme': () =>
    'Add the scheme: write "https://host[:port]" (or "http://" for a plain-HTTP mirror).',
  'validate.mirror.hint.httpOnly': () => 'A mirror must use http:// or https://.',
  'validate.mirror.hint.credentials': () => 'Remove the credentials from the URL; log in with `docker login` instead.',
  'validate.mirror.hint.noPath': () =>
    'This engine version allows no path: use "https://host[:port]" (paths work from 24.0.8/25.0).',
  'validate.mirror.hint.noQuery': () => 'Remove the "?…" or "#…" part.',
  'validate.mirror.hint.spaces': () => 'Write the mirror as https://host[:port] with no spaces around it.',

  // insecure-registries
  'validate.insecure.refused': (p: { registry: string; dockerd: string }) =>
    `insecure registry "${p.registry}" is refused: ${p.dockerd} (dockerd --validate does not notice this; the daemon fails when it starts)`,
  'validate.insecure.hint.form': () =>
    'Write a host[:port] (letters, digits, "-" and "." only) or a CIDR such as 10.0.0.0/8, without a scheme or path.',
  'validate.insecure.scheme': (p: { registry: string; stripped: string; dockerd: string }) =>
    `insecure registry "${p.registry}" has a scheme; dockerd strips it and uses "${p.stripped}" (${p.dockerd})`,
  'validate.insecure.cidrMeans': (p: { registry: string; network: string }) =>
    `insecure registry CIDR "${p.registry}" means the network ${p.network}`,
  'validate.insecure.dockerHub': () =>
    'marking "docker.io" insecure has no effect: dockerd always treats Docker Hub as secure',
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'validate.hint.removeDuplicate': () => '删除重复的条目。',
  'validate.hint.removeEntry': () => '删除这一条。',
  'validate.hint.writeInstead': (p) => `改写为 "${p.value}"。`,

  'validate.mirror.refused': (p) => `dockerd ${p.version} 拒绝镜像加速器 "${p.mirror}"（dockerd 的原话：${p.dockerd}）`,
  'validate.mirror.warning': (p) => `镜像加速器 "${p.mirror}" 有问题（dockerd 的原话：${p.dockerd}）`,
  'validate.mirror.duplicate': (p) =>
    `镜像加速器 "${p.mirror}" 规范化为 "${p.normalised}" 后与第 ${p.entry} 条相同；dockerd 只保留第一条`,
  'validate.mirror.hint.form': () => '把镜像加速器写成 https://主机[:端口]。',
  'validate.mirror.hint.scheme': () => '加上协议：写成 "https://主机[:端口]"（纯 HTTP 的加速器写 "http://"）。',
  'validate.mirror.hint.httpOnly': () => '镜像加速器只能用 http:// 或 https://。',
  'validate.mirror.hint.credentials': () => '从地址中删去用户名和密码；改用 `docker login` 登录。',
  'validate.mirror.hint.noPath': () =>
    '这个版本的 dockerd 不接受路径：写成 "https://主机[:端口]"（24.0.8/25.0 起才支持路径）。',
  'validate.mirror.hint.noQuery': () => '删去 "?…" 或 "#…" 部分。',
  'validate.mirror.hint.spaces': () => '把镜像加速器写成 https://主机[:端口]，前后不要有空格。',

  'validate.insecure.refused': (p) =>
    `dockerd 拒绝非安全仓库 "${p.registry}"（dockerd 的原话：${p.dockerd}）；dockerd --validate 查不出来，守护进程启动时才失败`,
  'validate.insecure.hint.form': () =>
    '写成 主机[:端口]（只含字母、数字、"-" 和 "."）或 CIDR，例如 10.0.0.0/8，不要协议和路径。',
  'validate.insecure.scheme': (p) =>
    `非安全仓库 "${p.registry}" 带了协议；dockerd 会去掉它，实际使用 "${p.stripped}"（dockerd 的原话：${p.dockerd}）`,
  'validate.insecure.cidrMeans': (p) => `非安全仓库 CIDR "${p.registry}" 表示网段 ${p.network}`,
  'validate.insecure.dockerHub': () => '把 "docker.io" 标为非安全仓库不起作用：dockerd 总把 Docker Hub 当作安全仓库',
};
