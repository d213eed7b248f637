/** Validator findings doctor shows under "security" rather than "config". */
export const SECURITY_IDS: ReadonlySet<string> = new Set(['tcp-without-tls']);
