/**
 * Value rules: what dockerd of a given engine version refuses (errors) or accepts but will
 * regret (warnings) in the *values* of its settings, once the validator core has parsed,
 * flattened and type-checked them. Each problem carries dockerd's own error line for that
 * version in `dockerd` (`withFilePrefix` says whether "unable to configure the Docker
 * daemon with file <path>: " comes first).
 *
 * Pure normalisers for the edit commands (no I/O; `engine` picks the version's rules):
 *
 * - `normalizeMirror(url, engine)` → `{ok: true, value, warning?}` with the form dockerd stores
 *   (one trailing "/" stripped, "/" appended) | `{ok: false, reason}` with dockerd's message,
 *   password masked.
 * - `normalizeMirrorList(urls, engine)` → `{value, duplicates}`: dockerd's de-duplication.
 * - `normalizeInsecureRegistry(entry, engine)` → `{ok: true, value, kind: 'cidr'|'host', warning?}`
 *   (CIDRs become their network address; an http:// or https:// prefix is stripped with
 *   dockerd's warning) | `{ok: false, reason}`.
 * - `defaultInsecureCIDRs(engine)`: what dockerd adds on its own (127.0.0.0/8, and ::1/128 on 28+).
 * - `parseDaemonHost(addr, engine, {tls?})` → `{ok: true, proto, address, normalized, hostname?,
 *   portGiven?, listenError?}` | `{ok: false, reason}`; `defaultHost(tls)`.
 * - `isLoopbackHost(hostname)`: "localhost" or a loopback IP (no 15 s TCP slow-down).
 * - `tlsState(settings)` → `{enabled, verify, explicit, viaFlag}` from the merged settings.
 * - `maskPassword(url)`: "scheme://user:xxxxx@host…" for anything shown to people.
 */
import { addressPoolsRule } from './network/address-pools.js';
import { bridgeRule } from './network/bridge.js';
import { bridgeAcceptFwmarkRule, firewallBackendRule } from './network/firewall.js';
import { hostGatewayIpsRule } from './network/host-gateway.js';
import { builderRule } from './daemon/builder.js';
import { cgroupParentRule, containerdNamespaceRule, cpuRealtimeRule, featuresRule } from './daemon/daemon-settings.js';
import { dnsRule, dnsSearchRule } from './daemon/dns.js';
import { execOptsRule } from './daemon/exec-opts.js';
import { genericResourcesRule } from './daemon/generic-resources.js';
import { seccompProfileRule, userlandProxyRule } from './daemon/host-paths.js';
import { labelsRule } from './daemon/labels.js';
import { limitsRule } from './daemon/limits.js';
import { metricsAddrRule } from './daemon/metrics-addr.js';
import { minApiVersionRule } from './daemon/min-api-version.js';
import { defaultCgroupnsModeRule, defaultIpcModeRule } from './daemon/modes.js';
import { removedOptionsRule } from './daemon/removed-options.js';
import { runtimesRule } from './daemon/runtimes.js';
import { shmSizeRule } from './daemon/shm-size.js';
import { groupRule } from './hosts/group-rule.js';
import { authzPluginsRule } from './host/authz-plugins.js';
import { runtimePathsRule, userlandProxyExecRule } from './host/executables.js';
import { usernsRemapRule } from './host/userns-remap.js';
import { hostsRule } from './hosts/hosts-rule.js';
import { logLevelRule, logFormatRule } from './logging/daemon-log.js';
import { logOptsRule } from './logging/log-opts-rule.js';
import { nondistributableRule } from './registry/nondistributable.js';
import { insecureRegistriesRule, registryMirrorsRule } from './registry/registry-rules.js';
import { storageRule } from './storage/storage-rule.js';
import { tlsRule } from './tls/tls-rule.js';
import type { ValueContext, ValueProblem, ValueRule } from './types.js';

export const valueRules: ValueRule[] = [
  nondistributableRule,
  registryMirrorsRule,
  insecureRegistriesRule,
  hostsRule,
  tlsRule,
  groupRule,
  usernsRemapRule,
  authzPluginsRule,
  labelsRule,
  dnsRule,
  dnsSearchRule,
  logLevelRule,
  logFormatRule,
  logOptsRule,
  limitsRule,
  defaultIpcModeRule,
  defaultCgroupnsModeRule,
  execOptsRule,
  runtimesRule,
  genericResourcesRule,
  shmSizeRule,
  addressPoolsRule,
  bridgeRule,
  hostGatewayIpsRule,
  firewallBackendRule,
  bridgeAcceptFwmarkRule,
  seccompProfileRule,
  userlandProxyRule,
  userlandProxyExecRule,
  runtimePathsRule,
  cgroupParentRule,
  containerdNamespaceRule,
  cpuRealtimeRule,
  featuresRule,
  removedOptionsRule,
  storageRule,
  builderRule,
  metricsAddrRule,
  minApiVersionRule,
];

/** Run every rule whose keys are set (what the validator core does), in order. */
export function checkValues(ctx: ValueContext, rules: readonly ValueRule[] = valueRules): ValueProblem[] {
  return rules.filter((r) => r.keys.some((k) => ctx.settings.has(k))).flatMap((r) => r.check(ctx));
}

export { normalizeMirror, normalizeMirrorList, maskPassword, type MirrorResult } from './registry/mirror.js';
export {
  normalizeInsecureRegistry,
  defaultInsecureCIDRs,
  type InsecureRegistryResult,
} from './registry/insecure-registry.js';
export {
  parseDaemonHost,
  defaultHost,
  isLoopbackHost,
  type DaemonHostResult,
  type ParsedDaemonHost,
  type HostProto,
} from './hosts/daemon-host.js';
export { tlsState, type TlsState } from './tls/tls-state.js';
export type { Setting, ValueContext, ValueProblem, ValueRule } from './types.js';
