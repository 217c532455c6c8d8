// The second step of opting back in to sale/sharing after an opt-out (CCPA regs §7028, and
// §7025(c)(3) after a GPC signal), or of a known child's opt-in (Civ. Code §1798.120(c)): the
// request was made, this confirms it. "Keep my opt-out" applies the rest of the request with every
// opt-out kept, and so closes whatever it was asked from, the banner included.
import type { Action } from '../core/policy';
import { practicesOf } from '../core/practices';
import type { Source } from '../core/types';
import { Fragment } from 'preact';
import { Button } from './button';
import { DialogHeader } from './modal';
import { withPractices } from './texts';
import type { ViewProps } from './types';

interface Props extends ViewProps {
  pending: Action | undefined;
  source: Source;
}

export function Confirm({ t, settings, state, act, close, pending, source }: Props) {
  const request = pending || ({ type: 'accept-all' } as Action);
  const allow = { ...request, confirmOptIn: true } as Action;
  const keep = { ...request, keepOptOut: true } as Action;
  // What would be allowed is what the site does; what was opted out of, what the flags say.
  const doing = practicesOf(settings, true, true);
  const reason = state.knownChild
    ? withPractices(t.confirmKnownChild, t, doing)
    : state.gpc
      ? withPractices(t.confirmGpc, t, doing)
      : withPractices(t.confirmOptedOut, t, practicesOf(settings, state.saleOptOut, state.shareOptOut));
  return (
    <Fragment key="view" /* keyed: see VIEW_KEY_WHY in modal.tsx */>
      <DialogHeader title={withPractices(t.confirmTitle, t, doing)} t={t} close={close} />
      <div class="pc-dialog-body">
        <p>{reason}</p>
        <p>{t.confirmQuestion}</p>
      </div>
      <div class="pc-dialog-footer">
        <Button onClick={() => act(allow, source)}>{withPractices(t.confirmAllow, t, doing)}</Button>
        <Button onClick={() => act(keep, source)}>{t.confirmKeep}</Button>
      </div>
    </Fragment>
  );
}
