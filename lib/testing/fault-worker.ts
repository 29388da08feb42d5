// A step worker in a process of its own, for the fault suite (lib/server/execution/
// faults.integration.test.ts): the same startStepWorkers a server process runs, so the suite can
// SIGKILL the whole process group in the middle of a step. Run with
// `node --conditions=react-server --import tsx lib/testing/fault-worker.ts`; DATABASE_URL and the
// secrets come from the environment. Prints "ready" once its loops run.
import { startStepWorkers } from "@/lib/server/execution/worker";

startStepWorkers({ concurrency: 1 });
console.log("ready");
// keep the process alive until it is killed
setInterval(() => {}, 60_000);
