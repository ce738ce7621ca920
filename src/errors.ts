/** An error the user can act on: reported as one line on stderr with exit code 2, never a stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}
