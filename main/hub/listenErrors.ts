/** Pure: turns a listen() failure into a sentence the person starting the hub can act on. */
export function describeListenError(code: string | undefined, host: string, port: number): string {
  switch (code) {
    case 'EADDRINUSE':
      return `Port ${port} is already in use. Stop the other program or choose another port with --port.`;
    case 'EACCES':
    case 'EPERM':
      return `Port ${port} needs administrator privileges on this machine. Choose a port above 1023 with --port.`;
    case 'EADDRNOTAVAIL':
      return `The address ${host} does not belong to this machine. Use --host 0.0.0.0 to listen on every network interface.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host name ${host} cannot be resolved. Use an IP address with --host, for example 0.0.0.0.`;
    default:
      return `Cannot listen on ${host} port ${port} (${code ?? 'unknown error'}).`;
  }
}
