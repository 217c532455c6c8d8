// The vendors behind a category, each with its own opt-out and privacy links (CNIL: the list of
// controllers must be reachable; interop.io lists one opt-out per ad network).
import type { Category } from '../core/settings';
import { Link } from './link';
import { withVendor, type Texts } from './texts';

export function VendorLinks({ vendors, t }: { vendors: Category['vendors']; t: Texts }) {
  if (!vendors.length) return null;
  return (
    <ul class="pc-vendors pc-small">
      {vendors.map((v, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed while shown, and vendor names need not be unique.
        <li key={i}>
          {v.name}{' '}
          <Link href={v.optOutUrl} external>
            {withVendor(t.vendorOptOut, v.name)}
          </Link>
          <Link href={v.privacyUrl} external>
            {withVendor(t.vendorPrivacy, v.name)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
