// One category in the preferences: label, what is sold/shared, description, cookies, vendors and
// its switch. The visible state text repeats aria-checked, so it is hidden from screen readers,
// except "Always on", which explains why the switch is disabled.
import type { Category } from '../core/settings';
import { Switch } from './switch';
import type { Texts } from './texts';
import { VendorLinks } from './vendor-links';

interface Props {
  category: Category;
  index: number;
  on: boolean;
  onToggle: () => void;
  t: Texts;
}

export function CategoryRow({ category: c, index, on, onToggle, t }: Props) {
  const id = 'pc-c' + index;
  const notes = [c.sale && t.saleNote, c.share && t.shareNote].filter(Boolean).join('. ');
  return (
    <div class="pc-category">
      <div class="pc-category-row">
        <h3 id={id}>{c.label}</h3>
        <Switch
          on={on}
          locked={c.necessary}
          labelledBy={id}
          describedBy={notes ? id + 'n' : undefined}
          onToggle={onToggle}
        />
        <span class="pc-switch-state" aria-hidden={c.necessary ? undefined : 'true'}>
          {c.necessary ? t.alwaysOn : on ? t.on : t.off}
        </span>
      </div>
      {notes && (
        <p id={id + 'n'} class="pc-note">
          {notes}
        </p>
      )}
      {c.description && <p>{c.description}</p>}
      {c.cookies.length > 0 && (
        <p class="pc-small">
          {t.cookies} {c.cookies.map(readableCookie).join(', ')}
        </p>
      )}
      <VendorLinks vendors={c.vendors} t={t} />
    </div>
  );
}

/** Visitors read cookie names, not regular expressions: `/^_ga_/` is shown as `_ga_…`. */
export function readableCookie(pattern: string): string {
  const m = /^\/\^?(.*?)(\$)?\/[a-z]*$/.exec(pattern);
  if (!m) return pattern;
  const name = m[1].replace(/\\(.)/g, '$1').replace(/[.][*+]$|[*+]$/, '');
  return /^[\w-]+$/.test(name) ? name + (m[2] ? '' : '…') : pattern;
}
