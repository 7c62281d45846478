import type { Page } from 'playwright';
import { HOST_PIN_SUBJECT, makePinVerifier, memberPinSubject, newPinSalt } from '@core/pinVerifier';

/**
 * Reads and writes this machine's IndexedDB directly, for set-up the tests cannot reach
 * through a screen. Dexie's live queries do not see these writes: reload the page after.
 */
type Row = Record<string, unknown>;

async function readAll(page: Page, store: string): Promise<Row[]> {
  return page.evaluate(async (storeName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('landhub');
      request.onsuccess = () => { resolve(request.result); };
      request.onerror = () => { reject(new Error(String(request.error))); };
    });
    try {
      return await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
        request.onsuccess = () => { resolve(request.result as Record<string, unknown>[]); };
        request.onerror = () => { reject(new Error(String(request.error))); };
      });
    } finally {
      db.close();
    }
  }, store);
}

async function put(page: Page, store: string, row: Row): Promise<void> {
  await page.evaluate(async ({ storeName, value }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('landhub');
      request.onsuccess = () => { resolve(request.result); };
      request.onerror = () => { reject(new Error(String(request.error))); };
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(storeName, 'readwrite');
        transaction.objectStore(storeName).put(value);
        transaction.oncomplete = () => { resolve(); };
        transaction.onerror = () => { reject(new Error(String(transaction.error))); };
      });
    } finally {
      db.close();
    }
  }, { storeName: store, value: row });
}

/** Stores a whole synced row as another machine's write would arrive (id, `hlc`, `deviceId` included). */
export async function putRow(page: Page, store: string, row: Row): Promise<void> {
  await put(page, store, { hlc: {}, deviceId: 'e2e-test', deleted: false, ...row });
}

export async function storedRows(page: Page, store: string): Promise<Row[]> {
  return (await readAll(page, store)).filter((row) => row.deleted !== true);
}

export async function memberByName(page: Page, name: string): Promise<Row & { id: string; cardToken: string | null }> {
  const member = (await storedRows(page, 'members')).find((row) => row.name === name);
  if (!member || typeof member.id !== 'string') throw new Error(`No stored member named ${name}`);
  return { ...member, id: member.id, cardToken: typeof member.cardToken === 'string' ? member.cardToken : null };
}

export async function updateMemberRow(page: Page, name: string, patch: Row): Promise<void> {
  await put(page, 'members', { ...(await memberByName(page, name)), ...patch });
}

export async function setMemberPinInStore(page: Page, name: string, pin: string): Promise<void> {
  const member = await memberByName(page, name);
  await put(page, 'members', { ...member, pinHash: await makePinVerifier(pin, await pinSaltInStore(page), memberPinSubject(member.id)) });
}

const DEFAULT_SETTINGS = {
  id: 'hub', name: 'Landhub', town: '', defaultLanguage: 'en', timeZone: 'Europe/Copenhagen', kioskIdleSeconds: 30,
  checkInPinRequired: false, guestRetentionDays: 30, closingTime: '18:00', hostPinHash: null, pinSalt: null,
  hlc: {}, deviceId: 'e2e-test', deleted: false,
};

/** Patches the hub settings row (creating it with the defaults when the hub has none yet). */
export async function patchHubSettings(page: Page, patch: Row): Promise<void> {
  const existing = (await storedRows(page, 'hubSettings')).find((row) => row.id === 'hub');
  await put(page, 'hubSettings', { ...(existing ?? DEFAULT_SETTINGS), ...patch });
}

/** The hub's PIN salt in this store, made as a host desk makes it when the row has none. */
async function pinSaltInStore(page: Page): Promise<string> {
  const existing = (await storedRows(page, 'hubSettings')).find((row) => row.id === 'hub');
  if (typeof existing?.pinSalt === 'string') return existing.pinSalt;
  const pinSalt = newPinSalt();
  await patchHubSettings(page, { pinSalt });
  return pinSalt;
}

export async function setHostPinInStore(page: Page, pin: string): Promise<void> {
  await patchHubSettings(page, { hostPinHash: await makePinVerifier(pin, await pinSaltInStore(page), HOST_PIN_SUBJECT) });
}
