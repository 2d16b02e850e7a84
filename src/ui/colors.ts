import { createContext, useContext } from 'react';

/**
 * Whether the screen may use colour and animation: off with NO_COLOR or --no-color. Bold,
 * dim and inverse video (the cursor) stay, since they carry no colour.
 */
export const ColorsOn = createContext(true);

/** `color` when colours are on, else nothing (the terminal's own). */
export function useColor(color: string): string | undefined {
  return useContext(ColorsOn) ? color : undefined;
}
