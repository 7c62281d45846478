import { Pinboard } from './Pinboard';

/** The host desk's pinboard: a host acts for the hub and for the people they pick. */
export function PinboardScreen() {
  return <Pinboard actor={{ kind: 'host', memberId: null }} publicOnly={false} />;
}
