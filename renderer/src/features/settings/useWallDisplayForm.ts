import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wallDisplayOf, type WallSlideKind } from '@core/wall/wallSettings';
import { useDataContext } from '../../app/services';
import { useAttempt } from '../../app/useActionFeedback';
import { saveHubSettings } from '../../data/hubSettingsRepo';
import { useHubSettings } from '../../data/liveQueries';
import { draftFromWallDisplay, moveSlide, validateWallDisplayDraft, type SlideDraft, type WallDisplayDraft, type WallDraftErrors } from './wallDisplayDraft';

const sameDraft = (a: WallDisplayDraft, b: WallDisplayDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Settings → Wall display: the form's draft over the stored `wallDisplay` of the hub settings,
 * checked as a whole on save and saved as that one field. Until something is edited the form
 * follows the stored settings (another tab or desk may save them); after a save it keeps what
 * was saved on screen until the live query shows it.
 */
export function useWallDisplayForm() {
  const context = useDataContext();
  const { t } = useTranslation();
  const attempt = useAttempt();
  const hub = useHubSettings();
  const stored = wallDisplayOf(hub);
  const storedDraft = useMemo(() => draftFromWallDisplay(stored, hub.timeZone), [stored, hub.timeZone]);
  const [edited, setEdited] = useState<WallDisplayDraft | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  if (edited && !busy && sameDraft(edited, storedDraft)) setEdited(null);
  const draft = edited ?? storedDraft;
  const errors: WallDraftErrors = tried ? validationErrors(draft, hub.timeZone, context.now()) : {};

  const change = (patch: Partial<WallDisplayDraft>) => { setEdited({ ...draft, ...patch }); };
  return {
    draft,
    errors,
    changed: edited !== null,
    busy,
    change,
    setSlide: (kind: WallSlideKind, patch: Partial<SlideDraft>) => { change({ slides: draft.slides.map((slide) => (slide.kind === kind ? { ...slide, ...patch } : slide)) }); },
    move: (kind: WallSlideKind, by: -1 | 1) => { change({ slides: moveSlide(draft.slides, kind, by) }); },
    /** Resolves false when nothing was saved: the form shows what is wrong. */
    save: async (): Promise<boolean> => {
      setTried(true);
      const result = validateWallDisplayDraft(draft, hub.timeZone, context.now());
      if (!result.ok) return false;
      setBusy(true);
      const saved = await attempt(() => saveHubSettings(context, { wallDisplay: result.settings }), t('wallSettings.saved'));
      if (saved) {
        setEdited(draftFromWallDisplay(result.settings, hub.timeZone));
        setTried(false);
      }
      setBusy(false);
      return saved;
    },
  };
}

function validationErrors(draft: WallDisplayDraft, timeZone: string, now: Date): WallDraftErrors {
  const result = validateWallDisplayDraft(draft, timeZone, now);
  return result.ok ? {} : result.errors;
}
