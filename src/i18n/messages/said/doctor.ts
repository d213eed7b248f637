/**
 * The diagnostics' own sentences (messages and hints) of doctor/ and probe/, by key with parameters; see
 * i18n/said.ts. dockerd's own words are a parameter, never translated.
 */
import type { Messages, Translation } from '../../types.js';

export const en = {
  // config.env-file
  'doctor.envFile.ignored': (p: { variable: string; path: string; flags: string; why: string }) =>
    `${p.variable} in ${p.path} sets ${p.flags}, but ${p.why} to dockerd: these flags have no effect`,
  'doctor.envFile.noEnvironmentFile': (p: { unit: string }) => `${p.unit} has no EnvironmentFile= that passes it`,
  'doctor.envFile.nothingPasses': () => 'nothing passes it',
  'doctor.envFile.hint': (p: { variable: string; path: string }) =>
    `put the settings in daemon.json (dockerd-config set KEY VALUE), then delete ${p.variable} from ${p.path}`,

  // config.flavour
  'doctor.flavour.desktop': () => 'Docker Desktop',
  'doctor.flavour.rootless': () => 'rootless docker',
  'doctor.flavour.snap': () => 'the docker snap',
  'doctor.flavour.reads': (p: { flavour: string; path: string; why: string }) =>
    `${p.flavour}: dockerd reads ${p.path} (${p.why})`,
  'doctor.flavour.restartWith': (p: { command: string }) => `restart it with: ${p.command}`,
  'doctor.flavour.notRead': (p: { path: string; flavour: string }) =>
    `${p.path} exists, but ${p.flavour} does not read it: settings there have no effect`,
  'doctor.flavour.moveThem': (p: { path: string }) => `move them to ${p.path}`,

  // dockerd's log, beside the file's own finding
  'doctor.log.journal': (p: { unit: string; hours: number }) => `the journal (${p.unit}, last ${p.hours} h)`,
  'doctor.log.same': (p: { where: string }) => `dockerd's log says the same: ${p.where}`,

  // service.state
  'doctor.state.stopped': (p: { service: string }) => `${p.service} is stopped`,
  'doctor.state.startWhenWanted': (p: { command: string }) => `start it when you want it: ${p.command}`,
  'doctor.state.notRunning': (p: { reason: string }) => `dockerd is not running: ${p.reason}`,
  'doctor.state.mended': (p: { reason: string }) =>
    `dockerd is not running; its last start failed (${p.reason}), which the files no longer say`,
  'doctor.state.startIt': (p: { command: string }) => `start it: ${p.command}`,
  'doctor.state.refusedAbove': (p: { group: string; id: string }) =>
    `dockerd is not running: its last start failed on ${p.id}, shown above under ${p.group}`,
  'doctor.state.fixAboveThenStart': (p: { command: string }) => `fix that error, then start it: ${p.command}`,
  'doctor.state.failedUnsaid': (p: { service: string; why: string }) => `${p.service} has failed, and ${p.why}`,
  'doctor.state.logSaysNothing': (p: { log: string }) => `${p.log} does not say why`,
  'doctor.state.noLog': () => 'its log could not be read',
  'doctor.state.startFix': (p: { command: string }) => `start dockerd (${p.command})`,
  'doctor.state.onceFixed': (p: { fix: string }) => `${p.fix}, once the files are fixed`,
  'doctor.skip.nobodyToAsk': (p: { service: string }) =>
    `nobody to ask whether dockerd runs (${p.service}), and no failure in its log`,
  'doctor.skip.infoError': (p: { error: string }) => p.error,

  // service.start-limit, service.unit-reload, service.applied
  'doctor.startLimit.hit': () =>
    'systemd gave up restarting dockerd (start-limit-hit): it refuses every start, even after the cause is fixed, until the failure is reset',
  'doctor.startLimit.hint': () =>
    'fix the first error, then: systemctl reset-failed docker.service docker.socket && systemctl start docker',
  'doctor.startLimit.fix': () => 'systemctl reset-failed docker.service docker.socket, then start dockerd',
  'doctor.unitReload.needed': (p: { service: string }) =>
    `${p.service}: a unit file or drop-in changed on disk since systemd loaded it; dockerd runs with the old command line`,
  'doctor.unitReload.fix': () => 'systemctl daemon-reload, then restart dockerd',
  'doctor.applied.differs': (p: { differences: string }) =>
    `the running dockerd does not use what the files say: ${p.differences}`,
  'doctor.applied.hint': (p: { command: string }) =>
    `reload or restart it: ${p.command}; if that changes nothing, dockerd reads another file (see --config-file on its command line)`,
  'doctor.applied.fix': (p: { command: string }) => `reload dockerd (${p.command})`,

  // network.sockets, network.proxy
  'doctor.sockets.noPing': (p: { address: string }) => `${p.address} does not answer /_ping`,
  'doctor.sockets.noPingBecause': (p: { address: string; detail: string }) =>
    `${p.address} does not answer /_ping: ${p.detail}`,
  'doctor.sockets.hint.otherAddress': () =>
    'dockerd runs, but not on this address: check "hosts" and -H (and a firewall for TCP)',
  'doctor.sockets.hint.activeSilent': () =>
    'dockerd is active but does not answer: journalctl -u docker -n 200 --no-pager | dockerd-config explain',
  'doctor.proxy.notUsed': (p: { where: string; key: string; value: string; actual: string }) =>
    `${p.where} sets ${p.key} ${p.value}, but the running dockerd uses ${p.actual}`,
  'doctor.proxy.unitEnvironment': () => "the unit's environment",
  'doctor.proxy.none': () => 'none',
  'doctor.proxy.hint.restart': () => 'proxies are read at start only: restart dockerd',
  'doctor.proxy.fix': () => 'restart dockerd so it reads the proxy',
  // network.registries, network.registry-hosts: which of daemon.json and hosts.toml a pull uses
  'doctor.registries.store': (p: { store: string; from: string; version: string }) =>
    `${p.store === 'containerd' ? 'the containerd image store' : 'the classic image store (graph driver)'} of dockerd ${p.version} (${
      p.from === 'running-daemon'
        ? 'as the running dockerd reports in /info'
        : p.from === 'daemon-json'
          ? "daemon.json's features.containerd-snapshotter"
          : "the engine's default for a new installation"
    })`,
  'doctor.registries.mirrorsOverridden': (p: { count: number; path: string; hosts: number; store: string }) =>
    `daemon.json's registry-mirrors (${p.count}) are not used for Docker Hub: ${p.path} defines ${p.hosts} [host] table${p.hosts === 1 ? '' : 's'} and wins, because under ${p.store} dockerd merges daemon.json's mirrors only while the registry has a single endpoint`,
  'doctor.registries.hint.mirrorsOverridden': (p: { path: string }) =>
    `keep the mirrors in one place: add them to ${p.path} as [host."URL"] tables with capabilities = ["pull", "resolve"], or remove its [host] tables so that daemon.json's registry-mirrors apply`,
  'doctor.registries.notRead': (p: { path: string; registry: string; store: string; hosts: number; instead: string }) =>
    `${p.path} is not read for pulls under ${p.store}: ${p.hosts === 0 ? 'its settings for' : `its ${p.hosts} host${p.hosts === 1 ? '' : 's'} for`} ${p.registry} ${p.hosts === 1 ? 'is' : 'are'} never used (only the certificate files beside it are), and ${p.instead}`,
  'doctor.registries.notRead.daemonJson': () => "daemon.json's registry-mirrors apply instead",
  'doctor.registries.notRead.registry': () => 'pulls go to the registry itself',
  'doctor.registries.hint.notRead.classic': () =>
    'hosts.toml applies with the containerd image store on dockerd 28+ ("features": {"containerd-snapshotter": true}, then a restart; images of the classic store are not carried over); for Docker Hub, registry-mirrors in daemon.json work with either store',
  'doctor.registries.hint.notRead.old': () =>
    "hosts.toml is read from dockerd 28 on: upgrade dockerd, or until then put Docker Hub's mirrors in daemon.json's registry-mirrors",
  'doctor.registries.unreadable': (p: { path: string; code: string; registry: string; store: string }) =>
    `${p.path} cannot be read (${p.code}): under ${p.store}, every pull from ${p.registry} fails until it can`,
  'doctor.registries.tooLarge': (p: { path: string }) =>
    `${p.path} is larger than 16 MiB: containerd reads it, but it is not checked here`,
  'doctor.registries.hint.unreadable': (p: { path: string }) =>
    `make it a regular file root can read (chmod 0644 ${p.path}), or remove it`,
  'doctor.registries.insecureOverridden': (p: {
    entry: string;
    endpoints: string;
    path: string;
    hosts: number;
    registry: string;
    store: string;
  }) =>
    `insecure-registries lists "${p.entry}", but it does not apply to ${p.endpoints}: ${p.path} defines ${p.hosts} [host] table${p.hosts === 1 ? '' : 's'} for ${p.registry}, and under ${p.store} dockerd applies insecure-registries only to a registry with a single endpoint, so the certificate is still checked over HTTPS`,
  'doctor.registries.hint.insecureOverridden': (p: { path: string; where: string }) =>
    `say it in ${p.path}: skip_verify = true ${p.where} (an http:// URL for a registry without TLS, or ca = "…" for a private CA)`,
  'doctor.registries.underTable': (p: { table: string }) => `under ${p.table}`,
  'doctor.registries.topOfFile': () => 'at the top of the file (for the server)',
  'doctor.registries.allDead': (p: { registry: string; path: string; count: number; details: string; store: string }) =>
    `none of the ${p.count} endpoint${p.count === 1 ? '' : 's'} ${p.path} gives ${p.registry} answers (${p.details}): under ${p.store}, each pull waits on them before it goes to the registry itself`,
  'doctor.registries.allDeadNoFallback': (p: {
    registry: string;
    path: string;
    count: number;
    details: string;
    store: string;
  }) =>
    `none of the ${p.count} endpoint${p.count === 1 ? '' : 's'} ${p.path} gives ${p.registry} answers (${p.details}), and its server is one of them: under ${p.store}, every pull from ${p.registry} fails`,
  'doctor.registries.hint.allDead': (p: { path: string }) =>
    `check the addresses and ports in ${p.path} (dockerd-config mirror test URL), or remove the dead [host] tables`,

  // security.*
  'doctor.listeners.allInterfaces': (p: { address: string }) =>
    `${p.address} listens on every network interface of this host`,
  'doctor.listeners.allInterfacesVerified': (p: { address: string }) =>
    `${p.address} listens on every network interface of this host (clients need a certificate signed by tlscacert)`,
  'doctor.listeners.hint.oneAddress': () =>
    'listen on the one address clients use (e.g. tcp://10.0.0.5:2376), and firewall the port',
  'doctor.listeners.noLocalSocket': (p: { addresses: string }) =>
    `dockerd listens only on ${p.addresses}: no unix socket, so local clients (\`docker ps\`) cannot connect without DOCKER_HOST`,
  'doctor.credentials.inFile': (p: { key: string; url: string }) =>
    `"${p.key}" holds a password (${p.url}); \`docker info\` shows the proxy to anyone who can reach the API`,
  'doctor.credentials.hint.file': () => 'use a proxy that authenticates by address, or keep daemon.json mode 0600',
  'doctor.credentials.inUnit': (p: { variable: string; url: string }) =>
    `${p.variable} in docker.service's environment holds a password (${p.url}); \`systemctl show docker\` prints it to every local user`,
  'doctor.credentials.hint.unit': () =>
    'move it to an EnvironmentFile= with mode 0600, or use a proxy that authenticates by address',
  'doctor.files.owner': (p: { path: string; role: string; uid: number | undefined }) =>
    `${p.path} (${p.role}) is owned by uid ${p.uid}, not root: that user can change what dockerd runs as root`,
  'doctor.files.writable': (p: { path: string; role: string; mode: string; who: string }) =>
    `${p.path} (${p.role}) has mode ${p.mode}: ${p.who} can change what dockerd runs as root`,
  'doctor.files.anyone': () => 'anyone',
  'doctor.files.itsGroup': () => 'its group',
  'doctor.role.daemonJson': () => 'daemon.json',
  'doctor.role.envFile': () => 'env file',
  'doctor.role.systemdUnit': () => 'systemd unit',
  'doctor.role.socketUnit': () => 'socket unit',
  'doctor.role.configDir': () => 'config dir',
  'doctor.role.tlsKey': () => 'tls key',
  'doctor.role.tlsCert': () => 'tls cert',
  'doctor.role.registryCert': () => 'registry cert',
  'doctor.role.registryKey': () => 'registry key',
  'doctor.role.registryDir': () => 'registry certificate directory',
  'doctor.role.hostsToml': () => 'hosts.toml',
  'doctor.tlsKeys.readable': (p: { path: string; mode: string }) =>
    `${p.path} is a private key with mode ${p.mode}: other users can read it`,
  'doctor.tlsKeys.readableOwned': (p: { path: string; mode: string; uid: number | undefined }) =>
    `${p.path} is a private key with mode ${p.mode} owned by uid ${p.uid}: other users can read it`,

  // run and --fix
  'doctor.crashed': (p: { title: string; id: string; error: string }) =>
    `the check "${p.title}" (${p.id}) crashed: ${p.error}`,
  'doctor.crashed.hint': () => 'the other checks ran; please report this with `dockerd-config doctor --json`',
  'doctor.fix.removeValidate': () => 'remove "validate" from daemon.json',
  'doctor.fix.moveHostsToDropIn': (p: { path: string }) =>
    `move the unit's -H into daemon.json's "hosts" and write ${p.path}, which starts dockerd without it`,

  // probe/: what a registry answered, and what it means for dockerd
  'probe.registry.httpsOnly': () => 'answers only HTTPS: write the URL with https://',
  'probe.registry.htmlPage': () => 'an HTML page',
  'probe.registry.somethingElse': () => 'something else',
  'probe.registry.notApi': (p: { status: number; what: string }) =>
    `answers HTTP ${p.status} with ${p.what}, not the registry API (no Docker-Distribution-Api-Version header)`,
  'probe.registry.ok': (p: { ms: number }) => `registry, ${p.ms} ms`,
  'probe.registry.okToken': (p: { ms: number }) => `registry (anonymous token), ${p.ms} ms`,
  'probe.registry.basicAuth': () =>
    'a registry, but it wants a user name and password; dockerd does not log in to mirrors',
  'probe.registry.noToken': (p: { error: string }) => `a registry, but no anonymous token: ${p.error}`,
  'probe.registry.tokenRefused': (p: { answer: string }) =>
    `a registry, but it refused the anonymous token (${p.answer})`,
  'probe.token.noRealm': () => 'the Bearer challenge names no realm',
  'probe.token.realmNotUrl': (p: { realm: string }) => `the token realm is not a URL: ${p.realm}`,
  'probe.token.failed': (p: { error: string }) => `token service: ${p.error}`,
  'probe.token.status': (p: { status: number }) => `token service answered HTTP ${p.status}`,
  'probe.token.none': () => 'token service answered without a token',
  'probe.token.notJson': () => 'token service did not answer JSON',
  'probe.throughput.manifestStatus': (p: { image: string; status: number }) =>
    `manifest of ${p.image}: HTTP ${p.status}`,
  'probe.throughput.manifestNotJson': (p: { image: string }) => `manifest of ${p.image} is not JSON`,
  'probe.throughput.emptyIndex': () => 'the image index lists no manifests',
  'probe.throughput.noLayers': (p: { image: string }) => `${p.image} has no layers`,
  'probe.throughput.blob': (p: { error: string }) => `blob: ${p.error}`,
  'probe.digest.status': (p: { status: number }) => `manifest: HTTP ${p.status}`,
  'probe.digest.tooBig': (p: { bytes: number }) =>
    `the manifest (${p.bytes} bytes) is too big to hash, and the answer names no Docker-Content-Digest`,
  'probe.digest.differs': (p: { url: string; image: string; digest: string; expected: string; reference: string }) =>
    `mirror ${p.url} serves ${p.image} as ${p.digest}, but ${p.reference} serves ${p.expected}: a pull through this mirror gets other content`,
  'probe.digest.differsPinned': (p: {
    url: string;
    image: string;
    digest: string;
    expected: string;
    reference: string;
  }) => `mirror ${p.url} answers ${p.digest} for ${p.image}, not the digest ${p.expected} the name is pinned to`,
  'probe.digest.hint.differs': (p: { name: string; expected: string }) =>
    `its copy is behind the registry (or another image has that name there): let it refresh, pull by digest (${p.name}@${p.expected}), or remove the mirror`,
  'probe.digest.missing': (p: { url: string; image: string }) =>
    `mirror ${p.url} does not have ${p.image} (HTTP 404): a pull falls through to the next endpoint`,
  'probe.digest.hint.missing': (p: { image: string }) =>
    `check the name; a pull-through cache that cannot fetch ${p.image} from its upstream, or a mirror of another registry, answers 404 too`,
  'probe.mirror.unreachable': (p: { url: string; detail: string }) =>
    `mirror ${p.url}: ${p.detail}; dockerd tries it on every pull, then falls back`,
  'probe.mirror.hint.remove': (p: { url: string }) =>
    `fix the network path, or remove it: dockerd-config mirror remove ${p.url}`,
  'probe.mirror.notRegistry': (p: { url: string; detail: string }) => `mirror ${p.url} ${p.detail}`,
  'probe.mirror.hint.root': (p: { url: string }) =>
    `a mirror is a registry's root URL (GET /v2/ answers); fix the URL or remove it: dockerd-config mirror remove ${p.url}`,
  'probe.mirror.plainHttp': (p: { url: string; dockerd: string }) =>
    `mirror ${p.url} speaks plain HTTP on that port; dockerd fails with "${p.dockerd}"`,
  'probe.mirror.hint.writeHttp': (p: { url: string }) => `write it as ${p.url}, or give the mirror TLS`,
  'probe.mirror.said': (p: { url: string; detail: string }) => `mirror ${p.url}: ${p.detail}`,
  'probe.mirror.hint.ca': (p: { hostPort: string }) =>
    `put its CA in /etc/docker/certs.d/${p.hostPort}/ca.crt (dockerd trusts it for that registry), or fix the certificate`,
  'probe.mirror.hint.anonymous': () => 'use a mirror that allows anonymous pulls, or remove it',
  'probe.mirror.noneWorks': (p: { count: number }) =>
    `none of the ${p.count} mirror${p.count === 1 ? '' : 's'} works: every pull waits for them, then goes to Docker Hub`,
  'probe.mirror.hint.test': () => 'dockerd-config mirror test URL… finds working ones',
  'probe.insecure.none': (p: { address: string; https: string; http: string }) =>
    `insecure registry ${p.address} answers neither https (${p.https}) nor http (${p.http})`,
  'probe.insecure.hint.check': () => 'check the address and port, and that the registry runs',
  'probe.insecure.trusted': (p: { address: string }) =>
    `${p.address} serves HTTPS with a certificate this host trusts; listing it in insecure-registries only turns off verification`,
  'probe.insecure.trustedToo': (p: { address: string }) =>
    `${p.address} serves HTTPS with a certificate this host trusts (and plain HTTP); listing it in insecure-registries only turns off verification`,
  'probe.insecure.hint.remove': (p: { address: string }) => `remove it: dockerd-config insecure remove ${p.address}`,
  'probe.insecure.untrusted': (p: { address: string; detail: string }) =>
    `${p.address} serves HTTPS with a certificate this host does not trust (${p.detail}); insecure-registries makes dockerd accept it`,
  'probe.insecure.hint.ca': (p: { address: string }) =>
    `better: trust its CA — dockerd-config registry trust ${p.address} --ca CA.pem (it goes to /etc/docker/certs.d/${p.address}/ca.crt) — then dockerd-config insecure remove ${p.address}`,
  'probe.insecure.httpOnly': (p: { address: string; dockerd: string }) =>
    `${p.address} answers plain HTTP only: dockerd reaches it because it is in insecure-registries (without it: "${p.dockerd}")`,
  'probe.insecure.hint.tls': () => 'give it TLS to drop it from insecure-registries',
  'doctor.refusedAsAbove': (p: { id: string }) => `refused because of ${p.id}, shown above`,

  // The network's failures in our words (the probes' edge); OpenSSL's own reasons stay as they are
  'probe.net.refused': () => 'connection refused',
  'probe.net.reset': () => 'connection reset',
  'probe.net.closed': () => 'connection closed',
  'probe.net.hostUnreachable': () => 'host unreachable',
  'probe.net.netUnreachable': () => 'network unreachable',
  'probe.net.addressNotAvailable': () => 'address not available',
  'probe.net.notFound': () => 'host name not found',
  'probe.net.dns': () => 'host name lookup failed (DNS)',
  'probe.net.unknownAuthority': () => 'TLS: certificate signed by unknown authority',
  'probe.net.selfSignedInChain': () => 'TLS: certificate signed by unknown authority (self-signed in the chain)',
  'probe.net.selfSigned': () => 'TLS: certificate signed by unknown authority (self-signed)',
  'probe.net.expired': () => 'TLS: certificate has expired',
  'probe.net.notYetValid': () => 'TLS: certificate is not valid yet',
  'probe.net.notTls': () => 'not a TLS server (it answers plain HTTP?)',
  'probe.net.notHttp': () => 'not an HTTP server (it answers TLS only?)',
  'probe.net.otherNames': (p: { names: string; host: string }) =>
    `TLS: certificate is valid for ${p.names}, not ${p.host}`,
  'probe.net.otherName': (p: { host: string }) => `TLS: certificate is valid for other names, not ${p.host}`,
  'probe.net.timeout': (p: { ms: number }) => `no answer within ${p.ms} ms`,
  'probe.net.noTime': () => 'no answer in time',
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'doctor.envFile.ignored': (p) => `${p.path} 中的 ${p.variable} 设置了 ${p.flags}，但${p.why}：这些参数不起作用`,
  'doctor.envFile.noEnvironmentFile': (p) => ` ${p.unit} 没有用 EnvironmentFile= 把它传给 dockerd`,
  'doctor.envFile.nothingPasses': () => '没有任何地方把它传给 dockerd',
  'doctor.envFile.hint': (p) =>
    `把这些设置写进 daemon.json（dockerd-config set KEY VALUE），然后从 ${p.path} 中删除 ${p.variable}`,

  'doctor.flavour.desktop': () => 'Docker Desktop（桌面版）',
  'doctor.flavour.rootless': () => 'rootless 模式的 docker',
  'doctor.flavour.snap': () => 'snap 安装的 docker',
  'doctor.flavour.reads': (p) => `${p.flavour}：dockerd 读取的是 ${p.path}（${p.why}）`,
  'doctor.flavour.restartWith': (p) => `用这个命令重启它：${p.command}`,
  'doctor.flavour.notRead': (p) => `${p.path} 存在，但 ${p.flavour} 不读取它：其中的设置不起作用`,
  'doctor.flavour.moveThem': (p) => `把这些设置移到 ${p.path}`,

  'doctor.log.journal': (p) => `journal 日志（${p.unit}，最近 ${p.hours} 小时）`,
  'doctor.log.same': (p) => `dockerd 的日志里也是这个错误：${p.where}`,

  'doctor.state.stopped': (p) => `${p.service} 已停止`,
  'doctor.state.startWhenWanted': (p) => `需要时再启动它：${p.command}`,
  'doctor.state.notRunning': (p) => `dockerd 没有运行：${p.reason}`,
  'doctor.state.mended': (p) => `dockerd 没有运行；它上次启动失败（${p.reason}），但配置文件里已经没有这个问题了`,
  'doctor.state.startIt': (p) => `启动它：${p.command}`,
  'doctor.state.refusedAbove': (p) => `dockerd 没有运行：上次启动正是因为上面“${p.group}”中的错误（${p.id}）而失败`,
  'doctor.state.fixAboveThenStart': (p) => `先修正那个错误，再启动它：${p.command}`,
  'doctor.state.failedUnsaid': (p) => `${p.service} 已失败，${p.why}`,
  'doctor.state.logSaysNothing': (p) => `${p.log} 里没有说明原因`,
  'doctor.state.noLog': () => '无法读取它的日志',
  'doctor.state.startFix': (p) => `启动 dockerd（${p.command}）`,
  'doctor.state.onceFixed': (p) => `配置文件修好后，${p.fix}`,
  'doctor.skip.nobodyToAsk': (p) => `无从得知 dockerd 是否在运行（${p.service}），它的日志里也没有失败记录`,
  'doctor.skip.infoError': (p) => `dockerd 没有回应 /info：${p.error}`,

  'doctor.startLimit.hit': () =>
    'systemd 已放弃重启 dockerd（start-limit-hit）：在重置失败状态之前，即使原因已经修好，它也会拒绝每一次启动',
  'doctor.startLimit.hint': () =>
    '先修正第一个错误，然后运行：systemctl reset-failed docker.service docker.socket && systemctl start docker',
  'doctor.startLimit.fix': () => 'systemctl reset-failed docker.service docker.socket，然后启动 dockerd',
  'doctor.unitReload.needed': (p) =>
    `${p.service}：unit 文件或 drop-in 在 systemd 加载之后被修改过；dockerd 仍在用旧的命令行运行`,
  'doctor.unitReload.fix': () => 'systemctl daemon-reload，然后重启 dockerd',
  'doctor.applied.differs': (p) => `正在运行的 dockerd 没有使用配置文件里的设置：${p.differences}`,
  'doctor.applied.hint': (p) =>
    `重新加载或重启它：${p.command}；如果没有变化，说明 dockerd 读取的是另一个文件（看它命令行上的 --config-file）`,
  'doctor.applied.fix': (p) => `重新加载 dockerd（${p.command}）`,

  'doctor.sockets.noPing': (p) => `${p.address} 不响应 /_ping`,
  'doctor.sockets.noPingBecause': (p) => `${p.address} 不响应 /_ping：${p.detail}`,
  'doctor.sockets.hint.otherAddress': () =>
    'dockerd 在运行，但不在这个地址上：检查 "hosts" 和 -H（TCP 还要检查防火墙）',
  'doctor.sockets.hint.activeSilent': () =>
    'dockerd 处于运行状态却没有响应：journalctl -u docker -n 200 --no-pager | dockerd-config explain',
  'doctor.proxy.notUsed': (p) => `${p.where} 设置了 ${p.key} ${p.value}，但正在运行的 dockerd 使用的是 ${p.actual}`,
  'doctor.proxy.unitEnvironment': () => 'unit 的环境变量',
  'doctor.proxy.none': () => '（无）',
  'doctor.proxy.hint.restart': () => '代理只在启动时读取：请重启 dockerd',
  'doctor.proxy.fix': () => '重启 dockerd，让它读取代理设置',
  'doctor.registries.store': (p) =>
    `dockerd ${p.version} 的${p.store === 'containerd' ? ' containerd 镜像存储' : '经典镜像存储（graph driver）'}（${
      p.from === 'running-daemon'
        ? '正在运行的 dockerd 在 /info 中所报告'
        : p.from === 'daemon-json'
          ? 'daemon.json 的 features.containerd-snapshotter'
          : '该版本新安装时的默认值'
    }）`,
  'doctor.registries.mirrorsOverridden': (p) =>
    `daemon.json 的 registry-mirrors（${p.count} 个）不用于 Docker Hub：${p.path} 定义了 ${p.hosts} 个 [host] 表，以它为准，因为在 ${p.store} 下，dockerd 只在仓库只有一个端点时才合并 daemon.json 的镜像`,
  'doctor.registries.hint.mirrorsOverridden': (p) =>
    `镜像只在一处配置：把它们写进 ${p.path}，作为带 capabilities = ["pull", "resolve"] 的 [host."URL"] 表；或删掉其中的 [host] 表，让 daemon.json 的 registry-mirrors 生效`,
  'doctor.registries.notRead': (p) =>
    `在 ${p.store} 下，拉取时不读取 ${p.path}：它为 ${p.registry} 配置的${p.hosts === 0 ? '设置' : ` ${p.hosts} 个主机`}都不会被使用（只有它旁边的证书文件生效），${p.instead}`,
  'doctor.registries.notRead.daemonJson': () => '生效的是 daemon.json 的 registry-mirrors',
  'doctor.registries.notRead.registry': () => '拉取直接访问仓库本身',
  'doctor.registries.hint.notRead.classic': () =>
    'hosts.toml 只在 dockerd 28 及以上版本的 containerd 镜像存储下生效（"features": {"containerd-snapshotter": true}，然后重启；经典存储中的镜像不会被带过去）；Docker Hub 的镜像写在 daemon.json 的 registry-mirrors 中，两种存储都有效',
  'doctor.registries.hint.notRead.old': () =>
    'dockerd 从 28 起才读取 hosts.toml：请升级 dockerd，在此之前把 Docker Hub 的镜像写在 daemon.json 的 registry-mirrors 中',
  'doctor.registries.unreadable': (p) =>
    `无法读取 ${p.path}（${p.code}）：在 ${p.store} 下，能读取之前，从 ${p.registry} 的每次拉取都会失败`,
  'doctor.registries.tooLarge': (p) => `${p.path} 大于 16 MiB：containerd 会读取它，但这里不检查它`,
  'doctor.registries.hint.unreadable': (p) => `让它成为 root 可读的普通文件（chmod 0644 ${p.path}），或删除它`,
  'doctor.registries.insecureOverridden': (p) =>
    `insecure-registries 中有 "${p.entry}"，但它对 ${p.endpoints} 不生效：${p.path} 为 ${p.registry} 定义了 ${p.hosts} 个 [host] 表，而在 ${p.store} 下，dockerd 只对只有一个端点的仓库应用 insecure-registries，所以仍会通过 HTTPS 校验证书`,
  'doctor.registries.hint.insecureOverridden': (p) =>
    `请在 ${p.path} 中说明：在${p.where}写 skip_verify = true（没有 TLS 的仓库用 http:// 地址，私有 CA 用 ca = "…"）`,
  'doctor.registries.underTable': (p) => ` ${p.table} 下`,
  'doctor.registries.topOfFile': () => '文件顶层（对应 server）',
  'doctor.registries.allDead': (p) =>
    `${p.path} 为 ${p.registry} 列出的 ${p.count} 个端点都没有响应（${p.details}）：在 ${p.store} 下，每次拉取都要先等它们超时，才去访问仓库本身`,
  'doctor.registries.allDeadNoFallback': (p) =>
    `${p.path} 为 ${p.registry} 列出的 ${p.count} 个端点都没有响应（${p.details}），其中包括它的 server：在 ${p.store} 下，从 ${p.registry} 的每次拉取都会失败`,
  'doctor.registries.hint.allDead': (p) =>
    `检查 ${p.path} 中的地址和端口（dockerd-config mirror test URL），或删除无法访问的 [host] 表`,

  'doctor.listeners.allInterfaces': (p) => `${p.address} 监听本机的所有网络接口`,
  'doctor.listeners.allInterfacesVerified': (p) =>
    `${p.address} 监听本机的所有网络接口（客户端需要由 tlscacert 签发的证书）`,
  'doctor.listeners.hint.oneAddress': () =>
    '只监听客户端实际使用的那个地址（例如 tcp://10.0.0.5:2376），并用防火墙限制该端口',
  'doctor.listeners.noLocalSocket': (p) =>
    `dockerd 只监听 ${p.addresses}：没有 unix socket，本地客户端（\`docker ps\`）不设置 DOCKER_HOST 就连不上`,
  'doctor.credentials.inFile': (p) =>
    `"${p.key}" 中含有密码（${p.url}）；任何能访问 API 的人都能通过 \`docker info\` 看到这个代理`,
  'doctor.credentials.hint.file': () => '改用按地址认证的代理，或者把 daemon.json 的权限设为 0600',
  'doctor.credentials.inUnit': (p) =>
    `docker.service 环境变量中的 ${p.variable} 含有密码（${p.url}）；\`systemctl show docker\` 会把它显示给每个本地用户`,
  'doctor.credentials.hint.unit': () => '把它移到权限为 0600 的 EnvironmentFile= 文件里，或者改用按地址认证的代理',
  'doctor.files.owner': (p) =>
    `${p.path}（${p.role}）的属主是 uid ${p.uid}，不是 root：这个用户可以改变 dockerd 以 root 身份运行的内容`,
  'doctor.files.writable': (p) =>
    `${p.path}（${p.role}）的权限是 ${p.mode}：${p.who}可以改变 dockerd 以 root 身份运行的内容`,
  'doctor.files.anyone': () => '任何人',
  'doctor.files.itsGroup': () => '它的属组',
  'doctor.role.daemonJson': () => 'daemon.json 配置文件',
  'doctor.role.envFile': () => '环境变量文件',
  'doctor.role.systemdUnit': () => 'systemd unit 文件',
  'doctor.role.socketUnit': () => 'socket unit 文件',
  'doctor.role.configDir': () => '配置目录',
  'doctor.role.tlsKey': () => 'TLS 私钥',
  'doctor.role.tlsCert': () => 'TLS 证书',
  'doctor.role.registryCert': () => '仓库证书',
  'doctor.role.registryKey': () => '仓库私钥',
  'doctor.role.registryDir': () => '仓库证书目录',
  'doctor.role.hostsToml': () => 'hosts.toml 文件',
  'doctor.tlsKeys.readable': (p) => `${p.path} 是私钥，权限为 ${p.mode}：其他用户可以读取它`,
  'doctor.tlsKeys.readableOwned': (p) => `${p.path} 是私钥，权限为 ${p.mode}，属主是 uid ${p.uid}：其他用户可以读取它`,

  'doctor.crashed': (p) => `检查“${p.title}”（${p.id}）异常退出：${p.error}`,
  'doctor.crashed.hint': () => '其他检查照常运行；请附上 `dockerd-config doctor --json` 的输出报告这个问题',
  'doctor.fix.removeValidate': () => '从 daemon.json 中删除 "validate"',
  'doctor.fix.moveHostsToDropIn': (p) =>
    `把 unit 里的 -H 移到 daemon.json 的 "hosts" 中，并写入 ${p.path}，让 dockerd 启动时不再带 -H`,
  'probe.registry.httpsOnly': () => '只响应 HTTPS：请把地址写成 https://',
  'probe.registry.htmlPage': () => '一个 HTML 页面',
  'probe.registry.somethingElse': () => '别的内容',
  'probe.registry.notApi': (p) =>
    `返回 HTTP ${p.status}，内容是${/^[A-Za-z]/.test(p.what) ? ' ' : ''}${p.what}，不是镜像仓库 API（没有 Docker-Distribution-Api-Version 响应头）`,
  'probe.registry.ok': (p) => `镜像仓库，${p.ms} 毫秒`,
  'probe.registry.okToken': (p) => `镜像仓库（匿名令牌），${p.ms} 毫秒`,
  'probe.registry.basicAuth': () => '是镜像仓库，但要求用户名和密码；dockerd 不会登录镜像加速器',
  'probe.registry.noToken': (p) => `是镜像仓库，但拿不到匿名令牌：${p.error}`,
  'probe.registry.tokenRefused': (p) => `是镜像仓库，但拒绝了匿名令牌（${p.answer}）`,
  'probe.token.noRealm': () => 'Bearer 认证质询里没有 realm',
  'probe.token.realmNotUrl': (p) => `令牌服务的 realm 不是 URL：${p.realm}`,
  'probe.token.failed': (p) => `令牌服务：${p.error}`,
  'probe.token.status': (p) => `令牌服务返回 HTTP ${p.status}`,
  'probe.token.none': () => '令牌服务的回复里没有令牌',
  'probe.token.notJson': () => '令牌服务的回复不是 JSON',
  'probe.throughput.manifestStatus': (p) => `${p.image} 的 manifest：HTTP ${p.status}`,
  'probe.throughput.manifestNotJson': (p) => `${p.image} 的 manifest 不是 JSON`,
  'probe.throughput.emptyIndex': () => '镜像索引里没有任何 manifest',
  'probe.throughput.noLayers': (p) => `${p.image} 没有任何层`,
  'probe.throughput.blob': (p) => `下载层数据：${p.error}`,
  'probe.digest.status': (p) => `manifest 请求返回 HTTP ${p.status}`,
  'probe.digest.tooBig': (p) => `manifest（${p.bytes} 字节）太大，无法计算摘要，而响应里也没有 Docker-Content-Digest`,
  'probe.digest.differs': (p) =>
    `镜像加速器 ${p.url} 提供的 ${p.image} 是 ${p.digest}，而 ${p.reference} 提供的是 ${p.expected}：经它拉取会得到不同的内容`,
  'probe.digest.differsPinned': (p) =>
    `镜像加速器 ${p.url} 对 ${p.image} 回答的是 ${p.digest}，不是名称中固定的摘要 ${p.expected}`,
  'probe.digest.hint.differs': (p) =>
    `它的副本落后于仓库（或那里有同名的另一个镜像）：等它刷新，按摘要拉取（${p.name}@${p.expected}），或删除这个镜像加速器`,
  'probe.digest.missing': (p) => `镜像加速器 ${p.url} 没有 ${p.image}（HTTP 404）：拉取时会跳到下一个地址`,
  'probe.digest.hint.missing': (p) =>
    `检查镜像名；拉取缓存无法从上游取得 ${p.image} 时，或它是别的仓库的镜像加速器时，也会回答 404`,
  'probe.mirror.unreachable': (p) => `镜像加速器 ${p.url}：${p.detail}；dockerd 每次拉取都会先试它，失败后才改用下一个`,
  'probe.mirror.hint.remove': (p) => `修好网络连通性，或者删除它：dockerd-config mirror remove ${p.url}`,
  'probe.mirror.notRegistry': (p) => `镜像加速器 ${p.url} ${p.detail}`,
  'probe.mirror.hint.root': (p) =>
    `镜像加速器的地址是镜像仓库的根地址（GET /v2/ 能响应）；修正地址或删除它：dockerd-config mirror remove ${p.url}`,
  'probe.mirror.plainHttp': (p) =>
    `镜像加速器 ${p.url} 在这个端口上使用纯 HTTP，dockerd 会失败（dockerd 的原话：${p.dockerd}）`,
  'probe.mirror.hint.writeHttp': (p) => `把它写成 ${p.url}，或者给这个镜像加速器配上 TLS`,
  'probe.mirror.said': (p) => `镜像加速器 ${p.url}：${p.detail}`,
  'probe.mirror.hint.ca': (p) =>
    `把它的 CA 证书放到 /etc/docker/certs.d/${p.hostPort}/ca.crt（dockerd 访问该仓库时会信任它），或者修好证书`,
  'probe.mirror.hint.anonymous': () => '改用允许匿名拉取的镜像加速器，或者删除它',
  'probe.mirror.noneWorks': (p) =>
    `${p.count === 1 ? '唯一的镜像加速器不可用' : `${p.count} 个镜像加速器全都不可用`}：每次拉取都要先等它们失败，然后才去 Docker Hub`,
  'probe.mirror.hint.test': () => '用 dockerd-config mirror test URL… 找出可用的镜像加速器',
  'probe.insecure.none': (p) => `非安全仓库 ${p.address} 既不响应 https（${p.https}），也不响应 http（${p.http}）`,
  'probe.insecure.hint.check': () => '检查地址和端口，并确认仓库在运行',
  'probe.insecure.trusted': (p) =>
    `${p.address} 提供 HTTPS，证书受本机信任；把它列入 insecure-registries 只会关闭证书校验`,
  'probe.insecure.trustedToo': (p) =>
    `${p.address} 提供 HTTPS（也提供纯 HTTP），证书受本机信任；把它列入 insecure-registries 只会关闭证书校验`,
  'probe.insecure.hint.remove': (p) => `删除它：dockerd-config insecure remove ${p.address}`,
  'probe.insecure.untrusted': (p) =>
    `${p.address} 提供 HTTPS，但本机不信任它的证书（${p.detail}）；insecure-registries 让 dockerd 接受它`,
  'probe.insecure.hint.ca': (p) =>
    `更好的做法：信任它的 CA——dockerd-config registry trust ${p.address} --ca CA.pem（证书会放到 /etc/docker/certs.d/${p.address}/ca.crt）——再运行 dockerd-config insecure remove ${p.address}`,
  'probe.insecure.httpOnly': (p) =>
    `${p.address} 只响应纯 HTTP：dockerd 能访问它，是因为它在 insecure-registries 里；没有这一项就会失败（dockerd 的原话：${p.dockerd}）`,
  'probe.insecure.hint.tls': () => '给它配上 TLS，就可以把它从 insecure-registries 中删除',
  'doctor.refusedAsAbove': (p) => `已拒绝，原因是上文的 ${p.id}`,

  'probe.net.refused': () => '连接被拒绝',
  'probe.net.reset': () => '连接被重置',
  'probe.net.closed': () => '连接被关闭',
  'probe.net.hostUnreachable': () => '主机不可达',
  'probe.net.netUnreachable': () => '网络不可达',
  'probe.net.addressNotAvailable': () => '地址不可用',
  'probe.net.notFound': () => '找不到这个主机名',
  'probe.net.dns': () => '主机名解析失败（DNS）',
  'probe.net.unknownAuthority': () => 'TLS：证书由未知的机构签发',
  'probe.net.selfSignedInChain': () => 'TLS：证书由未知的机构签发（证书链中有自签名证书）',
  'probe.net.selfSigned': () => 'TLS：证书由未知的机构签发（自签名证书）',
  'probe.net.expired': () => 'TLS：证书已过期',
  'probe.net.notYetValid': () => 'TLS：证书尚未生效',
  'probe.net.notTls': () => '不是 TLS 服务器（它用纯 HTTP 响应？）',
  'probe.net.notHttp': () => '不是 HTTP 服务器（它只接受 TLS？）',
  'probe.net.otherNames': (p) => `TLS：证书只对 ${p.names} 有效，不包括 ${p.host}`,
  'probe.net.otherName': (p) => `TLS：证书只对其他名称有效，不包括 ${p.host}`,
  'probe.net.timeout': (p) => `${p.ms} 毫秒内没有响应`,
  'probe.net.noTime': () => '在时限内没有响应',
};
