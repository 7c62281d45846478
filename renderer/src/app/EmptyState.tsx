import type { ReactNode } from 'react';

/**
 * What a list or panel shows when it has nothing: what is missing, optionally why or what to
 * do, and optionally an action. `heading` makes the title a level-2 heading where the empty
 * state is the screen's main content (the member board); in a panel with its own heading the
 * title is plain strong text.
 */
export function EmptyState({ title, help, heading = false, children }: {
  title: string;
  help?: string;
  heading?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="empty-state">
      {heading ? <h2>{title}</h2> : <p><strong>{title}</strong></p>}
      {help !== undefined && <p className="muted">{help}</p>}
      {children}
    </div>
  );
}
