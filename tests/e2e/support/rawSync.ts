import { WebSocket } from 'ws';
import type { RecordChange } from '@core/sync/merge';
import { hubMessageSchema, type HubMessage } from '@core/sync/messages';
import { hubSocketUrl, SYNC_PROTOCOL_VERSION, syncProtocols } from '@core/sync/protocol';

type PushResult = Extract<HubMessage, { type: 'pushResult' }>['results'][number];
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * Sends one change straight to the hub's sync endpoint with a machine's token, as a tampered
 * or home-made client would, bypassing the app's screens, and returns the hub's verdict.
 */
export async function pushAsMachine(hubUrl: string, token: string, mutation: number, change: RecordChange): Promise<PushResult> {
  const socket = new WebSocket(hubSocketUrl(hubUrl), syncProtocols(token));
  try {
    return await new Promise<PushResult>((resolve, reject) => {
      const timer = setTimeout(() => { reject(new Error('The hub did not answer the push')); }, ANSWER_TIMEOUT_MS);
      socket.once('error', (error) => { clearTimeout(timer); reject(error); });
      socket.once('open', () => {
        // The hub requires hello first; frames are handled in order, so the push may follow at once.
        socket.send(JSON.stringify({ type: 'hello', protocol: SYNC_PROTOCOL_VERSION, lastSeq: 0 }));
        socket.send(JSON.stringify({ type: 'push', mutations: [{ mutation, change }] }));
      });
      socket.on('message', (data: Buffer) => {
        const message = hubMessageSchema.parse(JSON.parse(data.toString('utf8')));
        if (message.type !== 'pushResult') return;
        clearTimeout(timer);
        const [result] = message.results;
        if (result) resolve(result);
        else reject(new Error('The hub answered the push without a result'));
      });
    });
  } finally {
    socket.close();
  }
}
