/**
 * The door's state as a shape, so free and taken are told apart without colour: an open
 * door, a closed one with a bar, a clock.
 */
const svgProps = {
  viewBox: '0 0 24 24', width: 64, height: 64, fill: 'none', stroke: 'currentColor',
  strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false,
} as const;

export function FreeIcon() {
  return (
    <svg {...svgProps} className="door-icon">
      <circle cx="12" cy="12" r="9" />
      <path d="M8 12.5l2.5 2.5L16 9.5" />
    </svg>
  );
}

export function InUseIcon() {
  return (
    <svg {...svgProps} className="door-icon">
      <circle cx="12" cy="12" r="9" />
      <path d="M7.5 12h9" />
    </svg>
  );
}

export function SoonIcon() {
  return (
    <svg {...svgProps} className="door-icon">
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </svg>
  );
}
