import type { PaintProbeApi } from './benchApi';

/**
 * Installed before the app's first script runs (Playwright's init script, which the page's
 * CSP does not govern), so the first member card cannot be drawn before anyone watches.
 * It notes the animation frame after the first card enters the DOM, in the page's own clock,
 * whose zero is the start of the navigation.
 */
const CARD = '.member-card';

let firstCardAt: number | null = null;
let resolveFirstCard: (ms: number) => void = () => undefined;
const firstCard = new Promise<number>((resolve) => { resolveFirstCard = resolve; });

const observer = new MutationObserver(() => {
  if (firstCardAt !== null || !document.querySelector(CARD)) return;
  firstCardAt = performance.now();
  observer.disconnect();
  requestAnimationFrame(() => { resolveFirstCard(performance.now()); });
});
observer.observe(document, { childList: true, subtree: true });

function firstCardPaintedMs(timeoutMs: number): Promise<number | null> {
  return Promise.race([firstCard, new Promise<null>((resolve) => { setTimeout(() => { resolve(null); }, timeoutMs); })]);
}

const api: PaintProbeApi = { firstCardPaintedMs };
window.landhubPaintProbe = api;
