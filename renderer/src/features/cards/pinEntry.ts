/** What is wrong with a PIN typed twice, as a key of `cards.pinErrors`; null when it can be saved. */
export type PinProblem = 'format' | 'mismatch';

export interface PinEntry {
  pin: string;
  confirm: string;
}

export const emptyPinEntry: PinEntry = { pin: '', confirm: '' };

/** `length`: PIN_LENGTH.member (4) or PIN_LENGTH.host (6), from core/pinVerifier.ts. */
export function pinEntryProblems(entry: PinEntry, length: number): { pin: PinProblem | null; confirm: PinProblem | null } {
  if (!new RegExp(`^\\d{${length}}$`).test(entry.pin)) return { pin: 'format', confirm: null };
  if (entry.confirm !== entry.pin) return { pin: null, confirm: 'mismatch' };
  return { pin: null, confirm: null };
}

/** Keeps only digits, at most `length`: a PIN pad and a keyboard both produce exactly what is stored. */
export function pinDigits(typed: string, length: number): string {
  return typed.replace(/\D/g, '').slice(0, length);
}
