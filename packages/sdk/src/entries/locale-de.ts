// The German locale chunk (`privacy-choices-locale-de.js`): loaded only on pages in this language,
// so an English-only site pays no bytes for it.
import { de, dePageWords } from '../locales/de';
import { registerLocaleChunk } from './locale-chunks';

registerLocaleChunk('de', de, dePageWords);
