/**
 * Whether a group's live code accepts sign-ups at `@now`, and if not, why: the first reason wins.
 * The one rule behind the group list, its filter, the group page and the kiosk. Needs `g` (groups)
 * and `c` (join_codes) in scope and the named parameter `@now` (ISO 8601 UTC, so text order is time order).
 */
export const CODE_STATE_SQL = `CASE
  WHEN c.enabled = 0 OR g.archived_at IS NOT NULL THEN 'paused'
  WHEN c.valid_from IS NOT NULL AND @now < c.valid_from THEN 'scheduled'
  WHEN c.valid_until IS NOT NULL AND @now >= c.valid_until THEN 'expired'
  WHEN c.max_uses IS NOT NULL AND c.used_count >= c.max_uses THEN 'full'
  ELSE 'active' END`;
