import { useId, type ReactNode } from 'react';

interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  required: boolean;
}

/** A label, its control, its consent switch and its error, wired together for screen readers. */
export function FormField({ label, error, required = false, consent, children }: {
  label: string;
  error: string | null;
  required?: boolean;
  consent?: ReactNode;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
        {consent}
      </div>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': error ? errorId : undefined, required })}
      {error && <p className="field-error" id={errorId}>{error}</p>}
    </div>
  );
}
