/** The probe's answer, or null when nothing happened in time; the probe is disarmed either way. */
export async function settleWithin<T>(done: Promise<T>, timeoutMs: number, cleanup: () => void): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => { timer = setTimeout(() => { resolve(null); }, timeoutMs); });
  try {
    return await Promise.race([done, timeout]);
  } finally {
    clearTimeout(timer);
    cleanup();
  }
}
