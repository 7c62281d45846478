import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';
import { firstScreen, type Screen } from './sessionSlice';

/** A short message at the bottom of the screen, optionally with an undo action. */
export interface Notice {
  id: number;
  /** `attention`: something a person should act on that is not a failure; stays, like an error, until dismissed. */
  kind: 'success' | 'error' | 'info' | 'attention';
  text: string;
  undo?: () => void;
}

export interface UiSlice {
  screen: Screen;
  notices: Notice[];
  goTo: (screen: Screen) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  screen: firstScreen,
  notices: [],
  goTo: (screen) => { set({ screen }); },
  notify: (notice) => {
    const id = nextNoticeId++;
    // Keep the last three: a person reads one at a time, the rest is noise.
    set((state) => ({ notices: [...state.notices.slice(-2), { ...notice, id }] }));
  },
  dismissNotice: (id) => { set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })); },
});
