import { Badge } from "@/components/ui/badge";

type Props = { environment: { name: string; isProduction: boolean } };

export function EnvironmentLabel({ environment }: Readonly<Props>) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span className="font-medium">{environment.name}</span>
      {environment.isProduction ? (
        <Badge tone="strong" icon="▲">
          Production
        </Badge>
      ) : null}
    </span>
  );
}
