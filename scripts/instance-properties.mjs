// Property names that only the main file's own modules use — between the parts of an instance
// (core/consent-store.ts, page/ui-host.ts, page/page-wiring.ts), in a choice, and in the options
// the script tag's boot passes to them. The minifier shortens them in privacy-choices.js, so that
// the source can spell them out. Shortening is safe only for a name that nothing else reads under
// its written name: no other shipped file (a chunk reading the property would find it missing),
// and no string key in the source (the cookie codec's FLAGS, core/choice-codec.ts, read choice
// fields by name). guardInstanceProperties() fails the build when either happens.
export const INSTANCE_PROPERTIES = [
  // the parts of an instance
  'setEffects',
  'activate',
  'fail',
  'wouldOptBackIn',
  'reloadFromStorage',
  'prepareForChoice',
  'storedUnderThisConfig',
  'isRunning',
  'beforeAction',
  'afterWrite',
  'beforeListeners',
  'afterListeners',
  'commitEffects',
  'purgeDeclined',
  'actOrConfirm',
  'controller',
  'dispatch',
  // a choice's own fields (core/policy.ts, core/choice-codec.ts) and settings only the main file reads
  'optOutAt',
  'bits',
  'honorDnt',
  // the options of the instance and the store (instance.ts, core/consent-store.ts, entries/boot.ts)
  'signals',
  'clock',
  'expose',
  'validated',
  'proven',
  'loadUI',
  'loadPageWords',
  'loadImplied',
];

/** For terser's mangle.properties.regex. */
export const instancePropertiesPattern = new RegExp(`^(${INSTANCE_PROPERTIES.join('|')})$`);

const names = new RegExp(`\\b(${INSTANCE_PROPERTIES.join('|')})\\b`);
const quoted = new RegExp(`(['"\`])(${INSTANCE_PROPERTIES.join('|')})\\1`);

/**
 * The build's guard for the list above. In the main file (`main: true`): no module of the SDK may
 * spell one of the names as a string. In every other script-tag chunk: the rendered code may not
 * contain one of the names at all, since it would read or write the property under its long name.
 */
export const guardInstanceProperties = ({ main }) => ({
  name: 'guard-instance-properties',
  transform(code, id) {
    if (!main || !id.includes('/packages/sdk/src/')) return null;
    const found = quoted.exec(code);
    if (found) this.error(`${id} reads the property "${found[2]}" by a string key: remove it from ${LIST}`);
    return null;
  },
  // Runs on the minified code, where only property names and strings keep their spelling.
  renderChunk(code, chunk) {
    if (main) return null;
    const found = names.exec(code);
    if (found)
      this.error(
        `${chunk.fileName} uses the property "${found[1]}", which privacy-choices.js shortens: remove it from ${LIST}`,
      );
    return null;
  },
});

const LIST = 'scripts/instance-properties.mjs';
