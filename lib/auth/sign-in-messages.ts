// Sentences for the sign-in page. Error codes arrive in the URL (?error=…), which anyone can
// craft, so only known codes are turned into text — never the parameter itself.

export const SIGN_IN_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  CredentialsSignin: "Email or password is incorrect.",
  SessionRequired: "Sign in to continue.",
  AccessDenied: "Your account is not allowed to sign in. Ask an administrator.",
  OidcNoEmail: "Your single sign-on account has no email address, which Phaseline needs. Ask your identity administrator.",
  OidcEmailUnverified: "Your single sign-on email address is not verified. Verify it with your identity provider, then try again.",
  OidcDeactivated: "This account is deactivated. Ask an administrator to reactivate it.",
  OidcNoRoles: "Your single sign-on account has no Phaseline role yet. Ask an administrator to give you one.",
  OAuthSignin: "Single sign-on could not start. Try again, or sign in with your email and password.",
  OAuthCallback: "Single sign-on did not complete. Try again.",
  OAuthAccountNotLinked: "Single sign-on did not complete. Try again.",
  Callback: "Sign-in did not complete. Try again in a moment.",
  Configuration: "Sign-in is not configured correctly. Ask an administrator.",
};

export const GENERIC_SIGN_IN_ERROR = "Sign-in did not complete. Try again.";

/** The sentence for an error code from the URL; null when there is none. */
export function signInErrorFromCode(code: unknown): string | null {
  if (typeof code !== "string" || code === "") return null;
  return Object.hasOwn(SIGN_IN_ERROR_MESSAGES, code) ? SIGN_IN_ERROR_MESSAGES[code]! : GENERIC_SIGN_IN_ERROR;
}
