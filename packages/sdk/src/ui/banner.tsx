// The first layer: a non-modal bottom bar that never takes focus and ignores Escape (closing it
// must not count as a choice). Its buttons depend on the mode; all share one style.
import type { Action } from '../core/policy';
import { practicesOf, sellsOrShares } from '../core/practices';
import { Button } from './button';
import { Link } from './link';
import { withPractices } from './texts';
import type { ViewProps } from './types';

export function Banner({ t, settings, act, open }: ViewProps) {
  const mode = settings.mode;
  const sells = sellsOrShares(settings);
  const button = (label: string, action: Action) => (
    <Button onClick={(e) => act(action, 'banner', e.currentTarget)}>{label}</Button>
  );
  const preferences = (label: string) => <Button onClick={(e) => open('preferences', e.currentTarget)}>{label}</Button>;
  const text =
    mode == 'opt-in'
      ? t.bannerText
      : mode == 'opt-out'
        ? sells ? withPractices(t.optOutSaleText, t, practicesOf(settings, true, true)) : t.optOutText
        : mode == 'implied' ? t.impliedText : t.noticeText;

  return (
    <section class="bn" role="region" aria-label={t.bannerLabel}>
      <div class="in">
        <div class="tx">
          <h2>{t.bannerTitle}</h2>
          <p>
            {text} <Link href={settings.links.privacyPolicy}>{t.privacyPolicy}</Link>
          </p>
        </div>
        <div class="bs">
          {mode == 'opt-in' && [button(t.acceptAll, { type: 'accept-all' }), button(t.rejectAll, { type: 'decline-all' }), preferences(t.preferences)]}
          {mode == 'opt-out' && [
            button(t.accept, { type: 'accept-all' }),
            button(t.decline, { type: 'decline-all' }),
            // One action stops both sale and sharing (CCPA §7026); only offered when there is any.
            sells && button(t.doNotSell, { type: 'opt-out' }),
            preferences(t.preferences),
          ]}
          {/* OK accepts what is not opted out; it never asks to lift an opt-out (GPC stays frictionless). */}
          {mode == 'implied' && [button(t.ok, { type: 'accept-all', keepOptOut: true }), preferences(t.settings)]}
          {mode == 'notice' && button(t.ok, { type: 'dismiss' })}
        </div>
      </div>
    </section>
  );
}
