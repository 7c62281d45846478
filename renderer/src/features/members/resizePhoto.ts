import { MAX_PHOTO_CHARS } from '@core/schemas';

const MAX_EDGE = 320;

/**
 * Shrinks a picked photo to a small JPEG data URL in the browser, so a phone picture of
 * several megabytes becomes a few kilobytes before it is saved and synced.
 */
export async function resizePhoto(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas is not available');
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    for (const quality of [0.85, 0.7, 0.5]) {
      const dataUrl = canvas.toDataURL('image/jpeg', quality);
      if (dataUrl.length <= MAX_PHOTO_CHARS) return dataUrl;
    }
    throw new Error('Photo is too large even after resizing');
  } finally {
    bitmap.close();
  }
}
