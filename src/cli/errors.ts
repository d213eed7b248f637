export { CliError, EXIT } from '../diagnostics/errors.js';

export class UsageError extends Error {}
