// The demo's live state inspector: what privacy-choices decided and what that did to the page.
// Loaded (defer) after the SDK script. Shows PrivacyChoices.getState() (live, on
// `privacy-choices:change`), the stand-in tags that ran, first-party cookies, Google Consent Mode
// entries in window.dataLayer, the GPP string (decoded here, independently of the SDK's encoder),
// the USP string, and what Decline / Do Not Sell or Share / GPC / DNT would switch off under this
// config. Demo controls: reset, simulate GPC (cookie + reload), the visitor's region.
(function () {
  'use strict';
  var w = window;
  var doc = document;
  if (doc.getElementById('inspector')) return;

  var config = {};
  try {
    var configElement = doc.getElementById('privacy-choices-config');
    config = JSON.parse((configElement && configElement.textContent) || '{}');
  } catch (e) {
    config = {};
  }
  var categories = Array.isArray(config.categories) ? config.categories : [];

  // ---------------------------------------------------------------- small DOM helpers
  function h(tag, attrs, children) {
    var el = doc.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        if (attrs[k] == null || attrs[k] === false) continue;
        if (k === 'text') el.textContent = attrs[k];
        else el.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
      }
    }
    (children || []).forEach(function (child) {
      if (child == null) return;
      el.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
    });
    return el;
  }
  function replace(el, children) {
    while (el.firstChild) el.removeChild(el.firstChild);
    children.forEach(function (c) {
      el.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
    });
  }
  /** Re-renders a section only when its content changed (keeps selections while polling). */
  var last = {};
  function update(key, el, signature, build) {
    if (last[key] === signature) return;
    last[key] = signature;
    replace(el, build());
  }
  function cookieValue(name) {
    var m = new RegExp('(?:^|;\\s*)' + name + '=([^;]*)').exec(doc.cookie);
    return m ? decodeURIComponent(m[1]) : null;
  }
  function setDemoCookie(name, value) {
    doc.cookie =
      name +
      '=' +
      (value == null ? '' : encodeURIComponent(value)) +
      '; path=/; SameSite=Lax' +
      (value == null ? '; max-age=0' : '; max-age=31536000');
  }
  function pc() {
    return w.PrivacyChoices;
  }

  // ---------------------------------------------------------------- GPP decoder (GPP v1 strings)
  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  function toBits(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var v = B64.indexOf(s.charAt(i));
      if (v < 0) throw new Error('not base64url: ' + s.charAt(i));
      out += ('00000' + v.toString(2)).slice(-6);
    }
    return out;
  }
  function Reader(bits) {
    this.bits = bits;
    this.pos = 0;
  }
  Reader.prototype.int = function (n) {
    var v = parseInt(this.bits.substr(this.pos, n) || '0', 2);
    this.pos += n;
    return v;
  };
  Reader.prototype.fib = function () {
    // Zeckendorf code, least significant term first, closed by a second consecutive 1.
    var terms = [1, 2];
    var value = 0;
    var prev = '0';
    for (var i = 0; this.pos < this.bits.length; i++) {
      var bit = this.bits.charAt(this.pos++);
      if (bit === '1' && prev === '1') return value;
      while (terms.length <= i) terms.push(terms[terms.length - 1] + terms[terms.length - 2]);
      if (bit === '1') value += terms[i];
      prev = bit;
    }
    throw new Error('unterminated Fibonacci code');
  };
  var SECTION_NAMES = { 2: 'tcfeuv2', 6: 'uspv1', 7: 'usnat', 8: 'usca' };
  // [name, bits per item, items] in encoding order.
  var USNAT = {
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
  var USCA = {
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
    var r = new Reader(toBits(encoded));
    var version = parseInt(r.bits.substr(0, 6), 2);
    var layout = layouts[version];
    if (!layout) throw new Error('unknown section version ' + version);
    var fields = [];
    layout.forEach(function (f) {
      var values = [];
      for (var i = 0; i < f[2]; i++) values.push(r.int(f[1]));
      fields.push([f[0], f[2] > 1 ? values : values[0]]);
    });
    return fields;
  }
  function decodeGpp(str) {
    var parts = str.split('~');
    var r = new Reader(toBits(parts[0]));
    var type = r.int(6);
    var version = r.int(6);
    if (type !== 3) throw new Error('header type ' + type + ', expected 3');
    var count = r.int(12);
    var ids = [];
    var lastId = 0;
    for (var i = 0; i < count; i++) {
      var isRange = r.int(1) === 1;
      var start = lastId + r.fib();
      var end = isRange ? start + r.fib() : start;
      for (var id = start; id <= end; id++) ids.push(id);
      lastId = end;
    }
    var sections = ids.map(function (id, index) {
      var name = SECTION_NAMES[id] || 'section ' + id;
      var encoded = parts[index + 1] || '';
      var subs = encoded.split('.');
      var section = { id: id, name: name, encoded: encoded, fields: null, gpc: null };
      if (name === 'usnat') section.fields = decodeCore(USNAT, subs[0]);
      else if (name === 'usca') section.fields = decodeCore(USCA, subs[0]);
      else if (name === 'uspv1') section.fields = [['String', subs[0]]];
      for (var s = 1; s < subs.length; s++) {
        var sr = new Reader(toBits(subs[s]));
        if (sr.int(2) === 1) section.gpc = sr.int(1) === 1;
      }
      return section;
    });
    return { version: version, sections: sections };
  }
  /** N-bitfields compactly: "0 ×16" when uniform, else the digits. */
  function formatValue(value) {
    if (!Array.isArray(value)) return String(value);
    var uniform = value.every(function (v) {
      return v === value[0];
    });
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
  var panel = h('aside', { id: 'inspector', class: 'inspector', 'aria-labelledby': 'inspector-title' });
  var collapsed = cookieValue('demo_inspector') === 'closed';
  var toggle = h(
    'button',
    {
      type: 'button',
      class: 'inspector-toggle',
      'aria-expanded': String(!collapsed),
      'aria-controls': 'inspector-body',
    },
    ['Live state inspector'],
  );
  var title = h('h2', { id: 'inspector-title' }, [toggle]);
  var body = h('div', { id: 'inspector-body', class: 'inspector-body' });
  if (collapsed) body.hidden = true;
  panel.appendChild(title);
  panel.appendChild(body);
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    panel.classList.toggle('collapsed', !open);
    doc.body.classList.toggle('inspector-collapsed', !open);
    setDemoCookie('demo_inspector', open ? null : 'closed');
  });
  if (collapsed) panel.classList.add('collapsed');

  function section(id, heading, extra) {
    var content = h('div', { class: 'inspector-content', id: 'inspector-' + id });
    var el = h('section', { class: 'inspector-section', 'aria-labelledby': 'inspector-' + id + '-h' }, [
      h('h3', { id: 'inspector-' + id + '-h' }, [heading]),
      extra || null,
      content,
    ]);
    body.appendChild(el);
    return content;
  }

  // Controls
  var gpcOn = cookieValue('demo_gpc') === '1';
  var controls = h('div', { class: 'inspector-controls' });
  function button(label, onClick, attrs) {
    var b = h('button', Object.assign({ type: 'button' }, attrs || {}), [label]);
    b.addEventListener('click', onClick);
    controls.appendChild(b);
    return b;
  }
  button('Show banner', function () {
    if (pc()) pc().open('banner');
  });
  button('Preferences', function () {
    if (pc()) pc().open('preferences');
  });
  button('Forget choice & reload', function () {
    if (pc()) pc().reset();
    setDemoCookie(((config.cookie && config.cookie.name) || 'privacy_choices') + '_seen', null); // implied mode's page marker
    location.reload();
  });
  button(
    'Simulate GPC: ' + (gpcOn ? 'on' : 'off'),
    function () {
      setDemoCookie('demo_gpc', gpcOn ? null : '1');
      location.reload();
    },
    { 'aria-pressed': String(gpcOn), class: gpcOn ? 'on' : null },
  );
  if (config.regions) {
    var regionSelect = h('select', { id: 'inspector-region' });
    var current = cookieValue('demo_region') || '';
    var options = [
      ['', 'none (server sends no region)'],
      ['US', 'US (e.g. California visitor)'],
      ['US-CA', 'US-CA'],
      ['DE', 'DE (EEA)'],
      ['FR', 'FR (EEA)'],
      ['GB', 'GB'],
    ];
    options.forEach(function (o) {
      regionSelect.appendChild(h('option', { value: o[0], selected: o[0] === current }, [o[1]]));
    });
    regionSelect.addEventListener('change', function () {
      setDemoCookie('demo_region', regionSelect.value || null);
      location.reload();
    });
    controls.appendChild(h('label', { class: 'inspector-region', for: 'inspector-region' }, ['Visitor region ']));
    controls.appendChild(regionSelect);
  }
  body.appendChild(controls);

  var stateEl = section('state', 'PrivacyChoices.getState()');
  var records = config.integrations && config.integrations.records;
  var recordEl = records ? section('record', 'Consent record (collector)') : null;
  var signalsEl = section('signals', 'Signals and mode');
  var tagsEl = section('tags', 'Tags that ran');
  var cookiesEl = section('cookies', 'First-party cookies');
  var gcmEl = section('consent-mode', 'Consent Mode in window.dataLayer');
  var gppEl = section('gpp', 'GPP (__gpp) decoded · USP');
  var tableEl = section('what-if', 'What would Decline / Do Not Sell or Share / GPC switch off?');

  // ---------------------------------------------------------------- renderers
  function renderState() {
    var state = pc() ? pc().getState() : null;
    var text = state
      ? JSON.stringify(state, null, 2)
      : 'window.PrivacyChoices is not available (SDK not built or not loaded?)';
    update('state', stateEl, text, function () {
      var pills = [];
      if (state) {
        for (var id in state.categories) {
          pills.push(
            h('span', { class: 'pill ' + (state.categories[id] ? 'pill-on' : 'pill-off') }, [
              id + (state.categories[id] ? ' on' : ' off'),
            ]),
          );
        }
      }
      return [
        h('div', { class: 'pills' }, pills),
        h('p', { id: 'state-summary' }, [summary(state)]),
        h('pre', { class: 'inspector-pre' }, [text]),
      ];
    });
  }

  // The state in words (docs/semantics.md): an opt-out of sale or sharing is a decision of its
  // own, recorded at once (GPC included); `decided` only says whether the banner was answered.
  function summary(state) {
    if (!state) return '';
    var why = state.source === 'gpc' || state.source === 'dnt' ? ' (' + state.source.toUpperCase() + ')' : '';
    var optOut = function (flag) {
      return flag ? 'opted out' + why : 'not opted out';
    };
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
  function renderRecord() {
    if (!recordEl) return;
    var raw = cookieValue((config.cookie && config.cookie.name) || 'privacy_choices');
    var parts = raw ? decodeURIComponent(raw).split('.') : [];
    var id = parts.length >= 10 ? parts[6] : '';
    var recorded = id && (parseInt(parts[3], 36) & 32) !== 0;
    var status = !id
      ? 'no choice stored yet'
      : recorded
        ? 'recorded ✓ ' + id
        : 'sent, awaiting confirmation (next page view) · ' + id;
    update('record', recordEl, status, function () {
      return [
        h('p', { id: 'record-status', class: recorded ? 'record-ok' : 'muted' }, [status]),
        h('p', null, [
          h('a', { href: '/demo-dashboard', target: '_blank', rel: 'noopener' }, ['Records dashboard']),
          id ? ' · ' : null,
          id
            ? h('a', { href: '/v1/records/' + id, target: '_blank', rel: 'noopener' }, [
                'this visitor’s history (JSON)',
              ])
            : null,
        ]),
      ];
    });
  }

  function renderSignals() {
    var nav = navigator;
    var state = pc() ? pc().getState() : null;
    var rows = [
      ['navigator.globalPrivacyControl', String(nav.globalPrivacyControl)],
      ['navigator.doNotTrack', String(nav.doNotTrack)],
      ['config gpc / dnt', (config.gpc || 'honor (default)') + ' / ' + (config.dnt || 'ignore (default)')],
      ['config region', config.region || '—'],
      ['mode in force', state ? state.mode : '—'],
    ];
    update('signals', signalsEl, JSON.stringify(rows), function () {
      return [
        h('table', { class: 'kv' }, [
          h(
            'tbody',
            null,
            rows.map(function (r) {
              return h('tr', null, [h('th', { scope: 'row' }, [r[0]]), h('td', null, [r[1]])]);
            }),
          ),
        ]),
      ];
    });
  }

  function renderTags() {
    var ran = w.__demoTags || [];
    var gated = doc.querySelectorAll('script[data-category], iframe[data-category]');
    var waiting = [];
    for (var i = 0; i < gated.length; i++) {
      var el = gated[i];
      var ranAlready = el.getAttribute('data-privacy-choices-state') === 'run';
      if (!ranAlready)
        waiting.push(
          (el.getAttribute('data-src') || el.getAttribute('src')) + ' (' + el.getAttribute('data-category') + ')',
        );
    }
    update('tags', tagsEl, JSON.stringify([ran, waiting]), function () {
      var list = h(
        'ol',
        { id: 'tags-ran', class: 'tags-ran' },
        ran.map(function (t) {
          return h('li', null, [h('strong', null, [t.name]), ' · ' + (t.category || '?') + ' · ' + t.at.slice(11, 19)]);
        }),
      );
      var out = [
        ran.length ? list : h('p', { class: 'muted', id: 'tags-ran-empty' }, ['No tag has run on this page view.']),
      ];
      if (waiting.length) out.push(h('p', { class: 'muted' }, ['Blocked / not loaded: ' + waiting.join(', ')]));
      return out;
    });
  }

  function renderCookies() {
    var list = doc.cookie ? doc.cookie.split(/;\s*/) : [];
    update('cookies', cookiesEl, doc.cookie, function () {
      if (!list.length) return [h('p', { class: 'muted' }, ['none'])];
      return [
        h(
          'ul',
          { class: 'cookies' },
          list.map(function (c) {
            var i = c.indexOf('=');
            var name = c.slice(0, i);
            var value = c.slice(i + 1);
            return h('li', null, [
              h('code', null, [name]),
              ' = ' + (value.length > 40 ? value.slice(0, 40) + '…' : value),
            ]);
          }),
        ),
      ];
    });
  }

  function isArguments(x) {
    return Object.prototype.toString.call(x) === '[object Arguments]';
  }
  function renderConsentMode() {
    var dl = w.dataLayer || [];
    var entries = [];
    for (var i = 0; i < dl.length; i++) {
      var e = dl[i];
      if (isArguments(e) || Array.isArray(e))
        entries.push({ index: i, kind: isArguments(e) ? 'arguments' : 'array', value: Array.prototype.slice.call(e) });
      else if (e && typeof e === 'object' && e.event) entries.push({ index: i, kind: 'event', value: e.event });
    }
    var signature = JSON.stringify(entries);
    update('gcm', gcmEl, signature, function () {
      if (!entries.length)
        return [h('p', { class: 'muted' }, ['window.dataLayer has no entries (googleConsentMode off?).'])];
      return [
        h(
          'ol',
          { class: 'datalayer', start: '0' },
          entries.slice(-14).map(function (entry) {
            if (entry.kind === 'event')
              return h('li', { value: String(entry.index) }, [
                h('code', null, ['{ event: "' + entry.value + '", privacyChoices: … }']),
              ]);
            var args = entry.value;
            var head = JSON.stringify(args.slice(0, 2));
            var values = args[2] && typeof args[2] === 'object' ? args[2] : null;
            var items = [];
            if (values) {
              for (var k in values) {
                items.push(
                  h(
                    'span',
                    {
                      class: 'pill ' + (values[k] === 'granted' ? 'pill-on' : values[k] === 'denied' ? 'pill-off' : ''),
                    },
                    [k + ': ' + values[k]],
                  ),
                );
              }
            }
            return h('li', { value: String(entry.index) }, [
              h('code', null, [
                (entry.kind === 'arguments' ? 'arguments ' : 'array ') + head.replace(/]$/, values ? ', {…}]' : ']'),
              ]),
              values ? h('div', { class: 'pills' }, items) : null,
            ]);
          }),
        ),
      ];
    });
  }

  function renderGpp() {
    var ping = null;
    var usp = null;
    if (typeof w.__gpp === 'function') {
      try {
        w.__gpp('ping', function (data) {
          ping = data;
        });
      } catch (e) {
        ping = { error: String(e) };
      }
    }
    if (typeof w.__uspapi === 'function') {
      try {
        w.__uspapi('getUSPData', 1, function (data) {
          usp = data && data.uspString;
        });
      } catch (e) {
        usp = 'error: ' + e;
      }
    }
    var signature = JSON.stringify([
      ping && ping.gppString,
      ping && ping.signalStatus,
      ping && ping.cmpDisplayStatus,
      usp,
    ]);
    update('gpp', gppEl, signature, function () {
      var out = [];
      if (!ping) {
        out.push(h('p', { class: 'muted' }, ['No __gpp on this page (integrations.gpp is off for this config).']));
      } else if (ping.error) {
        out.push(h('p', null, ['__gpp ping failed: ' + ping.error]));
      } else {
        out.push(h('p', null, [h('code', { class: 'gpp-string' }, [ping.gppString || '(empty)'])]));
        out.push(
          h('p', { class: 'muted' }, [
            'signalStatus ' +
              ping.signalStatus +
              ' · cmpDisplayStatus ' +
              ping.cmpDisplayStatus +
              ' · supportedAPIs ' +
              JSON.stringify(ping.supportedAPIs),
          ]),
        );
        try {
          var decoded = decodeGpp(ping.gppString || '');
          decoded.sections.forEach(function (s) {
            var rows = (s.fields || []).map(function (f) {
              return h('tr', null, [
                h('th', { scope: 'row' }, [f[0]]),
                h('td', null, [formatValue(f[1])]),
                h('td', { class: 'muted' }, [meaning(f[0], f[1])]),
              ]);
            });
            if (s.gpc !== null)
              rows.push(
                h('tr', null, [
                  h('th', { scope: 'row' }, ['Gpc (sub-section)']),
                  h('td', null, [String(s.gpc)]),
                  h('td', { class: 'muted' }, ['']),
                ]),
              );
            out.push(
              h('table', { class: 'kv gpp' }, [
                h('caption', null, [s.name + ' (section ' + s.id + ')']),
                h('tbody', null, rows),
              ]),
            );
          });
        } catch (e) {
          out.push(h('p', null, ['Could not decode: ' + e.message]));
        }
      }
      out.push(h('p', null, ['USP (__uspapi): ', h('code', null, [usp || '— (integrations.usp off)'])]));
      return out;
    });
  }

  function renderWhatIf() {
    var gpcHonored = config.gpc !== 'ignore';
    var dntHonored = config.dnt === 'honor';
    update('what-if', tableEl, 'static', function () {
      var columns = [
        ['Category', null],
        ['Decline', null],
        ['DNSS', 'Do Not Sell or Share My Personal Information'],
        ['GPC', 'Global Privacy Control signal'],
        ['DNT', 'Do Not Track signal'],
      ];
      var head = h('thead', null, [
        h(
          'tr',
          null,
          columns.map(function (c) {
            return h('th', { scope: 'col', title: c[1] }, [c[0]]);
          }),
        ),
      ]);
      var rows = categories.map(function (c) {
        var soldOrShared = !c.necessary && (c.sale || c.share);
        var flags = c.necessary
          ? 'necessary'
          : [c.sale ? 'sale' : null, c.share ? 'share' : null].filter(Boolean).join(' + ') || 'neither sold nor shared';
        function cell(off, text) {
          return h('td', { class: off ? 'off' : 'on' }, [off ? 'off' : text || 'on']);
        }
        return h('tr', null, [
          h('th', { scope: 'row' }, [c.label, h('br'), h('span', { class: 'muted' }, [flags])]),
          c.necessary ? cell(false, 'always') : cell(true),
          c.necessary ? cell(false, 'always') : cell(soldOrShared),
          c.necessary ? cell(false, 'always') : cell(gpcHonored && soldOrShared, gpcHonored ? 'on' : 'ignored'),
          c.necessary ? cell(false, 'always') : cell(dntHonored && soldOrShared, dntHonored ? 'on' : 'ignored'),
        ]);
      });
      return [
        h('table', { class: 'what-if' }, [head, h('tbody', null, rows)]),
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

  function renderAll() {
    renderState();
    renderRecord();
    renderSignals();
    renderTags();
    renderCookies();
    renderConsentMode();
    renderGpp();
    renderWhatIf();
  }

  function mount() {
    doc.body.appendChild(panel);
    doc.body.classList.add('has-inspector');
    if (collapsed) doc.body.classList.add('inspector-collapsed');
    renderAll();
  }

  var scheduled = false;
  function soon() {
    if (scheduled) return;
    scheduled = true;
    setTimeout(function () {
      scheduled = false;
      renderAll();
    }, 30);
  }
  w.addEventListener('privacy-choices:change', soon);
  w.addEventListener('privacy-choices:ready', soon);
  w.addEventListener('demo:tag-ran', soon);
  setInterval(renderAll, 1500); // cookies and dataLayer have no events of their own
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
