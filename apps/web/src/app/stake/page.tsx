import { StakeScreen } from "@/features/stake/StakeScreen";

export const metadata = { title: "Stake AID" };

export default function StakePage() {
  return <StakeScreen />;
}
