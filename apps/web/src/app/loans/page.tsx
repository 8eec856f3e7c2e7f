import { LoansScreen } from "@/features/loans/LoansScreen";

export const metadata = { title: "Loans & auctions" };

export default function LoansPage() {
  return <LoansScreen />;
}
