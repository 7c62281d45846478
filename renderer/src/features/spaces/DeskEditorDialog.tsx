import { useTranslation } from 'react-i18next';
import { deskFeatureCodes, type Desk } from '@core/schemas';
import { Dialog } from '../../app/Dialog';
import { FormField } from '../members/FormField';
import { MemberPicker } from '../members/MemberPicker';
import { TagInput } from '../members/TagInput';
import { deskDraftFrom, deskFieldsFrom, emptyDeskDraft, validateDeskDraft } from './deskDraft';
import { useSpaceActions } from './useSpaceActions';
import { useSpaceForm } from './useSpaceForm';
import type { SpacesView } from './useSpaces';
import { ZoneSelect } from './ZoneSelect';

const isKnownFeature = (feature: string) => (deskFeatureCodes as readonly string[]).includes(feature);

/** Adds a desk (desk null) or edits one. Nothing typed is lost when a check fails. */
export function DeskEditorDialog({ desk, spaces, onClose }: { desk: Desk | null; spaces: SpacesView; onClose: () => void }) {
  const { t } = useTranslation();
  const actions = useSpaceActions();
  const form = useSpaceForm(() => (desk ? deskDraftFrom(desk) : emptyDeskDraft(null)), validateDeskDraft, (draft) => actions.saveDesk(desk?.id ?? null, deskFieldsFrom(draft, desk?.active ?? true)), onClose);
  const { draft, update, error, saving } = form;
  const title = desk ? t('spaces.editDeskTitle', { name: desk.code }) : t('spaces.addDeskTitle');
  const knownFeatures = draft.features.filter(isKnownFeature);
  const otherFeatures = draft.features.filter((feature) => !isKnownFeature(feature));

  return (
    <Dialog title={title} onClose={onClose} className="editor-dialog space-dialog">
      <h2>{title}</h2>
      <form className="space-form" noValidate onSubmit={(event) => { void form.submit(event); }}>
        {form.hasErrors && <p className="form-error" role="alert">{t('spaces.fixErrors')}</p>}
        <FormField label={t('spaces.fieldDeskCode')} error={form.nameTaken ? t('spaces.nameTaken', { name: draft.code.trim() }) : error('code')} required>
          {(props) => <input {...props} value={draft.code} autoComplete="off" maxLength={20} onChange={(event) => { update('code', event.target.value); }} />}
        </FormField>
        <p className="field-help">{t('spaces.fieldDeskCodeHelp')}</p>
        <FormField label={t('spaces.fieldZone')} error={null}>
          {(props) => <ZoneSelect id={props.id} aria-describedby={props['aria-describedby']} floors={spaces.floors} value={draft.zoneId} onChange={(zoneId) => { update('zoneId', zoneId); }} />}
        </FormField>
        <fieldset className="field">
          <legend>{t('spaces.fieldFeatures')}</legend>
          <div className="checkbox-grid">
            {deskFeatureCodes.map((code) => (
              <label key={code} className="check-field">
                <input
                  type="checkbox"
                  checked={knownFeatures.includes(code)}
                  onChange={(event) => { update('features', event.target.checked ? [...draft.features, code] : draft.features.filter((other) => other !== code)); }}
                />
                {t(`spaces.feature.${code}`)}
              </label>
            ))}
          </div>
          {error('features') && <p className="field-error">{error('features')}</p>}
        </fieldset>
        <TagInput
          label={t('spaces.fieldOtherFeatures')}
          help={t('spaces.fieldOtherFeaturesHelp')}
          tags={otherFeatures}
          onChange={(others) => { update('features', [...knownFeatures, ...others]); }}
        />
        <fieldset className="field">
          <legend>{t('spaces.fieldUse')}</legend>
          <label className="radio-field"><input type="radio" name="desk-use" checked={!draft.fixed} onChange={() => { update('fixed', false); }} />{t('spaces.useHot')}</label>
          <label className="radio-field"><input type="radio" name="desk-use" checked={draft.fixed} onChange={() => { update('fixed', true); }} />{t('spaces.useFixed')}</label>
          {draft.fixed && (
            <MemberPicker
              label={t('spaces.fieldFixedMember')}
              memberId={draft.fixedMemberId}
              memberName={draft.fixedMemberId ? spaces.memberName(draft.fixedMemberId) : undefined}
              onChange={(memberId) => { update('fixedMemberId', memberId); }}
            />
          )}
          {error('fixedMemberId') && <p className="field-error" role="alert">{error('fixedMemberId')}</p>}
        </fieldset>
        <label className="check-field">
          <input type="checkbox" checked={draft.outOfService} onChange={(event) => { update('outOfService', event.target.checked); }} />
          {t('spaces.fieldOutOfService')}
        </label>
        {draft.outOfService && (
          <FormField label={t('spaces.fieldOutOfServiceReason')} error={error('outOfServiceReason')} required>
            {(props) => <input {...props} value={draft.outOfServiceReason} placeholder={t('spaces.fieldOutOfServiceReasonHelp')} maxLength={120} onChange={(event) => { update('outOfServiceReason', event.target.value); }} />}
          </FormField>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t('spaces.cancel')}</button>
          <button type="submit" className="primary" disabled={saving}>{t('spaces.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
