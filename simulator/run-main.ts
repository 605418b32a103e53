// How a command-line entry (npm start, npm run nlu) runs: its exit code from `main`, and an error
// printed with its stack and exit code 1 rather than an unhandled rejection.
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
