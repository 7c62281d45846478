import { useRef, type KeyboardEvent } from 'react';

export interface Tab<K extends string> {
  key: K;
  label: string;
}

/** Tabs as screen readers know them: one tab stop, arrows (and Home/End) move between tabs. */
export function Tabs<K extends string>({ label, tabs, current, idPrefix, onChange }: {
  label: string;
  tabs: readonly Tab<K>[];
  current: K;
  idPrefix: string;
  onChange: (key: K) => void;
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target = event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
        : event.key === 'Home' ? 0 : event.key === 'End' ? last : null;
    const tab = target === null ? undefined : tabs[target];
    if (!tab) return;
    event.preventDefault();
    onChange(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {tabs.map((tab, index) => (
        <button
          key={tab.key}
          ref={(element) => { if (element) refs.current.set(tab.key, element); else refs.current.delete(tab.key); }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.key}`}
          aria-controls={`${idPrefix}-panel`}
          aria-selected={tab.key === current}
          tabIndex={tab.key === current ? 0 : -1}
          onClick={() => { onChange(tab.key); }}
          onKeyDown={(event) => { move(event, index); }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
