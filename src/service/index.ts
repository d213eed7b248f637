export { chooseDriver, detectManager, type DriverOptions } from './detect.js';
export { livePid } from './pid-and-log.js';
export type { LogMark, ManagerKind, ServiceDriver, ServiceStatus, Step, UnitState } from './types.js';
