/**
 * Random hex for temp-file names and lock nonces. node:crypto is loaded on first use only:
 * importing it costs more than a read-only command's whole run.
 */
export const randomHex = (bytes: number): string =>
  process.getBuiltinModule('node:crypto').randomBytes(bytes).toString('hex');
