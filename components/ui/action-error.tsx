// What the server said when it refused an action, next to the control that asked. An alert, so
// screen readers announce it; null when there is nothing to say.
export function ActionError({ message, isBoxed = true, className = "" }: Readonly<{ message: string | null; isBoxed?: boolean; className?: string }>) {
  if (!message) return null;
  return (
    <p role="alert" className={`${isBoxed ? "rounded border border-bad-line bg-bad px-3 py-2" : ""} text-sm text-bad-ink ${className}`}>
      {message}
    </p>
  );
}
