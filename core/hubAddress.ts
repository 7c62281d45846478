/**
 * A hub address as people type it ("192.168.1.20:4870", "http://hub.local:4870/"), as the hub's
 * origin: the hub answers at its root, and the sync socket (core/sync/protocol.ts) is found from
 * the origin too, so a path typed after the port would only point pairing somewhere else. Null
 * when it is not an http(s) address, or when it carries a user name or password (they would be
 * sent to whoever answers). Callers say what is wrong in their own words.
 */
export function normalizeHubUrl(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  // People copy "192.168.1.20:4870" from the hub's screen without the http://.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || /^[a-z]+:[^0-9]/i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.origin;
}
