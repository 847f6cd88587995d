/** The `kumppani-feed` executable (package.json `bin`): runs the command with this process's arguments and streams. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTty: process.stderr.isTTY === true,
});
