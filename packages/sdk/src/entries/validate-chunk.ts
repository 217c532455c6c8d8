// The validator chunk of the script tag (`privacy-choices-validate.js`): the zod/mini schema,
// loaded only for a config that neither a stored choice nor `data-validated` vouches for.
import { validateConfig } from '../core/config-schema';

(window as Window & { __privacyChoicesValidate?: unknown }).__privacyChoicesValidate = validateConfig;
