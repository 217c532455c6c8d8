// `privacy-choices/server`: for server-side rendering and edge middleware. No DOM, no browser
// global, no UI: read the visitor's choice from the request, and their region from geo headers.
export { readChoice, type ReadChoiceOptions } from '../server/read-choice';
export { regionFromHeaders, type HeadersLike } from '../server/region-headers';
export type { Config, Mode, Source, State } from '../core/types';
