// Every rule, most specific first: the first whose pattern matches classifies the line.
import { environmentRules } from './environment.js';
import { flagRules } from './flags.js';
import { hostRules } from './host.js';
import { jsonRules } from './json.js';
import { keyRules } from './keys.js';
import { listenerRules } from './listeners.js';
import { registryRules } from './registry.js';
import type { Rule } from './rule.js';
import { tlsRules } from './tls.js';
import { valueRules } from './values.js';

export const RULES: readonly Rule[] = [
  ...flagRules,
  ...jsonRules,
  ...keyRules,
  ...registryRules,
  ...listenerRules,
  ...tlsRules,
  ...valueRules,
  ...hostRules,
  ...environmentRules,
];

export type { Rule, RuleInput, RuleResult } from './rule.js';
