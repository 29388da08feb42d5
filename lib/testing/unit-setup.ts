// The unit tests' setup (vitest.config.ts's "unit" project): no database — a unit test touches none — only the
// secrets and environment name the code reads.
import { setTestSecrets } from "./test-secrets";

export default function setup() {
  setTestSecrets();
}
