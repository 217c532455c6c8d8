// The demo's live state inspector: what privacy-choices decided and what that did to the page.
// Loaded as a module (deferred, after the SDK script). Shows PrivacyChoices.getState() (live, on
// `privacy-choices:change`), the stand-in tags that ran, first-party cookies, Google Consent Mode
// entries in window.dataLayer, the GPP string (decoded here, independently of the SDK's encoder),
// the USP string, and what Decline / Do Not Sell or Share / GPC / DNT would switch off under this
// config. Demo controls: reset, simulate GPC (cookie + reload), the visitor's region.
// A module, so that its helpers stay out of the page's global scope.

const w = window;
const doc = document;
const config = readConfig();
const categories = Array.isArray(config.categories) ? config.categories : [];
const choiceCookieName = config.cookie?.name || 'privacy_choices';

function readConfig() {
  try {
    const configElement = doc.getElementById('privacy-choices-config');
    return JSON.parse(configElement?.textContent || '{}');
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------- small DOM helpers
function h(tag, attrs, children) {
  const el = doc.createElement(tag);
  for (const name in attrs || {}) {
    const value = attrs[name];
    if (value == null || value === false) continue;
    if (name === 'text') el.textContent = value;
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children || []) {
    if (child == null) continue;
    el.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}
function replace(el, children) {
  while (el.firstChild) el.removeChild(el.firstChild);
  for (const child of children) el.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
}
/** Re-renders a section only when its content changed (keeps selections while polling). */
const lastSignatures = {};
function update(key, el, signature, build) {
  if (lastSignatures[key] === signature) return;
  lastSignatures[key] = signature;
  replace(el, build());
}
function cookieValue(name) {
  const match = new RegExp('(?:^|;\\s*)' + name + '=([^;]*)').exec(doc.cookie);
  return match ? decodeURIComponent(match[1]) : null;
}
function setDemoCookie(name, value) {
  doc.cookie =
    name +
    '=' +
    (value == null ? '' : encodeURIComponent(value)) +
    '; path=/; SameSite=Lax' +
    (value == null ? '; max-age=0' : '; max-age=31536000');
}
function sdk() {
  return w.PrivacyChoices;
}
function sdkState() {
  return sdk() ? sdk().getState() : null;
}

// ---------------------------------------------------------------- GPP decoder (GPP v1 strings)
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function toBits(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const v = B64.indexOf(s.charAt(i));
    if (v < 0) throw new Error('not base64url: ' + s.charAt(i));
    out += ('00000' + v.toString(2)).slice(-6);
  }
  return out;
}
class BitReader {
  constructor(bits) {
    this.bits = bits;
    this.pos = 0;
  }
  int(n) {
    const v = parseInt(this.bits.substr(this.pos, n) || '0', 2);
    this.pos += n;
    return v;
  }
  fib() {
    // Zeckendorf code, least significant term first, closed by a second consecutive 1.
    const terms = [1, 2];
    let value = 0;
    let prev = '0';
    for (let i = 0; this.pos < this.bits.length; i++) {
      const bit = this.bits.charAt(this.pos++);
      if (bit === '1' && prev === '1') return value;
      while (terms.length <= i) terms.push(terms[terms.length - 1] + terms[terms.length - 2]);
      if (bit === '1') value += terms[i];
      prev = bit;
    }
    throw new Error('unterminated Fibonacci code');
  }
}
const SECTION_NAMES = { 2: 'tcfeuv2', 6: 'uspv1', 7: 'usnat', 8: 'usca' };
// [name, bits per item, items] in encoding order.
const USNAT = {
  1: [
    ['Version', 6, 1],
    ['SharingNotice', 2, 1],
    ['SaleOptOutNotice', 2, 1],
    ['SharingOptOutNotice', 2, 1],
    ['TargetedAdvertisingOptOutNotice', 2, 1],
    ['SensitiveDataProcessingOptOutNotice', 2, 1],
    ['SensitiveDataLimitUseNotice', 2, 1],
    ['SaleOptOut', 2, 1],
    ['SharingOptOut', 2, 1],
    ['TargetedAdvertisingOptOut', 2, 1],
    ['SensitiveDataProcessing', 2, 12],
    ['KnownChildSensitiveDataConsents', 2, 2],
    ['PersonalDataConsents', 2, 1],
    ['MspaCoveredTransaction', 2, 1],
    ['MspaOptOutOptionMode', 2, 1],
    ['MspaServiceProviderMode', 2, 1],
  ],
  2: [
    ['Version', 6, 1],
    ['SharingNotice', 2, 1],
    ['SaleOptOutNotice', 2, 1],
    ['SharingOptOutNotice', 2, 1],
    ['TargetedAdvertisingOptOutNotice', 2, 1],
    ['SensitiveDataProcessingOptOutNotice', 2, 1],
    ['SensitiveDataLimitUseNotice', 2, 1],
    ['SaleOptOut', 2, 1],
    ['SharingOptOut', 2, 1],
    ['TargetedAdvertisingOptOut', 2, 1],
    ['SensitiveDataProcessing', 2, 16],
    ['KnownChildSensitiveDataConsents', 2, 3],
    ['PersonalDataConsents', 2, 1],
    ['MspaCoveredTransaction', 2, 1],
    ['MspaOptOutOptionMode', 2, 1],
    ['MspaServiceProviderMode', 2, 1],
  ],
};
const USCA = {
  1: [
    ['Version', 6, 1],
    ['SaleOptOutNotice', 2, 1],
    ['SharingOptOutNotice', 2, 1],
    ['SensitiveDataLimitUseNotice', 2, 1],
    ['SaleOptOut', 2, 1],
    ['SharingOptOut', 2, 1],
    ['SensitiveDataProcessing', 2, 9],
    ['KnownChildSensitiveDataConsents', 2, 2],
    ['PersonalDataConsents', 2, 1],
    ['MspaCoveredTransaction', 2, 1],
    ['MspaOptOutOptionMode', 2, 1],
    ['MspaServiceProviderMode', 2, 1],
  ],
};
function decodeCore(layouts, encoded) {
  const reader = new BitReader(toBits(encoded));
  const version = parseInt(reader.bits.substr(0, 6), 2);
  const layout = layouts[version];
  if (!layout) throw new Error('unknown section version ' + version);
  return layout.map(([name, bitsPerItem, items]) => {
    const values = [];
    for (let i = 0; i < items; i++) values.push(reader.int(bitsPerItem));
    return [name, items > 1 ? values : values[0]];
  });
}
/** The header: type 3, the version, then the section ids as Fibonacci-coded ranges. */
function decodeHeader(encoded) {
  const reader = new BitReader(toBits(encoded));
  const type = reader.int(6);
  const version = reader.int(6);
  if (type !== 3) throw new Error('header type ' + type + ', expected 3');
  const count = reader.int(12);
  const ids = [];
  let lastId = 0;
  for (let i = 0; i < count; i++) {
    const isRange = reader.int(1) === 1;
    const start = lastId + reader.fib();
    const end = isRange ? start + reader.fib() : start;
    for (let id = start; id <= end; id++) ids.push(id);
    lastId = end;
  }
  return { version, ids };
}
function decodeSection(id, encoded) {
  const name = SECTION_NAMES[id] || 'section ' + id;
  const subs = encoded.split('.');
  const section = { id, name, encoded, fields: null, gpc: null };
  if (name === 'usnat') section.fields = decodeCore(USNAT, subs[0]);
  else if (name === 'usca') section.fields = decodeCore(USCA, subs[0]);
  else if (name === 'uspv1') section.fields = [['String', subs[0]]];
  for (const sub of subs.slice(1)) {
    const subReader = new BitReader(toBits(sub));
    if (subReader.int(2) === 1) section.gpc = subReader.int(1) === 1;
  }
  return section;
}
function decodeGpp(str) {
  const parts = str.split('~');
  const { version, ids } = decodeHeader(parts[0]);
  const sections = ids.map((id, index) => decodeSection(id, parts[index + 1] || ''));
  return { version, sections };
}
/** N-bitfields compactly: "0 ×16" when uniform, else the digits. */
function formatValue(value) {
  if (!Array.isArray(value)) return String(value);
  const uniform = value.every((v) => v === value[0]);
  return uniform ? value[0] + ' ×' + value.length : value.join('');
}
function meaning(field, value) {
  if (Array.isArray(value) || field === 'Version' || field === 'String') return '';
  if (/Notice$/.test(field)) return ['N/A', 'notice given', 'not given'][value] || '?';
  if (/OptOut$/.test(field)) return ['N/A', 'opted out', 'did not opt out'][value] || '?';
  if (field === 'MspaCoveredTransaction') return ['invalid', 'covered', 'not covered'][value] || '?';
  if (/^Mspa/.test(field)) return ['N/A', 'yes', 'no'][value] || '?';
  if (field === 'PersonalDataConsents') return ['N/A', 'no consent', 'consent'][value] || '?';
  return '';
}

// ---------------------------------------------------------------- panel
/** The collapsible panel; the open/closed state survives reloads in a demo cookie. */
function createPanel(collapsed) {
  const panel = h('aside', { id: 'inspector', class: 'inspector', 'aria-labelledby': 'inspector-title' });
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'inspector-toggle',
      'aria-expanded': String(!collapsed),
      'aria-controls': 'inspector-body',
    },
    ['Live state inspector'],
  );
  const body = h('div', { id: 'inspector-body', class: 'inspector-body' });
  if (collapsed) body.hidden = true;
  panel.appendChild(h('h2', { id: 'inspector-title' }, [toggle]));
  panel.appendChild(body);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    panel.classList.toggle('collapsed', !open);
    doc.body.classList.toggle('inspector-collapsed', !open);
    setDemoCookie('demo_inspector', open ? null : 'closed');
  });
  if (collapsed) panel.classList.add('collapsed');
  return { panel, body };
}

function addSection(body, id, heading) {
  const content = h('div', { class: 'inspector-content', id: 'inspector-' + id });
  body.appendChild(
    h('section', { class: 'inspector-section', 'aria-labelledby': 'inspector-' + id + '-h' }, [
      h('h3', { id: 'inspector-' + id + '-h' }, [heading]),
      content,
    ]),
  );
  return content;
}

function addButton(controls, label, onClick, attrs) {
  const button = h('button', Object.assign({ type: 'button' }, attrs || {}), [label]);
  button.addEventListener('click', onClick);
  controls.appendChild(button);
}

function buildControls() {
  const gpcOn = cookieValue('demo_gpc') === '1';
  const controls = h('div', { class: 'inspector-controls' });
  addButton(controls, 'Show banner', () => sdk()?.open('banner'));
  addButton(controls, 'Preferences', () => sdk()?.open('preferences'));
  addButton(controls, 'Forget choice & reload', () => {
    sdk()?.reset();
    setDemoCookie(choiceCookieName + '_seen', null); // implied mode's page marker
    location.reload();
  });
  addButton(
    controls,
    'Simulate GPC: ' + (gpcOn ? 'on' : 'off'),
    () => {
      setDemoCookie('demo_gpc', gpcOn ? null : '1');
      location.reload();
    },
    { 'aria-pressed': String(gpcOn), class: gpcOn ? 'on' : null },
  );
  if (config.regions) addRegionSelect(controls);
  return controls;
}

const REGION_OPTIONS = [
  ['', 'none (server sends no region)'],
  ['US', 'US (e.g. California visitor)'],
  ['US-CA', 'US-CA'],
  ['DE', 'DE (EEA)'],
  ['FR', 'FR (EEA)'],
  ['GB', 'GB'],
];
/** The visitor's region is a demo cookie the server passes on as the config's `region`. */
function addRegionSelect(controls) {
  const regionSelect = h('select', { id: 'inspector-region' });
  const current = cookieValue('demo_region') || '';
  for (const [value, label] of REGION_OPTIONS) {
    regionSelect.appendChild(h('option', { value, selected: value === current }, [label]));
  }
  regionSelect.addEventListener('change', () => {
    setDemoCookie('demo_region', regionSelect.value || null);
    location.reload();
  });
  controls.appendChild(h('label', { class: 'inspector-region', for: 'inspector-region' }, ['Visitor region ']));
  controls.appendChild(regionSelect);
}

/** The sections in display order; `record` only when the config sends consent records. */
function addSections(body) {
  const records = config.integrations?.records;
  return {
    state: addSection(body, 'state', 'PrivacyChoices.getState()'),
    record: records ? addSection(body, 'record', 'Consent record (collector)') : null,
    signals: addSection(body, 'signals', 'Signals and mode'),
    tags: addSection(body, 'tags', 'Tags that ran'),
    cookies: addSection(body, 'cookies', 'First-party cookies'),
    consentMode: addSection(body, 'consent-mode', 'Consent Mode in window.dataLayer'),
    gpp: addSection(body, 'gpp', 'GPP (__gpp) decoded · USP'),
    whatIf: addSection(body, 'what-if', 'What would Decline / Do Not Sell or Share / GPC switch off?'),
  };
}

// ---------------------------------------------------------------- renderers
function renderState(el) {
  const state = sdkState();
  const text = state
    ? JSON.stringify(state, null, 2)
    : 'window.PrivacyChoices is not available (SDK not built or not loaded?)';
  update('state', el, text, () => [
    h('div', { class: 'pills' }, state ? categoryPills(state) : []),
    h('p', { id: 'state-summary' }, [summary(state)]),
    h('pre', { class: 'inspector-pre' }, [text]),
  ]);
}

function categoryPills(state) {
  return Object.keys(state.categories).map((id) => {
    const on = state.categories[id];
    return h('span', { class: 'pill ' + (on ? 'pill-on' : 'pill-off') }, [id + (on ? ' on' : ' off')]);
  });
}

// The state in words (docs/semantics.md): an opt-out of sale or sharing is a decision of its
// own, recorded at once (GPC included); `decided` only says whether the banner was answered.
function summary(state) {
  if (!state) return '';
  const why = state.source === 'gpc' || state.source === 'dnt' ? ' (' + state.source.toUpperCase() + ')' : '';
  const optOut = (flag) => (flag ? 'opted out' + why : 'not opted out');
  return (
    'Sale: ' +
    optOut(state.saleOptOut) +
    ' · Sharing: ' +
    optOut(state.shareOptOut) +
    ' · Banner: ' +
    (state.decided ? 'answered' : 'not answered yet') +
    (state.knownChild ? ' · known child' : '')
  );
}

// The choice cookie's own fields (packages/sdk/src/core/choice-codec.ts): flags is field 3 (bit 5
// = the collector acknowledged this choice), the consent id field 6.
function renderRecord(el) {
  if (!el) return;
  const raw = cookieValue(choiceCookieName);
  const parts = raw ? decodeURIComponent(raw).split('.') : [];
  const id = parts.length >= 10 ? parts[6] : '';
  const recorded = id && (parseInt(parts[3], 36) & 32) !== 0;
  let status = 'no choice stored yet';
  if (id) status = recorded ? 'recorded ✓ ' + id : 'sent, awaiting confirmation (next page view) · ' + id;
  update('record', el, status, () => [
    h('p', { id: 'record-status', class: recorded ? 'record-ok' : 'muted' }, [status]),
    h('p', null, [
      h('a', { href: '/demo-dashboard', target: '_blank', rel: 'noopener' }, ['Records dashboard']),
      id ? ' · ' : null,
      id
        ? h('a', { href: '/v1/records/' + id, target: '_blank', rel: 'noopener' }, ['this visitor’s history (JSON)'])
        : null,
    ]),
  ]);
}

function renderSignals(el) {
  const nav = navigator;
  const state = sdkState();
  const rows = [
    ['navigator.globalPrivacyControl', String(nav.globalPrivacyControl)],
    ['navigator.doNotTrack', String(nav.doNotTrack)],
    ['config gpc / dnt', (config.gpc || 'honor (default)') + ' / ' + (config.dnt || 'ignore (default)')],
    ['config region', config.region || '—'],
    ['mode in force', state ? state.mode : '—'],
  ];
  update('signals', el, JSON.stringify(rows), () => [
    h('table', { class: 'kv' }, [
      h(
        'tbody',
        null,
        rows.map((row) => h('tr', null, [h('th', { scope: 'row' }, [row[0]]), h('td', null, [row[1]])])),
      ),
    ]),
  ]);
}

/** Gated tags the SDK has not run yet: "src (category)". */
function waitingTags() {
  const gated = doc.querySelectorAll('script[data-category], iframe[data-category]');
  const waiting = [];
  for (const el of gated) {
    if (el.getAttribute('data-privacy-choices-state') === 'run') continue;
    waiting.push(
      (el.getAttribute('data-src') || el.getAttribute('src')) + ' (' + el.getAttribute('data-category') + ')',
    );
  }
  return waiting;
}

function renderTags(el) {
  const ran = w.__demoTags || [];
  const waiting = waitingTags();
  update('tags', el, JSON.stringify([ran, waiting]), () => {
    const list = h(
      'ol',
      { id: 'tags-ran', class: 'tags-ran' },
      ran.map((tag) =>
        h('li', null, [h('strong', null, [tag.name]), ' · ' + (tag.category || '?') + ' · ' + tag.at.slice(11, 19)]),
      ),
    );
    const out = [
      ran.length ? list : h('p', { class: 'muted', id: 'tags-ran-empty' }, ['No tag has run on this page view.']),
    ];
    if (waiting.length) out.push(h('p', { class: 'muted' }, ['Blocked / not loaded: ' + waiting.join(', ')]));
    return out;
  });
}

function cookieItem(cookie) {
  const i = cookie.indexOf('=');
  const name = cookie.slice(0, i);
  const value = cookie.slice(i + 1);
  return h('li', null, [h('code', null, [name]), ' = ' + (value.length > 40 ? value.slice(0, 40) + '…' : value)]);
}

function renderCookies(el) {
  const list = doc.cookie ? doc.cookie.split(/;\s*/) : [];
  update('cookies', el, doc.cookie, () => {
    if (!list.length) return [h('p', { class: 'muted' }, ['none'])];
    return [h('ul', { class: 'cookies' }, list.map(cookieItem))];
  });
}

function isArguments(x) {
  return Object.prototype.toString.call(x) === '[object Arguments]';
}
/** gtag() calls (arguments objects), plain arrays and events pushed to window.dataLayer. */
function dataLayerEntries() {
  const dataLayer = w.dataLayer || [];
  const entries = [];
  for (let i = 0; i < dataLayer.length; i++) {
    const e = dataLayer[i];
    if (isArguments(e) || Array.isArray(e))
      entries.push({ index: i, kind: isArguments(e) ? 'arguments' : 'array', value: Array.prototype.slice.call(e) });
    else if (e && typeof e === 'object' && e.event) entries.push({ index: i, kind: 'event', value: e.event });
  }
  return entries;
}

function consentPills(values) {
  return Object.keys(values).map((key) => {
    let tone = '';
    if (values[key] === 'granted') tone = 'pill-on';
    else if (values[key] === 'denied') tone = 'pill-off';
    return h('span', { class: 'pill ' + tone }, [key + ': ' + values[key]]);
  });
}

function dataLayerItem(entry) {
  if (entry.kind === 'event')
    return h('li', { value: String(entry.index) }, [
      h('code', null, ['{ event: "' + entry.value + '", privacyChoices: … }']),
    ]);
  const args = entry.value;
  const head = JSON.stringify(args.slice(0, 2));
  const values = args[2] && typeof args[2] === 'object' ? args[2] : null;
  return h('li', { value: String(entry.index) }, [
    h('code', null, [
      (entry.kind === 'arguments' ? 'arguments ' : 'array ') + head.replace(/]$/, values ? ', {…}]' : ']'),
    ]),
    values ? h('div', { class: 'pills' }, consentPills(values)) : null,
  ]);
}

function renderConsentMode(el) {
  const entries = dataLayerEntries();
  update('gcm', el, JSON.stringify(entries), () => {
    if (!entries.length)
      return [h('p', { class: 'muted' }, ['window.dataLayer has no entries (googleConsentMode off?).'])];
    return [h('ol', { class: 'datalayer', start: '0' }, entries.slice(-14).map(dataLayerItem))];
  });
}

/** The __gpp ping result, null without __gpp, `{ error }` when the call throws. */
function gppPing() {
  if (typeof w.__gpp !== 'function') return null;
  let ping = null;
  try {
    w.__gpp('ping', (data) => {
      ping = data;
    });
  } catch (e) {
    ping = { error: String(e) };
  }
  return ping;
}

function uspString() {
  if (typeof w.__uspapi !== 'function') return null;
  let usp = null;
  try {
    w.__uspapi('getUSPData', 1, (data) => {
      usp = data?.uspString;
    });
  } catch (e) {
    usp = 'error: ' + e;
  }
  return usp;
}

function gppSectionTable(section) {
  const rows = (section.fields || []).map((field) =>
    h('tr', null, [
      h('th', { scope: 'row' }, [field[0]]),
      h('td', null, [formatValue(field[1])]),
      h('td', { class: 'muted' }, [meaning(field[0], field[1])]),
    ]),
  );
  if (section.gpc !== null)
    rows.push(
      h('tr', null, [
        h('th', { scope: 'row' }, ['Gpc (sub-section)']),
        h('td', null, [String(section.gpc)]),
        h('td', { class: 'muted' }, ['']),
      ]),
    );
  return h('table', { class: 'kv gpp' }, [
    h('caption', null, [section.name + ' (section ' + section.id + ')']),
    h('tbody', null, rows),
  ]);
}

/** The GPP string, the ping's statuses and one table per decoded section. */
function gppDetails(ping) {
  const out = [
    h('p', null, [h('code', { class: 'gpp-string' }, [ping.gppString || '(empty)'])]),
    h('p', { class: 'muted' }, [
      'signalStatus ' +
        ping.signalStatus +
        ' · cmpDisplayStatus ' +
        ping.cmpDisplayStatus +
        ' · supportedAPIs ' +
        JSON.stringify(ping.supportedAPIs),
    ]),
  ];
  try {
    for (const section of decodeGpp(ping.gppString || '').sections) out.push(gppSectionTable(section));
  } catch (e) {
    out.push(h('p', null, ['Could not decode: ' + e.message]));
  }
  return out;
}

function renderGpp(el) {
  const ping = gppPing();
  const usp = uspString();
  const signature = JSON.stringify([ping?.gppString, ping?.signalStatus, ping?.cmpDisplayStatus, usp]);
  update('gpp', el, signature, () => {
    let out;
    if (!ping) out = [h('p', { class: 'muted' }, ['No __gpp on this page (integrations.gpp is off for this config).'])];
    else if (ping.error) out = [h('p', null, ['__gpp ping failed: ' + ping.error])];
    else out = gppDetails(ping);
    out.push(h('p', null, ['USP (__uspapi): ', h('code', null, [usp || '— (integrations.usp off)'])]));
    return out;
  });
}

const WHAT_IF_COLUMNS = [
  ['Category', null],
  ['Decline', null],
  ['DNSS', 'Do Not Sell or Share My Personal Information'],
  ['GPC', 'Global Privacy Control signal'],
  ['DNT', 'Do Not Track signal'],
];
function whatIfCell(off, text) {
  return h('td', { class: off ? 'off' : 'on' }, [off ? 'off' : text || 'on']);
}
/** One category: which of Decline, DNSS, GPC and DNT switch it off under this config. */
function whatIfRow(category) {
  const gpcHonored = config.gpc !== 'ignore';
  const dntHonored = config.dnt === 'honor';
  const soldOrShared = !category.necessary && (category.sale || category.share);
  const flags = category.necessary
    ? 'necessary'
    : [category.sale ? 'sale' : null, category.share ? 'share' : null].filter(Boolean).join(' + ') ||
      'neither sold nor shared';
  // A necessary category is never switched off.
  const cell = (off, text) => (category.necessary ? whatIfCell(false, 'always') : whatIfCell(off, text));
  return h('tr', null, [
    h('th', { scope: 'row' }, [category.label, h('br'), h('span', { class: 'muted' }, [flags])]),
    cell(true),
    cell(soldOrShared),
    cell(gpcHonored && soldOrShared, gpcHonored ? 'on' : 'ignored'),
    cell(dntHonored && soldOrShared, dntHonored ? 'on' : 'ignored'),
  ]);
}

function renderWhatIf(el) {
  update('what-if', el, 'static', () => {
    const head = h('thead', null, [
      h(
        'tr',
        null,
        WHAT_IF_COLUMNS.map(([label, title]) => h('th', { scope: 'col', title }, [label])),
      ),
    ]);
    return [
      h('table', { class: 'what-if' }, [head, h('tbody', null, categories.map(whatIfRow))]),
      h('p', { class: 'muted' }, [
        'From the config: Decline switches off every non-necessary category; Do Not Sell or Share (DNSS), GPC (gpc: "' +
          (config.gpc || 'honor') +
          '") and DNT (dnt: "' +
          (config.dnt || 'ignore') +
          '") switch off the categories marked sale or share.',
      ]),
    ];
  });
}

function renderAll(sections) {
  renderState(sections.state);
  renderRecord(sections.record);
  renderSignals(sections.signals);
  renderTags(sections.tags);
  renderCookies(sections.cookies);
  renderConsentMode(sections.consentMode);
  renderGpp(sections.gpp);
  renderWhatIf(sections.whatIf);
}

/** Re-renders on SDK and tag events (batched), and every 1.5 s for what has no event. */
function watch(sections) {
  let scheduled = false;
  const soon = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      renderAll(sections);
    }, 30);
  };
  w.addEventListener('privacy-choices:change', soon);
  w.addEventListener('privacy-choices:ready', soon);
  w.addEventListener('demo:tag-ran', soon);
  setInterval(() => renderAll(sections), 1500); // cookies and dataLayer have no events of their own
}

function start() {
  const collapsed = cookieValue('demo_inspector') === 'closed';
  const { panel, body } = createPanel(collapsed);
  body.appendChild(buildControls());
  const sections = addSections(body);
  const mount = () => {
    doc.body.appendChild(panel);
    doc.body.classList.add('has-inspector');
    if (collapsed) doc.body.classList.add('inspector-collapsed');
    renderAll(sections);
  };
  watch(sections);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', mount);
  else mount();
}

if (!doc.getElementById('inspector')) start();
