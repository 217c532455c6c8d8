// What core/ may use of its host beyond ECMAScript: globals that every runtime the SDK runs in
// has (browsers, Node 20+, workers, edge runtimes). Nothing of the DOM: core/tsconfig.json leaves
// the DOM lib out, so that a browser global here is a compile error. The main tsconfig.json gets
// these from the DOM lib and leaves this file out.
declare function setTimeout(callback: () => void, delay?: number): unknown;
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
