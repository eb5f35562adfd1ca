// Entry of the bundle (action/dist/index.js): the runner starts it with node24.
import { run } from './main.js';

await run();
// Everything the step does is awaited by run(); leftover keep-alive sockets or timers of libraries
// must not hold the job for seconds after the outputs and summary are written.
process.exit();
