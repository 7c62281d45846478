import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHubTokenStore, hubTokenFileName, noEncryptionMessage, type TokenCipher } from './hubTokenStore';

const token = 'q2B7v1bM0yq9O6y1r0c2kC6m8mPz4m3r7bS7W2cZ1xY';

/**
 * A stand-in for safeStorage's asynchronous API: reversible, visibly not the plain token, and
 * able to say that its key was rotated (`rotated`: the next decryption asks for re-encryption).
 */
type FakeCipher = TokenCipher & { available: boolean; rotated: boolean; encryptions: number };

function fakeCipher(available = true): FakeCipher {
  const cipher: FakeCipher = {
    available,
    rotated: false,
    /** How often `encryptStringAsync` ran, so a test can see a re-encryption happen. */
    encryptions: 0,
    isAsyncEncryptionAvailable: () => Promise.resolve(cipher.available),
    encryptStringAsync: (plain: string) => {
      cipher.encryptions += 1;
      return Promise.resolve(Buffer.from(`${cipher.rotated ? 'old' : 'enc'}:${Buffer.from(plain).toString('hex')}`));
    },
    decryptStringAsync: (encrypted: Buffer) => {
      const text = encrypted.toString('utf8');
      if (!/^(enc|old):/.test(text)) return Promise.reject(new Error('Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.'));
      return Promise.resolve({ result: Buffer.from(text.slice(4), 'hex').toString('utf8'), shouldReEncrypt: text.startsWith('old:') });
    },
  };
  return cipher;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'landhub-token-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
const tokenFile = () => path.join(dir, hubTokenFileName);

describe('createHubTokenStore', () => {
  it('keeps the token encrypted on disk and reads it back', async () => {
    const store = createHubTokenStore(dir, fakeCipher());
    expect(await store.get()).toBeNull();
    expect(await store.set(token)).toEqual({ stored: true });
    const onDisk = await readFile(tokenFile());
    expect(onDisk.toString('utf8')).not.toContain(token);
    expect(await store.get()).toBe(token);
    expect(await createHubTokenStore(dir, fakeCipher()).get()).toBe(token);
    expect(await readdir(dir)).toEqual([hubTokenFileName]);
    if (process.platform !== 'win32') expect((await stat(tokenFile())).mode & 0o777).toBe(0o600);
  });

  it('forgets the token on null', async () => {
    const store = createHubTokenStore(dir, fakeCipher());
    await store.set(token);
    expect(await store.set(null)).toEqual({ stored: true });
    expect(await store.get()).toBeNull();
    expect(await store.set(null)).toEqual({ stored: true });
  });

  it('refuses, in plain words, to keep a token where there is no encryption', async () => {
    const store = createHubTokenStore(dir, fakeCipher(false));
    await expect(store.set(token)).rejects.toThrow(noEncryptionMessage);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a token that is not one', async () => {
    const store = createHubTokenStore(dir, fakeCipher());
    await expect(store.set('short')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('treats a key it cannot decrypt as none, and says so', async () => {
    await writeFile(tokenFile(), 'written under another keychain');
    const warn = vi.fn();
    expect(await createHubTokenStore(dir, fakeCipher(), warn).get()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('paired with the hub again'));
  });

  it('does not answer from a stored key when the keychain is gone', async () => {
    const cipher = fakeCipher();
    const store = createHubTokenStore(dir, cipher);
    await store.set(token);
    cipher.available = false;
    await expect(store.get()).rejects.toThrow(noEncryptionMessage);
  });

  it('writes the token again when the keychain rotated its key', async () => {
    const cipher = fakeCipher();
    cipher.rotated = true;
    const store = createHubTokenStore(dir, cipher);
    await store.set(token);
    cipher.rotated = false;
    expect((await readFile(tokenFile())).toString('utf8')).toMatch(/^old:/);
    expect(await store.get()).toBe(token);
    expect((await readFile(tokenFile())).toString('utf8')).toMatch(/^enc:/);
    expect(cipher.encryptions).toBe(2);
    expect(await store.get()).toBe(token);
    expect(cipher.encryptions).toBe(2);
  });

  it('still answers with the token when writing it again fails', async () => {
    const cipher = fakeCipher();
    cipher.rotated = true;
    const warn = vi.fn();
    const store = createHubTokenStore(dir, cipher, warn);
    await store.set(token);
    cipher.encryptStringAsync = () => Promise.reject(new Error('keychain locked'));
    expect(await store.get()).toBe(token);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('try again'));
  });

  it('runs a save and a read in the order they were asked', async () => {
    const store = createHubTokenStore(dir, fakeCipher());
    const [, read] = await Promise.all([store.set(token), store.get()]);
    expect(read).toBe(token);
  });
});
