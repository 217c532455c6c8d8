// Types of the `privacy-choices` package for the SPA's type check before the SDK is built:
// tsconfig "paths" prefers the built declarations (packages/sdk/dist/types/index.d.ts) and falls
// back to the sources here. Types only: the bundle always resolves `privacy-choices` to the built
// ESM (dist/esm/index.js) through the package's "exports".
export * from '../../sdk/src/entries/npm';
