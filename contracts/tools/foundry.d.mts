export function foundryBinary(tool: "forge" | "anvil"): string;
