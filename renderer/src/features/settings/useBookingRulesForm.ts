import { useState } from 'react';
import { defaultBookingPolicy, type BookingPolicy } from '@core/bookings/bookingPolicy';
import { zonedDateOf, type LocalDate } from '@core/time/zonedTime';
import { bookingPolicyOf } from '@core/schemas';
import { useDataContext } from '../../app/services';
import { useHubSettings } from '../../data/liveQueries';
import {
  addClosedDate, draftFromPolicy, pastClosedDates, sameDraft, validateBookingRulesDraft,
  type BookingRulesDraft, type BookingRulesErrors, type BookingRulesResult, type DayDraft, type LimitField, type Weekday,
} from './bookingRulesDraft';
import { useBookingRulesActions } from './useBookingRulesActions';

/** Why a day was not added to the closed days, said by the date field. */
export type DateRefusal = { kind: 'noDate' } | { kind: 'passed' | 'duplicate'; date: LocalDate };

const noErrors: BookingRulesErrors = { days: {}, limits: {} };
const samePolicy = (a: BookingPolicy, b: BookingPolicy) => JSON.stringify(a) === JSON.stringify(b);

/** The policy as stored, and what the form shows until the live query delivers a save (no flash of the old one). */
function useStoredPolicy(settings: ReturnType<typeof useHubSettings>) {
  const stored = bookingPolicyOf(settings);
  // Any other change of the stored policy (another tab, a refusal rolled back) ends the wait.
  const [awaiting, setAwaiting] = useState<{ saved: BookingPolicy; before: BookingPolicy } | null>(null);
  if (awaiting && (samePolicy(awaiting.saved, stored) || !samePolicy(awaiting.before, stored))) setAwaiting(null);
  return { stored, shown: awaiting?.saved ?? stored, awaitSaved: (saved: BookingPolicy) => { setAwaiting({ saved, before: stored }); } };
}

/** The closed days' add field: what is typed there and why it was refused. */
function useClosedDateInput(today: LocalDate, closedDates: readonly LocalDate[], onAdded: (dates: LocalDate[]) => void) {
  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState<DateRefusal | null>(null);
  const add = () => {
    const outcome = addClosedDate(closedDates, typed, today);
    if (outcome.kind === 'added') {
      onAdded(outcome.closedDates);
      setTyped('');
      setRefusal(null);
    } else setRefusal(outcome.kind === 'noDate' ? outcome : { kind: outcome.kind, date: typed.trim() });
    return outcome.kind === 'added';
  };
  const type = (value: string) => { setTyped(value); setRefusal(null); };
  return { typed, type, refusal, add };
}

/** Saving (only a draft the schema accepts) and setting back to the defaults; `tried` shows the errors once a save was refused. */
function useSaveAndReset({ result, stored, edits, setEdits, awaitSaved }: {
  result: BookingRulesResult;
  stored: BookingPolicy;
  edits: BookingRulesDraft | null;
  setEdits: (edits: BookingRulesDraft | null) => void;
  awaitSaved: (saved: BookingPolicy) => void;
}) {
  const { savePolicy, resetPolicy } = useBookingRulesActions();
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const settled = () => {
    setEdits(null);
    setTried(false);
  };
  const save = async (): Promise<boolean> => {
    setTried(true);
    if (!result.ok) return false;
    setBusy(true);
    const saved = await savePolicy(result.policy);
    setBusy(false);
    if (saved) {
      awaitSaved(result.policy);
      settled();
    }
    return saved;
  };
  const reset = async () => {
    // Undo brings back what was stored, and what the host had typed but not saved.
    const kept = edits;
    setBusy(true);
    const done = await resetPolicy(stored, () => { setEdits(kept); });
    setBusy(false);
    if (done) settled();
  };
  return { tried, busy, save, reset };
}

/**
 * Settings → Booking rules: the draft the host edits (kept whole when a check fails), its check
 * by the one schema, and saving or setting it back to the defaults. The hub's today decides
 * which closed days have passed.
 */
export function useBookingRulesForm() {
  const { now } = useDataContext();
  const settings = useHubSettings();
  const today = zonedDateOf(now(), settings.timeZone);
  const { stored, shown, awaitSaved } = useStoredPolicy(settings);
  const [edits, setEdits] = useState<BookingRulesDraft | null>(null);
  const storedDraft = draftFromPolicy(shown);
  const draft = edits ?? storedDraft;
  const result = validateBookingRulesDraft(draft);
  const { tried, busy, save, reset } = useSaveAndReset({ result, stored, edits, setEdits, awaitSaved });
  const edit = (change: (before: BookingRulesDraft) => BookingRulesDraft) => { setEdits((current) => change(current ?? storedDraft)); };
  const closedDate = useClosedDateInput(today, draft.closedDates, (closedDates) => { edit((before) => ({ ...before, closedDates })); });

  return {
    draft,
    errors: tried && !result.ok ? result.errors : noErrors,
    changed: edits !== null && !sameDraft(edits, storedDraft),
    atDefaults: sameDraft(draft, draftFromPolicy(defaultBookingPolicy)) && samePolicy(stored, defaultBookingPolicy),
    busy,
    today,
    pastDates: pastClosedDates(draft.closedDates, today),
    closedDate,
    setDay: (weekday: Weekday, patch: Partial<DayDraft>) => {
      edit((before) => ({ ...before, days: before.days.map((day) => (day.weekday === weekday ? { ...day, ...patch } : day)) }));
    },
    setLimit: (field: LimitField, value: string) => { edit((before) => ({ ...before, [field]: value })); },
    removeDate: (date: LocalDate) => { edit((before) => ({ ...before, closedDates: before.closedDates.filter((other) => other !== date) })); },
    clearPast: () => { edit((before) => ({ ...before, closedDates: before.closedDates.filter((date) => date >= today) })); },
    save,
    reset,
  };
}

export type BookingRulesForm = ReturnType<typeof useBookingRulesForm>;
