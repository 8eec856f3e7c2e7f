import { z } from "zod";

/**
 * The only reader of process.env. Server-side settings, validated once; the layout passes what the
 * browser needs (the RPC URL and chain id) to the client providers as props, so one build serves any node.
 */
const serverEnvSchema = z.object({
  RPC_URL: z.url({ error: "RPC_URL must be a URL such as http://127.0.0.1:8545" }).default("http://127.0.0.1:8545"),
  CHAIN_ID: z.coerce.number().int().positive().default(31337),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export function readServerEnv(): ServerEnv {
  const parsed = serverEnvSchema.safeParse({ RPC_URL: process.env.RPC_URL, CHAIN_ID: process.env.CHAIN_ID });
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
