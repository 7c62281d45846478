import { create } from 'zustand';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

/** UI and session state only; records live in IndexedDB and are read with live queries. */
export type AppState = SessionSlice & UiSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createSessionSlice(...args),
  ...createUiSlice(...args),
}));
