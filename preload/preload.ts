import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Sandboxed preload: bundled to one CommonJS file, and `window.landhub` is all it exposes.
contextBridge.exposeInMainWorld('landhub', createBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)));
