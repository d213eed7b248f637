// What doctor's registry checks judge: the image store (the running daemon's answer, else
// daemon.json's feature, else the engine's default), and for Docker Hub and every certs.d
// directory the endpoints a pull tries under that store, with the hosts.toml reading they came
// from. Pure: the same functions `registry list` uses, over the facts.
import { said, type Said } from '../../i18n/said.js';
import { atLeast, formatVersion, type EngineVersion } from '../../engine/version.js';
import { imageStore, type StoreChoice } from '../../registries/endpoints.js';
import { registryReadings, type RegistryReading } from '../../registries/report.js';
import type { Facts } from '../facts.js';

export interface RegistryPlan {
  store: StoreChoice;
  /** The store reads hosts.toml for pulls: containerd's, from dockerd 28. */
  readsHostsToml: boolean;
  mirrors: string[];
  registries: RegistryReading[];
}

export const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The image store, decided as dockerd decides it, with how we know. */
export function storeOf(facts: Pick<Facts, 'state' | 'settings' | 'daemon'>): StoreChoice {
  const features = facts.settings.get('features')?.value;
  const driverStatus = facts.daemon.info?.DriverStatus;
  return imageStore({
    engine: facts.state.engine.version,
    ...(isRecord(features) ? { features } : {}),
    ...(Array.isArray(driverStatus) ? { driverStatus } : {}),
  });
}

/** The store in words, for a finding: which one, how we know, and the engine version. */
export const storeSaid = (store: StoreChoice, engine: EngineVersion): Said =>
  said('doctor.registries.store', { store: store.store, from: store.from, version: formatVersion(engine) });

export function registryPlan(facts: Pick<Facts, 'state' | 'settings' | 'daemon' | 'registryDirs'>): RegistryPlan {
  const engine = facts.state.engine.version;
  const store = storeOf(facts);
  const mirrors = stringsOf(facts.settings.get('registry-mirrors')?.value);
  return {
    store,
    readsHostsToml: store.store === 'containerd' && atLeast(engine, '28.0.0'),
    mirrors,
    registries: registryReadings({ engine, store: store.store, mirrors, dirs: facts.registryDirs }),
  };
}
