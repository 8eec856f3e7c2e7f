/**
 * Plain-language names for the GPU title registry's enums (IGPUTitleRegistry), indexed by their on-chain values.
 * Keep in the contract's order.
 */
export const TITLE_STATUS = [
  "Unknown",
  "Pending",
  "Appraised",
  "Rejected",
  "Pledged",
  "Liquidating",
  "Redemption requested",
  "Redeemed",
  "Withdrawn",
  "Voided",
] as const;

export const TitleStatus = {
  None: 0,
  Pending: 1,
  Appraised: 2,
  Rejected: 3,
  Pledged: 4,
  Liquidating: 5,
  RedemptionRequested: 6,
  Redeemed: 7,
  Withdrawn: 8,
  Voided: 9,
} as const;

/** RejectionReason 1-6 (0, None, is not a reason): why a listing was rejected or a title voided. */
export const REJECTION_REASONS = [
  "No reason",
  "Serial numbers could not be verified",
  "Custody could not be verified",
  "Insurance is inadequate",
  "The value is not supported",
  "Documents are incomplete",
  "Other",
] as const;

/** TextField, as named in messages. */
export const TEXT_FIELDS = ["model name", "data centre", "insurer", "policy id"] as const;

/** Uptime Institute tiers 1-4. */
export const TIERS = ["", "Tier I", "Tier II", "Tier III", "Tier IV"] as const;

export const statusLabel = (status: number) => TITLE_STATUS[status] ?? `status ${status}`;
export const rejectionLabel = (reason: number) => REJECTION_REASONS[reason] ?? `reason ${reason}`;
export const tierLabel = (tier: number) => TIERS[tier] || `tier ${tier}`;
