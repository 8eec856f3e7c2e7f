import { OverviewScreen } from "@/features/overview/OverviewScreen";

export const metadata = { title: "AID: overview" };

export default function OverviewPage() {
  return <OverviewScreen />;
}
