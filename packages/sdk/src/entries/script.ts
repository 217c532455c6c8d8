// `privacy-choices.js`: the script tag, one file for every config. What a config turns on beyond
// the returning-visitor path (the UI, a language, the IAB APIs) is loaded as a chunk when needed.
import { boot } from './boot';

boot();
