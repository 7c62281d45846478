import { z } from 'zod';
import { deviceRoleSchema } from './deviceRole';
import { uiLanguageSchema } from './languages';

/** What this machine is: kept by the shell (Electron main, or the browser's storage). */
export const deviceConfigSchema = z.strictObject({
  deviceId: z.string().min(1).max(64),
  /** Null until someone chooses the role at first run. */
  role: deviceRoleSchema.nullable(),
  language: uiLanguageSchema.nullable(),
  /** "This machine runs the hub" (desktop only). Files written before the setting existed lack it. */
  runsHub: z.boolean().default(false),
});
export type DeviceConfig = z.infer<typeof deviceConfigSchema>;

export const appInfoSchema = z.strictObject({
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** A desktop notification, e.g. "Your guest has arrived" on the host desk. */
export const desktopNotificationSchema = z.strictObject({
  title: z.string().min(1).max(120),
  body: z.string().max(500),
});
export type DesktopNotification = z.infer<typeof desktopNotificationSchema>;

/** A hub found on the local network (mDNS/DNS-SD), offered to a new machine to pair with. */
export const discoveredHubSchema = z.strictObject({
  name: z.string().min(1).max(100),
  /** The hub's origin, e.g. http://192.168.1.20:4870 */
  url: z.url({ protocol: /^https?$/ }).max(200),
  version: z.string().min(1).max(40).nullable(),
});
export type DiscoveredHub = z.infer<typeof discoveredHubSchema>;

/** A hub token as the hub hands it out at pairing; null forgets it. */
export const hubTokenSchema = z.string().min(16).max(512).regex(/^[\x21-\x7e]+$/);

/**
 * Whether the shell took the token into its own safe keeping. When `stored` is false (browser
 * mode) the renderer keeps the token in IndexedDB itself; when true it must not keep a copy.
 */
export const hubTokenStorageSchema = z.strictObject({ stored: z.boolean() });
export type HubTokenStorage = z.infer<typeof hubTokenStorageSchema>;

/** The hub this machine runs itself ("this machine runs the hub"), as the host settings show it. */
export const hubStatusSchema = z.strictObject({
  running: z.boolean(),
  /** Loopback address this machine's own app pairs and syncs with; null while stopped. */
  url: z.string().max(200).nullable(),
  /** The addresses other machines on the network can type in (one per network card). */
  lanUrls: z.array(z.string().max(200)).max(16),
  /** One-time code for the first host desk, while the hub has none and the code is still valid. */
  firstHostCode: z.string().regex(/^\d{8}$/).nullable(),
  /** Why the hub is not running although it should, in plain words; null when all is well. */
  problem: z.string().max(1000).nullable(),
});
export type HubStatus = z.infer<typeof hubStatusSchema>;

/**
 * The one contract between the renderer and its shell. Channel names are the keys; each
 * channel lists its argument tuple and its result, both checked with zod on the receiving
 * side. The Electron preload and the browser-mode bridge implement exactly this.
 */
export const ipcContract = {
  'device:getConfig': { args: z.tuple([]), result: deviceConfigSchema },
  'device:setRole': { args: z.tuple([deviceRoleSchema]), result: deviceConfigSchema },
  'device:setLanguage': { args: z.tuple([uiLanguageSchema]), result: deviceConfigSchema },
  'app:getInfo': { args: z.tuple([]), result: appInfoSchema },
  /** Resolves false where the system does not allow notifications; the in-app notice still shows. */
  'app:notify': { args: z.tuple([desktopNotificationSchema]), result: z.boolean() },
  /** Hubs announcing themselves on the local network within about 3 seconds; [] in browser mode. */
  'hub:discover': { args: z.tuple([]), result: z.array(discoveredHubSchema).max(50) },
  /** Keeps (or, with null, forgets) this machine's hub token in the shell's encrypted storage. */
  'secrets:setHubToken': { args: z.tuple([hubTokenSchema.nullable()]), result: hubTokenStorageSchema },
  'secrets:getHubToken': { args: z.tuple([]), result: hubTokenSchema.nullable() },
  /** Turns "this machine runs the hub" on or off; the choice is kept and applied at every start. */
  'hub:runHere': { args: z.tuple([z.boolean()]), result: hubStatusSchema },
  'hub:status': { args: z.tuple([]), result: hubStatusSchema },
} as const;

export type IpcChannel = keyof typeof ipcContract;
export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];
export type IpcArgs<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['args']>;
export type IpcResult<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['result']>;

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && Object.hasOwn(ipcContract, value);
}

/** The object the preload exposes as `window.landhub` (and browser mode provides itself). */
export interface LandhubBridge {
  invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>>;
}
