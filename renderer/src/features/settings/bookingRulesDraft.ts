import { bookingPolicySchema, type BookingPolicy } from '@core/bookings/bookingPolicy';
import type { LocalDate } from '@core/time/zonedTime';
import { normalizeClockTime } from './hubSettingsDraft';

/**
 * The booking rules form as the host edits it, and its way back to a policy. Pure: the form's
 * hook keeps the draft, core's `bookingPolicySchema` has the last word on what is saved.
 */

/** Monday first: the week starts on Monday in Denmark and Germany (ISO weekday numbers). */
export const weekdaysMondayFirst = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdaysMondayFirst)[number];

/** A day of the week in the form: a closed day keeps its hours, so opening it again finds them. */
export interface DayDraft {
  weekday: Weekday;
  open: boolean;
  opens: string;
  closes: string;
}

/** What the inputs hold: numbers stay text until saved, so "1" on the way to "14" is fine. */
export interface BookingRulesDraft {
  days: DayDraft[];
  /** Always in date order, each day once. */
  closedDates: LocalDate[];
  maxDaysAhead: string;
  maxRoomMinutes: string;
  maxActivePerMember: string;
}

/** Hours a closed day offers when the host opens it. */
const SUGGESTED_HOURS = { opens: '08:00', closes: '18:00' } as const;

/** The room lengths the form offers a host to choose from: 30 min to 8 h. */
export const roomLengthChoices = [30, 45, 60, 90, 120, 150, 180, 240, 300, 360, 420, 480] as const;

export type DayError = 'notATime' | 'closesBeforeOpens';
export type LimitField = 'maxDaysAhead' | 'maxRoomMinutes' | 'maxActivePerMember';

/** What is wrong, field by field: a weekday's hours, the closed days' list, a limit. */
export interface BookingRulesErrors {
  days: Partial<Record<Weekday, DayError>>;
  closedDates?: 'tooMany';
  limits: Partial<Record<LimitField, true>>;
  /** The schema refused something no field explains (it should not happen): the form says so as a whole. */
  unexplained?: true;
}

export type BookingRulesResult = { ok: true; policy: BookingPolicy } | { ok: false; errors: BookingRulesErrors };

export function draftFromPolicy(policy: BookingPolicy): BookingRulesDraft {
  return {
    days: weekdaysMondayFirst.map((weekday) => {
      const hours = policy.openingHours.find((day) => day.weekday === weekday);
      return hours ? { weekday, open: true, opens: hours.opens, closes: hours.closes } : { weekday, open: false, ...SUGGESTED_HOURS };
    }),
    closedDates: [...new Set(policy.closedDates)].sort(),
    maxDaysAhead: String(policy.maxDaysAhead),
    maxRoomMinutes: String(policy.maxRoomMinutes),
    maxActivePerMember: String(policy.maxActivePerMember),
  };
}

/** The choices for the longest room booking, with the stored length among them when it is another one. */
export function roomLengthOptions(current: string): number[] {
  const minutes = wholeNumber(current);
  const choices: number[] = [...roomLengthChoices];
  if (Number.isFinite(minutes) && !choices.includes(minutes)) choices.push(minutes);
  return choices.sort((a, b) => a - b);
}

/** A whole number, or NaN for anything else (empty, "1.5", "abc"), so the schema refuses it. */
function wholeNumber(typed: string): number {
  const text = typed.trim();
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** A day's own check, in the words its field says: a time that is not one, or closing before opening. */
function dayError(day: DayDraft): DayError | null {
  if (!day.open) return null;
  const opens = normalizeClockTime(day.opens);
  const closes = normalizeClockTime(day.closes);
  const timeOfDay = bookingPolicySchema.shape.openingHours.element.shape.opens;
  if (!timeOfDay.safeParse(opens).success || !timeOfDay.safeParse(closes).success) return 'notATime';
  return closes > opens ? null : 'closesBeforeOpens';
}

function policyOf(draft: BookingRulesDraft): unknown {
  return {
    openingHours: draft.days.filter((day) => day.open)
      .map((day) => ({ weekday: day.weekday, opens: normalizeClockTime(day.opens), closes: normalizeClockTime(day.closes) })),
    closedDates: draft.closedDates,
    maxDaysAhead: wholeNumber(draft.maxDaysAhead),
    maxRoomMinutes: wholeNumber(draft.maxRoomMinutes),
    maxActivePerMember: wholeNumber(draft.maxActivePerMember),
  };
}

function isLimitField(key: unknown): key is LimitField {
  return key === 'maxDaysAhead' || key === 'maxRoomMinutes' || key === 'maxActivePerMember';
}

/** The policy to save, or every field that is wrong at once. */
export function validateBookingRulesDraft(draft: BookingRulesDraft): BookingRulesResult {
  const errors: BookingRulesErrors = { days: {}, limits: {} };
  for (const day of draft.days) {
    const error = dayError(day);
    if (error) errors.days[day.weekday] = error;
  }
  const result = bookingPolicySchema.safeParse(policyOf(draft));
  if (result.success && Object.keys(errors.days).length === 0) return { ok: true, policy: result.data };
  for (const issue of result.error?.issues ?? []) {
    const [field] = issue.path;
    if (isLimitField(field)) errors.limits[field] = true;
    else if (field === 'closedDates') errors.closedDates = 'tooMany';
  }
  const explained = Object.keys(errors.days).length > 0 || Object.keys(errors.limits).length > 0 || errors.closedDates !== undefined;
  return { ok: false, errors: explained ? errors : { ...errors, unexplained: true } };
}

export type AddDateOutcome =
  | { kind: 'added'; closedDates: LocalDate[] }
  | { kind: 'noDate' }
  | { kind: 'passed' }
  | { kind: 'duplicate' };

/** A closed day added in date order: refused when empty, already past (the hub's today) or already listed. */
export function addClosedDate(closedDates: readonly LocalDate[], typed: string, today: LocalDate): AddDateOutcome {
  const date = typed.trim();
  if (!bookingPolicySchema.shape.closedDates.element.safeParse(date).success) return { kind: 'noDate' };
  if (date < today) return { kind: 'passed' };
  if (closedDates.includes(date)) return { kind: 'duplicate' };
  return { kind: 'added', closedDates: [...closedDates, date].sort() };
}

/** The closed days before the hub's today, which no longer close anything. */
export function pastClosedDates(closedDates: readonly LocalDate[], today: LocalDate): LocalDate[] {
  return closedDates.filter((date) => date < today);
}

/** Whether two drafts would save the same policy (or, when not valid, hold the same text). */
export function sameDraft(a: BookingRulesDraft, b: BookingRulesDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whole hours and the minutes left over, for saying a length in words ("1 hour 30 minutes"). */
export function lengthParts(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
