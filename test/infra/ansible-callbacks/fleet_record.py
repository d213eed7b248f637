# fleet_record: an Ansible callback for test/daemon/ansible-fleet.test.ts. It records every task
# result of a run, one JSON object per line, in the file named by $FLEET_RECORD (the stdout callback
# stays the default one, so its output, --diff included, is what a user sees), and the PLAY RECAP
# numbers of each host as a last line {"recap": {host: {ok, changed, failures, ...}}} (playbooks
# only: ad-hoc `ansible` sends no stats). Enabled with ANSIBLE_CALLBACK_PLUGINS=<this dir>
# ANSIBLE_CALLBACKS_ENABLED=fleet_record (ad-hoc also ANSIBLE_LOAD_CALLBACK_PLUGINS=1).
from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = '''
    name: fleet_record
    type: aggregate
    short_description: every task result as JSON lines in $FLEET_RECORD (tests only)
    description: One line per task result and host, then the recap of every host.
    requirements: [FLEET_RECORD in the environment]
'''

import json
import os

from ansible.module_utils.common.json import AnsibleJSONEncoder
from ansible.plugins.callback import CallbackBase


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = 'aggregate'
    CALLBACK_NAME = 'fleet_record'
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super(CallbackModule, self).__init__()
        path = os.environ.get('FLEET_RECORD')
        if not path:
            raise ValueError('fleet_record: FLEET_RECORD (the file to write) is not set')
        self._out = open(path, 'a')

    def _write(self, obj):
        self._out.write(json.dumps(obj, cls=AnsibleJSONEncoder, sort_keys=True) + '\n')
        self._out.flush()

    def _record(self, status, result):
        self._write({
            'host': result._host.get_name(),
            'task': result._task.get_name(),
            'action': result._task.action,
            'status': status,
            'result': result._result,
        })

    def v2_runner_on_ok(self, result):
        self._record('changed' if result._result.get('changed') else 'ok', result)

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._record('ignored' if ignore_errors else 'failed', result)

    def v2_runner_on_skipped(self, result):
        self._record('skipped', result)

    def v2_runner_on_unreachable(self, result):
        self._record('unreachable', result)

    def v2_playbook_on_stats(self, stats):
        self._write({'recap': dict((h, stats.summarize(h)) for h in sorted(stats.processed.keys()))})
