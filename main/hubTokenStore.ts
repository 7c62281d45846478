import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import { hubTokenSchema, type HubTokenStorage } from '@core/ipcContract';
import { writeFileAtomically } from './deviceConfigStore';

/**
 * This machine's hub token, the key that lets it read and write the hub's data. On the desktop
 * it never sits in the renderer's IndexedDB: it is encrypted with the system's keychain
 * (Electron's safeStorage: DPAPI, Keychain, libsecret/kwallet) and kept in userData.
 */
export const hubTokenFileName = 'hub-token.bin';

export type TokenCipher = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

export interface HubTokenStore {
  set(token: string | null): Promise<HubTokenStorage>;
  get(): Promise<string | null>;
}

export const noEncryptionMessage =
  'This computer offers no safe place for the hub key (its keychain is not available), so Landhub will not keep it. '
  + 'Sign in to the computer\'s desktop with a keychain (on Linux: GNOME Keyring or KWallet) and pair the machine again.';

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

export function createHubTokenStore(dir: string, cipher: TokenCipher, warn: (message: string) => void = console.warn): HubTokenStore {
  const filePath = path.join(dir, hubTokenFileName);
  // A set and a get must not cross: the renderer saves the token and reads it right back.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    set: (token) => serially(async () => {
      if (token === null) {
        await rm(filePath, { force: true });
        return { stored: true };
      }
      if (!cipher.isEncryptionAvailable()) throw new Error(noEncryptionMessage);
      await writeFileAtomically(filePath, cipher.encryptString(hubTokenSchema.parse(token)));
      return { stored: true };
    }),
    get: () => serially(async () => {
      let encrypted: Buffer;
      try {
        encrypted = await readFile(filePath);
      } catch (error) {
        if (isMissingFile(error)) return null;
        throw error;
      }
      if (!cipher.isEncryptionAvailable()) throw new Error(noEncryptionMessage);
      try {
        const token = hubTokenSchema.safeParse(cipher.decryptString(encrypted));
        if (token.success) return token.data;
      } catch {
        // Handled below: a key we cannot read is as good as none.
      }
      // The keychain changed (new user profile, reinstalled system): the machine must pair again.
      warn('Landhub could not read the saved hub key; this machine needs to be paired with the hub again.');
      return null;
    }),
  };
}
