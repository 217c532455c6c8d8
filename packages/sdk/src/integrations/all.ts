// Which integrations a config switches on. (Filled in when the integrations land.)
import type { Integration } from '../core/runtime';
import type { Settings } from '../core/settings';

export function allIntegrations(_settings: Settings): Integration[] {
  return [];
}
