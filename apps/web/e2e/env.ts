/** Ports of the browser-test environment: apart from `pnpm dev`'s 8545 and 3000 so both can run at once. */
const chainPort = Number(process.env.E2E_CHAIN_PORT ?? 8555);
const webPort = Number(process.env.E2E_WEB_PORT ?? 3555);

export const E2E = {
  chainPort,
  webPort,
  rpcUrl: `http://127.0.0.1:${chainPort}`,
  webUrl: `http://127.0.0.1:${webPort}`,
  chromium: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
};
