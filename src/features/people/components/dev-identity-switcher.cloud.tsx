/** Cloud builds have no identity switcher (config/prod.ts puts this in place of dev-identity-switcher.tsx and its styles). */
export function DevIdentitySwitcher() {
  return null;
}
