import { SafeWriteError } from '../../src/apply/index.js';

/** The SafeWriteError a promise rejects with; anything else (or success) fails the test. */
export async function caught(promise: Promise<unknown>): Promise<SafeWriteError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SafeWriteError) return error;
    throw error;
  }
  throw new Error('expected a SafeWriteError');
}
