// Medians, quartiles and number formats shared by the bench's progress lines (bench/run.mjs)
// and its report (bench/report.mjs).

export const finite = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x));

export function quantile(xs, q) {
  const s = finite(xs).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
export const median = (xs) => quantile(xs, 0.5);

export function fmtNum(x, digits = 1) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return 'n/a';
  if (Math.abs(x) >= 1000 && digits <= 1) return Math.round(x).toLocaleString('en-US');
  return x.toFixed(digits);
}
export const fmtRatio = (x) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(2) + '×' : 'n/a');

/** Cell: median, with the interquartile range when the values vary. */
export function cell(xs, digits = 1) {
  const f = finite(xs);
  if (!f.length) return 'n/a';
  const m = median(f);
  const lo = quantile(f, 0.25);
  const hi = quantile(f, 0.75);
  if (fmtNum(lo, digits) === fmtNum(hi, digits)) return fmtNum(m, digits);
  return `${fmtNum(m, digits)} (${fmtNum(lo, digits)}–${fmtNum(hi, digits)})`;
}

/** a[i] / b[i] for the runs of the same iteration where both are usable. */
export function pairRatios(a, b) {
  const out = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (Number.isFinite(a[i]) && Number.isFinite(b[i]) && b[i] > 0 && a[i] >= 0) out.push(a[i] / b[i]);
  }
  return out;
}
