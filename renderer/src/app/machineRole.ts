import type { DeviceRole } from '@core/deviceRole';

/**
 * The role a machine starts in. A paired machine is what it was paired as (the hub gave the
 * role with its token and enforces it on every write), so neither `?role=` in the address nor
 * a role kept by the shell can turn a public screen into a host desk. An unpaired machine is
 * set up from its address, as a TV or tablet without a keyboard needs.
 */
export function roleAtStart(input: { kept: DeviceRole | null; fromAddress: DeviceRole | null; paired: DeviceRole | null }): {
  role: DeviceRole | null;
  /** The address asked for another role than the paired one: the machine says it ignored it. */
  addressIgnored: boolean;
} {
  if (input.paired) return { role: input.paired, addressIgnored: input.fromAddress !== null && input.fromAddress !== input.paired };
  return { role: input.fromAddress ?? input.kept, addressIgnored: false };
}
