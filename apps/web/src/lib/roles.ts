import { type Hex, keccak256, stringToHex, zeroHash } from "viem";

/** The registry's roles: `keccak256("APPRAISER_ROLE")` etc., as the contract defines them (no read needed). */
export const APPRAISER_ROLE = keccak256(stringToHex("APPRAISER_ROLE"));
export const CUSTODIAN_ROLE = keccak256(stringToHex("CUSTODIAN_ROLE"));
export const DEFAULT_ADMIN_ROLE = zeroHash;

export function roleName(role: Hex): string {
  if (role === APPRAISER_ROLE) return "appraiser";
  if (role === CUSTODIAN_ROLE) return "custodian";
  if (role === DEFAULT_ADMIN_ROLE) return "admin";
  return "required";
}
