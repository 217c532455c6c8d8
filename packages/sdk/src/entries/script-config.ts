// Where the script tag finds its config: the JSON element with id `privacy-choices-config`, or
// else `window.privacyChoicesConfig`. The text is kept too: its hash proves, on later page views,
// that this very config was validated before (so they need not load the validator).
export interface RawConfig {
  value: unknown;
  text: string;
}

export function readRawConfig(): RawConfig | Error {
  const el = document.getElementById('privacy-choices-config');
  if (el) {
    const text = el.textContent || '';
    try {
      return { value: JSON.parse(text), text };
    } catch (error) {
      return new Error(`privacy-choices: #privacy-choices-config is not valid JSON (${(error as Error).message})`);
    }
  }
  const value = (window as { privacyChoicesConfig?: unknown }).privacyChoicesConfig;
  if (value === undefined) {
    return new Error('privacy-choices: no config found: add <script type="application/json" id="privacy-choices-config"> or set window.privacyChoicesConfig before the script');
  }
  try {
    return { value, text: JSON.stringify(value) };
  } catch (error) {
    return new Error(`privacy-choices: window.privacyChoicesConfig cannot be serialised (${(error as Error).message})`);
  }
}
