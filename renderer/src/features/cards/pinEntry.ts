import { isValidPin } from '@core/secrets';

/** What is wrong with a PIN typed twice, as a key of `cards.pinErrors`; null when it can be saved. */
export type PinProblem = 'format' | 'mismatch';

export interface PinEntry {
  pin: string;
  confirm: string;
}

export const emptyPinEntry: PinEntry = { pin: '', confirm: '' };

export function pinEntryProblems(entry: PinEntry): { pin: PinProblem | null; confirm: PinProblem | null } {
  if (!isValidPin(entry.pin)) return { pin: 'format', confirm: null };
  if (entry.confirm !== entry.pin) return { pin: null, confirm: 'mismatch' };
  return { pin: null, confirm: null };
}

/** Keeps only digits, at most four: a PIN pad and a keyboard both produce exactly what is stored. */
export function pinDigits(typed: string): string {
  return typed.replace(/\D/g, '').slice(0, 4);
}
