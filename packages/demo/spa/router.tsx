// A tiny client-side router: history.pushState to navigate, popstate for back/forward, one hook
// to read the current path. Internal links are <Link>; everything else (including the SDK's
// `data-privacy-choices` footer links) is left to the browser and the SDK.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const NAVIGATE = 'spa:navigate';

export function navigate(to: string): void {
  if (to === location.pathname + location.search) return;
  history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** The current pathname, re-rendering on pushState navigations and on back/forward. */
export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const sync = () => setPath(location.pathname);
    window.addEventListener('popstate', sync);
    window.addEventListener(NAVIGATE, sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener(NAVIGATE, sync);
    };
  }, []);
  return path;
}

type LinkProps = { href: string; children: ComponentChildren } & Omit<
  JSX.HTMLAttributes<HTMLAnchorElement>,
  'href' | 'onClick'
>;

export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    // New tab, download, modified clicks: the browser's job.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  const current = typeof location !== 'undefined' && location.pathname === href;
  return (
    <a href={href} onClick={onClick} aria-current={current ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
