import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberAvatar } from './MemberAvatar';
import { resizePhoto } from './resizePhoto';

export function PhotoPicker({ photo, name, onChange, consent }: {
  photo: string | null;
  name: string;
  onChange: (photo: string | null) => void;
  consent: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setState('working');
    try {
      onChange(await resizePhoto(file));
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="field photo-picker">
      <div className="field-label-row">
        <span className="label">{t('editor.photo')}</span>
        {consent}
      </div>
      <div className="photo-row">
        <MemberAvatar name={name || '?'} photo={photo} />
        <label className="button" htmlFor={id}>{t('editor.choosePhoto')}</label>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          onChange={(event) => { void pick(event.target.files?.[0]); event.target.value = ''; }}
        />
        {photo && <button type="button" onClick={() => { onChange(null); }}>{t('editor.removePhoto')}</button>}
      </div>
      {state === 'working' && <p className="field-help" role="status">{t('editor.photoProcessing')}</p>}
      {state === 'failed' && <p className="field-error" role="alert">{t('editor.photoTooBig')}</p>}
    </div>
  );
}
