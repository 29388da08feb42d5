import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { Badge, type TBadgeTone } from "./badge";

// Risk is not a status, so it never borrows the status colours: rising emphasis in neutrals.
const riskTones: Record<RiskLevel, TBadgeTone> = {
  LOW: "outline",
  MEDIUM: "neutral",
  HIGH: "accent",
  CRITICAL: "strong",
};

const riskIcons: Record<RiskLevel, string> = { LOW: "▁", MEDIUM: "▃", HIGH: "▅", CRITICAL: "▇" };

export function RiskBadge({ level }: Readonly<{ level: RiskLevel }>) {
  const word = level.charAt(0) + level.slice(1).toLowerCase();
  return (
    <Badge tone={riskTones[level]} icon={riskIcons[level]}>
      {word} risk
    </Badge>
  );
}
