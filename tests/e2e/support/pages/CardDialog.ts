import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright';
import { fill, messages, type Messages } from '../messages';

/** RGBA pixels of an image in the page, carried to Node as base64 so jsQR can read them here. */
interface Pixels {
  width: number;
  height: number;
  rgba: string;
}

/** Reads a QR code from pixels the way a scanner would; null when there is none. */
export function decodeQr(pixels: Pixels): string | null {
  const data = new Uint8ClampedArray(Buffer.from(pixels.rgba, 'base64'));
  return jsQR(data, pixels.width, pixels.height)?.data ?? null;
}

/** Draws an image (an <img> in the page, or a data URL) on a canvas and returns its pixels. */
async function pixelsInPage(page: Page, image: Locator | string): Promise<Pixels> {
  const read = (element: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = element.naturalWidth;
    canvas.height = element.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(element, 0, 0);
    const bytes = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
  };
  if (typeof image !== 'string') return image.evaluate(read);
  const loaded = await page.evaluateHandle(async (source) => {
    const element = new Image();
    element.src = source;
    await element.decode();
    return element;
  }, image);
  try {
    return await loaded.evaluate(read);
  } finally {
    await loaded.dispose();
  }
}

/** The host's "Card and PIN" dialog of one member. */
export class CardDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page, readonly name: string, readonly m: Messages = messages.en) {
    this.dialog = page.getByRole('dialog', { name: fill(m.cards.dialogTitle, { name }), exact: true });
  }

  static openButton(page: Page, name: string, m: Messages = messages.en): Locator {
    return page.getByRole('button', { name: fill(m.cards.openFor, { name }), exact: true });
  }

  /** Opens the dialog from the member's row on the Members screen. */
  static async open(page: Page, name: string, m: Messages = messages.en): Promise<CardDialog> {
    await CardDialog.openButton(page, name, m).click();
    const card = new CardDialog(page, name, m);
    await card.dialog.waitFor();
    return card;
  }

  get qrImage(): Locator {
    return this.dialog.getByRole('img', { name: fill(this.m.cards.qrAlt, { name: this.name }), exact: true });
  }

  button(label: string): Locator {
    return this.dialog.getByRole('button', { name: label, exact: true });
  }

  /** The text in the QR code on screen, read from its pixels. */
  async qrText(): Promise<string | null> {
    await this.qrImage.waitFor();
    return decodeQr(await pixelsInPage(this.page, this.qrImage));
  }

  /** The text in the QR code of a downloaded card image, and the image's size. */
  async qrTextOfImage(png: Buffer): Promise<{ text: string | null; width: number; height: number }> {
    const pixels = await pixelsInPage(this.page, `data:image/png;base64,${png.toString('base64')}`);
    return { text: decodeQr(pixels), width: pixels.width, height: pixels.height };
  }

  get replaceQuestion(): Locator {
    return this.page.getByRole('dialog', { name: fill(this.m.cards.replaceConfirmTitle, { name: this.name }), exact: true });
  }

  async replaceCard(): Promise<void> {
    await this.button(this.m.cards.replace).click();
    await this.replaceQuestion.getByRole('button', { name: this.m.cards.replace, exact: true }).click();
    await this.replaceQuestion.waitFor({ state: 'detached' });
  }

  get pinInput(): Locator {
    return this.dialog.getByLabel(fill(this.m.cards.pinLength.newPin, { digits: 4 }));
  }

  get pinRepeatInput(): Locator {
    return this.dialog.getByLabel(this.m.cards.confirmPin);
  }

  async typePin(pin: string, repeat: string = pin): Promise<void> {
    await this.pinInput.fill(pin);
    await this.pinRepeatInput.fill(repeat);
    await this.button(this.m.cards.savePin).click();
  }

  async close(): Promise<void> {
    await this.button(this.m.cards.close).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
