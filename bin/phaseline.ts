// phaseline — the command line for operators and CI/CD pipelines (PRODUCT.md "Interfaces").
// The commands are the rows of ./commands/table.ts.
import { MigrationError } from "@/lib/db/migrate";
import { findCliCommand, USAGE, UsageError } from "./commands/table";

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === undefined) {
    console.log(USAGE);
    return 2;
  }
  const found = findCliCommand(argv[0] === "--help" || argv[0] === "-h" ? ["help"] : argv);
  if (found) return found.command.run(found.args);
  console.error(`unknown command: ${argv.join(" ")}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e) => {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (e instanceof MigrationError) {
      console.error(`migrate refused: ${e.message}`);
      process.exit(1);
    }
    console.error(`phaseline: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
