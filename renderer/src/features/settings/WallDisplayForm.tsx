import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WALL_MAX_INTERVAL_SECONDS, WALL_MIN_INTERVAL_SECONDS } from '@core/wall/wallSettings';
import type { SlideDraft } from './wallDisplayDraft';
import { SettingsField } from './SettingsField';
import { useSettingsFormSubmit } from './useSettingsFormSubmit';
import { useWallDisplayForm } from './useWallDisplayForm';
import './wallDisplay.css';

type Form = ReturnType<typeof useWallDisplayForm>;

/** One slide: whether it runs, its place (earlier, later) and its time of day. */
function SlideRow({ slide, index, count, form }: { slide: SlideDraft; index: number; count: number; form: Form }) {
  const { t } = useTranslation();
  const id = useId();
  const name = t(`wallSettings.slide.${slide.kind}`);
  const wrong = form.errors.windows?.[slide.kind] === true;
  return (
    <li className="wall-slide-row" data-slide={slide.kind}>
      <label className="check-field">
        <input type="checkbox" checked={slide.on} onChange={(event) => { form.setSlide(slide.kind, { on: event.target.checked }); }} />
        {name}
      </label>
      <div className="wall-slide-controls">
        <button type="button" aria-label={t('wallSettings.moveUpLabel', { slide: name })} disabled={index === 0} onClick={() => { form.move(slide.kind, -1); }}>{t('wallSettings.moveUp')}</button>
        <button type="button" aria-label={t('wallSettings.moveDownLabel', { slide: name })} disabled={index === count - 1} onClick={() => { form.move(slide.kind, 1); }}>{t('wallSettings.moveDown')}</button>
        <label className="wall-time-field" htmlFor={`${id}-from`}>{t('wallSettings.from')}</label>
        <input id={`${id}-from`} className="wall-time-input" value={slide.from} maxLength={5} autoComplete="off" aria-invalid={wrong} aria-describedby={wrong ? `${id}-error` : undefined}
          aria-label={`${name}: ${t('wallSettings.from')}`} onChange={(event) => { form.setSlide(slide.kind, { from: event.target.value }); }} />
        <label className="wall-time-field" htmlFor={`${id}-until`}>{t('wallSettings.until')}</label>
        <input id={`${id}-until`} className="wall-time-input" value={slide.until} maxLength={5} autoComplete="off" aria-invalid={wrong} aria-describedby={wrong ? `${id}-error` : undefined}
          aria-label={`${name}: ${t('wallSettings.until')}`} onChange={(event) => { form.setSlide(slide.kind, { until: event.target.value }); }} />
      </div>
      {wrong && <p className="form-error" id={`${id}-error`}>{t('wallSettings.errors.window')}</p>}
    </li>
  );
}

/** Settings → Wall display on the host desk: which slides run, in which order and when, and the screen's notice, dark hours and colours. */
export function WallDisplayForm() {
  const { t } = useTranslation();
  const form = useWallDisplayForm();
  const { draft, errors } = form;
  const { formRef, submit } = useSettingsFormSubmit(form.save);
  const id = useId();
  return (
    <form ref={formRef} className="card wall-display-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{t('wallSettings.title')}</h2>
      <p className="field-help">{t('wallSettings.intro')}</p>
      <fieldset className="settings-group">
        <legend>{t('wallSettings.slidesLegend')}</legend>
        <p className="field-help">{t('wallSettings.windowHelp')}</p>
        <ol className="wall-slide-rows">
          {draft.slides.map((slide, index) => <SlideRow key={slide.kind} slide={slide} index={index} count={draft.slides.length} form={form} />)}
        </ol>
      </fieldset>
      <SettingsField label={t('wallSettings.interval')} help={t('wallSettings.intervalHelp')} error={errors.interval ? t('wallSettings.errors.interval') : null} required>
        {(props) => <input {...props} className="short-input" type="number" min={WALL_MIN_INTERVAL_SECONDS} max={WALL_MAX_INTERVAL_SECONDS} step={1} value={draft.intervalSeconds} onChange={(event) => { form.change({ intervalSeconds: event.target.value }); }} />}
      </SettingsField>
      <fieldset className="settings-group">
        <legend>{t('wallSettings.noticeTitle')}</legend>
        <SettingsField label={t('wallSettings.noticeText')} help={t('wallSettings.noticeHelp')} error={errors.noticeText ? t('wallSettings.errors.noticeText') : null}>
          {(props) => <textarea {...props} value={draft.noticeText} maxLength={400} onChange={(event) => { form.change({ noticeText: event.target.value }); }} />}
        </SettingsField>
        <SettingsField label={t('wallSettings.noticeUntil')} help={t('wallSettings.noticeUntilHelp')} error={errors.noticeUntil ? t('wallSettings.errors.noticeUntil') : null}>
          {(props) => <input {...props} type="datetime-local" value={draft.noticeUntil} onChange={(event) => { form.change({ noticeUntil: event.target.value }); }} />}
        </SettingsField>
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('wallSettings.darkTitle')}</legend>
        <p className="field-help" id={`${id}-dark-help`}>{t('wallSettings.darkHelp')}</p>
        <div className="wall-dark-times">
          <SettingsField label={t('wallSettings.from')} error={null}>
            {(props) => <input {...props} className="wall-time-input" value={draft.darkFrom} maxLength={5} autoComplete="off" aria-invalid={errors.dark === true} aria-describedby={`${id}-dark-help`} onChange={(event) => { form.change({ darkFrom: event.target.value }); }} />}
          </SettingsField>
          <SettingsField label={t('wallSettings.until')} error={null}>
            {(props) => <input {...props} className="wall-time-input" value={draft.darkUntil} maxLength={5} autoComplete="off" aria-invalid={errors.dark === true} aria-describedby={`${id}-dark-help`} onChange={(event) => { form.change({ darkUntil: event.target.value }); }} />}
          </SettingsField>
        </div>
        {errors.dark && <p className="form-error" role="alert">{t('wallSettings.errors.window')}</p>}
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('wallSettings.theme')}</legend>
        <label className="check-field">
          <input type="radio" name={`${id}-theme`} checked={draft.theme === 'dark'} onChange={() => { form.change({ theme: 'dark' }); }} />
          {t('wallSettings.themeDark')}
        </label>
        <label className="check-field">
          <input type="radio" name={`${id}-theme`} checked={draft.theme === 'light'} onChange={() => { form.change({ theme: 'light' }); }} />
          {t('wallSettings.themeLight')}
        </label>
      </fieldset>
      <button type="submit" className="primary" disabled={form.busy || !form.changed}>{t('wallSettings.save')}</button>
    </form>
  );
}
