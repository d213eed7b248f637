import { describe, expect, it } from 'vitest';
import { editDaemonJson, type DaemonJsonChange } from '../../../src/targets/daemon-json.js';

/** Mirrors compare equal when they differ only by a trailing slash (as dockerd normalises them). */
const sameMirror = (a: unknown, b: unknown): boolean => String(a).replace(/\/+$/, '') === String(b).replace(/\/+$/, '');

interface Case {
  name: string;
  before: string | null;
  change: DaemonJsonChange | DaemonJsonChange[];
  after: string;
}

const M = 'registry-mirrors';

const cases: Case[] = [
  // ── new and empty files ──────────────────────────────────────────────
  {
    name: 'missing file: set creates it',
    before: null,
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug": true\n}\n',
  },
  {
    name: 'missing file: array value',
    before: null,
    change: { op: 'add-elements', key: M, values: ['https://m.example'] },
    after: '{\n  "registry-mirrors": [\n    "https://m.example"\n  ]\n}\n',
  },
  {
    name: 'missing file: nested key',
    before: null,
    change: { op: 'set', key: ['log-opts', 'max-size'], value: '10m' },
    after: '{\n  "log-opts": {\n    "max-size": "10m"\n  }\n}\n',
  },
  {
    name: 'empty file',
    before: '',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug": true\n}\n',
  },
  {
    name: 'whitespace-only file',
    before: '\n\n',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug": true\n}\n',
  },
  {
    name: 'top-level null is {}',
    before: 'null\n',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug": true\n}\n',
  },
  {
    name: 'insert into {}',
    before: '{}',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug": true\n}',
  },
  {
    name: 'insert into {} with final newline',
    before: '{}\n',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug": true\n}\n',
  },
  {
    name: 'insert into {\\n}',
    before: '{\n}\n',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug": true\n}\n',
  },
  {
    name: 'insert into { } (spaces)',
    before: '{ }\n',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug": true\n}\n',
  },
  {
    name: 'insert into CRLF {}',
    before: '{\r\n}\r\n',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\r\n  "debug": true\r\n}\r\n',
  },

  // ── set: insert a key ────────────────────────────────────────────────
  {
    name: 'append key, 2 spaces',
    before: '{\n  "debug": true\n}\n',
    change: { op: 'set', key: 'mtu', value: 1400 },
    after: '{\n  "debug": true,\n  "mtu": 1400\n}\n',
  },
  {
    name: 'append key, 4 spaces',
    before: '{\n    "debug": true\n}\n',
    change: { op: 'set', key: 'mtu', value: 1400 },
    after: '{\n    "debug": true,\n    "mtu": 1400\n}\n',
  },
  {
    name: 'append key, tabs',
    before: '{\n\t"debug": true\n}\n',
    change: { op: 'set', key: 'mtu', value: 1400 },
    after: '{\n\t"debug": true,\n\t"mtu": 1400\n}\n',
  },
  {
    name: 'append key, CRLF',
    before: '{\r\n  "debug": true\r\n}\r\n',
    change: { op: 'set', key: 'mtu', value: 1400 },
    after: '{\r\n  "debug": true,\r\n  "mtu": 1400\r\n}\r\n',
  },
  {
    name: 'append key, no final newline',
    before: '{\n  "debug": true\n}',
    change: { op: 'set', key: 'mtu', value: 1400 },
    after: '{\n  "debug": true,\n  "mtu": 1400\n}',
  },
  {
    name: 'append key, one-line object',
    before: '{"debug":true}',
    change: { op: 'set', key: 'mtu', value: 1400 },
    after: '{"debug":true,"mtu":1400}',
  },
  {
    name: 'append key, one-line object with spaces',
    before: '{"debug": true, "mtu": 1400}\n',
    change: { op: 'set', key: 'ipv6', value: false },
    after: '{"debug": true, "mtu": 1400, "ipv6": false}\n',
  },
  {
    name: 'append key, padded one-line object',
    before: '{ "debug": true }\n',
    change: { op: 'set', key: 'mtu', value: 1400 },
    after: '{ "debug": true, "mtu": 1400 }\n',
  },
  {
    name: 'append array to one-line object stays on one line',
    before: '{"debug": true}\n',
    change: { op: 'set', key: M, value: ['https://a', 'https://b'] },
    after: '{"debug": true, "registry-mirrors": ["https://a", "https://b"]}\n',
  },
  {
    name: 'append array value multi-line',
    before: '{\n  "debug": true\n}\n',
    change: { op: 'set', key: M, value: ['https://a', 'https://b'] },
    after: '{\n  "debug": true,\n  "registry-mirrors": [\n    "https://a",\n    "https://b"\n  ]\n}\n',
  },
  {
    name: 'array value follows a file whose arrays are one-line',
    before: '{\n  "dns": ["8.8.8.8"]\n}\n',
    change: { op: 'set', key: M, value: ['https://a', 'https://b'] },
    after: '{\n  "dns": ["8.8.8.8"],\n  "registry-mirrors": ["https://a", "https://b"]\n}\n',
  },
  {
    name: 'object value, 4 spaces',
    before: '{\n    "debug": true\n}\n',
    change: { op: 'set', key: 'log-opts', value: { 'max-size': '10m', 'max-file': '3' } },
    after: '{\n    "debug": true,\n    "log-opts": {\n        "max-size": "10m",\n        "max-file": "3"\n    }\n}\n',
  },
  {
    name: 'object value, tabs',
    before: '{\n\t"debug": true\n}\n',
    change: { op: 'set', key: 'log-opts', value: { 'max-size': '10m' } },
    after: '{\n\t"debug": true,\n\t"log-opts": {\n\t\t"max-size": "10m"\n\t}\n}\n',
  },
  {
    name: 'empty object and array values',
    before: '{\n  "debug": true\n}\n',
    change: [
      { op: 'set', key: 'log-opts', value: {} },
      { op: 'set', key: 'dns', value: [] },
    ],
    after: '{\n  "debug": true,\n  "log-opts": {},\n  "dns": []\n}\n',
  },
  {
    name: 'minified colon kept',
    before: '{\n  "debug":true\n}\n',
    change: { op: 'set', key: 'mtu', value: 1400 },
    after: '{\n  "debug":true,\n  "mtu":1400\n}\n',
  },
  {
    name: 'key order kept, new key last',
    before: '{\n  "b": 1,\n  "a": 2\n}\n',
    change: { op: 'set', key: 'c', value: 3 },
    after: '{\n  "b": 1,\n  "a": 2,\n  "c": 3\n}\n',
  },
  {
    name: 'string with unicode and quotes',
    before: '{}\n',
    change: { op: 'set', key: 'labels', value: ['名前="x"'] },
    after: '{\n  "labels": [\n    "名前=\\"x\\""\n  ]\n}\n',
  },
  {
    name: 'irregular spacing elsewhere untouched',
    before: '{\n  "debug" :   true ,\n  "mtu":1400\n}\n',
    change: { op: 'set', key: 'ipv6', value: true },
    after: '{\n  "debug" :   true ,\n  "mtu":1400,\n  "ipv6" :   true\n}\n',
  },

  // ── set: replace a value ─────────────────────────────────────────────
  {
    name: 'replace scalar',
    before: '{\n  "debug": false,\n  "mtu": 1400\n}\n',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug": true,\n  "mtu": 1400\n}\n',
  },
  {
    name: 'replace scalar with object',
    before: '{\n  "a": 1,\n  "b": 2\n}\n',
    change: { op: 'set', key: 'a', value: { x: 1 } },
    after: '{\n  "a": {\n    "x": 1\n  },\n  "b": 2\n}\n',
  },
  {
    name: 'replace in one-line object',
    before: '{"debug": false, "mtu": 1400}',
    change: { op: 'set', key: 'debug', value: true },
    after: '{"debug": true, "mtu": 1400}',
  },
  {
    name: 'replace null',
    before: '{\n  "debug": null\n}\n',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug": true\n}\n',
  },
  {
    name: 'same value: unchanged bytes',
    before: '{\n  "debug" :true\n}',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "debug" :true\n}',
  },
  {
    name: 'same object in another key order: unchanged',
    before: '{"log-opts": {"b": "1", "a": "2"}}',
    change: { op: 'set', key: 'log-opts', value: { a: '2', b: '1' } },
    after: '{"log-opts": {"b": "1", "a": "2"}}',
  },
  {
    name: 'nested set into existing object',
    before: '{\n  "log-opts": {\n    "max-size": "10m"\n  }\n}\n',
    change: { op: 'set', key: ['log-opts', 'max-file'], value: '3' },
    after: '{\n  "log-opts": {\n    "max-size": "10m",\n    "max-file": "3"\n  }\n}\n',
  },
  {
    name: 'nested set into empty object',
    before: '{\n  "log-opts": {}\n}\n',
    change: { op: 'set', key: ['log-opts', 'max-file'], value: '3' },
    after: '{\n  "log-opts": {\n    "max-file": "3"\n  }\n}\n',
  },
  {
    name: 'nested set into null object',
    before: '{\n  "log-opts": null\n}\n',
    change: { op: 'set', key: ['log-opts', 'max-file'], value: '3' },
    after: '{\n  "log-opts": {\n    "max-file": "3"\n  }\n}\n',
  },
  {
    name: 'nested replace',
    before: '{"log-opts": {"max-size": "10m"}}\n',
    change: { op: 'set', key: ['log-opts', 'max-size'], value: '20m' },
    after: '{"log-opts": {"max-size": "20m"}}\n',
  },
  {
    name: 'unicode-escaped key matches',
    before: '{\n  "\\u0064ebug": false\n}\n',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "\\u0064ebug": true\n}\n',
  },
  {
    name: 'duplicate key: earlier one removed, last one set',
    before: '{\n  "debug": "yes",\n  "mtu": 1400,\n  "debug": false\n}\n',
    change: { op: 'set', key: 'debug', value: true },
    after: '{\n  "mtu": 1400,\n  "debug": true\n}\n',
  },

  {
    name: 'nested one-line object stays one-line',
    before: '{\n  "log-opts": {"max-size": "10m"}\n}\n',
    change: { op: 'set', key: ['log-opts', 'max-file'], value: '3' },
    after: '{\n  "log-opts": {"max-size": "10m", "max-file": "3"}\n}\n',
  },
  {
    name: 'object element appended to a multi-line array',
    before: '{\n  "default-address-pools": [\n    {\n      "base": "10.10.0.0/16",\n      "size": 24\n    }\n  ]\n}\n',
    change: { op: 'add-elements', key: 'default-address-pools', values: [{ base: '10.20.0.0/16', size: 24 }] },
    after:
      '{\n  "default-address-pools": [\n    {\n      "base": "10.10.0.0/16",\n      "size": 24\n    },\n    {\n      "base": "10.20.0.0/16",\n      "size": 24\n    }\n  ]\n}\n',
  },
  {
    name: 'object element appended to a one-line array',
    before: '{\n  "default-address-pools": [{"base": "10.10.0.0/16", "size": 24}]\n}\n',
    change: { op: 'add-elements', key: 'default-address-pools', values: [{ base: '10.20.0.0/16', size: 24 }] },
    after:
      '{\n  "default-address-pools": [{"base": "10.10.0.0/16", "size": 24}, {"base": "10.20.0.0/16", "size": 24}]\n}\n',
  },
  {
    name: 'array of objects stays multi-line in a file of one-line arrays',
    before: '{\n  "dns": ["1.1.1.1"]\n}\n',
    change: { op: 'set', key: 'default-address-pools', value: [{ base: '10.10.0.0/16', size: 24 }] },
    after:
      '{\n  "dns": ["1.1.1.1"],\n  "default-address-pools": [\n    {\n      "base": "10.10.0.0/16",\n      "size": 24\n    }\n  ]\n}\n',
  },

  // ── remove a key ─────────────────────────────────────────────────────
  {
    name: 'remove first key',
    before: '{\n  "a": 1,\n  "b": 2\n}\n',
    change: { op: 'remove', key: 'a' },
    after: '{\n  "b": 2\n}\n',
  },
  {
    name: 'remove middle key',
    before: '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}\n',
    change: { op: 'remove', key: 'b' },
    after: '{\n  "a": 1,\n  "c": 3\n}\n',
  },
  {
    name: 'remove last key: no dangling comma',
    before: '{\n  "a": 1,\n  "b": 2\n}\n',
    change: { op: 'remove', key: 'b' },
    after: '{\n  "a": 1\n}\n',
  },
  { name: 'remove only key', before: '{\n  "a": 1\n}\n', change: { op: 'remove', key: 'a' }, after: '{}\n' },
  {
    name: 'remove only key, CRLF, no final newline',
    before: '{\r\n  "a": 1\r\n}',
    change: { op: 'remove', key: 'a' },
    after: '{}',
  },
  {
    name: 'remove multi-line value',
    before: '{\n  "a": [\n    1,\n    2\n  ],\n  "b": 2\n}\n',
    change: { op: 'remove', key: 'a' },
    after: '{\n  "b": 2\n}\n',
  },
  {
    name: 'remove from one-line object',
    before: '{"a": 1, "b": 2, "c": 3}',
    change: { op: 'remove', key: 'b' },
    after: '{"a": 1, "c": 3}',
  },
  {
    name: 'remove last from one-line object',
    before: '{"a": 1, "b": 2}',
    change: { op: 'remove', key: 'b' },
    after: '{"a": 1}',
  },
  {
    name: 'remove missing key: unchanged',
    before: '{\n  "a": 1\n}\n',
    change: { op: 'remove', key: 'zzz' },
    after: '{\n  "a": 1\n}\n',
  },
  {
    name: 'remove nested key',
    before: '{\n  "log-opts": {\n    "max-size": "10m",\n    "max-file": "3"\n  }\n}\n',
    change: { op: 'remove', key: ['log-opts', 'max-size'] },
    after: '{\n  "log-opts": {\n    "max-file": "3"\n  }\n}\n',
  },
  {
    name: 'remove every duplicate',
    before: '{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}\n',
    change: { op: 'remove', key: 'a' },
    after: '{\n  "b": 2\n}\n',
  },
  { name: 'remove from missing file: nothing', before: null, change: { op: 'remove', key: 'a' }, after: '' },
  {
    name: 'remove under a missing parent: nothing',
    before: '{"a": 1}',
    change: { op: 'remove', key: ['log-opts', 'x'] },
    after: '{"a": 1}',
  },

  // ── add elements ─────────────────────────────────────────────────────
  {
    name: 'append to multi-line array',
    before: '{\n  "registry-mirrors": [\n    "https://a"\n  ]\n}\n',
    change: { op: 'add-elements', key: M, values: ['https://b'] },
    after: '{\n  "registry-mirrors": [\n    "https://a",\n    "https://b"\n  ]\n}\n',
  },
  {
    name: 'append to one-line array',
    before: '{\n  "registry-mirrors": ["https://a", "https://b"]\n}\n',
    change: { op: 'add-elements', key: M, values: ['https://c'] },
    after: '{\n  "registry-mirrors": ["https://a", "https://b", "https://c"]\n}\n',
  },
  {
    name: 'append to one-element one-line array',
    before: '{"registry-mirrors": ["https://a"]}',
    change: { op: 'add-elements', key: M, values: ['https://b'] },
    after: '{"registry-mirrors": ["https://a", "https://b"]}',
  },
  {
    name: 'append to minified array',
    before: '{"registry-mirrors":["https://a"]}',
    change: { op: 'add-elements', key: M, values: ['https://b'] },
    after: '{"registry-mirrors":["https://a","https://b"]}',
  },
  {
    name: 'append to padded array',
    before: '{"dns": [ "1.1.1.1" ]}',
    change: { op: 'add-elements', key: 'dns', values: ['8.8.8.8'] },
    after: '{"dns": [ "1.1.1.1", "8.8.8.8" ]}',
  },
  {
    name: 'append to aligned continuation array',
    before: '{\n  "dns": ["1.1.1.1",\n          "8.8.8.8"]\n}\n',
    change: { op: 'add-elements', key: 'dns', values: ['9.9.9.9'] },
    after: '{\n  "dns": ["1.1.1.1",\n          "8.8.8.8",\n          "9.9.9.9"]\n}\n',
  },
  {
    name: 'append two',
    before: '{\n  "dns": [\n    "a"\n  ]\n}\n',
    change: { op: 'add-elements', key: 'dns', values: ['b', 'c'] },
    after: '{\n  "dns": [\n    "a",\n    "b",\n    "c"\n  ]\n}\n',
  },
  {
    name: 'append to empty array in multi-line file',
    before: '{\n  "dns": []\n}\n',
    change: { op: 'add-elements', key: 'dns', values: ['a'] },
    after: '{\n  "dns": [\n    "a"\n  ]\n}\n',
  },
  {
    name: 'append to empty array when the file writes arrays on one line',
    before: '{\n  "dns": [],\n  "labels": ["x"]\n}\n',
    change: { op: 'add-elements', key: 'dns', values: ['a'] },
    after: '{\n  "dns": ["a"],\n  "labels": ["x"]\n}\n',
  },
  {
    name: 'append to empty array in one-line object',
    before: '{"dns": []}',
    change: { op: 'add-elements', key: 'dns', values: ['a'] },
    after: '{"dns": ["a"]}',
  },
  {
    name: 'append, tabs',
    before: '{\n\t"dns": [\n\t\t"a"\n\t]\n}\n',
    change: { op: 'add-elements', key: 'dns', values: ['b'] },
    after: '{\n\t"dns": [\n\t\t"a",\n\t\t"b"\n\t]\n}\n',
  },
  {
    name: 'append, CRLF',
    before: '{\r\n  "dns": [\r\n    "a"\r\n  ]\r\n}\r\n',
    change: { op: 'add-elements', key: 'dns', values: ['b'] },
    after: '{\r\n  "dns": [\r\n    "a",\r\n    "b"\r\n  ]\r\n}\r\n',
  },
  {
    name: 'add creates the key',
    before: '{\n  "debug": true\n}\n',
    change: { op: 'add-elements', key: M, values: ['https://a'] },
    after: '{\n  "debug": true,\n  "registry-mirrors": [\n    "https://a"\n  ]\n}\n',
  },
  {
    name: 'add to null key',
    before: '{\n  "dns": null\n}\n',
    change: { op: 'add-elements', key: 'dns', values: ['a'] },
    after: '{\n  "dns": [\n    "a"\n  ]\n}\n',
  },
  {
    name: 'add present element: unchanged',
    before: '{"dns": ["a", "b"]}',
    change: { op: 'add-elements', key: 'dns', values: ['b'] },
    after: '{"dns": ["a", "b"]}',
  },
  {
    name: 'add with caller equality',
    before: '{"registry-mirrors": ["https://a/"]}',
    change: { op: 'add-elements', key: M, values: ['https://a', 'https://b'], same: sameMirror },
    after: '{"registry-mirrors": ["https://a/", "https://b"]}',
  },
  {
    name: 'add duplicate values once',
    before: '{"dns": []}',
    change: { op: 'add-elements', key: 'dns', values: ['a', 'a'] },
    after: '{"dns": ["a"]}',
  },
  {
    name: 'add nothing to missing key: unchanged',
    before: '{"a": 1}',
    change: { op: 'add-elements', key: 'dns', values: [] },
    after: '{"a": 1}',
  },

  // ── remove elements ──────────────────────────────────────────────────
  {
    name: 'remove last element of one-line array',
    before: '{"dns": ["x", "y"]}',
    change: { op: 'remove-elements', key: 'dns', values: ['y'] },
    after: '{"dns": ["x"]}',
  },
  {
    name: 'remove first element of one-line array',
    before: '{"dns": ["x", "y"]}',
    change: { op: 'remove-elements', key: 'dns', values: ['x'] },
    after: '{"dns": ["y"]}',
  },
  {
    name: 'remove middle element',
    before: '{"dns": ["x", "y", "z"]}',
    change: { op: 'remove-elements', key: 'dns', values: ['y'] },
    after: '{"dns": ["x", "z"]}',
  },
  {
    name: 'remove only element',
    before: '{\n  "dns": [\n    "x"\n  ]\n}\n',
    change: { op: 'remove-elements', key: 'dns', values: ['x'] },
    after: '{\n  "dns": []\n}\n',
  },
  {
    name: 'remove last of multi-line array',
    before: '{\n  "dns": [\n    "x",\n    "y"\n  ]\n}\n',
    change: { op: 'remove-elements', key: 'dns', values: ['y'] },
    after: '{\n  "dns": [\n    "x"\n  ]\n}\n',
  },
  {
    name: 'remove first of multi-line array',
    before: '{\n  "dns": [\n    "x",\n    "y"\n  ]\n}\n',
    change: { op: 'remove-elements', key: 'dns', values: ['x'] },
    after: '{\n  "dns": [\n    "y"\n  ]\n}\n',
  },
  {
    name: 'remove several',
    before: '{"dns": ["a", "b", "c", "d"]}',
    change: { op: 'remove-elements', key: 'dns', values: ['a', 'c', 'd'] },
    after: '{"dns": ["b"]}',
  },
  {
    name: 'remove every match of a duplicate',
    before: '{"dns": ["a", "b", "a"]}',
    change: { op: 'remove-elements', key: 'dns', values: ['a'] },
    after: '{"dns": ["b"]}',
  },
  {
    name: 'remove with caller equality',
    before: '{"registry-mirrors": ["https://a/", "https://b"]}',
    change: { op: 'remove-elements', key: M, values: ['https://a'], same: sameMirror },
    after: '{"registry-mirrors": ["https://b"]}',
  },
  {
    name: 'remove and drop the emptied key',
    before: '{\n  "debug": true,\n  "dns": ["a"]\n}\n',
    change: { op: 'remove-elements', key: 'dns', values: ['a'], removeKeyIfEmpty: true },
    after: '{\n  "debug": true\n}\n',
  },
  {
    name: 'removeKeyIfEmpty keeps an array that had nothing to remove',
    before: '{"dns": []}',
    change: { op: 'remove-elements', key: 'dns', values: ['a'], removeKeyIfEmpty: true },
    after: '{"dns": []}',
  },
  {
    name: 'remove absent element: unchanged',
    before: '{"dns": ["a"]}',
    change: { op: 'remove-elements', key: 'dns', values: ['zz'] },
    after: '{"dns": ["a"]}',
  },
  {
    name: 'remove from missing key: unchanged',
    before: '{"a": 1}',
    change: { op: 'remove-elements', key: 'dns', values: ['a'] },
    after: '{"a": 1}',
  },
  {
    name: 'remove CRLF multi-line',
    before: '{\r\n  "dns": [\r\n    "a",\r\n    "b"\r\n  ]\r\n}',
    change: { op: 'remove-elements', key: 'dns', values: ['a'] },
    after: '{\r\n  "dns": [\r\n    "b"\r\n  ]\r\n}',
  },

  // ── replace an array ─────────────────────────────────────────────────
  {
    name: 'replace multi-line array keeps it multi-line',
    before: '{\n  "dns": [\n    "a",\n    "b"\n  ]\n}\n',
    change: { op: 'replace-array', key: 'dns', values: ['c'] },
    after: '{\n  "dns": [\n    "c"\n  ]\n}\n',
  },
  {
    name: 'replace one-line array keeps it one-line',
    before: '{\n  "dns": ["a", "b"]\n}\n',
    change: { op: 'replace-array', key: 'dns', values: ['b', 'a'] },
    after: '{\n  "dns": ["b", "a"]\n}\n',
  },
  {
    name: 'replace with the same array: unchanged',
    before: '{\n  "dns": ["a", "b"]\n}\n',
    change: { op: 'replace-array', key: 'dns', values: ['a', 'b'] },
    after: '{\n  "dns": ["a", "b"]\n}\n',
  },
  {
    name: 'replace with empty',
    before: '{\n  "dns": [\n    "a"\n  ]\n}\n',
    change: { op: 'replace-array', key: 'dns', values: [] },
    after: '{\n  "dns": []\n}\n',
  },
  {
    name: 'replace missing creates',
    before: '{\n  "a": 1\n}\n',
    change: { op: 'replace-array', key: 'dns', values: ['x'] },
    after: '{\n  "a": 1,\n  "dns": [\n    "x"\n  ]\n}\n',
  },

  // ── several changes ──────────────────────────────────────────────────
  {
    name: 'a sequence of changes',
    before: '{\n    "debug": true,\n    "registry-mirrors": ["https://old"]\n}',
    change: [
      { op: 'remove-elements', key: M, values: ['https://old'] },
      { op: 'add-elements', key: M, values: ['https://new'] },
      { op: 'set', key: 'insecure-registries', value: ['10.0.0.0/8'] },
      { op: 'remove', key: 'debug' },
    ],
    after: '{\n    "registry-mirrors": ["https://new"],\n    "insecure-registries": ["10.0.0.0/8"]\n}',
  },
];

describe('editDaemonJson', () => {
  it.each(cases)('$name', ({ before, change, after }) => {
    const changes = Array.isArray(change) ? change : [change];
    const result = editDaemonJson(before, changes);
    expect(result).toMatchObject({ ok: true, text: after, changed: after !== (before ?? '') });
    // Idempotent: applying the same changes to the result changes nothing.
    expect(editDaemonJson(after, changes)).toEqual({ ok: true, text: after, changed: false });
    if (after !== '') expect(() => JSON.parse(after)).not.toThrow();
  });
});

describe('editDaemonJson refuses what only repair may touch', () => {
  const refusals: { name: string; before: string; line: number; column: number }[] = [
    { name: 'line comment', before: '{\n  // mirrors\n  "debug": true\n}\n', line: 2, column: 3 },
    { name: 'block comment', before: '{ /* x */ "debug": true }', line: 1, column: 3 },
    { name: 'trailing comma', before: '{\n  "debug": true,\n}\n', line: 3, column: 1 },
    { name: 'stray closing brace', before: '{\n  "debug": true\n}\n}\n', line: 4, column: 1 },
    { name: 'byte order mark', before: '\uFEFF{"debug": true}', line: 1, column: 1 },
    { name: 'a lone byte order mark', before: '\uFEFF\n', line: 1, column: 1 },
    { name: 'single quotes', before: "{'debug': true}", line: 1, column: 2 },
    { name: 'unquoted key', before: '{debug: true}', line: 1, column: 2 },
    { name: 'missing comma', before: '{\n  "a": 1\n  "b": 2\n}', line: 3, column: 3 },
  ];
  it.each(refusals)('$name', ({ before, line, column }) => {
    const result = editDaemonJson(before, [{ op: 'set', key: 'mtu', value: 1 }]);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'not-strict-json', line, column } });
  });

  it('refuses a top level that is not an object', () => {
    expect(editDaemonJson('["debug"]', [{ op: 'set', key: 'debug', value: true }])).toMatchObject({
      ok: false,
      failure: { kind: 'not-an-object' },
    });
  });

  it('refuses to append to a value that is not an array, naming its position', () => {
    const result = editDaemonJson('{\n  "registry-mirrors": "https://a"\n}\n', [
      { op: 'add-elements', key: M, values: ['https://b'] },
    ]);
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'wrong-type', key: M, expected: 'array', found: 'string', line: 2, column: 23 },
    });
  });

  it('refuses to descend into a value that is not an object', () => {
    const result = editDaemonJson('{"log-opts": "x"}', [{ op: 'set', key: ['log-opts', 'max-size'], value: '1m' }]);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'wrong-type', key: 'log-opts', expected: 'object' } });
  });
});
