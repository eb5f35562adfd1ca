// Entry of the bundle (action/dist/index.js): the runner starts it with node24.
import { run } from './main.js';

await run();
