import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../app/Dialog';
import { ChooseFileStep } from './ChooseFileStep';
import { ImportProgressStep, ImportResultStep } from './ImportSteps';
import { MapColumnsStep } from './MapColumnsStep';
import { PreviewStep } from './PreviewStep';
import { useMemberImport, type ImportStep } from './useMemberImport';

const stepNumbers = { choose: 1, map: 2, preview: 3, importing: 4, done: 4 } as const;
const stepNames = { choose: 'choose', map: 'map', preview: 'preview', importing: 'import', done: 'import' } as const;

/** Choose a CSV file, match its columns, check the rows, import, and undo if it went wrong. */
export function MemberImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const flow = useMemberImport();
  const { step } = flow;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new step moves the focus to its heading, so a screen reader says where the host is now.
  useEffect(() => { headingRef.current?.focus(); }, [step.name]);
  const title = t('memberImport.title');
  const close = () => { if (step.name !== 'importing') onClose(); };
  return (
    <Dialog title={title} onClose={close} className="import-dialog">
      <h2>{title}</h2>
      <h3 ref={headingRef} tabIndex={-1} className="import-step-title">
        {t('memberImport.step', { step: stepNumbers[step.name], name: t(`memberImport.steps.${stepNames[step.name]}`) })}
      </h3>
      <StepBody step={step} flow={flow} onClose={close} />
    </Dialog>
  );
}

function StepBody({ step, flow, onClose }: { step: ImportStep; flow: ReturnType<typeof useMemberImport>; onClose: () => void }) {
  switch (step.name) {
    case 'choose': return <ChooseFileStep step={step} onFile={(file) => { void flow.chooseFile(file); }} onCancel={onClose} />;
    case 'map': return <MapColumnsStep flow={flow} onCancel={onClose} />;
    case 'preview': return <PreviewStep flow={flow} />;
    case 'importing': return <ImportProgressStep done={step.done} total={step.total} />;
    case 'done': return <ImportResultStep outcome={step.outcome} onClose={onClose} />;
  }
}
