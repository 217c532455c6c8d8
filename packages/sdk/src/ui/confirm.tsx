// The second step of opting back in to sale/sharing after an opt-out (CCPA regs §7028, and
// §7025(c)(3) after a GPC signal): the request was made, this confirms it. "Keep" changes nothing.
import type { Action } from '../core/policy';
import type { Source } from '../core/types';
import { Fragment } from 'preact';
import { Button } from './button';
import { DialogHeader } from './modal';
import type { ViewProps } from './types';

interface Props extends ViewProps {
  pending: Action | undefined;
  source: Source;
}

export function Confirm({ t, state, act, close, pending, source }: Props) {
  const allow = { ...(pending || { type: 'accept-all' }), confirmOptIn: true } as Action;
  return (
    <Fragment key="view" /* keyed: see VIEW_KEY_WHY in modal.tsx */>
      <DialogHeader title={t.confirmTitle} t={t} close={close} />
      <div class="bd">
        <p>{state.gpc ? t.confirmGpc : t.confirmOptedOut}</p>
        <p>{t.confirmQuestion}</p>
      </div>
      <div class="ft">
        <Button onClick={() => act(allow, source)}>{t.confirmAllow}</Button>
        <Button onClick={close}>{t.confirmKeep}</Button>
      </div>
    </Fragment>
  );
}
