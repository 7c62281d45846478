/**
 * A start-up problem the operator can fix (busy port, unwritable folder, missing build).
 * Its message is a finished sentence for the terminal; anything else is a bug and shows its stack.
 */
export class HubStartupError extends Error {
  override name = 'HubStartupError';
}
