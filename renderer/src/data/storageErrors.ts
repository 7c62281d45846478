/**
 * Errors a person can act on. The UI shows `message` as it is, so it is written for a host,
 * not a developer; `key` picks the translated text.
 */
export class StorageError extends Error {
  constructor(
    readonly key: 'storageFull' | 'recordMissing' | 'invalidInput' | 'storageFailed',
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner = (error as Error & { inner?: unknown }).inner;
  return (
    error.name === 'QuotaExceededError' ||
    (inner instanceof Error && inner.name === 'QuotaExceededError')
  );
}

/** A full disk rolls the transaction back, so nothing already saved is lost; say so plainly. */
export function toStorageError(error: unknown): Error {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) {
    return new StorageError(
      'storageFull',
      'This computer has run out of space for Landhub data. Nothing already saved was lost, but the last change was not saved. Free some disk space and try again.',
    );
  }
  return error instanceof Error ? error : new StorageError('storageFailed', String(error));
}
