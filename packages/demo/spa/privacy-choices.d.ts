// Types of the `privacy-choices` package for the SPA's type check, used while the SDK build emits
// no declarations (package.json "types" points at dist/types/entries/npm.d.ts, which the current
// rollup build does not write). tsconfig "paths" prefers the real file once it exists. Types only:
// the bundle always resolves `privacy-choices` to the built ESM (dist/esm/index.js).
export * from '../../sdk/src/entries/npm';
