// The implied-consent chunk of the script tag (`privacy-choices-implied.js`): the notice's rules on
// the page (page/implied.ts), loaded only in implied mode while the visitor has not chosen.
import { continuedBrowsing, watchNotice } from '../page/implied';
import type { ChunkWindow } from './script-loader';

(window as ChunkWindow).__privacyChoicesImplied = { continuedBrowsing, watchNotice };
