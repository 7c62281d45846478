/**
 * Where this machine's hub token is kept. The desktop app keeps it with the operating system's
 * secret storage (Electron safeStorage, through the shell); browser mode has no such place, so
 * the token stays in IndexedDB with the other sync settings.
 */
export interface TokenVault {
  /** Stores (or with null, deletes) the token; false when this shell cannot keep secrets. */
  store(token: string | null): Promise<boolean>;
  read(): Promise<string | null>;
}

export const noTokenVault: TokenVault = {
  store: () => Promise.resolve(false),
  read: () => Promise.resolve(null),
};
