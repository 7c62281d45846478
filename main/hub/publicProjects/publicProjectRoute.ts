import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HybridClock } from '@core/hlc';
import type { UiLanguage } from '@core/languages';
import { clientKey, createAddressLimiter, type BucketLimits } from '../addressLimiter';
import { ApiError, readBody } from '../api/jsonBody';
import { hubLog } from '../hubLog';
import { storedHubSettings } from '../storedSettings';
import type { HubStore } from '../sync/hubStore';
import { EMPTY_FORM, isFormPost, readHelpForm } from './helpForm';
import { storeHelpOffer } from './helpOfferWrite';
import { inLanguage, type PageFrame } from './pageFrame';
import { pageLanguage } from './pageLanguage';
import { PAGE_STYLE_SOURCE } from './pageStyle';
import { pageTexts } from './pageTexts';
import { messagePage, projectPage, thanksPage, type FormState } from './projectPage';
import { publicProjectView, type PublicProjectView } from './publicProjectView';

/**
 * `GET /projects/<id>`: a public project's page, what the wall's QR code opens on any phone
 * without pairing. `POST /projects/<id>/help`: its "I'd like to help" form, answered with a
 * redirect to `GET /projects/<id>/thanks` (a reload sends nothing twice). An unknown, deleted,
 * members-only or malformed id gets one and the same "not shown" page with 404, so a guess
 * learns nothing. Each client address has a small budget of pages and a smaller one of offers.
 */
export interface PublicProjectContext {
  store: HubStore;
  clock: HybridClock;
  now: () => Date;
  /** Tells connected machines to pull (the host desks get the new offer at once). */
  poke: () => void;
}

/** A person reads a few pages a minute; a phone that reloads in a loop is slowed, not shut out. */
export const PAGE_LIMITS: BucketLimits = { capacity: 30, refillEveryMs: 2_000 };
/** A few tries to get the form right, then one offer a minute. */
export const OFFER_LIMITS: BucketLimits = { capacity: 5, refillEveryMs: 60_000 };

const PROJECT_PATH = /^\/projects\/([^/]{1,200})(?:\/(help|thanks))?$/;

/** The page's own policy: no script at all, its one stylesheet by hash, photos as data URLs, the form posting home. */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src ${PAGE_STYLE_SOURCE}`,
  'img-src data:',
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function sendPage(res: ServerResponse, status: number, body: string, lang: string, extra: Record<string, string> = {}): void {
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Content-Language': lang,
    'Cache-Control': 'no-store',
    Vary: 'Accept-Language',
    ...extra,
  });
  res.end(body);
}

function decodedOrNull(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A form posted from another site's page (the browser names it): not ours. `null` is a privacy-minded browser's own page. */
function fromElsewhere(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

type FormBody = { kind: 'form'; text: string } | { kind: 'tooLarge' } | { kind: 'notAForm' };

async function readFormBody(req: IncomingMessage): Promise<FormBody> {
  if (!isFormPost(req.headers['content-type']) || fromElsewhere(req)) return { kind: 'notAForm' };
  try {
    return { kind: 'form', text: (await readBody(req)).toString('utf8') };
  } catch (error) {
    if (error instanceof ApiError && error.status === 413) return { kind: 'tooLarge' };
    throw error;
  }
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' }).end();
}

type OfferAnswer = { kind: 'notShown' } | { kind: 'thanks' } | { kind: 'form'; status: number; state: FormState };

const blankForm = (notice?: string): FormState => ({ values: EMPTY_FORM, problems: {}, ...(notice ? { notice } : {}) });

/** What a posted offer comes to, decided after the whole body was read (nothing changes in between). */
function judgeOffer(context: PublicProjectContext, body: FormBody, view: PublicProjectView, lang: UiLanguage): OfferAnswer {
  const { store, clock, now, poke } = context;
  const texts = pageTexts[lang];
  if (!view.takesOffers) return { kind: 'form', status: 409, state: blankForm() };
  if (body.kind === 'tooLarge') return { kind: 'form', status: 413, state: blankForm(texts.tooLarge) };
  if (body.kind === 'notAForm') return { kind: 'form', status: 415, state: blankForm(texts.unreadable) };
  const form = readHelpForm(body.text);
  if (!form.ok) return { kind: 'form', status: 400, state: { values: form.values, problems: form.problems } };
  const stored = storeHelpOffer(store, clock, now(), { projectId: view.id, ...form.offer, language: lang });
  if (stored.kind === 'tooManyWaiting') {
    hubLog('helpOffer.refused', { project: view.id, reason: 'tooManyWaiting' }, now());
    return { kind: 'form', status: 503, state: { values: { ...form.offer, consent: true }, problems: {}, notice: texts.offersWaiting } };
  }
  hubLog('helpOffer.received', { project: view.id, offer: stored.offerId }, now());
  poke();
  return { kind: 'thanks' };
}

/** `POST /projects/<id>/help`: a pending offer and the way to the thanks, or the form again with what is wrong. */
async function answerOffer(context: PublicProjectContext, req: IncomingMessage, res: ServerResponse, frame: PageFrame, projectId: string | null): Promise<void> {
  const body = await readFormBody(req);
  const view = projectId === null ? null : publicProjectView(context.store, projectId, frame.lang);
  const answer: OfferAnswer = view ? judgeOffer(context, body, view, frame.lang) : { kind: 'notShown' };
  if (answer.kind === 'notShown' || !view) notShown(res, frame);
  else if (answer.kind === 'thanks') redirect(res, inLanguage(`${frame.path}/thanks`, frame.lang));
  // What was not read of a refused body is not waited for: the connection closes after the answer.
  else sendPage(res, answer.status, projectPage(frame, view, answer.state), frame.lang, body.kind === 'form' ? {} : { Connection: 'close' });
}

function notShown(res: ServerResponse, frame: PageFrame): void {
  const texts = pageTexts[frame.lang];
  sendPage(res, 404, messagePage(frame, texts.notShown, texts.notShownBody), frame.lang);
}

export function createPublicProjectRoute(context: PublicProjectContext) {
  const { store, now } = context;
  const pages = createAddressLimiter(PAGE_LIMITS);
  const offers = createAddressLimiter(OFFER_LIMITS);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://hub');
    const match = PROJECT_PATH.exec(url.pathname);
    const projectId = match?.[1] ? decodedOrNull(match[1]) : null;
    const action = match?.[2] ?? 'page';
    const settings = storedHubSettings(store);
    const lang = pageLanguage(url.searchParams, req.headers['accept-language'], settings.defaultLanguage);
    const frame: PageFrame = { lang, hubName: settings.name, path: projectId ? `/projects/${encodeURIComponent(projectId)}` : url.pathname };
    const reads = req.method === 'GET' || req.method === 'HEAD';
    const posting = action === 'help' && req.method === 'POST';
    // The form's address opened as a page leads to the project.
    if (action === 'help' && reads) {
      redirect(res, inLanguage(frame.path, lang));
      return;
    }
    if (!posting && !reads) {
      res.writeHead(405, { Allow: action === 'help' ? 'POST' : 'GET, HEAD', 'Cache-Control': 'no-store' }).end();
      return;
    }
    const taken = (posting ? offers : pages).take(clientKey(req.socket.remoteAddress), now().getTime());
    if (!taken.allowed) {
      const texts = pageTexts[lang];
      const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
      sendPage(res, 429, messagePage(frame, texts.tooMany, texts.tooManyBody(seconds)), lang, { 'Retry-After': String(seconds), ...(posting ? { Connection: 'close' } : {}) });
      return;
    }
    if (posting) {
      await answerOffer(context, req, res, frame, projectId);
      return;
    }
    const view = projectId === null ? null : publicProjectView(store, projectId, lang);
    if (!view) notShown(res, frame);
    else sendPage(res, 200, action === 'thanks' ? thanksPage(frame, view) : projectPage(frame, view), lang);
  };
}
