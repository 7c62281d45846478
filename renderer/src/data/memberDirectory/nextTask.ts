/**
 * Lets input and rendering run between two parts of long background work. Not a timer: a
 * hidden tab throttles timers to one a second (later one a minute), and a wall display's tab
 * may well be hidden while it reads its members.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
