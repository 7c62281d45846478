import { writeFile } from 'node:fs/promises';
import QRCode from 'qrcode';

/**
 * A fake camera for Chromium: a Y4M video (YUV4MPEG2, raw 4:2:0 frames) that shows one QR code,
 * large, black on white, in the middle of the picture. Chromium plays it in a loop as the
 * camera when started with `fakeCameraArgs(file)`, so the kiosk "sees" a card held up to it.
 */

export const FAKE_CAMERA_WIDTH = 640;
export const FAKE_CAMERA_HEIGHT = 480;
/** The file loops; a few identical frames are enough and keep it small. */
const FRAME_COUNT = 5;
/** A QR code needs four modules of white around it to be found. */
const QUIET_ZONE_MODULES = 4;
const WHITE = 235;
const BLACK = 16;
/** Chroma 128 is "no colour": a grey picture. */
const NEUTRAL_CHROMA = 128;

/** The luma plane of one frame: white, with the QR code of `text` filling most of the height. */
export function lumaPlaneShowing(text: string, width = FAKE_CAMERA_WIDTH, height = FAKE_CAMERA_HEIGHT): Uint8Array {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const moduleSize = Math.floor((Math.min(width, height) * 0.85) / (modules.size + 2 * QUIET_ZONE_MODULES));
  if (moduleSize < 2) throw new Error(`"${text}" is too long for a ${String(width)}x${String(height)} fake camera`);
  const luma = new Uint8Array(width * height).fill(WHITE);
  const left = Math.floor((width - modules.size * moduleSize) / 2);
  const top = Math.floor((height - modules.size * moduleSize) / 2);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col) !== 1) continue;
      for (let y = 0; y < moduleSize; y++) {
        const start = (top + row * moduleSize + y) * width + left + col * moduleSize;
        luma.fill(BLACK, start, start + moduleSize);
      }
    }
  }
  return luma;
}

/** A whole Y4M file of `luma` frames (4:2:0, grey chroma). */
export function y4mVideo(luma: Uint8Array, width = FAKE_CAMERA_WIDTH, height = FAKE_CAMERA_HEIGHT): Buffer {
  const header = Buffer.from(`YUV4MPEG2 W${String(width)} H${String(height)} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, NEUTRAL_CHROMA);
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), luma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: FRAME_COUNT }, () => frame)]);
}

/** Writes a fake-camera video that shows the QR code of `text`. */
export async function writeFakeCameraVideo(file: string, text: string): Promise<void> {
  await writeFile(file, y4mVideo(lumaPlaneShowing(text)));
}

/** Chromium switches that make `file` the only camera and say yes to using it without asking. */
export function fakeCameraArgs(file: string): string[] {
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ];
}
