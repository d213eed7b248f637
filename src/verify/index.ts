// Proving the running daemon uses the configuration: which endpoints it must answer on, what
// /info must show, asking it, and what differs.
export { endpointsFor, type Endpoint, type EndpointEnv, type EndpointTls } from './endpoints.js';
export { expectedState, type ExpectedState } from './expect.js';
export { compareWithInfo, describeDifference, type Difference } from './compare.js';
export { parseInfo, type DaemonInfo, type IndexInfo } from './info.js';
export {
  daemonInfo,
  firstDaemonInfo,
  ping,
  runningContainers,
  waitForDaemon,
  type InfoResult,
  type PingResult,
  type ProbeCtx,
  type WaitOptions,
  type WaitResult,
} from './probe.js';
