/**
 * The member card as a PNG, for hosts who print cards elsewhere or send them on. Drawn at
 * 300 dpi on ID-1 size (85.6 × 54 mm), the same layout as the printed card.
 */
const WIDTH = 1011;
const HEIGHT = 638;
const BAND = 110;
const PADDING = 44;
const QR_SIZE = 440;
const PHOTO_SIZE = 150;
const GREEN = '#12372a';
const FONT = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export interface CardImageContent {
  hubName: string;
  memberName: string;
  /** "Member since 3 March 2024", already in the language on screen. */
  sinceText: string;
  photo: string | null;
  qrUrl: string;
}

async function loadImage(source: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = source;
  await image.decode();
  return image;
}

/** Writes one line, shrinking the font until it fits: long double names must not run off the card. */
function fitText(context: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number, size: number, weight: number) {
  let fontSize = size;
  do {
    context.font = `${weight} ${fontSize}px ${FONT}`;
    if (context.measureText(text).width <= maxWidth) break;
    fontSize -= 2;
  } while (fontSize > 18);
  context.fillText(text, x, y, maxWidth);
}

function drawPhoto(context: CanvasRenderingContext2D, photo: HTMLImageElement, x: number, y: number) {
  const side = Math.min(photo.naturalWidth, photo.naturalHeight);
  context.save();
  context.beginPath();
  context.arc(x + PHOTO_SIZE / 2, y + PHOTO_SIZE / 2, PHOTO_SIZE / 2, 0, Math.PI * 2);
  context.clip();
  context.drawImage(photo, (photo.naturalWidth - side) / 2, (photo.naturalHeight - side) / 2, side, side, x, y, PHOTO_SIZE, PHOTO_SIZE);
  context.restore();
}

export async function drawCardImage(card: CardImageContent): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  const [qr, photo] = await Promise.all([loadImage(card.qrUrl), card.photo ? loadImage(card.photo) : null]);

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, WIDTH, HEIGHT);
  context.fillStyle = GREEN;
  context.fillRect(0, 0, WIDTH, BAND);
  context.fillStyle = '#ffffff';
  context.textBaseline = 'middle';
  fitText(context, card.hubName, PADDING, BAND / 2, WIDTH - 2 * PADDING, 52, 700);

  const qrX = WIDTH - PADDING - QR_SIZE;
  const qrY = BAND + (HEIGHT - BAND - QR_SIZE) / 2;
  // Sharp module edges: a smoothed QR code scans worse.
  context.imageSmoothingEnabled = false;
  context.drawImage(qr, qrX, qrY, QR_SIZE, QR_SIZE);
  context.imageSmoothingEnabled = true;

  const textWidth = qrX - 2 * PADDING;
  let y = BAND + PADDING;
  if (photo) {
    drawPhoto(context, photo, PADDING, y);
    y += PHOTO_SIZE + 30;
  } else {
    y += 60;
  }
  context.fillStyle = GREEN;
  context.textBaseline = 'top';
  fitText(context, card.memberName, PADDING, y, textWidth, 56, 700);
  context.fillStyle = '#4f5a55';
  fitText(context, card.sinceText, PADDING, y + 80, textWidth, 32, 400);

  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => { if (blob) resolve(blob); else reject(new Error('The card image could not be encoded.')); }, 'image/png');
  });
}

/** A file name without the characters Windows and macOS refuse. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim() || 'card';
}
