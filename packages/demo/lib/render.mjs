// HTML for the demo sites, rendered per request by ../server.mjs: the page a site owner would
// write — the config inline as JSON, the SDK script first in <head> (after the demo's GPC
// simulator), gated stand-in tags, the footer DOM hooks — plus the live state inspector.
// No inline script and no inline event handler: the pages run under `script-src 'self'`.

const escapeHtml = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** JSON that is safe inside <script type="application/json">: no "</script>", no "<!--". */
export const inlineJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

function head({ title, config, description }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<script src="/gpc-sim.js"></script>
<script type="application/json" id="privacy-choices-config">${inlineJson(config)}</script>
<script src="/sdk/privacy-choices.js"></script>
<meta name="description" content="${escapeHtml(description)}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/site.css">
<script type="module" src="/inspector.js"></script>
</head>`;
}

function header(site, page) {
  const current = (name) => (name === page ? ' aria-current="page"' : '');
  return `<div class="demo-ribbon">Demo site using the ${escapeHtml(site.policyName)} privacy policy with privacy-choices — not affiliated with ${escapeHtml(site.name)}. <a href="/">All demos</a></div>
<header class="site-header">
  <a class="wordmark" href="/${site.id}/">${escapeHtml(site.mark)}</a>
  <nav aria-label="Main">
    <a href="/${site.id}/"${current('home')}>Home</a>
    <a href="/${site.id}/about.html"${current('about')}>${escapeHtml(site.aboutNav || 'About')}</a>
    <a href="/privacy/${site.id}.html">Privacy</a>
    <a class="button small" href="/${site.id}/about.html">${escapeHtml(site.hero.cta)}</a>
  </nav>
</header>`;
}

/** The mode in force, as the SDK picks it: most specific `regions` entry, else `mode`. */
function modeOf(config) {
  const regions = config.regions || {};
  const parts = (config.region || '').toUpperCase().split('-').filter(Boolean);
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('-');
    if (regions[key]) return regions[key];
  }
  return regions.default || config.mode || 'opt-in';
}

/** What `data-privacy-choices="link"` will say, by the SDK's rule (packages/sdk/src/core/settings.ts
 *  defaultFooterLink): the statutory link for a seller or sharer where a US law applies. When it is
 *  the neutral "Cookie settings" link (it then opens the preferences), a second one would only
 *  repeat it. */
function footerLinkKind(config) {
  if (config.links?.footerLink) return config.links.footerLink;
  const sellsOrShares = config.categories.some((c) => !c.necessary && (c.sale || c.share));
  const mode = modeOf(config);
  const region = (config.region || '').toUpperCase();
  const usLaw = mode === 'opt-out' || mode === 'implied' || region.split('-')[0] === 'US';
  return usLaw && sellsOrShares ? 'do-not-sell' : 'cookie-settings';
}

function footer(site, config) {
  const policy = config.links?.privacyPolicy || `/privacy/${site.id}.html`;
  return `<footer class="site-footer">
  <div class="footer-brand"><span class="wordmark">${escapeHtml(site.mark)}</span><p>${escapeHtml(site.tagline)}</p></div>
  <ul class="footer-links">
    <li><a href="${escapeHtml(policy)}">Privacy Policy</a></li>
    <li><a href="#privacy-choices">${escapeHtml(site.reopenText)}</a></li>
    <li><a data-privacy-choices="link"></a> <span class="opt-out-status" data-privacy-choices="status"></span></li>
    ${footerLinkKind(config) === 'cookie-settings' ? '' : '<li><a data-privacy-choices="preferences" href="#">Cookie settings</a></li>'}
  </ul>
  ${site.footerNote ? `<p class="footer-note">${escapeHtml(site.footerNote)}</p>` : ''}
  <p class="footer-note">© ${new Date().getFullYear()} ${escapeHtml(site.name)} (demo). Consent by privacy-choices.</p>
</footer>`;
}

function tags(site) {
  const scripts = site.tags
    .map(
      (tag) =>
        `<script type="text/plain" data-category="${escapeHtml(tag.category)}" src="${escapeHtml(tag.src)}"></script>`,
    )
    .join('\n');
  return `<!-- Third-party tags, gated: they run only once their category is allowed. -->\n${scripts}`;
}

function widget(site) {
  if (!site.widget) return '';
  const w = site.widget;
  return `<section class="widget">
  <h2>${escapeHtml(w.label)}</h2>
  <p class="muted">A social media widget (stand-in, served locally). It loads only while “${escapeHtml(w.category)}” is allowed.</p>
  <iframe class="social-widget" title="Social media widget" data-category="${escapeHtml(w.category)}" data-src="${escapeHtml(w.src)}"></iframe>
</section>`;
}

export function renderSitePage(site, page, config) {
  const about = page === 'about';
  const title = about ? `${site.about.title} — ${site.name}` : `${site.name} — ${site.tagline}`;
  const main = about
    ? `<main id="main" class="page">
  <h1>${escapeHtml(site.about.title)}</h1>
  ${site.about.text.map((p) => `<p class="lead">${escapeHtml(p)}</p>`).join('\n  ')}
  <p><a class="button" href="/${site.id}/">Back to the home page</a></p>
  ${widget(site)}
</main>`
    : `<main id="main">
  <section class="hero">
    <p class="eyebrow">${escapeHtml(site.tagline)}</p>
    <h1>${escapeHtml(site.hero.title)}</h1>
    <p class="lead">${escapeHtml(site.hero.text)}</p>
    <p><a class="button" href="/${site.id}/about.html">${escapeHtml(site.hero.cta)}</a> <a class="button ghost" href="/${site.id}/about.html">${escapeHtml(site.aboutNav || 'Learn more')}</a></p>
  </section>
  <section class="features" aria-label="Products">
    ${site.features.map(([h, p]) => `<article class="card"><h2>${escapeHtml(h)}</h2><p>${escapeHtml(p)}</p></article>`).join('\n    ')}
  </section>
  ${widget(site)}
</main>`;
  return `${head({ title, config, description: site.tagline })}
<body class="site site-${site.id}" data-site="${site.id}">
${header(site, page)}
${main}
${footer(site, config)}
${tags(site)}
</body>
</html>
`;
}

/** A postal address line ("301 Howard St. #600", "San Francisco, CA 94105"): text, not a title. */
const isAddress = (line) =>
  /\b\d{5}(-\d{4})?$/.test(line) || /^\d+\s.*\b(St|Street|Ave|Avenue|Road|Rd|Blvd|Suite)\b/i.test(line);

/** A short line that reads as a title: no sentence or list punctuation, no "label: value"
 *  ("Last Updated: …", "Previous versions can be found here: LINK"), no date, no address. */
export const isHeadingLine = (line) =>
  line.length < 80 &&
  !/[.:;,&]$/.test(line) &&
  !/[:;]/.test(line) &&
  !/\b(or|and|(19|20)\d\d)$/.test(line) &&
  !isAddress(line);

/** The policy text's lines: trimmed, blank ones dropped, a line ending in "&" joined to the next. */
export function policyLines(text) {
  const lines = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].endsWith('&')) lines[last] += ' ' + line;
    else lines.push(line);
  }
  return lines;
}

/** The policy text as a readable page (paragraphs; "•" lines become list items). The first line
 *  is the title when it reads as one; a long note there (an archive's disclaimer) stays text. */
export function renderPrivacyPage(site, text, config) {
  const lines = policyLines(text);
  const title = lines.length && isHeadingLine(lines[0]) ? lines.shift() : `${site.name} privacy policy`;
  let html = '';
  let inList = false;
  for (const line of lines) {
    const bullet = /^[•·\-*]\s*/.test(line);
    if (bullet !== inList) {
      html += bullet ? '<ul>' : '</ul>';
      inList = bullet;
    }
    const content = escapeHtml(line.replace(/^[•·\-*]\s*/, ''));
    html += bullet ? `<li>${content}</li>` : isHeadingLine(line) ? `<h2>${content}</h2>` : `<p>${content}</p>`;
  }
  if (inList) html += '</ul>';
  return `${head({ title: `Privacy policy — ${site.name}`, config, description: `${site.name} privacy policy` })}
<body class="site site-${site.id}" data-site="${site.id}">
${header(site, 'privacy')}
<main id="main" class="page policy-text">
  <h1>${escapeHtml(title)}</h1>
  <p class="muted">The ${escapeHtml(site.policyName)} policy text as given in <code>shared/policies/${site.id}.txt</code>, reproduced for the demo.</p>
  ${html}
</main>
${footer(site, config)}
${tags(site)}
</body>
</html>
`;
}

export { escapeHtml };
