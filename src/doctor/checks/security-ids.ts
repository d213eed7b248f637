/** Validator findings doctor shows under "security" (judged there on its own terms) rather than "config". */
export const SECURITY_IDS: ReadonlySet<string> = new Set(['tcp-without-tls', 'insecure-registry-wide']);
