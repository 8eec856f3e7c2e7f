import { BorrowScreen } from "@/features/borrow/BorrowScreen";

export const metadata = { title: "Borrow against GPUs" };

export default function BorrowPage() {
  return <BorrowScreen />;
}
