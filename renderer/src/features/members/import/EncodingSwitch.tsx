import { useTranslation } from 'react-i18next';
import { chosenEncodings, type ChosenEncoding, type CsvEncoding } from '@core/memberImport/decodeCsv';

/** Which encoding the file was read in, and the others to try when letters look wrong. */
export function EncodingSwitch({ encoding, onChoose }: { encoding: CsvEncoding; onChoose: (encoding: ChosenEncoding) => void }) {
  const { t } = useTranslation();
  return (
    <div className="import-encoding">
      <span>{t('memberImport.encoding.used', { encoding: t(`memberImport.encoding.names.${encoding}`) })}</span>
      <label className="import-encoding-choice">
        <span>{t('memberImport.encoding.label')}</span>
        <select
          value={(chosenEncodings as readonly string[]).includes(encoding) ? encoding : ''}
          onChange={(event) => { onChoose(event.target.value as ChosenEncoding); }}
        >
          {!(chosenEncodings as readonly string[]).includes(encoding) && <option value="" disabled>{t(`memberImport.encoding.names.${encoding}`)}</option>}
          {chosenEncodings.map((choice) => <option key={choice} value={choice}>{t(`memberImport.encoding.names.${choice}`)}</option>)}
        </select>
      </label>
    </div>
  );
}
