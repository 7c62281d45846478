import type { CDPSession, Page } from 'playwright';

/**
 * A USB barcode scanner for the test browser. A real scanner is a keyboard that types a few
 * milliseconds per key, and the operating system stamps each key with the time it was typed,
 * however busy the machine is. Playwright's keyboard.type cannot promise that on a loaded
 * two-core runner (its keys sometimes arrive 50-200 ms apart), so this sends the keys through
 * the DevTools protocol with the scanner's own timestamps: `event.timeStamp` in the page is
 * exactly what a scanner would give.
 */

const SHIFT_MODIFIER = 8;

async function sendKey(cdp: CDPSession, key: string, at: number, modifiers = 0): Promise<void> {
  const timestamp = at / 1000;
  const text = key === 'Enter' ? '\r' : key === 'Tab' ? '\t' : key;
  const keyCode = key === 'Enter' ? { code: 'Enter', windowsVirtualKeyCode: 13 } : key === 'Tab' ? { code: 'Tab', windowsVirtualKeyCode: 9 } : {};
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text, modifiers, timestamp, ...keyCode });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, modifiers, timestamp: timestamp + 0.001, ...keyCode });
}

async function sendShift(cdp: CDPSession, type: 'rawKeyDown' | 'keyUp', at: number): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', {
    type, key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, modifiers: type === 'keyUp' ? 0 : SHIFT_MODIFIER, timestamp: at / 1000,
  });
}

/** Types `text` and then Enter (or Tab) the way a scanner does, `msPerKey` apart, into the focused element. */
export async function scanWithBarcodeReader(
  page: Page,
  text: string,
  { msPerKey = 8, terminator = 'Enter' }: { msPerKey?: number; terminator?: 'Enter' | 'Tab' } = {},
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let at = Date.now();
    for (const key of Array.from(text)) {
      const shifted = key !== key.toLowerCase();
      // Scanners press Shift for each capital letter, like a person would.
      if (shifted) await sendShift(cdp, 'rawKeyDown', at);
      await sendKey(cdp, key, at + 1, shifted ? SHIFT_MODIFIER : 0);
      if (shifted) await sendShift(cdp, 'keyUp', at + 2);
      at += msPerKey;
    }
    await sendKey(cdp, terminator, at);
  } finally {
    await cdp.detach();
  }
}
