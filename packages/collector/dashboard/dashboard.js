// The collector's dashboard: reads the admin API with the bearer token the operator enters (kept
// in sessionStorage, or given once in the #token=… fragment, which never reaches a server log).
// Charts with uPlot (the global from uplot.js, loaded before this module); the region and
// revision breakdowns as bars. A module, so that its helpers stay out of the global scope.

const TOKEN_KEY = 'privacy-choices-collector-token';
const $ = (id) => document.getElementById(id);
storeFragmentToken();
let token = sessionStorage.getItem(TOKEN_KEY) || '';
let charts = [];

/** A #token=… fragment is stored and removed from the address bar. */
function storeFragmentToken() {
  const fragment = /[#&]token=([^&]+)/.exec(location.hash);
  if (!fragment) return;
  sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(fragment[1]));
  history.replaceState(null, '', location.pathname + location.search);
}

function api(path) {
  return fetch(path, { headers: { Authorization: 'Bearer ' + token } }).then((response) => {
    if (response.status === 401) throw new Error('unauthorized');
    if (!response.ok) throw new Error('HTTP ' + response.status);
    return response;
  });
}

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function showLogin(message) {
  $('board').hidden = true;
  $('controls').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message || '';
}

function download(format) {
  api('/v1/export?format=' + format)
    .then((response) => response.blob())
    .then((blob) => {
      const link = el('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'consent-records.' + format;
      document.body.appendChild(link);
      link.click();
      setTimeout(() => {
        URL.revokeObjectURL(link.href);
        link.remove();
      }, 1000);
    });
}

/** The login form, sign-out, the year picker (this year and the four before) and the exports. */
function wireControls() {
  $('login').addEventListener('submit', (event) => {
    event.preventDefault();
    token = $('token').value.trim();
    sessionStorage.setItem(TOKEN_KEY, token);
    load();
  });
  $('sign-out').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    token = '';
    showLogin();
  });
  const year = $('year');
  const thisYear = new Date().getUTCFullYear();
  for (let y = thisYear; y >= thisYear - 4; y--) {
    const option = el('option', String(y));
    option.value = String(y);
    year.appendChild(option);
  }
  year.addEventListener('change', load);
  $('export-csv').addEventListener('click', () => download('csv'));
  $('export-jsonl').addEventListener('click', () => download('jsonl'));
}

const SOURCE_COLORS = {
  gpc: '#6a1b9a',
  banner: '#b3261e',
  link: '#e37400',
  preferences: '#0b57d0',
  api: '#00796b',
  implied: '#5f6368',
  dnt: '#8d6e63',
  default: '#9aa0a6',
};

function chart(target, series, data, yLabel, percent) {
  target.textContent = '';
  if (!data[0].length) {
    target.appendChild(el('p', 'No records in this year yet.', 'hint'));
    return;
  }
  const width = Math.max(300, target.clientWidth || 800);
  const options = {
    width,
    height: 240,
    series: [{}].concat(series),
    axes: [{}, { label: yLabel, values: percent ? (_u, values) => values.map((v) => v + '%') : undefined }],
    scales: percent ? { y: { range: [0, 100] } } : {},
  };
  charts.push(new uPlot(options, data, target));
}

function bar(row) {
  const rate = row.records ? Math.round((row.optOuts / row.records) * 100) : 0;
  const line = el('div', null, 'bar');
  line.appendChild(el('span', row.key == null || row.key === '' ? '(none)' : row.key));
  const track = el('div', null, 'track');
  const fill = el('div', null, 'fill');
  fill.style.width = rate + '%';
  track.appendChild(fill);
  line.appendChild(track);
  line.appendChild(el('span', rate + '% of ' + row.records));
  line.title =
    row.optOuts +
    ' opt-outs and ' +
    row.knownChildOptOuts +
    ' known-child opt-outs applied in ' +
    row.records +
    ' records';
  return line;
}

function bars(target, rows) {
  target.textContent = '';
  if (!rows.length) target.appendChild(el('p', 'No records in this year yet.', 'hint'));
  for (const row of rows) target.appendChild(bar(row));
}

function fillTable(table, rows) {
  const body = table.tBodies[0];
  body.textContent = '';
  for (const cells of rows) {
    const tr = el('tr');
    cells.forEach((cell, i) => {
      tr.appendChild(el('td', cell, i === cells.length - 1 && table.id === 'recent' ? 'page' : null));
    });
    body.appendChild(tr);
  }
}

/** The year's records and opt-outs; the known-child rule's opt-outs apart: the business applied
 *  them, nobody asked (the §7102 figures leave them out too). */
function renderTotals(metrics) {
  let total = 0;
  let optOuts = 0;
  let knownChildOptOuts = 0;
  for (const d of metrics.daily) {
    total += d.records;
    optOuts += d.optOuts;
    knownChildOptOuts += d.knownChildOptOuts;
  }
  const totals = $('totals');
  totals.textContent = '';
  const boxes = [
    [total, 'records in ' + metrics.year],
    [optOuts, 'opt-outs of sale or sharing'],
    [total ? Math.round((optOuts / total) * 100) + '%' : '–', 'opt-out rate'],
    [knownChildOptOuts, 'known-child opt-outs applied'],
  ];
  for (const [value, label] of boxes) {
    const box = el('div');
    box.appendChild(el('strong', String(value)));
    box.appendChild(el('span', label));
    totals.appendChild(box);
  }
}

function renderRateChart(metrics, days) {
  const series = {
    label: 'Opt-out rate',
    stroke: '#b3261e',
    width: 2,
    value: (_u, v) => (v == null ? '–' : v.toFixed(1) + '%'),
  };
  const rates = metrics.daily.map((d) => (d.records ? (d.optOuts / d.records) * 100 : null));
  chart($('chart-rate'), [series], [days, rates], 'opt-out %', true);
}

/** One line per source (GPC, banner, link…), records per day. */
function renderSourceChart(metrics, days) {
  const sources = metrics.bySource.map((b) => b.key);
  const series = sources.map((s) => ({ label: s, stroke: SOURCE_COLORS[s] || '#333', width: 2 }));
  const perSource = sources.map((s) => metrics.daily.map((d) => d.bySource[s] || 0));
  chart($('chart-source'), series, [days].concat(perSource), 'records', false);
}

function requestRow(r) {
  return [
    r.type,
    r.source,
    String(r.received),
    String(r.complied),
    String(r.denied),
    r.medianDaysToRespond == null ? '–' : String(r.medianDaysToRespond),
  ];
}

function recentRow(r) {
  const yes = (b) => (b ? 'yes' : 'no');
  return [
    new Date(r.receivedAt).toISOString().replace('T', ' ').slice(0, 19),
    r.id,
    r.source,
    r.mode,
    r.region || '–',
    yes(r.saleOptOut),
    yes(r.shareOptOut),
    yes(r.gpc),
    r.knownChild == null ? '–' : yes(r.knownChild), // null: the record's SDK did not report it
    r.revision,
    r.page,
  ];
}

/** Opt-outs the business applied itself (a known child, at start): not requests, so not in the table. */
function renderKnownChildOptOuts(metrics) {
  const counts = metrics.knownChildOptOuts;
  $('known-child-opt-outs').textContent =
    'Not requests, so left out above: opt-outs the known-child rule applied (a visitor the site marked as under 16): ' +
    counts['opt-out-of-sale'] +
    ' of sale, ' +
    counts['opt-out-of-sharing'] +
    ' of sharing.';
}

function render(metrics, recent) {
  for (const c of charts) c.destroy();
  charts = [];
  const days = metrics.daily.map((d) => Date.parse(d.day + 'T00:00:00Z') / 1000);
  renderTotals(metrics);
  renderRateChart(metrics, days);
  renderSourceChart(metrics, days);
  bars($('by-region'), metrics.byRegion);
  bars($('by-revision'), metrics.byRevision);
  fillTable($('requests'), metrics.requests.map(requestRow));
  renderKnownChildOptOuts(metrics);
  fillTable($('recent'), recent.records.map(recentRow));
}

function load() {
  if (!token) return showLogin();
  Promise.all([
    api('/v1/metrics?year=' + $('year').value).then((r) => r.json()),
    api('/v1/recent?limit=50').then((r) => r.json()),
  ]).then(
    ([metrics, recent]) => {
      $('login').hidden = true;
      $('controls').hidden = false;
      $('board').hidden = false;
      render(metrics, recent);
      document.body.setAttribute('data-loaded', 'true');
    },
    (error) => {
      showLogin(error.message === 'unauthorized' ? 'That token was refused.' : 'Could not load: ' + error.message);
    },
  );
}

wireControls();
load();
