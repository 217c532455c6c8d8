// Shows, inside the dialogs, that an opt-out of sale/sharing is in force, "Opt-Out Request
// Honored" (CCPA regs §7025(c)(6), §7026(g)); the page shows the same without a click through
// `data-privacy-choices="status"` (page/opt-out-status.ts). A status line, not a pop-up: GPC must
// not trigger any notification (§7025(f)). The words name only what the visitor opted out of and
// the site does: a site that only shares never says "sale".
import { gpcHonored, practicesOf } from '../core/practices';
import type { Settings } from '../core/settings';
import type { State } from '../core/types';
import { withPractices, type Texts } from './texts';

export function OptOutStatus({ t, settings, state }: { t: Texts; settings: Settings; state: State }) {
  // Honoured GPC covers every practice the site does: the explanation names them all.
  const byGpc = gpcHonored(settings, state);
  const practices = practicesOf(settings, state.saleOptOut, state.shareOptOut);
  const shown = practices.length > 0;
  return (
    <div class="pc-opt-out-status" role="status">
      {shown && (
        <p>
          <strong>{t.optOutHonored}</strong> {withPractices(byGpc ? t.gpcExplained : t.optedOut, t, practices)}
        </p>
      )}
    </div>
  );
}
