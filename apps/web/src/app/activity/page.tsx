import { ActivityScreen } from "@/features/activity/ActivityScreen";

export const metadata = { title: "Your activity" };

export default function ActivityPage() {
  return <ActivityScreen />;
}
