import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { expect } from 'vitest';
import type { UiLanguage } from '@core/languages';
import { messages } from './messages';

/**
 * What a person sees wrong on a screen and a role-based test cannot: controls drawn over each
 * other, a control cut off by the window edge, a word clipped inside its button, a page that
 * scrolls sideways, English left in a Danish or German screen.
 */
export interface LayoutProblems {
  /** The page scrolls in a direction it must not. */
  scrolls: string[];
  /** Controls (partly) outside the window, where the window does not scroll to them. */
  outside: string[];
  /** Pairs of controls whose boxes share area. */
  overlapping: string[];
  /** Texts wider than the box that holds them. */
  clipped: string[];
  /** The machine's header on more than one row. */
  header: string[];
  /** How many controls were looked at, so a screen that drew none is noticed. */
  controls: number;
}

/** `fixed`: a kiosk or door screen, nothing may need scrolling. `scrollsDown`: a desk screen may grow downwards. */
export type PageFlow = 'fixed' | 'scrollsDown';

export async function layoutProblems(page: Page, flow: PageFlow): Promise<LayoutProblems> {
  return page.evaluate((fixed) => {
    const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const nameOf = (element: Element) => (element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 60);
    const at = (box: DOMRect) => `${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`;
    // Under an open modal dialog only the dialog is there for the person; what lies beneath is not looked at.
    const modal = document.querySelector('dialog:modal');
    // A floating layer (a notice, a dialog) lies over the page on purpose: controls are compared within their layer.
    const layerOf = (element: Element): Element | null => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const { position } = getComputedStyle(at);
        if (position === 'fixed' || position === 'sticky' || at.tagName === 'DIALOG') return at;
      }
      return null;
    };
    // The part of a control its scrolling boxes show; the rest is one scroll away, inside its box, not cut off.
    const shownPart = (element: Element): DOMRect => {
      let { left, top, right, bottom } = element.getBoundingClientRect();
      for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = at.getBoundingClientRect();
        left = Math.max(left, clip.left); top = Math.max(top, clip.top); right = Math.min(right, clip.right); bottom = Math.min(bottom, clip.bottom);
      }
      return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    };
    const controls = [...(modal ?? document).querySelectorAll('button, input:not([type=hidden]), select, textarea, a[href]')]
      .filter(visible)
      .map((element) => ({ name: nameOf(element), box: shownPart(element), whole: element.getBoundingClientRect(), element, layer: layerOf(element) }))
      // Scrolled out of its box, or a skip link waiting off screen to the left until it is focused.
      .filter(({ box, whole }) => box.width > 0 && box.height > 0 && whole.right > 0);
    const root = document.scrollingElement ?? document.documentElement;
    const scrolls: string[] = [];
    if (root.scrollWidth > window.innerWidth + 0.5) scrolls.push(`sideways: ${root.scrollWidth} px in a ${window.innerWidth} px window`);
    if (fixed && root.scrollHeight > window.innerHeight + 0.5) scrolls.push(`down: ${root.scrollHeight} px in a ${window.innerHeight} px window`);
    const outside = controls
      .filter(({ box }) => box.left < -0.5 || box.right > window.innerWidth + 0.5 || (fixed && (box.top < -0.5 || box.bottom > window.innerHeight + 0.5)))
      .map(({ name, box }) => `"${name}" at ${at(box)}`);
    const overlapping: string[] = [];
    for (const [index, a] of controls.entries()) {
      for (const b of controls.slice(index + 1)) {
        // A control inside another (an input in its label's button) is one control, not two on top of each other.
        if (a.element.contains(b.element) || b.element.contains(a.element) || a.layer !== b.layer) continue;
        const apart = a.box.right <= b.box.left + 0.5 || b.box.right <= a.box.left + 0.5 || a.box.bottom <= b.box.top + 0.5 || b.box.bottom <= a.box.top + 0.5;
        if (!apart) overlapping.push(`"${a.name}" and "${b.name}"`);
      }
    }
    const clipped = [...document.querySelectorAll('button, label, h1, h2, h3, th, td, dt, dd, p, li, a, legend, .chip, .badge')]
      .filter(visible)
      .filter((element) => {
        const style = getComputedStyle(element);
        // Scrolling boxes are meant to be wider inside than outside.
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') return false;
        // A one-pixel box is text for screen readers only, hidden from the eye on purpose.
        return element.clientWidth > 2 && element.scrollWidth > element.clientWidth + 1;
      })
      .map((element) => `"${nameOf(element)}" needs ${element.scrollWidth} px, has ${element.clientWidth}`);
    const header: string[] = [];
    const banner = document.querySelector('header.app-header');
    if (banner) {
      const items = [...banner.children].filter(visible).map((item) => item.getBoundingClientRect());
      const lowestTop = Math.max(...items.map((item) => item.top));
      const highestBottom = Math.min(...items.map((item) => item.bottom));
      if (lowestTop >= highestBottom) header.push(`the header wraps: ${Math.round(banner.getBoundingClientRect().height)} px tall`);
    }
    return { scrolls, outside, overlapping, clipped, header, controls: controls.length };
  }, flow === 'fixed');
}

function leaves(value: unknown, path: string, into: Map<string, string>): void {
  if (typeof value === 'string') into.set(path, value);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, into);
}

/** English messages that both other languages say differently (so showing them there is a miss). */
const englishOnly: ReadonlySet<string> = (() => {
  const [en, da, de] = (['en', 'da', 'de'] as const).map((language) => {
    const flat = new Map<string, string>();
    leaves(messages[language], '', flat);
    return flat;
  });
  const found = new Set<string>();
  for (const [key, text] of en ?? []) {
    // Interpolated and one-word texts ("OK", "E-mail") are too often the same words in every language.
    if (text.includes('{{') || !text.includes(' ') || text.length < 8) continue;
    if (da?.get(key) !== text && de?.get(key) !== text) found.add(text);
  }
  return found;
})();

/** Texts on the page that are not in its language: English messages on a da/de screen, or raw message keys. */
export async function untranslatedTexts(page: Page, language: UiLanguage): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text && node.parentElement?.getClientRects().length) found.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const attribute of ['aria-label', 'placeholder', 'title']) {
        const text = element.getAttribute(attribute)?.trim();
        if (text) found.push(text);
      }
    }
    return found;
  });
  const rawKey = /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/;
  return texts.filter((text) => rawKey.test(text) || (language !== 'en' && englishOnly.has(text)));
}

/**
 * With LANDHUB_E2E_SHOTS=<folder>, layout tests save a picture of each screen they check, for
 * a person to look at (the brief asks every touched screen to be looked at, not only tested).
 */
export async function saveShot(page: Page, name: string, fullPage = false): Promise<void> {
  const folder = process.env.LANDHUB_E2E_SHOTS;
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  const file = name.toLowerCase().replace(/[^a-z0-9æøåäöüß]+/g, '-').replace(/^-|-$/g, '');
  await page.screenshot({ path: join(folder, `${file}.png`), fullPage });
}

/**
 * Every layout check at once, as soft expectations named after `screen`, after saving its
 * picture: the one assertion the host, kiosk and door layout walks share.
 */
export async function expectLayoutFine(page: Page, lang: UiLanguage, screen: string, flow: PageFlow): Promise<void> {
  await saveShot(page, screen, flow === 'scrollsDown');
  const report = await layoutProblems(page, flow);
  expect.soft(report.scrolls, `${screen}: the page scrolls`).toEqual([]);
  expect.soft(report.outside, `${screen}: controls outside the window`).toEqual([]);
  expect.soft(report.overlapping, `${screen}: controls on top of each other`).toEqual([]);
  expect.soft(report.clipped, `${screen}: texts cut off`).toEqual([]);
  expect.soft(report.header, `${screen}: header`).toEqual([]);
  expect.soft(report.controls, `${screen}: no controls found`).toBeGreaterThan(0);
  expect.soft(await untranslatedTexts(page, lang), `${screen}: not in the screen's language`).toEqual([]);
}
