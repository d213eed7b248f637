/**
 * Diagnostics in Chinese: a headline and a remedy per id (from docs/diagnostics.md), the English
 * detail kept beside them, because it carries the exact values, paths and dockerd's own words.
 * English output prints the producer's message, not these headlines; they exist so both tables
 * have the same keys. Also doctor's check titles and statuses.
 */
import type { DiagnosticId } from '../../diagnostics/types.js';
import type { Messages, Translation } from '../types.js';

type DiagnosticKeys = Record<`diag.${DiagnosticId}.title` | `diag.${DiagnosticId}.fix`, () => string>;

export const en = {
  'diag.severity.error': () => 'error',
  'diag.severity.warning': () => 'warning',
  'diag.severity.info': () => 'info',
  'diag.detail': (p: { message: string }) => `detail: ${p.message}`,
  'diag.hint': (p: { hint: string }) => `hint: ${p.hint}`,
  'diag.from': (p: { where: string }) => `from ${p.where}`,
  'diag.dockerdWouldSay': (p: { line: string }) => `dockerd would say: ${p.line}`,
  'diag.summary': (p: { errors: number; warnings: number }) =>
    `${p.errors} error${p.errors === 1 ? '' : 's'}, ${p.warnings} warning${p.warnings === 1 ? '' : 's'}`,

  // The file: bytes and JSON
  'diag.json-syntax.title': () => 'daemon.json is not valid JSON',
  'diag.json-syntax.fix': () =>
    'Run `dockerd-config repair` (it keeps every setting), or fix the named line and column by hand.',
  'diag.json-trailing-content.title': () => 'Something follows the JSON object in daemon.json',
  'diag.json-trailing-content.fix': () =>
    'Run `dockerd-config repair`: it merges the two objects or drops the stray brace.',
  'diag.json-bom.title': () => 'daemon.json starts with a byte-order mark (BOM)',
  'diag.json-bom.fix': () => 'Run `dockerd-config repair`, or save the file as UTF-8 without BOM.',
  'diag.json-empty.title': () => 'daemon.json is empty',
  'diag.json-empty.fix': () => 'Write `{}` or the settings you meant; `dockerd-config repair` writes `{}`.',
  'diag.json-invalid-utf8.title': () => 'daemon.json contains bytes that are not UTF-8',
  'diag.json-invalid-utf8.fix': () => 'Save the file again as UTF-8.',
  'diag.json-top-level.title': () => 'The top level of daemon.json is not an object',
  'diag.json-top-level.fix': () => 'Wrap the settings in `{ … }`.',
  'diag.json-duplicate-key.title': () => 'A key appears twice',
  'diag.json-duplicate-key.fix': () => 'Keep one of them.',
  'diag.config-file-missing.title': () => 'The configuration file does not exist',
  'diag.config-file-missing.fix': () => 'Create it (`{}`), or fix the path.',
  'diag.file-unparsable.title': () => 'The file cannot be parsed or read',
  'diag.file-unparsable.fix': () => 'Run `dockerd-config repair` first.',
  'diag.repair-ambiguous.title': () => 'repair cannot mend the file without guessing; nothing was changed',
  'diag.repair-ambiguous.fix': () => 'Fix the named line by hand.',

  // Keys
  'diag.unknown-key.title': () => 'dockerd does not know this key',
  'diag.unknown-key.fix': () => 'Use the key the hint suggests, or remove it.',
  'diag.ignored-key.title': () => 'dockerd accepts this key but ignores it',
  'diag.ignored-key.fix': () => 'Use the plural or nested key the hint names.',
  'diag.ignored-object.title': () => 'dockerd silently ignores this object',
  'diag.ignored-object.fix': () => 'Remove it, or move its keys where they belong.',
  'diag.deprecated-key.title': () => 'This key is deprecated and goes away in a later version',
  'diag.deprecated-key.fix': () => 'Move to the replacement the hint names before upgrading.',
  'diag.removed-key.title': () => 'This version of dockerd refuses this key',
  'diag.removed-key.fix': () => 'Remove it.',
  'diag.validate-key.title': () => '"validate": true makes dockerd exit without starting',
  'diag.validate-key.fix': () => 'Remove the key.',
  'diag.invalid-type.title': () => 'A value has the wrong JSON type',
  'diag.invalid-type.fix': () => 'Use the type the message names.',

  // Values
  'diag.invalid-value.title': () => 'dockerd refuses this value',
  'diag.invalid-value.fix': () => 'Fix the value as the hint says.',
  'diag.invalid-mirror.title': () => 'dockerd refuses this registry mirror',
  'diag.invalid-mirror.fix': () => 'Write it as `https://host[:port]` (a path is fine on 24.0.8+).',
  'diag.invalid-insecure-registry.title': () => 'dockerd refuses this insecure registry',
  'diag.invalid-insecure-registry.fix': () => 'Write `host[:port]` or a CIDR such as `10.0.0.0/8`.',
  'diag.insecure-registry-scheme.title': () => 'An insecure registry has an http:// or https:// prefix',
  'diag.insecure-registry-scheme.fix': () => 'Leave the scheme out.',
  'diag.invalid-host.title': () => 'dockerd refuses this listen address',
  'diag.invalid-host.fix': () => 'Use `unix:///path`, `tcp://host:port`, or `fd://` under systemd.',
  'diag.invalid-tls.title': () => 'TLS is on, but its certificate or key is missing or unreadable',
  'diag.invalid-tls.fix': () => 'Point `tlscert`/`tlskey` (and `tlscacert`) at readable files, or turn TLS off.',
  'diag.tls-default-port.title': () => 'The API listens on a default port you may not expect',
  'diag.tls-default-port.fix': () => 'Write the port you mean.',
  'diag.tcp-without-tls.title': () => 'A TCP listener without TLS client verification: whoever reaches it has root',
  'diag.tcp-without-tls.fix': () =>
    'Set `"tlsverify": true` with `tlscacert`, `tlscert`, `tlskey`; or listen on 127.0.0.1.',

  // Flags, units and the env file
  'diag.flag-file-conflict.title': () => "A setting is both in daemon.json and on dockerd's command line",
  'diag.flag-file-conflict.fix': () =>
    'Keep one; `dockerd-config host add` writes the drop-in that takes `-H` off ExecStart.',
  'diag.unknown-flag.title': () => 'This version of dockerd has no such flag',
  'diag.unknown-flag.fix': () => 'Remove it from the unit or DOCKER_OPTS.',
  'diag.invalid-flag.title': () => "dockerd cannot parse this flag's value",
  'diag.invalid-flag.fix': () => 'Fix the flag.',
  'diag.env-file-ignored.title': () => '/etc/default/docker is not read: DOCKER_OPTS there has no effect',
  'diag.env-file-ignored.fix': () => 'Put the setting in daemon.json.',
  'diag.env-file-syntax.title': () => 'sh and systemd read this DOCKER_OPTS differently',
  'diag.env-file-syntax.fix': () => 'Write it on one line: `DOCKER_OPTS="--flag=value --flag2=value"`.',
  'diag.unit-syntax.title': () => 'systemd would reject this unit line, or read it unexpectedly',
  'diag.unit-syntax.fix': () => 'Fix the named line.',

  // Writing
  'diag.permission-denied.title': () => 'No permission to read or write the file',
  'diag.permission-denied.fix': () => 'Run with sudo (or as root).',
  'diag.write-failed.title': () => 'Writing failed; the original file is untouched',
  'diag.write-failed.fix': () => 'Do as the hint says (remount read-write, free disk space).',
  'diag.lock-timeout.title': () => 'Another dockerd-config run holds the lock',
  'diag.lock-timeout.fix': () => 'Wait, or check the process named in the message.',
  'diag.file-changed.title': () => 'The file changed while we worked on it; nothing was written',
  'diag.file-changed.fix': () => 'Run the command again.',
  'diag.backup-not-found.title': () => 'No backup has that id',
  'diag.backup-not-found.fix': () => '`dockerd-config backups` lists them.',
  'diag.unchanged.title': () => 'Nothing needed to change',
  'diag.unchanged.fix': () => 'Nothing to do.',
  'diag.restart-needed.title': () => 'The files changed, but dockerd has not reloaded or restarted yet',
  'diag.restart-needed.fix': () => 'Run the command the hint names.',
  'diag.hosts-drop-in-removed.title': () => "Our hosts drop-in is removed with the last of daemon.json's hosts",
  'diag.hosts-drop-in-removed.fix': () =>
    "Nothing to do: without hosts in daemon.json the unit's own -H flags apply again (the drop-in only took them off).",
  'diag.reload-removal.title': () => 'A removed key keeps its old value until dockerd restarts',
  'diag.reload-removal.fix': () => 'Restart dockerd, or write an explicit empty value (e.g. `"registry-mirrors": []`).',

  // Why dockerd did not start
  'diag.config-permission-denied.title': () => 'dockerd may not read its daemon.json',
  'diag.config-permission-denied.fix': () =>
    "Make the file readable by root; for snap docker edit the snap's file and run `snap restart docker`.",
  'diag.tls-file-missing.title': () => 'A TLS certificate, key or CA file does not exist',
  'diag.tls-file-missing.fix': () => 'Create the file or point `tlscert`/`tlskey`/`tlscacert` at it, or turn TLS off.',
  'diag.address-in-use.title': () => 'Another process already listens on this address',
  'diag.address-in-use.fix': () => "`ss -ltnp 'sport = :PORT'` shows who; stop it, or choose another port.",
  'diag.pidfile-in-use.title': () => 'Another dockerd is still running',
  'diag.pidfile-in-use.fix': () =>
    'Stop the other dockerd (`ps -C dockerd -o pid,args`); delete a stale pid file only when none runs.',
  'diag.storage-driver-failed.title': () => 'The storage driver does not work on this host',
  'diag.storage-driver-failed.fix': () =>
    'Remove `storage-driver` to let dockerd choose, or set one that works (`overlay2` on ext4/xfs with ftype=1).',
  'diag.network-controller-failed.title': () => 'dockerd cannot set up its networks (iptables, bridge)',
  'diag.network-controller-failed.fix': () =>
    'Fix iptables (`iptables -t nat -L`), set `bip`/`default-address-pools`, or `"iptables": false` where the firewall is managed elsewhere.',
  'diag.cgroup-unavailable.title': () => 'cgroups are not mounted',
  'diag.cgroup-unavailable.fix': () =>
    "Mount cgroups (`mount -t cgroup2 none /sys/fs/cgroup`), or give the container the host's.",
  'diag.containerd-unreachable.title': () => 'dockerd cannot reach containerd',
  'diag.containerd-unreachable.fix': () =>
    'See `systemctl status containerd` and `journalctl -u containerd`; start it; check `containerd` / `--containerd`.',
  'diag.daemon-start-failed.title': () => 'dockerd refused to start',
  'diag.daemon-start-failed.fix': () =>
    'Read the log lines around it; `dockerd-config rollback` undoes a change that caused it.',

  // A docker client command's error, read by explain
  'diag.registry-tls-error.title': () => "A pull, push or login failed: the registry's certificate does not verify",
  'diag.registry-tls-error.fix': () =>
    "Put the registry's CA in `/etc/docker/certs.d/<host:port>/ca.crt`, or fix the certificate.",
  'diag.pull-rate-limited.title': () => "A pull failed: Docker Hub's pull rate limit is used up",
  'diag.pull-rate-limited.fix': () =>
    'Pull through a registry mirror (`dockerd-config mirror add URL`), or `docker login`.',
  'diag.registry-connect-failed.title': () => 'A pull, push or login could not reach the registry',
  'diag.registry-connect-failed.fix': () =>
    'Check DNS and the name; for Docker Hub use a mirror that answers (`dockerd-config mirror test`) or a proxy.',

  // Restart, reload, verify, roll back
  'diag.rollback-failed.title': () => 'The previous configuration did not come up either: dockerd is down',
  'diag.rollback-failed.fix': () =>
    "Read dockerd's first error in its log (`journalctl -u docker`, `/var/log/docker.log`); `dockerd-config rollback --to ID` restores either version.",
  'diag.daemon-stopped.title': () => 'docker.service is stopped; the change applies when it starts',
  'diag.daemon-stopped.fix': () => '`systemctl start docker` when you want it.',
  'diag.restart-declined.title': () => 'The restart was declined: dockerd still runs the old configuration',
  'diag.restart-declined.fix': () =>
    '`systemctl restart docker` (or `dockerd-config restart`) when the containers may stop.',
  'diag.service-manager-failed.title': () => 'The service manager failed before dockerd ran: the change is kept',
  'diag.service-manager-failed.fix': () =>
    'Fix what the message names (the init script, a drop-in of the unit), then start dockerd.',
  'diag.containers-would-stop.title': () => 'Not changed: a restart would stop running containers',
  'diag.containers-would-stop.fix': () => 'Pass `-y` to restart anyway, or set `"live-restore": true` first.',
  'diag.rollback-skipped.title': () => 'Not rolled back: the previous configuration would not start dockerd either',
  'diag.rollback-skipped.fix': () => 'Fix what the error names, then `dockerd-config restart`.',
  'diag.backup-not-valid.title': () => 'That backup would not be a better state',
  'diag.backup-not-valid.fix': () => 'Pick another backup (`dockerd-config backups`), or pass `--force`.',
  'diag.no-local-socket.title': () => 'dockerd listens on no local socket',
  'diag.no-local-socket.fix': () => '`dockerd-config host add unix:///var/run/docker.sock`.',

  // The running daemon
  'diag.daemon-unreachable.title': () => 'The Docker daemon does not answer',
  'diag.daemon-unreachable.fix': () => "See the service's log (`journalctl -u docker`).",
  'diag.mirror-unreachable.title': () => 'A registry mirror does not answer',
  'diag.mirror-unreachable.fix': () =>
    'Fix the network path, or remove it: `dockerd-config mirror remove URL`; `dockerd-config mirror test URL…` ranks candidates.',
  'diag.registry-http-https-mismatch.title': () => 'A registry answers plain HTTP where dockerd speaks HTTPS',
  'diag.registry-http-https-mismatch.fix': () =>
    'Write the mirror with `http://`, add the registry to `insecure-registries`, or give it TLS.',
  'diag.start-limit-hit.title': () => 'systemd stopped restarting dockerd (start limit hit)',
  'diag.start-limit-hit.fix': () => '`systemctl reset-failed docker.service docker.socket`, then find the first error.',
  'diag.config-not-applied.title': () => 'The running dockerd does not use the configuration in the files',
  'diag.config-not-applied.fix': () =>
    "Read the reload's error in dockerd's log; check which daemon.json it reads (`--config-file` on its command line).",

  // doctor
  'diag.check-crashed.title': () => 'A doctor check crashed (a bug of ours)',
  'diag.check-crashed.fix': () => 'Report it with `dockerd-config doctor --json`.',
  'diag.mirror-not-registry.title': () => 'The mirror answers, but not as a registry',
  'diag.mirror-not-registry.fix': () =>
    "Fix the URL (a mirror is the registry's root, e.g. `https://mirror.example.com`), or remove it: `dockerd-config mirror remove URL`.",
  'diag.mirror-tls-error.title': () => 'The TLS handshake with the mirror failed',
  'diag.mirror-tls-error.fix': () => 'Put the CA in `/etc/docker/certs.d/<host:port>/ca.crt`, or fix the certificate.',
  'diag.mirror-auth-failed.title': () => 'The mirror wants credentials; dockerd does not log in to mirrors',
  'diag.mirror-auth-failed.fix': () => 'Use a mirror that allows anonymous pulls, or remove it.',
  'diag.mirror-digest-differs.title': () => 'The mirror serves another digest for the image than the registry',
  'diag.mirror-digest-differs.fix': () =>
    'Let the mirror refresh its copy, pull by digest (NAME@sha256:…), or remove the mirror.',
  'diag.mirror-image-missing.title': () => 'The mirror does not have the image',
  'diag.mirror-image-missing.fix': () =>
    'Check the image name; a pull through this mirror falls back to the next endpoint, so it only costs time.',
  'diag.mirror-overridden.title': () =>
    "Docker Hub's hosts.toml has [host] tables: daemon.json's registry-mirrors are not used",
  'diag.mirror-overridden.fix': () =>
    'Keep the mirrors in one place: as [host."URL"] tables in certs.d/docker.io/hosts.toml, or remove its [host] tables.',
  'diag.registry-unreachable.title': () => 'An insecure registry answers neither HTTPS nor HTTP',
  'diag.registry-unreachable.fix': () => 'Check the address, the port and that the registry runs.',
  'diag.insecure-registry-unneeded.title': () =>
    'This registry serves HTTPS: the insecure-registries entry may be unneeded',
  'diag.insecure-registry-unneeded.fix': () =>
    'Remove it (`dockerd-config insecure remove HOST`), or put its CA in `/etc/docker/certs.d/<host:port>/ca.crt` and then remove it.',
  'diag.proxy-not-applied.title': () => 'The running dockerd does not use the configured proxy',
  'diag.proxy-not-applied.fix': () =>
    'Restart dockerd (after `systemctl daemon-reload` for a drop-in); `doctor --fix` does.',
  'diag.unit-reload-needed.title': () => 'Unit files changed since systemd loaded them',
  'diag.unit-reload-needed.fix': () => '`systemctl daemon-reload && systemctl restart docker`; `doctor --fix` does.',
  'diag.docker-flavour.title': () => 'This Docker flavour reads its own daemon.json',
  'diag.docker-flavour.fix': () =>
    'Edit the file named (rootless: `~/.config/docker/daemon.json`; snap: `/var/snap/docker/current/config/daemon.json`; Desktop: Settings → Docker Engine).',
  'diag.listen-all-interfaces.title': () => 'The Docker API listens on every network interface',
  'diag.listen-all-interfaces.fix': () => 'Listen on the one address clients use, and firewall the port.',
  'diag.insecure-registry-wide.title': () => 'An insecure-registries range is very wide',
  'diag.insecure-registry-wide.fix': () =>
    'List the registries themselves (`host:port`), or give them TLS and put the CA in certs.d.',
  'diag.file-permissions.title': () =>
    'A file that decides what dockerd runs is not owned by root, or others may write it',
  'diag.file-permissions.fix': () => '`chmod go-w FILE` (`doctor --fix` does) and `chown root:root FILE`.',
  'diag.tls-key-permissions.title': () => 'A TLS private key is readable by others, or not owned by root',
  'diag.tls-key-permissions.fix': () => '`chmod 0400 KEY` (`doctor --fix` removes group and other access).',
  'diag.credentials-in-url.title': () => 'A proxy URL contains a password',
  'diag.credentials-in-url.fix': () =>
    'Use a proxy that authenticates by address, or an `EnvironmentFile=` with mode 0600.',
  'diag.config-refused.title': () => 'dockerd is down because of a configuration error reported above',
  'diag.config-refused.fix': () =>
    'Fix the error the "Configuration files" group names, then start dockerd; `doctor --fix` does both when it can.',

  // doctor -v: each check's title (the English is the check's own `title`) and status
  'diag.interrupted-change.title': () => 'a change to several files was cut off before it finished',
  'diag.interrupted-change.fix': () =>
    'The next change undoes it from its backups first; or restore them with `rollback`.',
  'diag.hosts-toml-syntax.title': () => "a registry's hosts.toml is not valid TOML: containerd ignores all of it",
  'diag.hosts-toml-syntax.fix': () => 'Correct the file at the line shown.',
  'diag.hosts-toml-invalid.title': () => "a value in a registry's hosts.toml makes containerd ignore the whole file",
  'diag.hosts-toml-invalid.fix': () => 'Correct the value at the line shown.',
  'diag.hosts-toml-unknown-key.title': () => "a key containerd does not read, in a registry's hosts.toml",
  'diag.hosts-toml-unknown-key.fix': () => 'Correct the spelling or remove the key.',
  'diag.hosts-toml-ignored.title': () =>
    'part of a hosts.toml that containerd skips or reads differently than it looks',
  'diag.hosts-toml-ignored.fix': () => 'Write each host as one [host."URL"] table with its keys below it.',
  'diag.hosts-toml-not-read.title': () => "This image store does not read hosts.toml: the file's hosts are never tried",
  'diag.hosts-toml-not-read.fix': () =>
    "Use the containerd image store on dockerd 28+ for hosts.toml to apply; Docker Hub's mirrors also work in daemon.json's registry-mirrors.",
  'diag.hosts-toml-unreadable.title': () => "A registry's hosts.toml cannot be read: pulls from it fail",
  'diag.hosts-toml-unreadable.fix': () => 'Make it readable by root (`chmod 0644 FILE`), or remove it.',
  'diag.insecure-registry-overridden.title': () =>
    "An insecure-registries entry does not apply: the registry's hosts.toml has [host] tables",
  'diag.insecure-registry-overridden.fix': () =>
    'Write `skip_verify = true` (or an http:// URL, or `ca = "…"`) in the hosts.toml, where it applies.',
  'diag.registry-hosts-unreachable.title': () => "None of the endpoints a registry's hosts.toml names answers",
  'diag.registry-hosts-unreachable.fix': () =>
    'Fix the addresses and ports in hosts.toml, or remove the dead [host] tables.',
  'doctor.check.config.validation': () => 'daemon.json and dockerd flags',
  'doctor.check.config.env-file': () => 'DOCKER_OPTS',
  'doctor.check.config.flavour': () => 'which daemon.json dockerd reads',
  'doctor.check.service.state': () => 'dockerd running',
  'doctor.check.service.start-limit': () => 'systemd start limit',
  'doctor.check.service.unit-reload': () => 'unit files loaded',
  'doctor.check.service.applied': () => 'configuration in use',
  'doctor.check.network.sockets': () => 'Docker API sockets',
  'doctor.check.network.mirrors': () => 'registry mirrors',
  'doctor.check.network.insecure-registries': () => 'insecure registries',
  'doctor.check.network.proxy': () => 'proxy',
  'doctor.check.network.registries': () => 'registry endpoints (daemon.json and hosts.toml)',
  'doctor.check.network.registry-hosts': () => 'hosts.toml endpoints',
  'doctor.check.security.listeners': () => 'Docker API listeners',
  'doctor.check.security.insecure-registries': () => 'insecure registries',
  'doctor.check.security.files': () => 'file ownership and modes',
  'doctor.check.security.tls-keys': () => 'TLS private keys',
  'doctor.check.security.credentials': () => 'credentials in URLs',
  'doctor.checkStatus.ok': () => 'ok',
  'doctor.checkStatus.warning': () => 'warning',
  'doctor.checkStatus.error': () => 'error',
  'doctor.checkStatus.crashed': () => 'crashed',
  'doctor.checkStatus.skipped': () => 'skipped',
  // Why a check was skipped: the checks' fixed sentences (looked up by their English text).
  'doctor.skip.offline': () => '--offline',
  'doctor.skip.not-systemd': () => 'not run by systemd',
  'doctor.skip.no-answer': () => 'dockerd does not answer',
  'doctor.skip.not-running': () => 'dockerd is not running',
  'doctor.skip.files-have-errors': () => 'the files have errors',
  'doctor.skip.no-mirrors': () => 'no mirrors configured',
  'doctor.skip.no-insecure': () => 'no insecure registries configured',
  'doctor.skip.no-hosts-toml': () => 'no hosts.toml',
  'doctor.skip.no-registry-hosts': () => 'no hosts.toml names an endpoint',
  'doctor.skip.hosts-toml-not-read': () => 'this image store does not read hosts.toml',
  'doctor.skip.no-env-file': () => 'no env file',
  'doctor.skip.no-proxy': () => 'no proxy configured',
  'doctor.skip.no-tls-keys': () => 'no TLS keys configured',
} satisfies Messages & DiagnosticKeys;

export const zh: Translation<typeof en> = {
  'diag.severity.error': () => '错误',
  'diag.severity.warning': () => '警告',
  'diag.severity.info': () => '提示',
  'diag.detail': (p) => `详情：${p.message}`,
  'diag.hint': (p) => `建议：${p.hint}`,
  'diag.from': (p) => `来自 ${p.where}`,
  'diag.dockerdWouldSay': (p) => `dockerd 会输出：${p.line}`,
  'diag.summary': (p) => `${p.errors} 个错误，${p.warnings} 个警告`,

  'diag.json-syntax.title': () => 'daemon.json 不是合法的 JSON',
  'diag.json-syntax.fix': () => '运行 `dockerd-config repair`（会保留全部设置），或按给出的行号和列号手动修改。',
  'diag.json-trailing-content.title': () => 'daemon.json 的 JSON 对象后面还有多余内容',
  'diag.json-trailing-content.fix': () => '运行 `dockerd-config repair`：它会合并两个对象，或删掉多余的括号。',
  'diag.json-bom.title': () => 'daemon.json 开头带有 BOM（字节顺序标记）',
  'diag.json-bom.fix': () => '运行 `dockerd-config repair`，或把文件另存为不带 BOM 的 UTF-8。',
  'diag.json-empty.title': () => 'daemon.json 是空文件',
  'diag.json-empty.fix': () => '写入 `{}` 或你需要的设置；`dockerd-config repair` 会写入 `{}`。',
  'diag.json-invalid-utf8.title': () => 'daemon.json 含有非 UTF-8 字节',
  'diag.json-invalid-utf8.fix': () => '把文件重新保存为 UTF-8 编码。',
  'diag.json-top-level.title': () => 'daemon.json 的顶层不是 JSON 对象',
  'diag.json-top-level.fix': () => '把设置放进 `{ … }` 中。',
  'diag.json-duplicate-key.title': () => '同一个键出现了两次',
  'diag.json-duplicate-key.fix': () => '只保留其中一个。',
  'diag.config-file-missing.title': () => '配置文件不存在',
  'diag.config-file-missing.fix': () => '创建该文件（内容写 `{}`），或改正路径。',
  'diag.file-unparsable.title': () => '无法解析或读取该文件',
  'diag.file-unparsable.fix': () => '先运行 `dockerd-config repair`。',
  'diag.repair-ambiguous.title': () => 'repair 无法在不做猜测的情况下修复该文件，未做任何修改',
  'diag.repair-ambiguous.fix': () => '手动修改指出的那一行。',

  'diag.unknown-key.title': () => 'dockerd 不认识这个配置项',
  'diag.unknown-key.fix': () => '改用建议中给出的配置项，或将其删除。',
  'diag.ignored-key.title': () => 'dockerd 接受这个配置项，但会忽略它',
  'diag.ignored-key.fix': () => '改用建议中给出的复数形式或嵌套形式的配置项。',
  'diag.ignored-object.title': () => 'dockerd 会悄悄忽略这个对象',
  'diag.ignored-object.fix': () => '删除它，或把其中的配置项移到正确的位置。',
  'diag.deprecated-key.title': () => '这个配置项已弃用，以后的版本会移除',
  'diag.deprecated-key.fix': () => '升级前改用建议中给出的替代配置项。',
  'diag.removed-key.title': () => '这个版本的 dockerd 已不再接受该配置项',
  'diag.removed-key.fix': () => '删除该配置项。',
  'diag.validate-key.title': () => '"validate": true 会让 dockerd 只检查配置就退出，不会启动',
  'diag.validate-key.fix': () => '删除该配置项。',
  'diag.invalid-type.title': () => '值的 JSON 类型不对',
  'diag.invalid-type.fix': () => '改用详情中指出的类型。',

  'diag.invalid-value.title': () => 'dockerd 不接受这个值',
  'diag.invalid-value.fix': () => '按建议修改该值。',
  'diag.invalid-mirror.title': () => 'dockerd 不接受这个镜像加速地址',
  'diag.invalid-mirror.fix': () => '写成 `https://host[:port]` 的形式（24.0.8 及以上版本可以带路径）。',
  'diag.invalid-insecure-registry.title': () => 'dockerd 不接受这个非安全镜像仓库地址',
  'diag.invalid-insecure-registry.fix': () => '写成 `host[:port]`，或 `10.0.0.0/8` 这样的 CIDR。',
  'diag.insecure-registry-scheme.title': () => '非安全镜像仓库地址带有 http:// 或 https:// 前缀',
  'diag.insecure-registry-scheme.fix': () => '去掉协议前缀。',
  'diag.invalid-host.title': () => 'dockerd 不接受这个监听地址',
  'diag.invalid-host.fix': () => '改用 `unix:///path`、`tcp://host:port`，在 systemd 下也可以用 `fd://`。',
  'diag.invalid-tls.title': () => '已启用 TLS，但证书或私钥缺失或无法读取',
  'diag.invalid-tls.fix': () => '让 `tlscert`/`tlskey`（以及 `tlscacert`）指向可读的文件，或关闭 TLS。',
  'diag.tls-default-port.title': () => 'API 会监听在一个你未必想要的默认端口上',
  'diag.tls-default-port.fix': () => '明确写出要用的端口。',
  'diag.tcp-without-tls.title': () => 'TCP 监听没有启用 TLS 客户端验证：任何能连上它的人都等于拥有 root 权限',
  'diag.tcp-without-tls.fix': () =>
    '设置 `"tlsverify": true` 并配好 `tlscacert`、`tlscert`、`tlskey`；或者只监听 127.0.0.1。',

  'diag.flag-file-conflict.title': () => '同一个设置既写在 daemon.json 里，又出现在 dockerd 的命令行参数中',
  'diag.flag-file-conflict.fix': () =>
    '只保留一处；`dockerd-config host add` 会写一个 drop-in，把 `-H` 从 ExecStart 中去掉。',
  'diag.unknown-flag.title': () => '这个版本的 dockerd 没有这个参数',
  'diag.unknown-flag.fix': () => '从 unit 文件或 DOCKER_OPTS 中删除它。',
  'diag.invalid-flag.title': () => 'dockerd 无法解析这个参数的值',
  'diag.invalid-flag.fix': () => '改正该参数。',
  'diag.env-file-ignored.title': () => '/etc/default/docker 不会被读取：其中的 DOCKER_OPTS 不起作用',
  'diag.env-file-ignored.fix': () => '把设置写到 daemon.json 中。',
  'diag.env-file-syntax.title': () => 'sh 和 systemd 对这行 DOCKER_OPTS 的理解不一样',
  'diag.env-file-syntax.fix': () => '写成一行：`DOCKER_OPTS="--flag=value --flag2=value"`。',
  'diag.unit-syntax.title': () => 'systemd 会拒绝这行 unit 配置，或者按意料之外的方式解析它',
  'diag.unit-syntax.fix': () => '修改指出的那一行。',

  'diag.permission-denied.title': () => '没有读写该文件的权限',
  'diag.permission-denied.fix': () => '用 sudo（或以 root 身份）运行。',
  'diag.write-failed.title': () => '写入失败，原文件没有改动',
  'diag.write-failed.fix': () => '按建议处理（重新以读写方式挂载、清理磁盘空间等）。',
  'diag.lock-timeout.title': () => '另一个 dockerd-config 进程占着锁',
  'diag.lock-timeout.fix': () => '稍等再试，或检查详情中提到的进程。',
  'diag.file-changed.title': () => '处理期间文件被别人改过，没有写入任何内容',
  'diag.file-changed.fix': () => '重新运行这条命令。',
  'diag.backup-not-found.title': () => '没有这个 id 的备份',
  'diag.backup-not-found.fix': () => '`dockerd-config backups` 会列出所有备份。',
  'diag.unchanged.title': () => '无需任何修改',
  'diag.unchanged.fix': () => '无需操作。',
  'diag.restart-needed.title': () => '文件已修改，但 dockerd 还没有重载或重启',
  'diag.restart-needed.fix': () => '运行建议中给出的命令。',
  'diag.hosts-drop-in-removed.title': () => 'daemon.json 里最后一个 hosts 删除后，我们的 hosts drop-in 也随之删除',
  'diag.hosts-drop-in-removed.fix': () =>
    '无需操作：daemon.json 中没有 hosts 时，unit 自带的 -H 参数重新生效（drop-in 只是去掉了它们）。',
  'diag.reload-removal.title': () => '删掉的配置项在重载（reload）后仍保留旧值，重启后才会恢复',
  'diag.reload-removal.fix': () => '重启 dockerd，或显式写入空值（例如 `"registry-mirrors": []`）。',

  'diag.config-permission-denied.title': () => 'dockerd 没有权限读取它的 daemon.json',
  'diag.config-permission-denied.fix': () =>
    '确保 root 能读取该文件；snap 版 docker 请修改 snap 自己的配置文件，然后运行 `snap restart docker`。',
  'diag.tls-file-missing.title': () => 'TLS 证书、私钥或 CA 文件不存在',
  'diag.tls-file-missing.fix': () => '创建该文件，或让 `tlscert`/`tlskey`/`tlscacert` 指向它，或关闭 TLS。',
  'diag.address-in-use.title': () => '已有其他进程在监听这个地址',
  'diag.address-in-use.fix': () => "用 `ss -ltnp 'sport = :PORT'` 查看是哪个进程；停掉它，或换一个端口。",
  'diag.pidfile-in-use.title': () => '另一个 dockerd 仍在运行',
  'diag.pidfile-in-use.fix': () =>
    '停掉另一个 dockerd（`ps -C dockerd -o pid,args`）；只有确认没有 dockerd 在运行时，才删除残留的 pid 文件。',
  'diag.storage-driver-failed.title': () => '存储驱动在这台主机上无法使用',
  'diag.storage-driver-failed.fix': () =>
    '删除 `storage-driver`，让 dockerd 自动选择；或设置一个可用的驱动（在 ext4 或 ftype=1 的 xfs 上用 `overlay2`）。',
  'diag.network-controller-failed.title': () => 'dockerd 无法初始化网络（iptables、网桥）',
  'diag.network-controller-failed.fix': () =>
    '修复 iptables（`iptables -t nat -L`），设置 `bip`/`default-address-pools`；如果防火墙由别的工具管理，可以设置 `"iptables": false`。',
  'diag.cgroup-unavailable.title': () => '没有挂载 cgroup',
  'diag.cgroup-unavailable.fix': () =>
    '挂载 cgroup（`mount -t cgroup2 none /sys/fs/cgroup`），或让容器使用宿主机的 cgroup。',
  'diag.containerd-unreachable.title': () => 'dockerd 连不上 containerd',
  'diag.containerd-unreachable.fix': () =>
    '查看 `systemctl status containerd` 和 `journalctl -u containerd`，把它启动起来；检查 `containerd` / `--containerd` 设置。',
  'diag.daemon-start-failed.title': () => 'dockerd 启动失败',
  'diag.daemon-start-failed.fix': () =>
    '查看日志中这一行前后的内容；如果是某次修改导致的，`dockerd-config rollback` 可以撤销。',

  'diag.registry-tls-error.title': () => '拉取、推送或登录失败：仓库的证书校验不通过',
  'diag.registry-tls-error.fix': () => '把仓库的 CA 证书放到 `/etc/docker/certs.d/<host:port>/ca.crt`，或修正证书。',
  'diag.pull-rate-limited.title': () => '拉取失败：Docker Hub 的拉取次数已用完',
  'diag.pull-rate-limited.fix': () => '通过镜像加速器拉取（`dockerd-config mirror add URL`），或者 `docker login`。',
  'diag.registry-connect-failed.title': () => '拉取、推送或登录时连不上仓库',
  'diag.registry-connect-failed.fix': () =>
    '检查 DNS 和域名；Docker Hub 的话换一个能连上的镜像加速器（`dockerd-config mirror test`），或者配置代理。',

  'diag.rollback-failed.title': () => '回滚后之前的配置也没能启动：dockerd 已停止',
  'diag.rollback-failed.fix': () =>
    '查看 dockerd 日志中的第一条错误（`journalctl -u docker`、`/var/log/docker.log`）；`dockerd-config rollback --to ID` 可以恢复任一版本。',
  'diag.daemon-stopped.title': () => 'docker.service 已停止；修改会在它启动后生效',
  'diag.daemon-stopped.fix': () => '需要时运行 `systemctl start docker`。',
  'diag.restart-declined.title': () => '已取消重启：dockerd 仍在使用旧配置',
  'diag.restart-declined.fix': () =>
    '等容器可以停止时，运行 `systemctl restart docker`（或 `dockerd-config restart`）。',
  'diag.service-manager-failed.title': () => '服务管理器在 dockerd 运行之前就失败了：修改已保留',
  'diag.service-manager-failed.fix': () => '先修复消息中指出的问题（init 脚本、unit 的 drop-in），再启动 dockerd。',
  'diag.containers-would-stop.title': () => '未修改：重启会停止正在运行的容器',
  'diag.containers-would-stop.fix': () => '加 `-y` 仍然重启，或先设置 `"live-restore": true`。',
  'diag.rollback-skipped.title': () => '未回滚：之前的配置同样无法启动 dockerd',
  'diag.rollback-skipped.fix': () => '先修复错误中指出的问题，再运行 `dockerd-config restart`。',
  'diag.backup-not-valid.title': () => '该备份不是更好的状态',
  'diag.backup-not-valid.fix': () => '换一个备份（`dockerd-config backups`），或加 `--force`。',
  'diag.no-local-socket.title': () => 'dockerd 没有监听任何本地套接字',
  'diag.no-local-socket.fix': () => '加上本地套接字：`dockerd-config host add unix:///var/run/docker.sock`。',

  'diag.daemon-unreachable.title': () => 'Docker 守护进程没有响应',
  'diag.daemon-unreachable.fix': () => '查看服务日志（`journalctl -u docker`）。',
  'diag.mirror-unreachable.title': () => '镜像加速地址连不上',
  'diag.mirror-unreachable.fix': () =>
    '检查网络连通性，或用 `dockerd-config mirror remove URL` 删除它；`dockerd-config mirror test URL…` 可以给候选地址测速排序。',
  'diag.registry-http-https-mismatch.title': () => '镜像仓库只支持 HTTP，而 dockerd 用的是 HTTPS',
  'diag.registry-http-https-mismatch.fix': () =>
    '镜像加速地址改用 `http://`，把该仓库加入 `insecure-registries`，或者为它配置 TLS。',
  'diag.start-limit-hit.title': () => 'dockerd 重启太频繁，systemd 已不再重启它（start-limit-hit）',
  'diag.start-limit-hit.fix': () =>
    '运行 `systemctl reset-failed docker.service docker.socket`，然后找出日志中的第一条错误。',
  'diag.config-not-applied.title': () => '正在运行的 dockerd 没有使用文件中的配置',
  'diag.config-not-applied.fix': () =>
    '在 dockerd 日志中查看重载时的报错；确认它读取的是哪个 daemon.json（看命令行中的 `--config-file`）。',

  'diag.check-crashed.title': () => '有一项检查异常退出（dockerd-config 的 bug）',
  'diag.check-crashed.fix': () => '请附上 `dockerd-config doctor --json` 的输出报告这个问题。',
  'diag.mirror-not-registry.title': () => '镜像加速地址有响应，但它不是镜像仓库',
  'diag.mirror-not-registry.fix': () =>
    '改正 URL（应该是仓库的根地址，例如 `https://mirror.example.com`），或用 `dockerd-config mirror remove URL` 删除它。',
  'diag.mirror-tls-error.title': () => '与镜像加速地址的 TLS 握手失败',
  'diag.mirror-tls-error.fix': () => '把 CA 证书放到 `/etc/docker/certs.d/<host:port>/ca.crt`，或修正服务端证书。',
  'diag.mirror-auth-failed.title': () => '镜像加速地址需要认证，而 dockerd 不会登录镜像加速器',
  'diag.mirror-auth-failed.fix': () => '换一个允许匿名拉取的镜像加速地址，或将其删除。',
  'diag.mirror-digest-differs.title': () => '镜像加速地址提供的镜像摘要与仓库本身不同',
  'diag.mirror-digest-differs.fix': () => '等镜像加速器刷新它的副本，按摘要拉取（NAME@sha256:…），或将其删除。',
  'diag.mirror-image-missing.title': () => '镜像加速地址没有这个镜像',
  'diag.mirror-image-missing.fix': () => '检查镜像名；经这个镜像加速器拉取会改用下一个地址，只是多花时间。',
  'diag.mirror-overridden.title': () =>
    'Docker Hub 的 hosts.toml 中有 [host] 表：daemon.json 的 registry-mirrors 不生效',
  'diag.mirror-overridden.fix': () =>
    '镜像只在一处配置：写成 certs.d/docker.io/hosts.toml 中的 [host."URL"] 表，或删掉其中的 [host] 表。',
  'diag.registry-unreachable.title': () => '非安全镜像仓库的 HTTPS 和 HTTP 都没有响应',
  'diag.registry-unreachable.fix': () => '检查地址和端口，并确认仓库服务正在运行。',
  'diag.insecure-registry-unneeded.title': () => '该仓库提供 HTTPS，insecure-registries 中的这一项可能没有必要',
  'diag.insecure-registry-unneeded.fix': () =>
    '删除它（`dockerd-config insecure remove HOST`），或先把它的 CA 证书放到 `/etc/docker/certs.d/<host:port>/ca.crt`，再删除它。',
  'diag.proxy-not-applied.title': () => '正在运行的 dockerd 没有使用配置的代理',
  'diag.proxy-not-applied.fix': () =>
    '重启 dockerd（改了 drop-in 的话先运行 `systemctl daemon-reload`）；`doctor --fix` 会帮你完成。',
  'diag.unit-reload-needed.title': () => 'unit 文件在 systemd 加载之后被改过',
  'diag.unit-reload-needed.fix': () =>
    '运行 `systemctl daemon-reload && systemctl restart docker`；`doctor --fix` 会帮你完成。',
  'diag.docker-flavour.title': () => '这种 Docker 安装方式读取的是它自己的 daemon.json',
  'diag.docker-flavour.fix': () =>
    '修改详情中指出的文件（rootless：`~/.config/docker/daemon.json`；snap：`/var/snap/docker/current/config/daemon.json`；Docker Desktop：Settings → Docker Engine）。',
  'diag.listen-all-interfaces.title': () => 'Docker API 监听在所有网络接口上',
  'diag.listen-all-interfaces.fix': () => '只监听客户端实际使用的那个地址，并用防火墙限制该端口。',
  'diag.insecure-registry-wide.title': () => 'insecure-registries 中的网段范围过大',
  'diag.insecure-registry-wide.fix': () =>
    '逐个列出仓库地址（`host:port`），或为它们配置 TLS，并把 CA 证书放到 certs.d。',
  'diag.file-permissions.title': () => '决定 dockerd 如何运行的文件不属于 root，或者其他用户可写',
  'diag.file-permissions.fix': () => '运行 `chmod go-w FILE`（`doctor --fix` 会帮你完成）和 `chown root:root FILE`。',
  'diag.tls-key-permissions.title': () => 'TLS 私钥可被其他用户读取，或者不属于 root',
  'diag.tls-key-permissions.fix': () => '运行 `chmod 0400 KEY`（`doctor --fix` 会去掉同组用户和其他用户的权限）。',
  'diag.credentials-in-url.title': () => '代理 URL 中包含密码',
  'diag.credentials-in-url.fix': () =>
    '改用按来源地址认证的代理，或把代理设置放进权限为 0600 的 `EnvironmentFile=` 文件。',
  'diag.config-refused.title': () => 'dockerd 因上面报告的配置错误而没有运行',
  'diag.config-refused.fix': () =>
    '先修正“配置文件”一组里指出的错误，再启动 dockerd；能修的话 `doctor --fix` 会一并完成。',

  'diag.interrupted-change.title': () => '一次涉及多个文件的修改在完成前被中断了',
  'diag.interrupted-change.fix': () => '下一次修改会先用备份将其撤销；也可以用 `rollback` 恢复备份。',
  'diag.hosts-toml-syntax.title': () => '某个仓库的 hosts.toml 不是合法的 TOML：containerd 会整个忽略它',
  'diag.hosts-toml-syntax.fix': () => '按所示行列改正该文件。',
  'diag.hosts-toml-invalid.title': () => '某个仓库的 hosts.toml 中有一个值让 containerd 忽略整个文件',
  'diag.hosts-toml-invalid.fix': () => '按所示行列改正该值。',
  'diag.hosts-toml-unknown-key.title': () => '某个仓库的 hosts.toml 中有 containerd 不读取的键',
  'diag.hosts-toml-unknown-key.fix': () => '改正拼写或删除该键。',
  'diag.hosts-toml-ignored.title': () => 'hosts.toml 中有 containerd 会跳过或与字面意思不同地读取的部分',
  'diag.hosts-toml-ignored.fix': () => '把每个主机写成一个 [host."URL"] 表，键写在其下方。',
  'diag.hosts-toml-not-read.title': () => '当前镜像存储不读取 hosts.toml：文件中的主机永远不会被尝试',
  'diag.hosts-toml-not-read.fix': () =>
    '要让 hosts.toml 生效，请在 dockerd 28 及以上版本使用 containerd 镜像存储；Docker Hub 的镜像也可以写在 daemon.json 的 registry-mirrors 中。',
  'diag.hosts-toml-unreadable.title': () => '某个仓库的 hosts.toml 无法读取：从该仓库拉取会失败',
  'diag.hosts-toml-unreadable.fix': () => '让 root 能读取它（`chmod 0644 FILE`），或删除它。',
  'diag.insecure-registry-overridden.title': () =>
    'insecure-registries 中的某项不生效：该仓库的 hosts.toml 中有 [host] 表',
  'diag.insecure-registry-overridden.fix': () =>
    '在 hosts.toml 中写 `skip_verify = true`（或 http:// 地址，或 `ca = "…"`），在那里才生效。',
  'diag.registry-hosts-unreachable.title': () => '仓库的 hosts.toml 中列出的端点都没有响应',
  'diag.registry-hosts-unreachable.fix': () => '改正 hosts.toml 中的地址和端口，或删除无法访问的 [host] 表。',
  'doctor.check.config.validation': () => 'daemon.json 与 dockerd 参数',
  'doctor.check.config.env-file': () => 'DOCKER_OPTS 设置',
  'doctor.check.config.flavour': () => 'dockerd 读取哪个 daemon.json',
  'doctor.check.service.state': () => 'dockerd 运行状态',
  'doctor.check.service.start-limit': () => 'systemd 启动次数限制',
  'doctor.check.service.unit-reload': () => 'unit 文件是否已加载',
  'doctor.check.service.applied': () => '正在使用的配置',
  'doctor.check.network.sockets': () => 'Docker API 套接字',
  'doctor.check.network.mirrors': () => '镜像加速地址',
  'doctor.check.network.insecure-registries': () => '非安全镜像仓库',
  'doctor.check.network.proxy': () => '代理',
  'doctor.check.network.registries': () => '仓库端点（daemon.json 与 hosts.toml）',
  'doctor.check.network.registry-hosts': () => 'hosts.toml 中的端点',
  'doctor.check.security.listeners': () => 'Docker API 监听地址',
  'doctor.check.security.insecure-registries': () => '非安全镜像仓库',
  'doctor.check.security.files': () => '文件属主与权限',
  'doctor.check.security.tls-keys': () => 'TLS 私钥',
  'doctor.check.security.credentials': () => 'URL 中的凭据',
  'doctor.checkStatus.ok': () => '正常',
  'doctor.checkStatus.warning': () => '警告',
  'doctor.checkStatus.error': () => '错误',
  'doctor.checkStatus.crashed': () => '异常退出',
  'doctor.checkStatus.skipped': () => '已跳过',
  'doctor.skip.offline': () => '使用了 --offline',
  'doctor.skip.not-systemd': () => '不是由 systemd 管理',
  'doctor.skip.no-answer': () => 'dockerd 没有响应',
  'doctor.skip.not-running': () => 'dockerd 没有运行',
  'doctor.skip.files-have-errors': () => '配置文件有错误',
  'doctor.skip.no-mirrors': () => '没有配置镜像加速地址',
  'doctor.skip.no-insecure': () => '没有配置非安全镜像仓库',
  'doctor.skip.no-hosts-toml': () => '没有 hosts.toml',
  'doctor.skip.no-registry-hosts': () => '没有 hosts.toml 列出端点',
  'doctor.skip.hosts-toml-not-read': () => '当前镜像存储不读取 hosts.toml',
  'doctor.skip.no-env-file': () => '没有环境变量文件',
  'doctor.skip.no-proxy': () => '没有配置代理',
  'doctor.skip.no-tls-keys': () => '没有配置 TLS 私钥',
};
