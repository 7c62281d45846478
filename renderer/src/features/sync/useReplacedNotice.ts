import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DeviceRole } from '@core/deviceRole';
import { membershipPlanSchema } from '@core/schemas/member';
import type { ReplacedField } from '@core/sync/replacedChanges';
import { useSync } from '../../app/services';
import { describeReplaced, type ReplacedNote } from '../../data/sync/replacedNotes';
import { useAppStore } from '../../store/appStore';

/**
 * The member fields a person edits, by the editor's labels. Other fields (photo, skills, consent,
 * bookkeeping) are not put in words here: a value a person cannot read back is no help to redo.
 */
const MEMBER_FIELD_LABELS = {
  name: 'editor.name', company: 'editor.company', bio: 'editor.bio', offers: 'editor.offers', needs: 'editor.needs',
  languages: 'editor.languages', email: 'editor.email', phone: 'editor.phone', plan: 'editor.plan',
} as const;

/** Each replaced change is told once, even when the indicator is mounted again after a screen change. */
const told = new WeakSet<ReplacedField>();

type LabelKey = (typeof MEMBER_FIELD_LABELS)[keyof typeof MEMBER_FIELD_LABELS];

function labelOf(field: ReplacedField): LabelKey | null {
  if (field.table !== 'members' || !Object.hasOwn(MEMBER_FIELD_LABELS, field.field)) return null;
  return MEMBER_FIELD_LABELS[field.field as keyof typeof MEMBER_FIELD_LABELS];
}

function valueText(t: TFunction, field: ReplacedField): string {
  const { myValue } = field;
  const plan = membershipPlanSchema.safeParse(myValue);
  if (field.field === 'plan' && plan.success) return t(`member.plan.${plan.data}`);
  const text = Array.isArray(myValue) ? myValue.map(String).join(', ') : typeof myValue === 'string' ? myValue : '';
  return text === '' ? t('sync.replaced.emptyValue') : text;
}

function replacedNoticeText(t: TFunction, note: ReplacedNote, label: LabelKey): string {
  const params = { field: t(label), record: note.recordName ?? t('sync.replaced.someMember'), value: valueText(t, note.replaced) };
  return note.machineName === null ? t('sync.replaced.byOtherMachine', params) : t('sync.replaced.byMachine', { ...params, machine: note.machineName });
}

/**
 * Tells the host desk's user, once and in their language, that a change they made was replaced
 * by a later one from another machine, with the value they had, so they can enter it again.
 * Public machines edit no members and show nothing. Stays until dismissed: it asks for work.
 */
export function useReplacedNotice(role: DeviceRole, replaced: readonly ReplacedField[]): void {
  const { t } = useTranslation();
  const sync = useSync();
  const notify = useAppStore((state) => state.notify);
  useEffect(() => {
    if (role !== 'host') return;
    const fresh = replaced.filter((field) => !told.has(field) && labelOf(field) !== null);
    if (fresh.length === 0) return;
    for (const field of fresh) told.add(field);
    void describeReplaced(sync, fresh).then((notes) => {
      for (const note of notes) {
        const label = labelOf(note.replaced);
        if (label) notify({ kind: 'attention', text: replacedNoticeText(t, note, label) });
      }
    });
  }, [role, replaced, sync, notify, t]);
}
