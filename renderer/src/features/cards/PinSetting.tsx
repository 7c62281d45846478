import { useEffect, useRef, useState, type ReactNode } from 'react';
import { PinForm } from './PinForm';

/**
 * Setting a PIN, for a member's check-in PIN and the host PIN alike: whether one is set (never
 * the PIN itself), a button that opens the form, and the form. The focus goes back to that
 * button once it is drawn again after the form closes (a saved PIN can take a moment to hash,
 * so no fixed frame is enough).
 */
export function PinSetting({ length, statusText, notice, openLabel, saveLabel, onSave, actionsClassName, otherActions }: {
  length: number;
  statusText: string;
  /** Shown under the status, e.g. that an old host PIN must be set again. */
  notice?: ReactNode;
  openLabel: string;
  saveLabel: string;
  /** True when the PIN was saved; the form then closes. */
  onSave: (pin: string) => Promise<boolean>;
  /** Wraps the open button and `otherActions` when given. */
  actionsClassName?: string;
  otherActions?: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    openButton.current?.focus();
  }, [editing]);
  const finishEditing = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const open = <button type="button" ref={openButton} onClick={() => { setEditing(true); }}>{openLabel}</button>;

  return (
    <>
      <p className="pin-status"><strong>{statusText}</strong></p>
      {notice}
      {editing ? (
        <PinForm
          length={length}
          saveLabel={saveLabel}
          onCancel={finishEditing}
          onSave={async (pin) => {
            const saved = await onSave(pin);
            if (saved) finishEditing();
            return saved;
          }}
        />
      ) : actionsClassName === undefined ? open : (
        <div className={actionsClassName}>
          {open}
          {otherActions}
        </div>
      )}
    </>
  );
}
