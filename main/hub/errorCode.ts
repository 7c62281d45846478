/** The errno-style code of a Node error (EADDRINUSE, ENOENT...), the only part worth branching on. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
