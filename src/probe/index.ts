// Registries and mirrors over the network: is it a registry, how fast, what TLS and auth say.
export { insecureDiagnostics, mirrorDiagnostics } from './diagnostics.js';
export { probeInsecureRegistry } from './insecure.js';
export { probeRegistry, v2Url } from './registry.js';
export { DEFAULT_RANGE_BYTES, measureThroughput, repositoryOf, type Throughput } from './throughput.js';
export { certsDirFor, registryTrust, trustFor } from './trust.js';
export type { AuthOutcome, InsecureProbe, ProbeCtx, RegistryProbe } from './types.js';
export { rankMirrors, type Ranked } from './rank.js';
export { compareDigests, digestDiagnostics, digestMatches } from './digests.js';
export type { DigestCheck, DigestReference, ManifestAnswer, MirrorPlace } from './digests.js';
export { manifestDigest } from './manifest-digest.js';
