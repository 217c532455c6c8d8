// The French locale chunk (`privacy-choices-locale-fr.js`): loaded only on pages in this language,
// so an English-only site pays no bytes for it.
import { fr, frPageWords } from '../locales/fr';
import { registerLocaleChunk } from './locale-chunks';

registerLocaleChunk('fr', fr, frPageWords);
