/**
 * The secrets and environment name every test run uses, unless the environment sets them: a fixed 32-byte
 * PHASELINE_SECRET_KEY (base64), a NEXTAUTH_SECRET of 40 characters, PHASELINE_ENV=test. Workers inherit them.
 */
export function setTestSecrets(): void {
  process.env.PHASELINE_SECRET_KEY ??= Buffer.alloc(32, 7).toString("base64");
  process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
  process.env.PHASELINE_ENV = "test";
}
