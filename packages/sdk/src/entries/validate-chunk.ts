// The validator chunk of the script tag (`privacy-choices-validate.js`): the zod/mini schema,
// loaded only for a config that neither a stored choice nor `data-validated` vouches for. A valid
// config that would make the site's signals untrue somewhere is warned about in the console.
import { validateConfig } from '../core/config-schema';
import { configWarnings, formatWarning } from '../core/config-warnings';

function validate(config: unknown) {
  const valid = validateConfig(config);
  for (const warning of configWarnings(valid)) console.warn(formatWarning(warning));
  return valid;
}

(window as Window & { __privacyChoicesValidate?: unknown }).__privacyChoicesValidate = validate;
