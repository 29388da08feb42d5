import type { ReactNode } from "react";

type Props = {
  children: ReactNode;
  /** the card's own landmark-less section label, if it has a heading inside pass its id */
  labelledBy?: string;
  as?: "section" | "div" | "article" | "li";
  className?: string;
};

export function Card({ children, labelledBy, as: Tag = "div", className = "" }: Readonly<Props>) {
  return (
    <Tag aria-labelledby={labelledBy} className={`rounded-lg border border-line bg-surface shadow-xs ${className}`}>
      {children}
    </Tag>
  );
}
