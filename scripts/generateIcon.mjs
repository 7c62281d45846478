// Draws the Landhub app icon (a roof over an "L" with a warm light, on a deep green tile) and
// writes it as PNG with nothing but node:zlib. The shapes are distance fields, so every size
// is drawn sharp from the same description instead of being scaled from one bitmap.
// Run: node scripts/generateIcon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Design grid: 512 x 512 units. */
const tile = { x0: 24, y0: 24, x1: 488, y1: 488, radius: 104 };
const strokeWidth = 44;
const roof = [[128, 262], [256, 150], [384, 262]];
const letterL = [[176, 236], [176, 372], [336, 372]];
const light = { x: 300, y: 300, r: 26 };

const colors = {
  tileTop: [47, 122, 85],
  tileBottom: [22, 70, 49],
  mark: [244, 236, 214],
  light: [242, 180, 65],
};

function roundedBoxDistance(x, y) {
  const cx = (tile.x0 + tile.x1) / 2;
  const cy = (tile.y0 + tile.y1) / 2;
  const hx = (tile.x1 - tile.x0) / 2 - tile.radius;
  const hy = (tile.y1 - tile.y0) / 2 - tile.radius;
  const qx = Math.abs(x - cx) - hx;
  const qy = Math.abs(y - cy) - hy;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - tile.radius;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function polylineDistance(x, y, points) {
  let best = Infinity;
  for (let i = 1; i < points.length; i++) best = Math.min(best, segmentDistance(x, y, points[i - 1], points[i]));
  return best - strokeWidth / 2;
}

/** Share of a pixel covered by a shape, from its signed distance in pixels. */
const coverage = (distancePx) => Math.max(0, Math.min(1, 0.5 - distancePx));
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

function render(size) {
  const scale = size / 512;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / scale;
      const y = (py + 0.5) / scale;
      const alpha = coverage(roundedBoxDistance(x, y) * scale);
      if (alpha === 0) continue;
      let color = mix(colors.tileTop, colors.tileBottom, (y - tile.y0) / (tile.y1 - tile.y0));
      const markDistance = Math.min(polylineDistance(x, y, roof), polylineDistance(x, y, letterL));
      color = mix(color, colors.mark, coverage(markDistance * scale));
      color = mix(color, colors.light, coverage((Math.hypot(x - light.x, y - light.y) - light.r) * scale));
      const offset = (py * size + px) * 4;
      rgba[offset] = Math.round(color[0]);
      rgba[offset + 1] = Math.round(color[1]);
      rgba[offset + 2] = Math.round(color[2]);
      rgba[offset + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Every scanline starts with filter type 0 (none); deflate does the compressing.
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const resources = fileURLToPath(new URL('../resources/', import.meta.url));
mkdirSync(`${resources}icons`, { recursive: true });
for (const [size, file] of [[512, 'icon.png'], [512, 'icons/512x512.png'], [256, 'icons/256x256.png']]) {
  writeFileSync(`${resources}${file}`, encodePng(size, render(size)));
  console.log(`resources/${file} (${size}x${size})`);
}
