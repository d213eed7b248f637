# -*- coding: utf-8 -*-
# The options every module of this collection passes to the dockerd-config CLI unchanged
# (module_utils/cli.py GLOBAL_ARGUMENT_SPEC), documented once.


class ModuleDocFragment(object):
    DOCUMENTATION = r'''
options:
  binary:
    description:
      - The C(dockerd-config) executable on the managed host, a path or a name looked up on C(PATH).
    type: str
    default: dockerd-config
  root:
    description:
      - Resolve every default path (C(/etc/docker/daemon.json), units, backups, lock) under this
        directory (C(--root)); for tests and chroots.
    type: path
  config_file:
    description:
      - The C(daemon.json) to read and manage (C(--config-file)); default is detected.
    type: path
  engine_version:
    description:
      - The dockerd version whose rules apply, C(X.Y[.Z]) (C(--engine-version)); default is detected.
    type: str
  daemon_args:
    description:
      - The dockerd flags to check against instead of reading them from the unit, drop-ins and
        C(/etc/default/docker) (C(--daemon-args)); the empty string means none.
    type: str
'''
