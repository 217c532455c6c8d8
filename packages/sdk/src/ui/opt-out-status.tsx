// Shows that an opt-out of sale/sharing is in force, "Opt-Out Request Honored" (CCPA regs
// §7025(c)(6), §7026(g)). A status line, not a pop-up: GPC must not trigger any notification
// (§7025(f)), so this appears only inside a view the visitor opened. In opt-in mode a plain
// "Reject all" also sets the flags; there it is only shown for a GPC signal.
import { sellsOrShares, type Settings } from '../core/settings';
import type { State } from '../core/types';
import type { Texts } from './texts';

export function OptOutStatus({ t, settings, state }: { t: Texts; settings: Settings; state: State }) {
  const shown = sellsOrShares(settings) && (state.saleOptOut || state.shareOptOut) && (state.gpc || settings.mode != 'opt-in');
  return (
    <div class="st" role="status">
      {shown && (
        <p>
          <strong>{t.optOutHonored}</strong> {state.gpc ? t.gpcExplained : t.optedOut}
        </p>
      )}
    </div>
  );
}
