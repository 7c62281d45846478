/** The reception kiosk: placeholder until the kiosk flow lands. */
export function KioskApp() {
  return <main id="main" />;
}
