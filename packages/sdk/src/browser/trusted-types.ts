// Under Trusted Types (CSP `require-trusted-types-for 'script'`) a script's URL or code must come
// from a policy. Ours passes on only what the site itself supplies: the code and URLs of its own
// gated tags (its markup) and our chunks next to the SDK script. A site that lists its allowed
// policies (`trusted-types …`) adds `privacy-choices`; without Trusted Types, strings pass as is.
interface ScriptPolicy {
  createScriptURL(url: string): string;
  createScript(code: string): string;
}

let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    policy = null;
    const tt = (window as Window & { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } })
      .trustedTypes;
    try {
      if (tt)
        policy = tt.createPolicy('privacy-choices', { createScriptURL: (url) => url, createScript: (code) => code });
    } catch {
      /* the page does not allow our policy name: the browser reports the blocked sink itself */
    }
  }
  return policy;
}

export const trustedScriptURL = (url: string): string => {
  const p = scriptPolicy();
  return p ? p.createScriptURL(url) : url;
};

export const trustedScript = (code: string): string => {
  const p = scriptPolicy();
  return p ? p.createScript(code) : code;
};
