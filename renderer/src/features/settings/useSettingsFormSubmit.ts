import { useRef, type SyntheticEvent } from 'react';

/** Moves focus to the first field marked invalid, once the form has drawn its errors. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => { form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(); });
}

/**
 * A settings form's submit: saves, and when the save was refused for a field, takes the keyboard
 * (and a screen reader) to that field instead of leaving it at the button.
 */
export function useSettingsFormSubmit(save: () => Promise<boolean>) {
  const formRef = useRef<HTMLFormElement>(null);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void save().then((saved) => { if (!saved) focusFirstInvalid(formRef.current); });
  };
  return { formRef, submit };
}
