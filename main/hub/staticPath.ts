export type StaticPathResult =
  | { ok: true; segments: string[] }
  | { ok: false; status: 400 | 404 };

/**
 * Turns a request target into path segments that are safe to join under the renderer folder,
 * or refuses it. Each segment is decoded on its own, so an encoded slash or dot-dot
 * (%2F, %2e%2e) cannot reappear as a separator after the traversal check.
 */
export function parseStaticPath(requestTarget: string): StaticPathResult {
  const pathPart = requestTarget.split(/[?#]/, 1)[0] ?? '';
  // Absolute-form targets (proxies) and anything with a backslash are never a file of ours.
  if (!pathPart.startsWith('/') || pathPart.includes('\\')) return { ok: false, status: 400 };

  const segments: string[] = [];
  for (const raw of pathPart.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    // A colon would make a Windows drive path (C:) when the Electron shell joins it.
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return { ok: false, status: 400 };
    // Dot-files (.DS_Store, .env) are never part of a build; do not reveal they exist.
    if (segment.startsWith('.')) return { ok: false, status: 404 };
    segments.push(segment);
  }
  return { ok: true, segments };
}

/**
 * Source maps (`*.map`) hold the original source, comments and all: a production hub serves
 * none. Compared the way Windows and macOS name files, case-insensitively and without the
 * trailing dots and spaces Windows drops, so `app.js.MAP.` cannot open `app.js.map`.
 */
export function isSourceMapPath(segments: readonly string[]): boolean {
  const last = segments.at(-1);
  return last !== undefined && /\.map$/i.test(last.replace(/[. ]+$/, ''));
}
