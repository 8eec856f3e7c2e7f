import { TransparencyScreen } from "@/features/transparency/TransparencyScreen";

export const metadata = { title: "Transparency: proof of backing" };

export default function TransparencyPage() {
  return <TransparencyScreen />;
}
