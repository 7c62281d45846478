import type { PlanStatus } from '@core/spaces/planStatus';

/** A shape for each status, so that a marker says it without its colour (free ✓, booked clock, occupied person, out of service bar). */
export function StatusIcon({ status }: { status: PlanStatus }) {
  return (
    <svg className="plan-status-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {status === 'free' && <path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />}
      {status === 'booked' && (
        <g fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <circle cx="10" cy="10" r="7.5" />
          <path d="M10 5.5V10l3 2" />
        </g>
      )}
      {status === 'occupied' && (
        <g fill="currentColor">
          <circle cx="10" cy="6" r="3.5" />
          <path d="M3.5 18c0-4 3-6.5 6.5-6.5s6.5 2.5 6.5 6.5z" />
        </g>
      )}
      {status === 'outOfService' && (
        <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round">
          <circle cx="10" cy="10" r="7.5" />
          <path d="M5 15L15 5" />
        </g>
      )}
    </svg>
  );
}
