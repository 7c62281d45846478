import { z } from 'zod';
import { deviceRoleSchema } from './deviceRole';
import { uiLanguageSchema } from './languages';

/** What this machine is: kept by the shell (Electron main, or the browser's storage). */
export const deviceConfigSchema = z.strictObject({
  deviceId: z.string().min(1).max(64),
  /** Null until someone chooses the role at first run. */
  role: deviceRoleSchema.nullable(),
  language: uiLanguageSchema.nullable(),
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
