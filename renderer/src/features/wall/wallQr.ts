import { create } from 'qrcode';

/** A QR code as one SVG path of its dark modules, with a quiet zone of `margin` modules around it. */
export interface QrPath {
  /** Width and height in modules, the quiet zone included. */
  size: number;
  d: string;
}

export function qrPath(text: string, margin = 2): QrPath {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      // A run of dark modules in a row is one rectangle.
      const start = column;
      while (column < modules.size && modules.get(row, column)) column += 1;
      parts.push(`M${String(start + margin)} ${String(row + margin)}h${String(column - start)}v1h-${String(column - start)}z`);
    }
  }
  return { size: modules.size + margin * 2, d: parts.join('') };
}

/**
 * The address a project's QR code opens: the hub's public page of the project, in browser mode
 * on any phone. Null when this machine does not know its hub's address (not paired).
 */
export function projectAddress(hubUrl: string | null, projectId: string): string | null {
  if (!hubUrl) return null;
  return `${hubUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(projectId)}`;
}
