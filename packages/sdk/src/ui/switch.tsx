// A toggle named by its (positive) category label, with its state exposed as aria-checked
// (WCAG 4.1.2). Locked = strictly necessary: shown on and disabled.
interface Props {
  on: boolean;
  locked: boolean;
  labelledBy: string;
  describedBy?: string;
  onToggle: () => void;
}

export const Switch = ({ on, locked, labelledBy, describedBy, onToggle }: Props) => (
  <button
    type="button"
    role="switch"
    class="pc-switch"
    aria-checked={on}
    aria-labelledby={labelledBy}
    aria-describedby={describedBy}
    disabled={locked}
    onClick={onToggle}
  >
    <span />
  </button>
);
