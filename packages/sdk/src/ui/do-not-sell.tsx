// The "Do Not Sell or Share" control the footer link opens: one button opts out of both sale and
// sharing (CCPA §7026, §7013(c)); no interstitial before it (§7004(a)(4)). Non-cookie sales go
// through the site's own request route (Concord's e-mail list).
import type { Category } from '../core/settings';
import { practicesOf } from '../core/practices';
import type { Source } from '../core/types';
import { Fragment } from 'preact';
import { Button } from './button';
import { Link } from './link';
import { DialogHeader } from './modal';
import { OptOutStatus } from './opt-out-status';
import { withPractices } from './texts';
import type { ViewProps } from './types';
import { VendorLinks } from './vendor-links';

export function DoNotSell({ t, settings, state, act, open, close, source }: ViewProps & { source: Source }) {
  const vendors: Category['vendors'] = [];
  for (const c of settings.categories) if (c.sale || c.share) vendors.push(...c.vendors);
  const { doNotSellRequest, privacyPolicy } = settings.links;
  const doing = practicesOf(settings, true, true);
  return (
    <Fragment key="view" /* keyed: see VIEW_KEY_WHY in modal.tsx */>
      <DialogHeader title={t.dnsTitle} t={t} close={close} />
      <div class="pc-dialog-body">
        <p>{withPractices(t.dnsText, t, doing)}</p>
        <OptOutStatus t={t} settings={settings} state={state} />
        <VendorLinks vendors={vendors} t={t} />
        <p>
          <Link href={doNotSellRequest}>{t.otherSales}</Link> <Link href={privacyPolicy}>{t.privacyPolicy}</Link>
        </p>
      </div>
      <div class="pc-dialog-footer">
        <Button onClick={() => act({ type: 'opt-out' }, source)}>{withPractices(t.optOut, t, doing)}</Button>
        <Button onClick={() => open('preferences')}>{t.allPreferences}</Button>
      </div>
    </Fragment>
  );
}
