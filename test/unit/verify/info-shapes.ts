// GET /info as real daemons answered it (captured from Debian's 20.10.24, 26.1.5 and 28.5.2
// builds on this machine), trimmed to the fields we compare.
//
// FULL: daemon.json with
//   "registry-mirrors": ["https://mirror.example.com", "http://10.0.0.5:5000/", "https://mirror.example.com/"],
//   "insecure-registries": ["10.1.2.3/8", "registry.local:5000", "http://r2.local", "index.docker.io", "docker.io", "fd00::/8", "10.0.0.0/8"],
//   "labels": ["a=1", "b=2", "a=1"], "debug": true, "live-restore": true
// EMPTY: daemon.json {}.
import type { DaemonInfo } from '../../../src/verify/index.js';

export const FULL_SETTINGS = {
  'registry-mirrors': ['https://mirror.example.com', 'http://10.0.0.5:5000/', 'https://mirror.example.com/'],
  'insecure-registries': [
    '10.1.2.3/8',
    'registry.local:5000',
    'http://r2.local',
    'index.docker.io',
    'docker.io',
    'fd00::/8',
    '10.0.0.0/8',
  ],
  labels: ['a=1', 'b=2', 'a=1'],
  debug: true,
  'live-restore': true,
};

const MIRRORS = ['https://mirror.example.com/', 'http://10.0.0.5:5000/'];
const insecureIndex = (name: string) => ({ Name: name, Mirrors: [], Secure: false, Official: false });
const INDEXES = {
  'docker.io': { Name: 'docker.io', Mirrors: MIRRORS, Secure: true, Official: true },
  'index.docker.io': insecureIndex('index.docker.io'),
  'r2.local': insecureIndex('r2.local'),
  'registry.local:5000': insecureIndex('registry.local:5000'),
};

export const FULL: Record<string, DaemonInfo> = {
  '20.10.24': {
    Debug: true,
    Labels: ['a=1', 'b=2'],
    LiveRestoreEnabled: true,
    RegistryConfig: {
      InsecureRegistryCIDRs: ['10.0.0.0/8', 'fd00::/8', '127.0.0.0/8'],
      IndexConfigs: INDEXES,
      Mirrors: MIRRORS,
    },
  },
  '26.1.5': {
    Debug: true,
    Labels: ['a=1', 'b=2'],
    LiveRestoreEnabled: true,
    RegistryConfig: {
      InsecureRegistryCIDRs: ['10.0.0.0/8', 'fd00::/8', '127.0.0.0/8'],
      IndexConfigs: INDEXES,
      Mirrors: MIRRORS,
    },
  },
  // Labels come out of a map: this run printed them as b=2, a=1.
  '28.5.2': {
    Debug: true,
    Labels: ['b=2', 'a=1'],
    LiveRestoreEnabled: true,
    RegistryConfig: {
      IndexConfigs: INDEXES,
      InsecureRegistryCIDRs: ['10.0.0.0/8', 'fd00::/8', '::1/128', '127.0.0.0/8'],
      Mirrors: MIRRORS,
    },
  },
  // 29.x builds the CIDR list from a map (moby-daemon-config.md §3.3): any order.
  '29.7.2': {
    Debug: true,
    Labels: ['a=1', 'b=2'],
    LiveRestoreEnabled: true,
    RegistryConfig: {
      IndexConfigs: INDEXES,
      InsecureRegistryCIDRs: ['127.0.0.0/8', '10.0.0.0/8', '::1/128', 'fd00::/8'],
      Mirrors: MIRRORS,
    },
  },
};

const hubOnly = { 'docker.io': { Name: 'docker.io', Mirrors: [], Secure: true, Official: true } };

export const EMPTY: Record<string, DaemonInfo> = {
  '20.10.24': {
    Debug: false,
    Labels: [],
    LiveRestoreEnabled: false,
    RegistryConfig: { InsecureRegistryCIDRs: ['127.0.0.0/8'], IndexConfigs: hubOnly, Mirrors: [] },
  },
  '26.1.5': {
    Debug: false,
    Labels: [],
    LiveRestoreEnabled: false,
    RegistryConfig: { InsecureRegistryCIDRs: ['127.0.0.0/8'], IndexConfigs: hubOnly, Mirrors: null },
  },
  '28.5.2': {
    Debug: false,
    Labels: [],
    LiveRestoreEnabled: false,
    RegistryConfig: { IndexConfigs: hubOnly, InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'], Mirrors: null },
  },
  '29.7.2': {
    Debug: false,
    Labels: [],
    LiveRestoreEnabled: false,
    RegistryConfig: { IndexConfigs: hubOnly, InsecureRegistryCIDRs: ['127.0.0.0/8', '::1/128'], Mirrors: null },
  },
};
