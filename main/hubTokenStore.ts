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

/**
 * The asynchronous half of safeStorage (Electron 45 deprecates the synchronous one). Its
 * encryptor starts on first use after `ready`; a decryption may report that the keychain's
 * key was rotated (`shouldReEncrypt`), and the file is then written again under the new key.
 */
export type TokenCipher = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'>;

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

  /** The token still reads under the old key; failing to rewrite it only means trying again next start. */
  async function reEncrypt(token: string): Promise<void> {
    try {
      await writeFileAtomically(filePath, await cipher.encryptStringAsync(token));
    } catch {
      warn('Landhub could not save the hub key under the keychain\'s new key; it will try again at the next start.');
    }
  }

  return {
    set: (token) => serially(async () => {
      if (token === null) {
        await rm(filePath, { force: true });
        return { stored: true };
      }
      const checked = hubTokenSchema.parse(token);
      if (!await cipher.isAsyncEncryptionAvailable()) throw new Error(noEncryptionMessage);
      await writeFileAtomically(filePath, await cipher.encryptStringAsync(checked));
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
      if (!await cipher.isAsyncEncryptionAvailable()) throw new Error(noEncryptionMessage);
      let decrypted: Awaited<ReturnType<TokenCipher['decryptStringAsync']>> | null = null;
      try {
        decrypted = await cipher.decryptStringAsync(encrypted);
      } catch {
        // Handled below: a key we cannot read is as good as none.
      }
      const token = hubTokenSchema.safeParse(decrypted?.result);
      if (token.success) {
        if (decrypted?.shouldReEncrypt === true) await reEncrypt(token.data);
        return token.data;
      }
      // The keychain changed (new user profile, reinstalled system): the machine must pair again.
      warn('Landhub could not read the saved hub key; this machine needs to be paired with the hub again.');
      return null;
    }),
  };
}
