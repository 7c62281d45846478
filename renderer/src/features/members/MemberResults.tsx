import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicMember } from '@core/memberPrivacy';
import { MemberCard } from './MemberCard';

const CARD_MIN_WIDTH = 320;
const ROW_HEIGHT_ESTIMATE = 280;

/**
 * Cards in rows, virtualised: a hub of 150,000 members scrolls as smoothly as one of 20.
 * It gets ids and draws a member's view only for the rows on screen.
 */
export function MemberResults({ ids, viewOf, skillNames, inToday, onEdit }: {
  ids: readonly string[];
  viewOf: (id: string) => PublicMember | undefined;
  skillNames: ReadonlyMap<string, string>;
  inToday: ReadonlySet<string>;
  onEdit: ((id: string) => void) | null;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const columns = useColumnCount(scrollElement);
  const rowCount = Math.ceil(ids.length / columns);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: 3,
  });
  return (
    <div
      className="member-results"
      hidden={ids.length === 0}
      // Public cards hold nothing to tab to, so the scroll box itself takes the focus: a keyboard can scroll it.
      tabIndex={onEdit ? undefined : 0}
      ref={(element) => { scrollRef.current = element; setScrollElement(element); }}
    >
      {/* Rows are measured as rows: a row is as tall as its tallest card, so the next row starts below it. */}
      <div role="list" className="member-rows" aria-label={t('board.results')} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            role="none"
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="member-row"
            style={{ transform: `translateY(${row.start}px)`, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
          >
            {ids.slice(row.index * columns, row.index * columns + columns).map((id, column) => {
              const member = viewOf(id);
              return member && (
                <div
                  key={id}
                  role="listitem"
                  aria-setsize={ids.length}
                  aria-posinset={row.index * columns + column + 1}
                  className="member-cell"
                >
                  <MemberCard member={member} skillNames={skillNames} isIn={inToday.has(id)} onEdit={onEdit} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}

function useColumnCount(element: HTMLElement | null): number {
  const [columns, setColumns] = useState(1);
  useEffect(() => {
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setColumns(Math.max(1, Math.floor(entry.contentRect.width / CARD_MIN_WIDTH)));
    });
    observer.observe(element);
    return () => { observer.disconnect(); };
  }, [element]);
  return columns;
}
