// The collector's dashboard: reads the admin API with the bearer token the operator enters (kept
// in sessionStorage, or given once in the #token=… fragment, which never reaches a server log).
// Charts with uPlot; the region and revision breakdowns as bars.
(function () {
  'use strict';
  var KEY = 'privacy-choices-collector-token';
  var $ = function (id) {
    return document.getElementById(id);
  };
  var fragment = /[#&]token=([^&]+)/.exec(location.hash);
  if (fragment) {
    sessionStorage.setItem(KEY, decodeURIComponent(fragment[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  var token = sessionStorage.getItem(KEY) || '';
  var charts = [];

  function api(path) {
    return fetch(path, { headers: { Authorization: 'Bearer ' + token } }).then(function (response) {
      if (response.status === 401) throw new Error('unauthorized');
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response;
    });
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
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

  $('login').addEventListener('submit', function (event) {
    event.preventDefault();
    token = $('token').value.trim();
    sessionStorage.setItem(KEY, token);
    load();
  });
  $('sign-out').addEventListener('click', function () {
    sessionStorage.removeItem(KEY);
    token = '';
    showLogin();
  });

  var year = $('year');
  var thisYear = new Date().getUTCFullYear();
  for (var y = thisYear; y >= thisYear - 4; y--) {
    var option = el('option', String(y));
    option.value = String(y);
    year.appendChild(option);
  }
  year.addEventListener('change', load);

  function download(format) {
    api('/v1/export?format=' + format)
      .then(function (response) {
        return response.blob();
      })
      .then(function (blob) {
        var link = el('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'consent-records.' + format;
        document.body.appendChild(link);
        link.click();
        setTimeout(function () {
          URL.revokeObjectURL(link.href);
          link.remove();
        }, 1000);
      });
  }
  $('export-csv').addEventListener('click', function () {
    download('csv');
  });
  $('export-jsonl').addEventListener('click', function () {
    download('jsonl');
  });

  var SOURCE_COLORS = {
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
    var width = Math.max(300, target.clientWidth || 800);
    charts.push(
      new uPlot(
        {
          width: width,
          height: 240,
          series: [{}].concat(series),
          axes: [
            {},
            {
              label: yLabel,
              values: percent
                ? function (u, values) {
                    return values.map(function (v) {
                      return v + '%';
                    });
                  }
                : undefined,
            },
          ],
          scales: percent ? { y: { range: [0, 100] } } : {},
        },
        data,
        target,
      ),
    );
  }

  function bars(target, rows) {
    target.textContent = '';
    if (!rows.length) target.appendChild(el('p', 'No records in this year yet.', 'hint'));
    rows.forEach(function (row) {
      var rate = row.records ? Math.round((row.optOuts / row.records) * 100) : 0;
      var line = el('div', null, 'bar');
      line.appendChild(el('span', row.key == null || row.key === '' ? '(none)' : row.key));
      var track = el('div', null, 'track');
      var fill = el('div', null, 'fill');
      fill.style.width = rate + '%';
      track.appendChild(fill);
      line.appendChild(track);
      line.appendChild(el('span', rate + '% of ' + row.records));
      line.title = row.optOuts + ' opt-outs in ' + row.records + ' records';
      target.appendChild(line);
    });
  }

  function fillTable(table, rows) {
    var body = table.tBodies[0];
    body.textContent = '';
    rows.forEach(function (cells) {
      var tr = el('tr');
      cells.forEach(function (cell, i) {
        tr.appendChild(el('td', cell, i === cells.length - 1 && table.id === 'recent' ? 'page' : null));
      });
      body.appendChild(tr);
    });
  }

  function render(metrics, recent) {
    charts.forEach(function (c) {
      c.destroy();
    });
    charts = [];
    var days = metrics.daily.map(function (d) {
      return Date.parse(d.day + 'T00:00:00Z') / 1000;
    });
    var total = 0;
    var optOuts = 0;
    metrics.daily.forEach(function (d) {
      total += d.records;
      optOuts += d.optOuts;
    });
    var totals = $('totals');
    totals.textContent = '';
    [
      [total, 'records in ' + metrics.year],
      [optOuts, 'opt-outs of sale or sharing'],
      [total ? Math.round((optOuts / total) * 100) + '%' : '–', 'opt-out rate'],
    ].forEach(function (t) {
      var box = el('div');
      box.appendChild(el('strong', String(t[0])));
      box.appendChild(el('span', t[1]));
      totals.appendChild(box);
    });
    chart(
      $('chart-rate'),
      [
        {
          label: 'Opt-out rate',
          stroke: '#b3261e',
          width: 2,
          value: function (u, v) {
            return v == null ? '–' : v.toFixed(1) + '%';
          },
        },
      ],
      [
        days,
        metrics.daily.map(function (d) {
          return d.records ? (d.optOuts / d.records) * 100 : null;
        }),
      ],
      'opt-out %',
      true,
    );
    var sources = metrics.bySource.map(function (b) {
      return b.key;
    });
    chart(
      $('chart-source'),
      sources.map(function (s) {
        return { label: s, stroke: SOURCE_COLORS[s] || '#333', width: 2 };
      }),
      [days].concat(
        sources.map(function (s) {
          return metrics.daily.map(function (d) {
            return d.bySource[s] || 0;
          });
        }),
      ),
      'records',
      false,
    );
    bars($('by-region'), metrics.byRegion);
    bars($('by-revision'), metrics.byRevision);
    fillTable(
      $('requests'),
      metrics.requests.map(function (r) {
        return [
          r.type,
          r.source,
          String(r.received),
          String(r.complied),
          String(r.denied),
          r.medianDaysToRespond == null ? '–' : String(r.medianDaysToRespond),
        ];
      }),
    );
    fillTable(
      $('recent'),
      recent.records.map(function (r) {
        var yes = function (b) {
          return b ? 'yes' : 'no';
        };
        return [
          new Date(r.receivedAt).toISOString().replace('T', ' ').slice(0, 19),
          r.id,
          r.source,
          r.mode,
          r.region || '–',
          yes(r.saleOptOut),
          yes(r.shareOptOut),
          yes(r.gpc),
          r.revision,
          r.page,
        ];
      }),
    );
  }

  function load() {
    if (!token) return showLogin();
    Promise.all([
      api('/v1/metrics?year=' + year.value).then(function (r) {
        return r.json();
      }),
      api('/v1/recent?limit=50').then(function (r) {
        return r.json();
      }),
    ]).then(
      function (results) {
        $('login').hidden = true;
        $('controls').hidden = false;
        $('board').hidden = false;
        render(results[0], results[1]);
        document.body.setAttribute('data-loaded', 'true');
      },
      function (error) {
        showLogin(error.message === 'unauthorized' ? 'That token was refused.' : 'Could not load: ' + error.message);
      },
    );
  }

  load();
})();
