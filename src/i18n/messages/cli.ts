/** The CLI's own sentences (commands, progress, results, errors), not diagnostics. */
import type { Messages, Translation } from '../types.js';

type ListCommand = 'mirror' | 'insecure' | 'host';
type EngineHow = 'given' | 'package' | 'dockerd --version' | 'newest known';
type Mode = 'reload' | 'restart';

const s = (n: number): string => (n === 1 ? '' : 's');
/** `noun` is the English singular (list.invalid); plurals are looked up: noun + "s" gave "insecure registrys". */
type Named = { command: ListCommand; noun: string };
const NOUNS_EN: Record<ListCommand, string> = {
  mirror: 'registry mirrors',
  insecure: 'insecure registries',
  host: 'daemon addresses',
};

export const en = {
  // --help: the program, its commands and their options
  'help.usage': () => '$0 <command> [options]\n\nManage and validate the Docker daemon configuration safely.',
  'help.command.show': () => 'the configuration from every source merged, each setting with where it comes from',
  'help.command.validate': () =>
    'check daemon.json and the daemon flags as the installed dockerd would (exit 1: it would refuse to start)',
  'help.command.mirror': () => 'registry mirrors: add | remove | list | test',
  'help.command.insecure': () => 'insecure registries (host[:port] or CIDR): add | remove | list',
  'help.command.host': () => 'daemon listen addresses (-H / "hosts"): add | remove | list',
  'help.command.get': () => 'print one setting in effect (JSON); exit 1 when it is not set',
  'help.command.set': () =>
    'set any daemon.json key (VALUE is JSON, else a string); checked against the engine version',
  'help.command.unset': () => 'remove a daemon.json key (or its flag from DOCKER_OPTS)',
  'help.command.apply': () =>
    'merge a desired partial daemon.json (FILE or - for stdin); arrays are unioned unless --exact',
  'help.command.repair': () =>
    'fix syntax damage in daemon.json (dangling commas, stray braces, comments, BOM, empty file), keeping every setting',
  'help.command.restart': () => 'restart dockerd through its service manager, wait for it and verify its configuration',
  'help.command.reload': () => 'make dockerd re-read daemon.json (SIGHUP; containers keep running), and verify it',
  'help.command.rollback': () =>
    'restore the files of a backup (default: undo the last change), then restart or reload and verify',
  'help.command.backups': () => 'list the backups taken before each change (newest last)',
  'help.command.explain': () =>
    'why dockerd did not (re)start, from its journal, /var/log/docker.log, `systemctl status` or one pasted line (exit 1: a failure was found)',
  'help.command.mirrorTest': () =>
    'probe mirrors (default: the configured ones) and rank them by reachability, latency and, with --image, download speed; changes nothing',
  'help.command.listAdd': (p: Named) => `add ${NOUNS_EN[p.command]} (already present ones are left as they are)`,
  'help.command.listRemove': (p: Named) => `remove ${NOUNS_EN[p.command]} (compared as dockerd compares them)`,
  'help.command.listList': (p: Named) => `list the ${NOUNS_EN[p.command]} in effect and where each is set`,
  'help.option.root': () => 'resolve every default path under DIR',
  'help.option.configFile': () => 'the daemon.json to manage (default: detected)',
  'help.option.engineVersion': () => 'dockerd version whose rules apply, X.Y[.Z] (default: detected)',
  'help.option.daemonArgs': () => "dockerd's flags to check conflicts against, instead of the unit/DOCKER_OPTS",
  'help.option.json': () => 'one JSON document on stdout',
  'help.option.yes': () => 'never prompt; take the safe default',
  'help.option.lang': () => 'message language',
  'help.option.color': () => 'colour output (--no-color to disable)',
  'help.option.strict': () => 'treat portability warnings as errors',
  'help.option.restartCmd': () => 'restart with this command instead of the service manager',
  'help.option.daemonLog': () => "dockerd's log file, with --restart-cmd (default /var/log/docker.log)",
  'help.option.timeout': () => 'seconds to wait for the daemon to become healthy',
  'help.option.dryRun': () => 'print the plan and a diff; change nothing',
  'help.option.diff': () => 'print the diff, then apply',
  'help.option.restart': () => 'restart/reload dockerd afterwards (--no-restart: write only)',
  'help.option.target': () => 'where a new setting goes',
  'help.option.detailedExitcode': () => 'exit 2 when something changed',
  'help.option.allowInsecureTcp': () => 'allow a non-loopback TCP host without TLS',
  'help.option.applyFile': () => 'a JSON file, or - for standard input',
  'help.option.exact': () => 'arrays become exactly the given ones',
  'help.option.explainFile': () => 'the text to read; - or nothing: standard input',
  'help.option.getKey': () => 'a daemon.json key, e.g. registry-mirrors',
  'help.option.listValues': (p: Named) => `one or more ${NOUNS_EN[p.command]}`,
  'help.option.mirrorUrls': () => 'mirror URLs to test instead of the configured ones',
  'help.option.probeTimeout': () => 'seconds per probe (all run at once)',
  'help.option.image': () =>
    "measure download speed on this image (NAME[:TAG], e.g. alpine): a ranged read of its largest layer; with --registry, also compare the digest each mirror serves with the registry's",
  'help.option.mirrorTestRegistry': () =>
    "test this registry's mirrors (docker.io, ghcr.io, registry.k8s.io, host:port): the hosts of its certs.d hosts.toml (for docker.io also daemon.json's registry-mirrors), then the URLs given",
  'help.option.rollbackTo': () => 'the backup id to restore (see `backups`); its whole change is restored',
  'help.option.rollbackForce': () => 'restore the backup even when dockerd refused that version or would refuse it',
  'help.option.sources': () => 'also list the files and flags read',
  'help.option.effective': () => 'merged settings (the default)',
  'help.option.validateFile': () => 'the daemon.json to check (default: the one dockerd reads)',

  // main: usage and internal errors
  'main.nameCommand': () => 'name a command (see --help)',
  'main.nameSubcommand': (p: { command: string }) => `${p.command}: name a sub-command`,
  'main.invalidUsage': () => 'invalid usage',
  'main.usageError': (p: { message: string }) => `dockerd-config: ${p.message}\nRun 'dockerd-config --help' for usage.`,
  'main.rootMissing': (p: { path: string }) =>
    `--root ${p.path}: no such directory. Give the directory that holds the host's files (etc/docker/daemon.json …), or leave --root out for /.`,
  'main.rootNotDirectory': (p: { path: string }) =>
    `--root ${p.path} is not a directory. Give the directory that holds the host's files (etc/docker/daemon.json …), or leave --root out for /.`,
  'main.badTimeout': (p: { value?: string }) =>
    `--timeout${p.value === undefined ? '' : ` ${p.value}`}: give a number of seconds, 0 or more`,
  'main.internalError': (p: { message: string }) => `dockerd-config: internal error: ${p.message}`,
  'main.internalHint': () => 'Run again with -v for details, and please report it.',

  // The write path's outcome lines
  'mutate.refused': (p: { summary: string }) => `Nothing was changed (${p.summary}).`,
  'mutate.nothingToChange': () => 'Nothing to change: the configuration already says this.',
  'mutate.wouldChange': (p: { path: string }) => `would change ${p.path}`,
  'mutate.changed': (p: { path: string; backup?: string | undefined }) =>
    `changed ${p.path}${p.backup ? ` (backup ${p.backup})` : ''}`,
  'mutate.wouldAct': (p: { action: Mode; reason: string; runs: string }) =>
    `dockerd would be ${p.action === 'reload' ? 'reloaded' : 'restarted'} (${p.reason}): ${p.runs}`,

  // The service step: what was run and how it ended
  'service.ran': (p: { command: string }) => `ran: ${p.command}`,
  'service.verified': (p: { action: Mode; reason: string; answered: string[] }) =>
    `dockerd ${p.action === 'reload' ? 'reloaded' : 'restarted'} (${p.reason}) and verified: ${p.answered.join(', ')} answer${p.answered.length === 1 ? 's' : ''} with the new configuration`,
  'service.rolledBack': (p: { stillDown: boolean; paths: string[] }) =>
    `dockerd did not accept the change; the previous configuration was ${p.stillDown ? 'put back, but dockerd is still down' : 'put back and running again'}: ${p.paths.join(', ')}`,
  'service.failed': (p: { action: Mode }) => `dockerd ${p.action} failed`,
  'service.kept': (p: { because: string }) =>
    p.because === 'service-manager-failed'
      ? 'the service manager failed before dockerd ran: the new configuration is kept (dockerd never judged it), and dockerd is not running it'
      : p.because === 'no-better-state'
        ? 'dockerd refused the new configuration, and the previous one would not start it either: the new one is kept'
        : 'written, not yet in use',
  'service.stoppedContainers': (p: { names: string[] }) =>
    `the restart stopped ${p.names.length} running container${s(p.names.length)}: ${p.names.join(', ')}`,
  'mutate.runs.command': (p: { line: string }) => `without --dry-run this runs \`${p.line}\``,
  'mutate.runs.none': (p: { why: string }) => `nothing is run from here: ${p.why}`,

  // The service step's reasons and its one question
  'lifecycle.reason.unchanged': () => 'the configuration dockerd reads did not change',
  'lifecycle.reason.argsChanged': () => "dockerd's command line changed: only a restart passes it new flags",
  'lifecycle.reason.removed': (p: { keys: string[] }) => `${p.keys.join(', ')} removed: a reload keeps the old value`,
  'lifecycle.reason.fromFlags': (p: { keys: string[] }) => `${p.keys.join(', ')} comes from dockerd's flags`,
  'lifecycle.reason.readAtStart': (p: { keys: string[] }) =>
    `${p.keys.join(', ')} ${p.keys.length === 1 ? 'is' : 'are'} read only at start`,
  'lifecycle.reason.reloadable': (p: { keys: string[] }) =>
    `${p.keys.join(', ')} ${p.keys.length === 1 ? 'is' : 'are'} reloadable: containers keep running`,
  'lifecycle.reason.asked': (p: { mode: Mode }) => `asked for a ${p.mode}`,
  'lifecycle.reason.notRunning': (p: { state: string }) =>
    `dockerd is not running (${p.state}): it is started instead of reloaded`,
  'lifecycle.reason.declined': () => 'declined at the prompt',
  'lifecycle.confirmRestart': (p: { running: number }) =>
    `Restarting dockerd stops ${p.running} running container${s(p.running)} (live-restore is off). Restart now?`,

  // mirror | insecure | host list
  'list.none': (p: Named) => `no ${NOUNS_EN[p.command]} configured`,
  'list.invalid': (p: Named & { value: string; reason: string }) =>
    `${JSON.stringify(p.value)} is not a valid ${p.noun}: ${p.reason}`,

  // show
  'show.engine': (p: { version: string; how: EngineHow }) => `dockerd ${p.version} (${p.how})`,
  'show.engineLine': (p: { engine: string }) => `engine: ${p.engine}`,
  'show.manager': (p: { manager: string }) => `service manager: ${p.manager}`,
  'show.source.daemonJson': (p: { path: string }) => `daemon.json: ${p.path}`,
  'show.source.unit': (p: { path: string }) => `systemd unit: ${p.path}`,
  'show.source.envFile': (p: { path: string }) => `env file: ${p.path}`,
  'show.note.dropIns': (p: { count: number }) => `${p.count} drop-in${s(p.count)}`,
  'show.note.envPassed': (p: { variable: string }) => `${p.variable} is passed to dockerd`,
  'show.note.envNotPassed': (p: { variable: string }) => `${p.variable} is not passed to dockerd`,
  'show.missing': () => ' (missing)',
  'show.noSettings': () => '(no settings: dockerd runs with its defaults)',

  // get
  'get.notSet': (p: { key: string }) => `${p.key} is not set`,

  // backups
  'backups.none': () => 'no backups yet',
  'backups.size': (p: { size: number }) => `${p.size} bytes`,
  'backups.didNotExist': () => '(did not exist)',

  // validate
  'validate.accepts': (p: { path: string; engine: string; summary?: string | undefined }) =>
    `${p.path}: ${p.engine} would accept this configuration${p.summary ? ` (${p.summary})` : ''}.`,
  'validate.refuses': (p: { path: string; engine: string; summary: string }) =>
    `${p.path}: ${p.engine} would refuse to start (${p.summary}).`,

  // explain
  'explain.needsInput': () =>
    'explain reads the log from a file or a pipe, e.g. journalctl -u docker -n 200 | dockerd-config explain',
  'explain.noFailure': () => 'No dockerd failure in this text.',
  'explain.dockerdSaid': (p: { line: string }) => `dockerd said: ${p.line}`,
  'explain.laterStarted': () => 'A later start in this text succeeded: this failure is not the current state.',

  // mirror test
  'mirrorTest.invalid': (p: { url: string; reason: string }) => `${p.url} is not a valid mirror: ${p.reason}`,
  'mirrorTest.none': () => 'No mirrors configured; name some: dockerd-config mirror test https://mirror.example.com …',
  'mirrorTest.testing': (p: { count: number; image?: string | undefined; seconds: number }) =>
    `testing ${p.count} mirror${s(p.count)}${p.image ? ` with ${p.image}` : ''} (at most ${p.seconds} s)…`,
  'mirrorTest.latency': (p: { ms: string }) => `registry ${p.ms} ms`,
  'mirrorTest.download': (p: { detail: string }) => `(download: ${p.detail})`,
  'mirrorTest.invalidRegistry': (p: { registry: string }) =>
    `"${p.registry}" is not a registry name: give host[:port] without a scheme or path, e.g. ghcr.io or registry.local:5000`,
  'mirrorTest.invalidImage': (p: { image: string }) =>
    `"${p.image}" is not an image name: NAME[:TAG] or NAME@DIGEST, e.g. library/alpine:3.20 or ghcr.io/org/app:1`,
  'mirrorTest.imageRegistry': (p: { image: string; registry: string }) =>
    `--image ${p.image} names another registry than --registry ${p.registry}`,
  'mirrorTest.invalidEndpoint': (p: { url: string }) =>
    `${p.url} is not a mirror URL: give https://host[:port][/path], http://… or host[:port]`,
  'mirrorTest.registryNone': (p: { registry: string; file?: string | undefined }) =>
    `${p.registry} has no mirrors to test (${p.file ?? 'no hosts.toml'}); name some: dockerd-config mirror test --registry ${p.registry} https://mirror.example.com …`,
  'mirrorTest.registry': (p: { registry: string; count: number; file?: string | undefined; upstream: string }) =>
    `${p.registry}: ${p.count} mirror${s(p.count)} (${p.file ?? 'no hosts.toml'}); the registry itself: ${p.upstream}`,
  'mirrorTest.notPulling': (p: { url: string }) => `  ${p.url}: not tested, its capabilities do not include pull`,
  'mirrorTest.reference': (p: { image: string; digest: string; url: string }) =>
    `${p.image} is ${p.digest} at ${p.url}`,
  'mirrorTest.referencePinned': (p: { image: string }) =>
    `${p.image}: each mirror is compared with the digest the name is pinned to`,
  'mirrorTest.upstreamFailed': (p: { image: string; url: string; detail: string }) =>
    `${p.image}: the registry (${p.url}) could not be asked: ${p.detail}`,
  'mirrorTest.upstreamMissing': (p: { image: string; url: string }) =>
    `${p.image}: the registry (${p.url}) does not have it (HTTP 404)`,
  'mirrorTest.comparedWith': (p: { url: string; digest: string }) =>
    `  the mirrors are compared with the first that served it: ${p.url} (${p.digest})`,
  'mirrorTest.noneServes': () => '  no mirror serves it either',
  'mirrorTest.digestMatches': (p: { digest: string }) => `${p.digest} same`,
  'mirrorTest.digestStale': (p: { digest: string }) => `${p.digest} differs (stale)`,
  'mirrorTest.digestMissing': () => 'image missing (404)',
  'mirrorTest.digestFailed': (p: { detail: string }) => `(manifest: ${p.detail})`,

  // repair
  'repair.missing': (p: { path: string }) => `${p.path} does not exist: nothing to repair.`,
  'repair.nothingChanged': () => 'Nothing was changed.',
  'repair.alreadyStrict': (p: { path: string }) => `${p.path} is already strict JSON: nothing to repair.`,
  'repair.would': (p: { path: string }) => `would repair ${p.path}`,
  'repair.done': (p: { path: string; backup?: string | undefined }) =>
    `repaired ${p.path}${p.backup ? ` (backup ${p.backup})` : ''}`,

  // rollback
  'rollback.would': (p: { path: string; id: string; removed: boolean }) =>
    `would restore ${p.path} from ${p.id}${p.removed ? ' (it did not exist then: removed)' : ''}`,
  'rollback.done': (p: { path: string; id: string; removed: boolean }) =>
    `restored ${p.path} from ${p.id}${p.removed ? ' (it did not exist then: removed)' : ''}`,
  'source.unit': (p: { where: string }) => `the service unit${p.where}`,
  'source.dropIn': (p: { where: string }) => `the systemd drop-in${p.where}`,
  'source.envFile': (p: { where: string }) => `DOCKER_OPTS in${p.where}`,
  'source.sysvinit': (p: { where: string }) => `the init script${p.where}`,
  'source.daemonArgs': () => 'the --daemon-args given',
  'source.commandLine': () => 'the command line',
  'source.daemonJson': (p: { where: string }) => `daemon.json${p.where}`,
  'source.hostsToml': (p: { where: string }) => `the registry's hosts.toml${p.where}`,
  'source.certificate': (p: { where: string }) => `the registry certificate${p.where}`,
  'lifecycle.step.reloading': (p: { name: string }) => `reloading ${p.name}`,
  'lifecycle.step.restarting': (p: { name: string }) => `restarting ${p.name}`,
  'lifecycle.step.verifying': () => 'waiting for every socket, comparing /info with the files',
  'lifecycle.step.rollingBack': () => 'dockerd did not take it: putting the previous files back',
} satisfies Messages;

const NOUN_ZH: Record<ListCommand, string> = { mirror: '镜像加速器', insecure: '非安全仓库', host: '监听地址' };
// One value of the setting, as a rejection names it.
const VALUE_NOUN_ZH: Record<ListCommand, string> = {
  mirror: '镜像加速器地址',
  insecure: '非安全仓库地址',
  host: '守护进程监听地址',
};
const HOW_ZH: Record<EngineHow, string> = {
  given: '由 --engine-version 指定',
  package: '来自已安装的软件包',
  'dockerd --version': '来自 dockerd --version',
  'newest known': '未检测到，按已知的最新版本',
};
const DONE_ZH: Record<Mode, string> = { reload: '重新加载', restart: '重启' };
// Config keys and addresses stay ASCII; Chinese lists them with the enumeration comma.
const list = (items: readonly string[] = []): string => items.join('、');

export const zh: Translation<typeof en> = {
  'help.usage': () => '$0 <command> [options]\n\n安全地管理和检查 Docker 守护进程（dockerd）的配置。',
  'help.command.show': () => '合并所有来源后的配置，并注明每项设置来自哪里',
  'help.command.validate': () =>
    '像已安装的 dockerd 那样检查 daemon.json 和守护进程参数（退出码 1：dockerd 会拒绝启动）',
  'help.command.mirror': () => '镜像加速器：add | remove | list | test',
  'help.command.insecure': () => '非安全仓库（host[:port] 或 CIDR）：add | remove | list',
  'help.command.host': () => '守护进程监听地址（-H / "hosts"）：add | remove | list',
  'help.command.get': () => '打印一项正在生效的设置（JSON）；未设置时退出码为 1',
  'help.command.set': () => '设置任意 daemon.json 键（VALUE 能解析为 JSON 就按 JSON，否则按字符串）；按引擎版本检查',
  'help.command.unset': () => '删除一个 daemon.json 键（或从 DOCKER_OPTS 中删除对应参数）',
  'help.command.apply': () => '合并一份期望的部分 daemon.json（FILE，或用 - 表示标准输入）；数组取并集，除非加 --exact',
  'help.command.repair': () => '修复 daemon.json 的语法损坏（多余的逗号、多余的括号、注释、BOM、空文件），保留全部设置',
  'help.command.restart': () => '通过服务管理器重启 dockerd，等待它就绪并验证其配置',
  'help.command.reload': () => '让 dockerd 重新读取 daemon.json（SIGHUP；容器继续运行），并验证结果',
  'help.command.rollback': () => '从备份恢复文件（默认：撤销上一次修改），然后重启或重新加载并验证',
  'help.command.backups': () => '列出每次修改前所做的备份（最新的在最后）',
  'help.command.explain': () =>
    '根据 journal、/var/log/docker.log、`systemctl status` 或粘贴的一行日志，找出 dockerd 为什么没能（重新）启动（退出码 1：发现了失败）',
  'help.command.mirrorTest': () =>
    '探测镜像加速器（默认：已配置的那些），按可达性、延迟排序；加 --image 时还比较下载速度；不做任何修改',
  'help.command.listAdd': (p) => `添加${NOUN_ZH[p.command]}（已有的保持不变）`,
  'help.command.listRemove': (p) => `删除${NOUN_ZH[p.command]}（按 dockerd 的方式比较）`,
  'help.command.listList': (p) => `列出正在生效的${NOUN_ZH[p.command]}及各自的设置位置`,
  'help.option.root': () => '把所有默认路径都解析到 DIR 之下',
  'help.option.configFile': () => '要管理的 daemon.json（默认：自动检测）',
  'help.option.engineVersion': () => '按哪个 dockerd 版本的规则检查，X.Y[.Z]（默认：自动检测）',
  'help.option.daemonArgs': () => '用这些 dockerd 参数检查冲突，而不是读取服务单元或 DOCKER_OPTS',
  'help.option.json': () => '在标准输出上输出一个 JSON 文档',
  'help.option.yes': () => '从不提问；采用安全的默认选项',
  'help.option.lang': () => '输出语言',
  'help.option.color': () => '彩色输出（--no-color 关闭）',
  'help.option.strict': () => '把可移植性警告当作错误',
  'help.option.restartCmd': () => '用这条命令重启，而不是通过服务管理器',
  'help.option.daemonLog': () => 'dockerd 的日志文件，配合 --restart-cmd 使用（默认 /var/log/docker.log）',
  'help.option.timeout': () => '等待守护进程恢复正常的秒数',
  'help.option.dryRun': () => '只显示计划和 diff，不做任何修改',
  'help.option.diff': () => '先显示 diff，再应用',
  'help.option.restart': () => '修改后重启或重新加载 dockerd（--no-restart：只写文件）',
  'help.option.target': () => '新设置写到哪里',
  'help.option.detailedExitcode': () => '有修改时退出码为 2',
  'help.option.allowInsecureTcp': () => '允许不带 TLS 的非回环 TCP 地址',
  'help.option.applyFile': () => '一个 JSON 文件，或用 - 表示标准输入',
  'help.option.exact': () => '数组完全替换为给定的值',
  'help.option.explainFile': () => '要读取的文本；- 或省略：标准输入',
  'help.option.getKey': () => '一个 daemon.json 键，例如 registry-mirrors',
  'help.option.listValues': (p) => `一个或多个${NOUN_ZH[p.command]}`,
  'help.option.mirrorUrls': () => '要测试的镜像加速器 URL（代替已配置的那些）',
  'help.option.probeTimeout': () => '每次探测的秒数（全部同时进行）',
  'help.option.image': () =>
    '用这个镜像测下载速度（NAME[:TAG]，例如 alpine）：分段读取它最大的一层；配合 --registry 时还比较每个镜像加速器提供的摘要是否与仓库本身一致',
  'help.option.mirrorTestRegistry': () =>
    '测试这个仓库的镜像加速器（docker.io、ghcr.io、registry.k8s.io、主机:端口）：它在 certs.d 的 hosts.toml 里列出的主机（docker.io 还包括 daemon.json 的 registry-mirrors），再加上命令行给出的 URL',
  'help.option.rollbackTo': () => '要恢复的备份 id（见 `backups`）；会恢复它所属的整次修改',
  'help.option.rollbackForce': () => '即使 dockerd 曾拒绝或将会拒绝该版本，也恢复这个备份',
  'help.option.sources': () => '同时列出读取的文件和参数',
  'help.option.effective': () => '合并后的设置（默认）',
  'help.option.validateFile': () => '要检查的 daemon.json（默认：dockerd 读取的那个）',

  'main.nameCommand': () => '请指定一个命令（见 --help）',
  'main.nameSubcommand': (p) => `${p.command}：请指定一个子命令`,
  'main.invalidUsage': () => '用法不正确',
  'main.usageError': (p) => `dockerd-config: ${p.message}\n用法见 'dockerd-config --help'。`,
  'main.rootMissing': (p) =>
    `--root ${p.path}：目录不存在。请指定存放主机文件（etc/docker/daemon.json 等）的目录，或者去掉 --root 以使用 /。`,
  'main.rootNotDirectory': (p) =>
    `--root ${p.path} 不是目录。请指定存放主机文件（etc/docker/daemon.json 等）的目录，或者去掉 --root 以使用 /。`,
  'main.badTimeout': (p) => `--timeout${p.value === undefined ? '' : ` ${p.value}`}：请给出秒数（0 或更大）`,
  'main.internalError': (p) => `dockerd-config: 内部错误：${p.message}`,
  'main.internalHint': () => '加 -v 重新运行可以看到详情，也请报告这个问题。',

  'mutate.refused': (p) => `没有做任何修改（${p.summary}）。`,
  'mutate.nothingToChange': () => '无需修改：配置已经是这样了。',
  'mutate.wouldChange': (p) => `将修改 ${p.path}`,
  'mutate.changed': (p) => `已修改 ${p.path}${p.backup ? `（备份 ${p.backup}）` : ''}`,
  'mutate.wouldAct': (p) => `dockerd 将会${DONE_ZH[p.action]}（${p.reason}）：${p.runs}`,

  'service.ran': (p) => `已运行：${p.command}`,
  'service.verified': (p) =>
    `dockerd 已${DONE_ZH[p.action]}（${p.reason}）并通过验证：${list(p.answered)} 已按新配置响应`,
  'service.rolledBack': (p) =>
    `dockerd 没有接受这次修改；之前的配置已恢复${p.stillDown ? '，但 dockerd 仍未运行' : '，dockerd 已重新运行'}：${list(p.paths)}`,
  'service.failed': (p) => `dockerd ${DONE_ZH[p.action]}失败`,
  'service.kept': (p) =>
    p.because === 'service-manager-failed'
      ? '服务管理器在 dockerd 运行之前就失败了：新配置已保留（dockerd 没有机会检查它），dockerd 目前没有使用它'
      : p.because === 'no-better-state'
        ? 'dockerd 拒绝了新配置，而之前的配置同样无法启动它：保留新配置'
        : '已写入，尚未生效',
  'service.stoppedContainers': (p) => `这次重启停止了 ${p.names.length} 个正在运行的容器：${list(p.names)}`,
  'mutate.runs.command': (p) => `去掉 --dry-run 将运行 \`${p.line}\``,
  'mutate.runs.none': (p) => `这里不会运行任何命令：${p.why}`,

  'lifecycle.reason.unchanged': () => 'dockerd 读取的配置没有变化',
  'lifecycle.reason.argsChanged': () => 'dockerd 的命令行参数变了：只有重启才能让新参数生效',
  'lifecycle.reason.removed': (p) => `删除了 ${list(p.keys)}：重新加载会保留旧值`,
  'lifecycle.reason.fromFlags': (p) => `${list(p.keys)} 来自 dockerd 的命令行参数`,
  'lifecycle.reason.readAtStart': (p) => `${list(p.keys)} 只在启动时读取`,
  'lifecycle.reason.reloadable': (p) => `${list(p.keys)} 可以重新加载：容器继续运行`,
  'lifecycle.reason.asked': (p) => `按要求${DONE_ZH[p.mode]}`,
  'lifecycle.reason.notRunning': (p) => `dockerd 没有在运行（${p.state}）：改为启动，而不是重新加载`,
  'lifecycle.reason.declined': () => '在确认时选择了不重启',
  'lifecycle.confirmRestart': (p) =>
    `重启 dockerd 会停止正在运行的 ${p.running} 个容器（未开启 live-restore）。现在重启吗？`,

  'list.none': (p) => `没有配置${NOUN_ZH[p.command]}`,
  'list.invalid': (p) => `${JSON.stringify(p.value)} 不是有效的${VALUE_NOUN_ZH[p.command]}：${p.reason}`,

  'show.engine': (p) => `dockerd ${p.version}（版本${HOW_ZH[p.how]}）`,
  'show.engineLine': (p) => `引擎：${p.engine}`,
  'show.manager': (p) => `服务管理器：${p.manager}`,
  'show.source.daemonJson': (p) => `daemon.json 文件：${p.path}`,
  'show.source.unit': (p) => `systemd 服务单元：${p.path}`,
  'show.source.envFile': (p) => `环境变量文件：${p.path}`,
  'show.note.dropIns': (p) => `${p.count} 个 drop-in 文件`,
  'show.note.envPassed': (p) => `${p.variable} 会传给 dockerd`,
  'show.note.envNotPassed': (p) => `${p.variable} 不会传给 dockerd`,
  'show.missing': () => '（不存在）',
  'show.noSettings': () => '（没有任何设置：dockerd 按默认值运行）',

  'get.notSet': (p) => `${p.key} 未设置`,

  'backups.none': () => '还没有备份',
  'backups.size': (p) => `${p.size} 字节`,
  'backups.didNotExist': () => '（当时不存在）',

  'validate.accepts': (p) => `${p.path}：${p.engine}会接受这份配置${p.summary ? `（${p.summary}）` : ''}。`,
  'validate.refuses': (p) => `${p.path}：${p.engine}会拒绝启动（${p.summary}）。`,

  'explain.needsInput': () =>
    'explain 从文件或管道读取日志，例如：journalctl -u docker -n 200 | dockerd-config explain',
  'explain.noFailure': () => '这段文本里没有 dockerd 的失败记录。',
  'explain.dockerdSaid': (p) => `dockerd 的原话：${p.line}`,
  'explain.laterStarted': () => '这段文本里之后的一次启动成功了：这个失败不是当前的状态。',

  'mirrorTest.invalid': (p) => `${p.url} 不是有效的镜像加速器地址：${p.reason}`,
  'mirrorTest.none': () =>
    '没有配置镜像加速器；可以直接指定要测的地址：dockerd-config mirror test https://mirror.example.com …',
  'mirrorTest.testing': (p) =>
    `正在测试 ${p.count} 个镜像加速器${p.image ? `（用 ${p.image} 测速）` : ''}，最多 ${p.seconds} 秒…`,
  'mirrorTest.latency': (p) => `仓库响应 ${p.ms} ms`,
  'mirrorTest.download': (p) => `（下载：${p.detail}）`,
  'mirrorTest.invalidRegistry': (p) =>
    `"${p.registry}" 不是仓库名：请给出 主机[:端口]，不带协议和路径，例如 ghcr.io 或 registry.local:5000`,
  'mirrorTest.invalidImage': (p) =>
    `"${p.image}" 不是镜像名：应为 NAME[:TAG] 或 NAME@DIGEST，例如 library/alpine:3.20 或 ghcr.io/org/app:1`,
  'mirrorTest.imageRegistry': (p) => `--image ${p.image} 指向的仓库与 --registry ${p.registry} 不同`,
  'mirrorTest.invalidEndpoint': (p) =>
    `${p.url} 不是镜像加速器地址：请给出 https://主机[:端口][/路径]、http://… 或 主机[:端口]`,
  'mirrorTest.registryNone': (p) =>
    `${p.registry} 没有可测试的镜像加速器（${p.file ?? '没有 hosts.toml'}）；可以直接指定：dockerd-config mirror test --registry ${p.registry} https://mirror.example.com …`,
  'mirrorTest.registry': (p) =>
    `${p.registry}：${p.count} 个镜像加速器（${p.file ?? '没有 hosts.toml'}）；仓库本身：${p.upstream}`,
  'mirrorTest.notPulling': (p) => `  ${p.url}：未测试，它的 capabilities 不包含 pull`,
  'mirrorTest.reference': (p) => `${p.image} 在 ${p.url} 的摘要是 ${p.digest}`,
  'mirrorTest.referencePinned': (p) => `${p.image}：每个镜像加速器都与名称中固定的摘要比较`,
  'mirrorTest.upstreamFailed': (p) => `${p.image}：无法向仓库本身（${p.url}）查询：${p.detail}`,
  'mirrorTest.upstreamMissing': (p) => `${p.image}：仓库本身（${p.url}）没有这个镜像（HTTP 404）`,
  'mirrorTest.comparedWith': (p) => `  改为与第一个提供它的镜像加速器比较：${p.url}（${p.digest}）`,
  'mirrorTest.noneServes': () => '  也没有任何镜像加速器提供它',
  'mirrorTest.digestMatches': (p) => `${p.digest} 一致`,
  'mirrorTest.digestStale': (p) => `${p.digest} 不一致（过时）`,
  'mirrorTest.digestMissing': () => '没有这个镜像（404）',
  'mirrorTest.digestFailed': (p) => `（读取 manifest：${p.detail}）`,

  'repair.missing': (p) => `${p.path} 不存在：无需修复。`,
  'repair.nothingChanged': () => '没有做任何修改。',
  'repair.alreadyStrict': (p) => `${p.path} 已经是严格的 JSON：无需修复。`,
  'repair.would': (p) => `将修复 ${p.path}`,
  'repair.done': (p) => `已修复 ${p.path}${p.backup ? `（备份 ${p.backup}）` : ''}`,

  'rollback.would': (p) => `将从 ${p.id} 恢复 ${p.path}${p.removed ? '（当时该文件不存在：将删除它）' : ''}`,
  'rollback.done': (p) => `已从 ${p.id} 恢复 ${p.path}${p.removed ? '（当时该文件不存在：已删除它）' : ''}`,
  'source.unit': (p) => `服务单元${p.where}`,
  'source.dropIn': (p) => `systemd drop-in 文件${p.where}`,
  'source.envFile': (p) => `DOCKER_OPTS，位于${p.where}`,
  'source.sysvinit': (p) => `init 脚本${p.where}`,
  'source.daemonArgs': () => '给定的 --daemon-args',
  'source.commandLine': () => '命令行',
  'source.daemonJson': (p) => `daemon.json 文件${p.where}`,
  'source.hostsToml': (p) => `仓库的 hosts.toml 文件${p.where}`,
  'source.certificate': (p) => `仓库证书文件${p.where}`,
  'lifecycle.step.reloading': (p) => `正在重新加载 ${p.name}`,
  'lifecycle.step.restarting': (p) => `正在重启 ${p.name}`,
  'lifecycle.step.verifying': () => '正在等待所有 socket 响应，并将 /info 与配置文件比对',
  'lifecycle.step.rollingBack': () => 'dockerd 没有接受修改：正在恢复之前的文件',
};
