/**
 * Asks the browser not to evict our data under storage pressure. Electron and an installed
 * kiosk grant it; a plain browser tab may say no, which we report rather than hide.
 */
export async function requestPersistentStorage(): Promise<'granted' | 'denied' | 'unsupported'> {
  if (typeof navigator === 'undefined' || !('storage' in navigator) || typeof navigator.storage.persist !== 'function') {
    return 'unsupported';
  }
  try {
    if (await navigator.storage.persisted()) return 'granted';
    return (await navigator.storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
