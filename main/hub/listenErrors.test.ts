import { describe, expect, it } from 'vitest';
import { describeListenError } from './listenErrors';

describe('describeListenError', () => {
  it('explains a busy port with the fix', () => {
    expect(describeListenError('EADDRINUSE', '0.0.0.0', 4870)).toBe(
      'Port 4870 is already in use. Stop the other program or choose another port with --port.',
    );
  });

  it('explains a privileged port', () => {
    expect(describeListenError('EACCES', '0.0.0.0', 80)).toBe(
      'Port 80 needs administrator privileges on this machine. Choose a port above 1023 with --port.',
    );
  });

  it('explains a foreign or unknown host', () => {
    expect(describeListenError('EADDRNOTAVAIL', '10.9.9.9', 4870)).toMatch(/10\.9\.9\.9 does not belong to this machine/);
    expect(describeListenError('ENOTFOUND', 'nohost.invalid', 4870)).toMatch(/nohost\.invalid cannot be resolved/);
  });

  it('keeps the code for anything unforeseen', () => {
    expect(describeListenError('EWEIRD', 'h', 1)).toBe('Cannot listen on h port 1 (EWEIRD).');
    expect(describeListenError(undefined, 'h', 1)).toBe('Cannot listen on h port 1 (unknown error).');
  });
});
