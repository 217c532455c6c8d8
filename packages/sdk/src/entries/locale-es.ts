// The Spanish locale chunk (`privacy-choices-locale-es.js`): loaded only on pages in this language,
// so an English-only site pays no bytes for it.
import { es, esPageWords } from '../locales/es';
import { registerLocaleChunk } from './locale-chunks';

registerLocaleChunk('es', es, esPageWords);
