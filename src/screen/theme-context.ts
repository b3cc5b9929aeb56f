import { createContext, useContext } from 'react';
import type { ScreenTheme } from '../settings/screen-theme.js';

// The look the whole screen is drawn in, chosen once for the session (see
// src/settings/screen-theme.ts); normal unless told otherwise.
export const ThemeContext = createContext<ScreenTheme>('normal');

export function useTheme(): ScreenTheme {
  return useContext(ThemeContext);
}
