// The first layer: a non-modal bottom bar that never takes focus and ignores Escape (closing it
// must not count as a choice). Its buttons depend on the mode; all share one style. Plain DOM:
// a first visit downloads no framework (the dialogs, in preact, load when one is opened).
import type { Action } from '../core/policy';
import { practicesOf, sellsOrShares } from '../core/practices';
import type { Settings } from '../core/settings';
import { element } from './element';
import { safeUrl } from './safe-url';
import { withPractices, type Texts } from './texts';
import type { DialogView } from './types';

export interface BannerActions {
  act(action: Action, opener: Element): void;
  open(view: DialogView, opener: Element): void;
  /** The visitor is about to open a dialog (pointer down, focus): its code may start loading. */
  warm(): void;
}

/** The one button style: Accept and Reject/Decline must look and weigh the same (CCPA §7004,
 *  EDPB types C–E), so every action button is this element with this class (ui/button.tsx). */
export const actionButton = (label: string, onclick: (event: Event) => void, more?: Record<string, () => void>) =>
  element('button', { type: 'button', class: 'pc-button', onclick, ...more }, label);

/** A link from config, rendered only with a safe href (ui/link.tsx for the dialogs). */
export function configLink(href: string | undefined, label: string) {
  const url = safeUrl(href);
  return url ? element('a', { href: url }, label) : null;
}

function bannerText(t: Texts, settings: Settings): string {
  const mode = settings.mode;
  if (mode === 'opt-in') return t.bannerText;
  if (mode === 'implied') return t.impliedText;
  if (mode === 'notice') return t.noticeText;
  return sellsOrShares(settings) ? withPractices(t.optOutSaleText, t, practicesOf(settings, true, true)) : t.optOutText;
}

function bannerButtons(t: Texts, settings: Settings, actions: BannerActions): (HTMLElement | false)[] {
  const mode = settings.mode;
  const button = (label: string, action: Action) =>
    actionButton(label, (event) => actions.act(action, event.currentTarget as Element));
  const preferences = (label: string) =>
    actionButton(label, (event) => actions.open('preferences', event.currentTarget as Element), {
      onpointerdown: actions.warm,
      onfocus: actions.warm,
    });
  if (mode === 'opt-in') {
    return [
      button(t.acceptAll, { type: 'accept-all' }),
      button(t.rejectAll, { type: 'decline-all' }),
      preferences(t.preferences),
    ];
  }
  if (mode === 'opt-out') {
    return [
      button(t.accept, { type: 'accept-all' }),
      button(t.decline, { type: 'decline-all' }),
      // One action stops both sale and sharing (CCPA §7026); only offered when there is any.
      sellsOrShares(settings) && button(t.doNotSell, { type: 'opt-out' }),
      preferences(t.preferences),
    ];
  }
  // OK accepts what is not opted out; it never asks to lift an opt-out (GPC stays frictionless).
  if (mode === 'implied') return [button(t.ok, { type: 'accept-all', keepOptOut: true }), preferences(t.settings)];
  return [button(t.ok, { type: 'dismiss' })];
}

export function createBanner(t: Texts, settings: Settings, actions: BannerActions): HTMLElement {
  return element(
    'section',
    { class: 'pc-banner', role: 'region', 'aria-label': t.bannerLabel },
    element(
      'div',
      { class: 'pc-banner-inner' },
      element(
        'div',
        { class: 'pc-banner-text' },
        // Focused when an action opens the banner.
        element('h2', { tabindex: '-1' }, t.bannerTitle),
        element('p', null, bannerText(t, settings), ' ', configLink(settings.links.privacyPolicy, t.privacyPolicy)),
      ),
      element('div', { class: 'pc-banner-buttons' }, bannerButtons(t, settings, actions)),
    ),
  );
}
