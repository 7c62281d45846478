import type { HubSettingsFields } from '../schemas/hub';
import type { MemberFields } from '../schemas/member';
import { approvalOf, type PledgeFields, type VolunteerHoursFields } from '../schemas/project';
import { zonedDateOf, type LocalDate } from '../time/zonedTime';

/**
 * Pledge accounting: what members pledged, logged and had approved, per month in the hub's
 * time zone, with totals per project, per member (only members who allow it) and for the hub
 * per year, and their value in money at the hub's hourly rate. Only approved hours count in
 * totals; a member's own month counts what they logged, pending or not, against their pledge.
 * Rows are live rows (tombstones are left out by the caller's query or here by `deleted`).
 */

/** "YYYY-MM" */
export type Month = string;

/** A working week when a member pledges a share of it without saying how long theirs is. */
export const DEFAULT_WEEK_HOURS = 37;

/** The month of an instant in the hub's time zone. */
export function monthOf(instant: Date, timeZone: string): Month {
  return zonedDateOf(instant, timeZone).slice(0, 7);
}

/** The month a local date falls in. */
export function monthOfDate(date: LocalDate): Month {
  return date.slice(0, 7);
}

/** The month before. */
export function previousMonth(month: Month): Month {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return number === 1 ? `${String(year - 1).padStart(4, '0')}-12` : `${String(year).padStart(4, '0')}-${String(number - 1).padStart(2, '0')}`;
}

function daysInMonth(month: Month): number {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, 0)).getUTCDate();
}

/** One pledge row per member and first month, on every machine. */
export function pledgeId(memberId: string, fromMonth: Month): string {
  return `${memberId}_p${fromMonth.replace('-', '')}`;
}

type Live = { deleted?: boolean };
const live = <T extends Live>(rows: readonly T[]): T[] => rows.filter((row) => row.deleted !== true);

export function pledgeInEffect(pledge: Pick<PledgeFields, 'fromMonth' | 'untilMonth'>, month: Month): boolean {
  return pledge.fromMonth <= month && (pledge.untilMonth === null || month <= pledge.untilMonth);
}

/** A pledge's hours in one month: hours a month, or the share of the weeks that month holds. */
export function pledgeHoursInMonth(pledge: Omit<PledgeFields, 'memberId' | 'createdAt'>, month: Month): number {
  if (!pledgeInEffect(pledge, month)) return 0;
  if (pledge.hoursPerMonth !== null) return pledge.hoursPerMonth;
  const share = pledge.weekShare ?? 0;
  return share * (pledge.weekHours ?? DEFAULT_WEEK_HOURS) * (daysInMonth(month) / 7);
}

/** Pledged hours of a month over the rows given (one member's, or everyone's: no row needs to name its member). */
export function pledgedInMonth(pledges: readonly (Omit<PledgeFields, 'memberId' | 'createdAt'> & Live)[], month: Month): number {
  return live(pledges).reduce((sum, pledge) => sum + pledgeHoursInMonth(pledge, month), 0);
}

/**
 * The writes that make `next` a member's pledge from `month` on: the pledge in effect before
 * it ends the month before (one that starts this month is replaced, same id), so every past
 * month keeps the pledge it had.
 */
export function replacePledge(
  current: readonly (PledgeFields & { id: string } & Live)[],
  next: Pick<PledgeFields, 'memberId' | 'hoursPerMonth' | 'weekShare' | 'weekHours' | 'createdAt'>,
  month: Month,
): { id: string; fields: Partial<PledgeFields> }[] {
  const writes: { id: string; fields: Partial<PledgeFields> }[] = [];
  for (const pledge of live(current)) {
    if (pledge.memberId !== next.memberId || pledge.fromMonth >= month || (pledge.untilMonth !== null && pledge.untilMonth < month)) continue;
    writes.push({ id: pledge.id, fields: { untilMonth: previousMonth(month) } });
  }
  writes.push({ id: pledgeId(next.memberId, month), fields: { ...next, fromMonth: month, untilMonth: null } });
  return writes;
}

type Hours = Pick<VolunteerHoursFields, 'memberId' | 'projectId' | 'on' | 'hours' | 'approval'> & Live;

const sum = (rows: readonly Hours[]) => rows.reduce((total, row) => total + row.hours, 0);
const approvedOnly = (rows: readonly Hours[]) => live(rows).filter((row) => approvalOf(row) === 'approved');

/** A member's month: what they pledged, logged (pending too), had approved, and what is left of the pledge. */
export interface MonthAccount {
  month: Month;
  pledged: number;
  logged: number;
  approved: number;
  /** Pledged less logged, never below zero. */
  remaining: number;
}

export function memberMonth(memberId: string, pledges: readonly (PledgeFields & Live)[], hours: readonly Hours[], month: Month): MonthAccount {
  const own = live(hours).filter((row) => row.memberId === memberId && monthOfDate(row.on) === month);
  const pledged = pledgedInMonth(pledges.filter((pledge) => pledge.memberId === memberId), month);
  const logged = sum(own);
  return { month, pledged, logged, approved: sum(approvedOnly(own)), remaining: Math.max(0, pledged - logged) };
}

/** What is left of every pledging member's pledge in a month (for ranking helpers); members without a pledge are absent. */
export function pledgeLeftByMember(pledges: readonly (PledgeFields & Live)[], hours: readonly Hours[], month: Month): Map<string, number> {
  const members = new Set(live(pledges).filter((pledge) => pledgeInEffect(pledge, month)).map((pledge) => pledge.memberId));
  return new Map([...members].map((memberId) => [memberId, memberMonth(memberId, pledges, hours, month).remaining]));
}

/** Approved hours per project (hours logged without a project are under null). */
export function hoursByProject(hours: readonly Hours[]): Map<string | null, number> {
  const totals = new Map<string | null, number>();
  for (const row of approvedOnly(hours)) totals.set(row.projectId, (totals.get(row.projectId) ?? 0) + row.hours);
  return totals;
}

/** Approved hours per member, for members who let reports name them (`hoursByName`) only. */
export function hoursByMember(hours: readonly Hours[], members: ReadonlyMap<string, Pick<MemberFields, 'hoursByName'>>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of approvedOnly(hours)) {
    if (row.memberId === null || members.get(row.memberId)?.hoursByName !== true) continue;
    totals.set(row.memberId, (totals.get(row.memberId) ?? 0) + row.hours);
  }
  return totals;
}

/** The hub's year: approved hours given, and hours pledged over its months (up to `throughMonth` when the year is running). */
export function hubYear(year: number, pledges: readonly (PledgeFields & Live)[], hours: readonly Hours[], throughMonth: Month = `${String(year).padStart(4, '0')}-12`): { given: number; pledged: number } {
  const prefix = `${String(year).padStart(4, '0')}-`;
  let pledged = 0;
  for (let number = 1; number <= 12; number++) {
    const month = `${prefix}${String(number).padStart(2, '0')}`;
    if (month > throughMonth) break;
    pledged += pledgedInMonth(pledges, month);
  }
  return { given: sum(approvedOnly(hours).filter((row) => row.on.startsWith(prefix))), pledged };
}

/** Hours in money at the hub's rate (hub settings), in whole cents; null while the host set no rate. */
export function hoursValue(hours: number, settings: Pick<HubSettingsFields, 'volunteerHourValue'> | null | undefined): { amount: number; currency: 'DKK' | 'EUR' } | null {
  const rate = settings?.volunteerHourValue ?? null;
  if (rate === null) return null;
  return { amount: Math.round(hours * rate.amount * 100) / 100, currency: rate.currency };
}
