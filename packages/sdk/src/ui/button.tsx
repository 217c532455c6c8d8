// The one button style: Accept and Reject/Decline must look and weigh the same (CCPA §7004,
// EDPB types C–E), so every action button is this element with this class.
import type { ComponentChildren } from 'preact';

interface Props {
  onClick: (event: MouseEvent & { currentTarget: HTMLButtonElement }) => void;
  children: ComponentChildren;
}

export const Button = ({ onClick, children }: Props) => (
  <button type="button" class="pc-button" onClick={onClick}>
    {children}
  </button>
);
