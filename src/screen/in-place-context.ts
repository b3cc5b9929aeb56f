import { createContext, useContext } from 'react';
import type { InPlaceWriter } from './in-place-writer.js';

/** The live screen's in-place writer, when the frame is drawn on a terminal. */
export const InPlaceContext = createContext<InPlaceWriter | undefined>(undefined);

export const useInPlaceWriter = (): InPlaceWriter | undefined => useContext(InPlaceContext);
