import { AppraiseScreen } from "@/features/appraise/AppraiseScreen";

export const metadata = { title: "Appraiser console" };

export default function AppraisePage() {
  return <AppraiseScreen />;
}
