import { Badge, type Tone } from "@/components/ui/Badge";
import { statusLabel, TitleStatus } from "@/lib/titleLabels";

const tones: Record<number, Tone> = {
  [TitleStatus.Pending]: "info",
  [TitleStatus.Appraised]: "success",
  [TitleStatus.Rejected]: "danger",
  [TitleStatus.Pledged]: "neutral",
  [TitleStatus.Liquidating]: "danger",
  [TitleStatus.RedemptionRequested]: "warning",
  [TitleStatus.Voided]: "danger",
};

export function StatusBadge({ status, testId }: { status: number; testId?: string }) {
  return (
    <Badge tone={tones[status] ?? "neutral"} testId={testId}>
      {statusLabel(status)}
    </Badge>
  );
}
