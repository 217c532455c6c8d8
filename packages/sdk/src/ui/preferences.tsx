// The second layer: one switch per category and three equal buttons (US: "Decline all" one
// click beside "Accept all", per the Honda order). Switches show what is in force now; in opt-in
// mode that means off until consented (no pre-ticked boxes, Planet49).
import { categoryInForce } from '../core/practices';
import type { Category } from '../core/settings';
import { Fragment } from 'preact';
import { Button } from './button';
import { CategoryRow } from './category-row';
import { Link } from './link';
import { DialogHeader } from './modal';
import { OptOutStatus } from './opt-out-status';
import type { ViewProps } from './types';

export function Preferences({ t, settings, state, act, close, toggled, toggle }: ViewProps) {
  // Only the visitor's toggles are kept (in mount.ts): the rest follows the state, even if
  // another tab changes it.
  const isOn = (c: Category) => c.necessary || (c.id in toggled ? toggled[c.id] : categoryInForce(c, state));
  const choices = () => {
    const out: Record<string, boolean> = {};
    for (const c of settings.categories) if (!c.necessary) out[c.id] = isOn(c);
    return out;
  };

  return (
    <Fragment key="view" /* keyed: see VIEW_KEY_WHY in modal.tsx */>
      <DialogHeader title={t.preferencesTitle} t={t} close={close} />
      <div class="pc-dialog-body">
        <p>
          {t.preferencesText} <Link href={settings.links.privacyPolicy}>{t.privacyPolicy}</Link>
        </p>
        <OptOutStatus t={t} settings={settings} state={state} />
        {settings.categories.map((c, i) => (
          <CategoryRow key={c.id} category={c} index={i} on={isOn(c)} t={t} onToggle={() => toggle(c.id, !isOn(c))} />
        ))}
        {/* The record id, for a visitor to quote when asking what the site holds of their choice. */}
        {state.id && (
          <p class="pc-consent-id">
            {t.consentId} <code>{state.id}</code>
          </p>
        )}
      </div>
      <div class="pc-dialog-footer">
        <Button onClick={() => act({ type: 'accept-all' }, 'preferences')}>{t.acceptAll}</Button>
        <Button onClick={() => act({ type: 'decline-all' }, 'preferences')}>
          {settings.mode === 'opt-out' ? t.declineAll : t.rejectAll}
        </Button>
        <Button onClick={() => act({ type: 'set', choices: choices() }, 'preferences')}>{t.save}</Button>
      </div>
    </Fragment>
  );
}
