import { describe, expect, it } from 'vitest';
import { check } from './check.js';

const TYPICAL = `{
  "registry-mirrors": ["https://mirror.example.com"],
  "insecure-registries": ["registry.internal:5000", "10.0.0.0/8"],
  "exec-opts": ["native.cgroupdriver=systemd"],
  "log-driver": "json-file",
  "log-opts": { "max-size": "100m", "max-file": "3" },
  "storage-driver": "overlay2",
  "live-restore": true,
  "default-address-pools": [{ "base": "172.80.0.0/16", "size": 24 }],
  "features": { "buildkit": true }
}
`;

describe("a typical daemon.json under Debian's unit", () => {
  it.each(['20.10.24', '26.1.5', '28.5.2', '29.7.2'])('draws no diagnostic at all on %s', (engine) => {
    const ds = check(TYPICAL, { engine, args: '-H fd:// --containerd=/run/containerd/containerd.sock', values: true });
    expect(ds.map((d) => `${d.id}: ${d.message}`)).toEqual([]);
  });
});
