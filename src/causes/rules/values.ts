// Values dockerd refuses, at validation or later at start: one row per message family.
import { said } from '../../i18n/said.js';
import { valueRules as rulesOf, type Rule, type ValueRow } from './rule.js';

const maxKey = (m: RegExpExecArray): string => `max-${m[1]!.replace(' ', '-')}`;

const ROWS: readonly ValueRow[] = [
  {
    // While BuildKit starts (28.0+ wraps it twice): a size, a filter or a duration of builder.gc.
    pattern:
      /^(?:error initializing buildkit: error creating buildkit instance: )?could not get builder GC policy: (.*)$/,
    setting: 'builder',
    message: (m) => said('causes.values.builderGc', { dockerd: m[1]! }),
    hint: said('causes.values.builderGcHint'),
  },
  {
    // dockerd 20.10 crashes reading a builder.gc filter without "=" (fixed in 23.0).
    pattern: /^panic: runtime error: index out of range \[1\] with length 1$/,
    setting: 'builder',
    message: () => said('causes.values.builderPanic'),
    hint: said('causes.values.builderPanicHint'),
  },
  {
    // 23.0–26.x: grpc-go refuses a non-ASCII namespace header while dockerd dials containerd.
    pattern:
      /^failed to dial "[^"]*": header key "containerd-namespace" contains value with non-printable ASCII characters/,
    setting: 'containerd-namespace',
    message: () => said('causes.values.namespaceAscii'),
    hint: said('causes.values.namespaceAsciiHint'),
  },
  {
    // dockerd 20.10 crashes on an empty --tlscacert, --tlscert or --tlskey (opts.QuotedString; fixed in 23.0).
    pattern: /^panic: runtime error: index out of range \[0\] with length 0$/,
    setting: 'tlscert',
    message: () => said('causes.values.quotedPanic'),
    hint: said('causes.values.quotedPanicHint'),
  },
  {
    pattern: /^(?:invalid logging level|unable to parse logging level): (.*)$/,
    setting: 'log-level',
    message: (m) => said('causes.values.logLevel', { value: m[1]! }),
    hint: said('causes.values.logLevelHint'),
  },
  {
    pattern: /^invalid max (concurrent downloads|concurrent uploads|download attempts): (.*)$/,
    setting: maxKey,
    message: (m) => said('causes.values.atLeastOne', { key: maxKey(m), value: m[2]! }),
    hint: said('causes.values.atLeastOneHint'),
  },
  {
    // After the API is up (startMetricsServer); 23.0 adds "error parsing tcp address: ".
    pattern: /^failed to start metrics server: (?:error parsing tcp address: )?(address .*|strconv\.Atoi: .*)$/,
    setting: 'metrics-addr',
    message: (m) => said('causes.values.metricsAddr', { dockerd: m[1]! }),
    hint: said('causes.values.metricsAddrHint'),
  },
  {
    pattern: /^write \/proc\/self\/oom_score_adj: invalid argument$/,
    setting: 'oom-score-adjust',
    message: () => said('causes.values.oomScore'),
    hint: said('causes.values.oomScoreHint'),
  },
  {
    // Config validation from 25.0 (28.0 says it twice); before, the network controller's words.
    pattern: /^invalid fixed-cidr-v6: (?:invalid fixed-cidr-v6: )?(.*)$/,
    setting: 'fixed-cidr-v6',
    message: (m) => said('causes.values.fixedCidrV6', { dockerd: m[1]! }),
    hint: said('causes.values.fixedCidrV6Hint'),
  },
  {
    pattern: /^allow-nondistributable-artifacts registry (.*?) (should not contain ':\/\/'|is not valid: .*)$/,
    setting: 'allow-nondistributable-artifacts',
    message: (m) => said('causes.values.nondistributable', { value: m[1]!, dockerd: m[2]! }),
    hint: said('causes.values.nondistributableHint'),
  },
  {
    pattern: /^failed to start API server: invalid minimum API version \((.*)\): must be between (\S+ and \S+)$/,
    setting: 'min-api-version',
    message: (m) => said('causes.values.minApi', { value: m[1]!, range: m[2]! }),
    hint: said('causes.values.minApiHint'),
  },
  {
    pattern: /^invalid default MTU: (.*)$/,
    setting: 'mtu',
    message: (m) => said('causes.values.mtu', { value: m[1]! }),
    hint: said('causes.values.mtuHint'),
  },
  {
    pattern: /^label (.*) is not allowed: the namespaces/,
    setting: 'labels',
    message: (m) => said('causes.values.labelNamespace', { value: m[1]! }),
    hint: said('causes.values.labelNamespaceHint'),
  },
  {
    pattern: /^bad attribute format: ?(.*)$/,
    setting: 'labels',
    message: (m) => said('causes.values.labelFormat', { value: m[1]! }),
    hint: said('causes.values.labelFormatHint'),
  },
  {
    pattern: /^conflict labels for (.*) and (.*)$/,
    setting: 'labels',
    message: (m) => said('causes.values.labelConflict', { first: m[1]!, second: m[2]! }),
    hint: said('causes.values.keepOne'),
  },
  {
    pattern: /^IPC mode "(.*)" is not supported as default value/,
    setting: 'default-ipc-mode',
    message: (m) => said('causes.values.notAllowed', { key: 'default-ipc-mode', value: m[1]! }),
    hint: said('causes.values.ipcHint'),
  },
  {
    pattern: /^(?:default cgroup namespace mode \((.*)\) is invalid|invalid default cgroup namespace \((.*)\))/,
    setting: 'default-cgroupns-mode',
    message: (m) => said('causes.values.notAllowed', { key: 'default-cgroupns-mode', value: m[1] ?? m[2]! }),
    hint: said('causes.values.cgroupnsHint'),
  },
  {
    pattern: /^(?:invalid IP address: (.*)|(.*) is not an ip address)$/,
    setting: 'dns',
    message: (m) => {
      const value = (m[1] ?? m[2]!).trim();
      return said(/:\d+$/.test(value) && /\./.test(value) ? 'causes.values.dnsPort' : 'causes.values.dns', { value });
    },
    hint: said('causes.values.dnsHint'),
  },
  {
    pattern: /^(.*) is not a valid domain$/,
    setting: 'dns-search',
    message: (m) => said('causes.values.dnsSearch', { value: m[1]! }),
    hint: said('causes.values.dnsSearchHint'),
  },
  {
    pattern: /^could not parse GenericResource: (.*)$/,
    setting: 'node-generic-resources',
    message: (m) => said('causes.values.genericResources', { dockerd: m[1]! }),
    hint: said('causes.values.genericResourcesHint'),
  },
  {
    pattern: /^specified default runtime '(.*)' does not exist$/,
    setting: 'default-runtime',
    message: (m) => said('causes.values.defaultRuntime', { value: m[1]! }),
    hint: said('causes.values.defaultRuntimeHint'),
  },
  {
    pattern: /^runtime name '(.*)' is reserved$/,
    setting: 'runtimes',
    message: (m) => said('causes.values.reservedRuntime', { value: m[1]! }),
    hint: said('causes.values.reservedRuntimeHint'),
  },
  {
    pattern: /^runtime (\S+): either a runtimeType or a path must be configured$/,
    setting: 'runtimes',
    message: (m) => said('causes.values.runtimePath', { value: m[1]! }),
    hint: said('causes.values.runtimePathHint'),
  },
  {
    // A runtime with runtimeArgs whose name cannot be its wrapper script's ("", "..", "a/b"):
    // 20.10 writes <data-root>/gen-runtimesNNN/<name>, 23.0+ <data-root>/runtimes/<name>.<digest>.
    pattern:
      /^(?:open (\S*\/gen-runtimes\d+(?:\/\S*)?|\S*\/runtimes\/\S*|\S+)|invalid output path: stat (\S*\/runtimes\/\S*)): (is a directory|no such file or directory)$/,
    setting: 'runtimes',
    message: (m) => said('causes.values.runtimeWrapper', { dockerd: m[0]! }),
    hint: said('causes.values.runtimeWrapperHint'),
  },
  {
    // 25.0+ set the runtimes up at start: a path runtime with options, a shim with args, both kinds at once.
    pattern:
      /^runtime (\S+): (options cannot be used with a path runtime|args cannot be used with a runtimeType runtime|cannot configure both path and runtimeType for the same runtime)$/,
    setting: 'runtimes',
    message: (m) => said('causes.values.runtimeShape', { value: m[1]!, dockerd: m[2]! }),
    hint: said('causes.values.runtimeShapeHint'),
  },
  {
    pattern: /^(?:invalid exec-opt \((.*?)\)|native\.cgroupdriver option (\S+) not supported)/,
    setting: 'exec-opts',
    message: (m) => said('causes.values.execOpt', { value: m[1] ?? `native.cgroupdriver=${m[2]}` }),
    hint: said('causes.values.execOptHint'),
  },
  {
    pattern: /^failed to set log opts: (?:failed to set log opts: )?error looking up logging plugin (\S+):/,
    setting: 'log-driver',
    message: (m) => said('causes.values.logDriver', { value: m[1]! }),
    hint: said('causes.values.logDriverHint'),
  },
  {
    pattern:
      /^failed to set log opts: (?:failed to set log opts: )?unknown log opt '(.*)' for (?:(\S+) log driver|log driver (\S+))$/,
    setting: 'log-opts',
    message: (m) => said('causes.values.logOpt', { option: m[1]!, driver: m[2] ?? m[3]! }),
    hint: said('causes.values.logOptHint'),
  },
  {
    pattern: /^failed to set log opts: (?:failed to set log opts: )?(.*)$/,
    setting: 'log-opts',
    message: (m) => said('causes.values.logOpts', { dockerd: m[1]! }),
    hint: said('causes.values.logOptsHint'),
  },
  {
    pattern: /^opening seccomp profile \((.*)\) failed: (.*)$/,
    setting: 'seccomp-profile',
    message: (m) => said('causes.values.seccomp', { path: m[1]!, dockerd: m[2]! }),
    hint: said('causes.values.seccompHint'),
  },
  {
    pattern: /^invalid (?:size: ['"](.*)['"]|suffix: '(.*)')$/,
    setting: 'default-shm-size',
    message: (m) => said('causes.values.shmSize', { value: m[1] ?? m[2]! }),
    hint: said('causes.values.shmSizeHint'),
  },
  {
    // The network controller splitting default-address-pools: a size that does not fit its base.
    pattern:
      /^Error initializing network controller: error obtaining controller instance: ((?:could not construct local address space: )?network at index \d+ .*|invalid pools size: .*)$/,
    setting: 'default-address-pools',
    message: (m) => said('causes.values.poolSize', { dockerd: m[1]! }),
    hint: said('causes.values.poolHint'),
  },
  {
    // The default gateway is an auxiliary address of the default bridge's pool (20.10–23.0: "Error creating").
    pattern:
      /^Error initializing network controller: [Ee]rror creating default "bridge" network: auxiliary address: \(DefaultGatewayIPv(4|6):(.*)\) must belong to the master pool: (.*)$/,
    setting: (m) => (m[1] === '4' ? 'default-gateway' : 'default-gateway-v6'),
    message: (m) =>
      said('causes.values.gatewayOutside', {
        key: m[1] === '4' ? 'default-gateway' : 'default-gateway-v6',
        value: m[2]!,
        pool: m[3]!,
      }),
    hint: said('causes.values.gatewayOutsideHint'),
  },
  {
    // builder.history.maxAge (buildkit's Duration) while daemon.json is decoded.
    pattern: /^invalid duration (.*)$/,
    setting: 'builder',
    message: (m) => said('causes.values.historyMaxAge', { value: m[1]! }),
    hint: said('causes.values.historyMaxAgeHint'),
  },
  {
    // A negative builder.history.maxEntries: BuildKit slices records[maxEntries:] as it starts.
    pattern: /^panic: runtime error: slice bounds out of range \[(-\d+):\]$/,
    setting: 'builder',
    message: (m) => said('causes.values.historyPanic', { value: m[1]! }),
    hint: said('causes.values.historyPanicHint'),
  },
  {
    pattern: /^(?:netip\.ParsePrefix\("(.*?)"\)|.*invalid base pool "(.*?)"): (.*)$/,
    setting: 'default-address-pools',
    message: (m) => said('causes.values.pool', { value: m[1] ?? m[2]! }),
    hint: said('causes.values.poolHint'),
  },
  {
    pattern: /^error initializing graphdriver: (?:.*: )?[Uu]nknown option (\S+?)(?: for (\w+))?(?:: \w+)?$/,
    setting: 'storage-opts',
    message: (m) =>
      m[2] !== undefined
        ? said('causes.values.storageOpt', { option: m[1]!, driver: m[2] })
        : said('causes.values.storageOptConfigured', { option: m[1]! }),
    hint: said('causes.values.storageOptHint'),
  },
  {
    // Config validation (28.0+); an empty string counts as the IPv6 one.
    pattern: /^only one (IPv4|IPv6) host gateway IP address can be specified$/,
    setting: 'host-gateway-ips',
    message: (m) => said('causes.values.hostGatewayTwice', { family: m[1]! }),
    hint: said('causes.values.hostGatewayTwiceHint'),
  },
  {
    pattern: /^host-gateway-ip and host-gateway-ips must not both be specified/,
    setting: 'host-gateway-ip',
    message: () => said('causes.values.hostGateway'),
    hint: said('causes.values.hostGatewayHint'),
  },
  {
    pattern: /^cannot specify both "(?:--)?graph" and "(?:--)?data-root"/,
    setting: 'graph',
    message: () => said('causes.values.graph'),
    hint: said('causes.values.graphHint'),
  },
  {
    pattern: /^group (\S+) not found$/,
    setting: 'group',
    message: (m) => said('causes.values.group', { group: m[1]! }),
    hint: (m) => said('causes.values.groupHint', { group: m[1]! }),
  },
  {
    pattern: /^strconv\.Parse(?:Bool|Int|Uint|Float): parsing "(.*)": invalid syntax$/,
    setting: () => '',
    message: (m) => said('causes.values.strconv', { value: m[1]! }),
    hint: said('causes.values.strconvHint'),
  },
  {
    pattern: /^invalid cluster configuration\. (.*)$/,
    setting: 'cluster-advertise',
    message: (m) => said('causes.values.cluster', { dockerd: m[1]! }),
    hint: said('causes.values.clusterHint'),
  },
];

export const valueRules: readonly Rule[] = rulesOf(ROWS, true);
