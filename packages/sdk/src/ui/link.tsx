// A link from config: rendered only with a safe href; `external` opens a new tab without
// handing the opener to the other site.
import type { ComponentChildren } from 'preact';
import { safeUrl } from './safe-url';

interface Props {
  href: string | undefined;
  external?: boolean;
  children: ComponentChildren;
}

export function Link({ href, external, children }: Props) {
  const url = safeUrl(href);
  return url ? (
    <a href={url} target={external ? '_blank' : undefined} rel={external ? 'noopener' : undefined}>
      {children}
    </a>
  ) : null;
}
