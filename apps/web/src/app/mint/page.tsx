import { MintScreen } from "@/features/mint/MintScreen";

export const metadata = { title: "Mint and redeem AID" };

export default function MintPage() {
  return <MintScreen />;
}
