import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../i18n/en';
import type { SpaceFormResult } from './useSpaceActions';

/** What a desk, room or zone draft's check answers: a field and the code of its error. */
type DraftErrors = Partial<Record<string, keyof Messages['spaces']['errors']>>;

/**
 * The state of a desk, room or zone form: the draft as typed, its errors once the host tried
 * to save, "this name is taken" from the repository, and saving. Nothing typed is lost when a
 * check fails; the form closes only when the place was saved.
 */
export function useSpaceForm<D, E extends DraftErrors>(initial: () => D, validate: (draft: D) => E, save: (draft: D) => Promise<SpaceFormResult>, onSaved: () => void) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<E>({} as E);
  const [nameTaken, setNameTaken] = useState(false);
  const [saving, setSaving] = useState(false);
  return {
    draft,
    saving,
    nameTaken,
    /** Whether the form says "fix the marked fields" above them. */
    hasErrors: Object.keys(errors).length > 0 || nameTaken,
    update: <K extends keyof D>(field: K, value: D[K]) => { setDraft((current) => ({ ...current, [field]: value })); },
    /** A field's error in plain words, or null. */
    error: (field: keyof E): string | null => {
      const code = errors[field];
      return code ? t(`spaces.errors.${code}`) : null;
    },
    submit: async (event: SyntheticEvent) => {
      event.preventDefault();
      const found = validate(draft);
      setErrors(found);
      setNameTaken(false);
      if (Object.keys(found).length > 0) return;
      setSaving(true);
      const result = await save(draft);
      setSaving(false);
      if (result === 'nameTaken') setNameTaken(true);
      if (result === 'saved') onSaved();
    },
  };
}
