// The seed runbooks live in `shared/` beside the repository (PRODUCT.md "seeds/"), wherever it is
// cloned: resolved from the repository root (the working directory of vitest and Playwright),
// never from an absolute path of one machine.
import { resolve } from "node:path";

export const SEED_003_PATH = resolve(process.cwd(), "../shared/seeds/003_668b12a723751847.txt");
export const SEED_001_PATH = resolve(process.cwd(), "../shared/seeds/001_0f1385128f2bf9bf.txt");
