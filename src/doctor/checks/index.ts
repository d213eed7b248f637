import type { Check } from '../types.js';
import { configEnvFile } from './config-env-file.js';
import { configFlavour } from './config-flavour.js';
import { configValidation } from './config-validation.js';
import { networkInsecureRegistries } from './network-insecure-registries.js';
import { networkMirrors } from './network-mirrors.js';
import { networkProxy } from './network-proxy.js';
import { networkRegistries } from './network-registries.js';
import { networkRegistryHosts } from './network-registry-hosts.js';
import { networkSockets } from './network-sockets.js';
import { securityCredentials } from './security-credentials.js';
import { securityFiles } from './security-files.js';
import { securityInsecureRegistries } from './security-insecure-registries.js';
import { securityListeners } from './security-listeners.js';
import { securityTlsKeys } from './security-tls-keys.js';
import { serviceApplied } from './service-applied.js';
import { serviceStartLimit } from './service-start-limit.js';
import { serviceState } from './service-state.js';
import { serviceUnitReload } from './service-unit-reload.js';

/** Every check, in the order doctor prints them (by group, then as listed). */
export const CHECKS: readonly Check[] = [
  configValidation,
  configEnvFile,
  configFlavour,
  serviceState,
  serviceStartLimit,
  serviceUnitReload,
  serviceApplied,
  networkSockets,
  networkMirrors,
  networkInsecureRegistries,
  networkProxy,
  networkRegistries,
  networkRegistryHosts,
  securityListeners,
  securityInsecureRegistries,
  securityFiles,
  securityTlsKeys,
  securityCredentials,
];
