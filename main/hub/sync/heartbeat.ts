import type { WebSocket } from 'ws';

/**
 * Finds sync sockets whose peer stopped answering (a machine unplugged, a half-open TCP
 * connection, a client that reads nothing). Every `intervalMs` each socket is pinged; a socket
 * that answered neither the last ping nor with any frame since is handed to `onSilent` (which
 * closes it with closeCodes.idle), and a socket still not closed a full interval after closing
 * began is cut. A dead peer is gone within three intervals. Browsers answer pings by themselves.
 */
export interface Heartbeat {
  watch(ws: WebSocket, onSilent: () => void): void;
  stop(): void;
}

interface Watched {
  heard: boolean;
  closingTicks: number;
  onSilent: () => void;
}

export function createHeartbeat(intervalMs: number): Heartbeat {
  const watched = new Map<WebSocket, Watched>();
  const tick = () => {
    for (const [ws, state] of watched) {
      if (ws.readyState === ws.CLOSED) watched.delete(ws);
      else if (ws.readyState === ws.CLOSING) {
        if (++state.closingTicks > 1) ws.terminate();
      } else if (!state.heard) {
        state.onSilent();
        // Closing began now: cut at the next tick if the peer has not answered the close by then.
        state.closingTicks = 1;
      } else {
        state.heard = false;
        ws.ping();
      }
    }
  };
  const timer = setInterval(() => {
    try {
      tick();
    } catch {
      // ping and terminate do not throw on an open or closing socket; a bug here must not stop the hub.
    }
  }, intervalMs);
  timer.unref();

  return {
    watch(ws, onSilent) {
      const state: Watched = { heard: true, closingTicks: 0, onSilent };
      const heard = () => { state.heard = true; };
      ws.on('pong', heard);
      ws.on('message', heard);
      ws.once('close', () => watched.delete(ws));
      watched.set(ws, state);
    },
    stop() {
      clearInterval(timer);
      watched.clear();
    },
  };
}
