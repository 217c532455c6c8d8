// <Consent category="analytics" fallback={…}>: renders its children only while the category is
// allowed (an embed, a widget, an analytics component), else the fallback.
import { createElement, Fragment, type ReactNode } from 'react';
import { useIsAllowed } from './hooks';

export interface ConsentProps {
  category: string;
  /** Shown while the category is not allowed, e.g. a placeholder with a button to open the preferences. */
  fallback?: ReactNode;
  children?: ReactNode;
}

export function Consent({ category, fallback = null, children }: ConsentProps) {
  return createElement(Fragment, null, useIsAllowed(category) ? children : fallback);
}
