import type { ReactNode } from "react";

// Pages for people who are not signed in: no navigation, one centred column.
export default function AuthLayout({ children }: Readonly<{ children: ReactNode }>) {
  return <main className="flex min-h-screen items-center justify-center bg-canvas px-4 py-12">{children}</main>;
}
