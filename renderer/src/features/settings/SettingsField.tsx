import { useId, type ReactNode } from 'react';
import { FormField } from '../members/FormField';

interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  required: boolean;
}

/** A form field with a line of help under it that screen readers read with the control. */
export function SettingsField({ label, help, error, required, children }: {
  label: string;
  help?: string;
  error: string | null;
  required?: boolean;
  children: (props: ControlProps) => ReactNode;
}) {
  const helpId = useId();
  return (
    <FormField label={label} error={error} required={required ?? false}>
      {(props) => {
        const describedBy = [help ? helpId : null, props['aria-describedby']].filter(Boolean).join(' ');
        return (
          <>
            {children({ ...props, 'aria-describedby': describedBy || undefined })}
            {help && <p className="field-help" id={helpId}>{help}</p>}
          </>
        );
      }}
    </FormField>
  );
}
