import { z } from 'zod';

/**
 * PIN verifiers: what a machine stores instead of a PIN. A kiosk must check PINs while the hub
 * is away, so it holds the verifiers and whoever copies its storage can try every PIN offline.
 * The verifier therefore costs a deliberately slow hash per guess (PBKDF2-SHA256 through Web
 * Crypto, which browsers and Node share), mixed with a per-hub secret salt that lives in the
 * hub's settings and never reaches a wall or room display, and a random salt per verifier.
 *
 * Format: `pbkdf2-sha256$<iterations>$<salt>$<hash>` (salt and hash base64url). The parameters
 * travel inside the verifier, so a later version can raise the cost without breaking old PINs.
 * Verifiers of earlier versions (a bare salted SHA-256, base64url) are "legacy": they still
 * open a member's check-in until the PIN is changed, never the host screens (see pinPolicy).
 */

/** About 150 ms per guess on the reference machine (docs/SECURITY.md has the measurement). */
export const PIN_ITERATIONS = 600_000;
/** Bounds a verifier's cost: a verifier from storage must not make a check run for minutes. */
const MAX_ITERATIONS = 5_000_000;
const MIN_ITERATIONS = 1_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
const SCHEME = 'pbkdf2-sha256';

const base64UrlPattern = (length: number) => new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
/** 32 bytes, base64url: a legacy SHA-256 verifier, and the hub's PIN salt. */
const LEGACY_PATTERN = base64UrlPattern(43);
const CURRENT_PATTERN = /^pbkdf2-sha256\$(\d{4,7})\$([A-Za-z0-9_-]{22})\$([A-Za-z0-9_-]{43})$/;

/** Who a PIN belongs to: the hub's host PIN, or one member's check-in PIN. */
export type PinSubject = { kind: 'host' } | { kind: 'member'; memberId: string };
export const HOST_PIN_SUBJECT: PinSubject = { kind: 'host' };
export const memberPinSubject = (memberId: string): PinSubject => ({ kind: 'member', memberId });

/** A host PIN has six digits (it opens host screens); a member's check-in PIN four. */
export const PIN_LENGTH = { host: 6, member: 4 } as const;

export function isValidPinFor(subject: PinSubject, pin: string): boolean {
  return new RegExp(`^\\d{${PIN_LENGTH[subject.kind]}}$`).test(pin);
}

/** The per-hub secret salt: 32 random bytes, base64url. */
export const pinSaltSchema = z.string().regex(LEGACY_PATTERN, 'Not a PIN salt');
/** Any stored verifier this version can read; anything else is refused at the boundary. */
export const pinVerifierSchema = z.string().max(120).refine((text) => LEGACY_PATTERN.test(text) || parseCurrent(text) !== null, 'Not a PIN verifier');

export type PinVerifierKind = 'none' | 'legacy' | 'current';

export function pinVerifierKind(verifier: string | null | undefined): PinVerifierKind {
  if (!verifier) return 'none';
  if (parseCurrent(verifier)) return 'current';
  return LEGACY_PATTERN.test(verifier) ? 'legacy' : 'none';
}

interface CurrentVerifier {
  iterations: number;
  salt: string;
  hash: string;
}

function parseCurrent(verifier: string): CurrentVerifier | null {
  const match = CURRENT_PATTERN.exec(verifier);
  if (!match) return null;
  const iterations = Number(match[1]);
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) return null;
  return { iterations, salt: match[2] ?? '', hash: match[3] ?? '' };
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newPinSalt(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

function subjectLabel(subject: PinSubject): string {
  return subject.kind === 'host' ? 'host' : `member:${subject.memberId}`;
}

/**
 * The PBKDF2 salt binds the hub's secret, the subject and the verifier's own random salt: a
 * verifier copied to another member, or to another hub, matches nothing there.
 */
async function derive(pin: string, hubSalt: string, subject: PinSubject, salt: string, iterations: number): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(pin), 'PBKDF2', false, ['deriveBits']);
  const saltBytes = encoder.encode(`landhub-pin-v2|${hubSalt}|${subjectLabel(subject)}|${salt}`);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: saltBytes, iterations }, key, HASH_BITS);
  return base64Url(new Uint8Array(bits));
}

export async function makePinVerifier(pin: string, hubSalt: string, subject: PinSubject, iterations = PIN_ITERATIONS): Promise<string> {
  if (!isValidPinFor(subject, pin)) throw new Error(`A ${subject.kind} PIN has exactly ${PIN_LENGTH[subject.kind]} digits`);
  pinSaltSchema.parse(hubSalt);
  const salt = base64Url(crypto.getRandomValues(new Uint8Array(SALT_BYTES)));
  return `${SCHEME}$${iterations}$${salt}$${await derive(pin, hubSalt, subject, salt, iterations)}`;
}

/** The verifier format of earlier versions: one salted SHA-256, salted with the member id or "hub". */
export async function legacyPinVerifier(pin: string, legacySalt: string): Promise<string> {
  const data = new TextEncoder().encode(`landhub-pin:${legacySalt}:${pin}`);
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
}

/** Compares without stopping at the first difference, so answer times say nothing about the hash. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let at = 0; at < Math.max(a.length, b.length); at++) difference |= (a.charCodeAt(at) || 0) ^ (b.charCodeAt(at) || 0);
  return difference === 0;
}

/**
 * Whether `pin` opens `verifier`. The one policy for every checker (kiosk and hub alike): a
 * legacy verifier still opens a member's check-in (4 digits, set before this version), never
 * the host screens: an old 4-digit host PIN must be set again with six digits.
 */
export async function pinOpens(pin: string, verifier: string | null | undefined, hubSalt: string | null | undefined, subject: PinSubject): Promise<boolean> {
  if (!verifier || !verifierCanOpen(verifier, subject) || !isValidPinFor(subject, pin)) return false;
  const current = parseCurrent(verifier);
  if (current) {
    if (!hubSalt || !pinSaltSchema.safeParse(hubSalt).success) return false;
    return sameText(await derive(pin, hubSalt, subject, current.salt, current.iterations), current.hash);
  }
  return subject.kind === 'member' && sameText(await legacyPinVerifier(pin, subject.memberId), verifier);
}

/** Whether any PIN could open this verifier for this subject (an old host PIN cannot). */
export function verifierCanOpen(verifier: string | null | undefined, subject: PinSubject): boolean {
  const kind = pinVerifierKind(verifier);
  return kind === 'current' || (kind === 'legacy' && subject.kind === 'member');
}
