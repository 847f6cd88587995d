/** The `kumppani-feed` executable (package.json `bin`): runs the command with this process's arguments and streams. */
import { main } from './main.js';

// Output piped into `head` and the like may close early; that is not an error of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTty: process.stderr.isTTY === true,
});
