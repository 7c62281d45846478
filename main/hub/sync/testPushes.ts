/** Well-formed pushes for the hub's tests: a check-in is a change every host may write. */
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { newId } from '@core/ids';

export function checkInChange(deviceId: string, counter: number, recordId: string = newId()) {
  return {
    table: 'checkIns',
    recordId,
    deviceId,
    hlc: formatHlc({ wallMs: Date.now(), counter, node: hlcNodeFromDeviceId(deviceId) }),
    fields: { memberId: newId(), kind: 'in', at: new Date().toISOString(), method: 'host', bookingId: null },
  };
}

export function checkInPush(deviceId: string, mutation: number, recordId?: string) {
  return { type: 'push', mutations: [{ mutation, change: checkInChange(deviceId, mutation % 1000, recordId) }] };
}
