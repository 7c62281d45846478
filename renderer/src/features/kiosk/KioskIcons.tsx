/**
 * The start screen's icons: a door with an arrow going in, one with an arrow going out, and a
 * visitor. They tell the two biggest buttons apart by shape, not by colour or one letter.
 */
const svgProps = {
  viewBox: '0 0 24 24', width: 48, height: 48, fill: 'none', stroke: 'currentColor',
  strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false,
} as const;

export function ArriveIcon() {
  return (
    <svg {...svgProps} className="kiosk-icon">
      <path d="M14 3h5a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1h-5" />
      <path d="M3 12h12" />
      <path d="M11 8l4 4-4 4" />
    </svg>
  );
}

export function LeaveIcon() {
  return (
    <svg {...svgProps} className="kiosk-icon">
      <path d="M10 3H5a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h5" />
      <path d="M9 12h12" />
      <path d="M17 8l4 4-4 4" />
    </svg>
  );
}

export function GuestIcon() {
  return (
    <svg {...svgProps} className="kiosk-icon">
      <circle cx="12" cy="7" r="4" />
      <path d="M4 21v-1a6 6 0 0 1 6-6h4a6 6 0 0 1 6 6v1" />
    </svg>
  );
}
