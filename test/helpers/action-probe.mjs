// Preloaded into the bundled action (node --import) by the end-to-end tests: records what the
// process loads and which secret variables it reads, into the file named by SHOTLIST_PROBE_FILE.
//   node <version> the Node.js that runs the bundle
//   load <url>     every ES module and bundle chunk loaded (through a module loader hook)
//   dlopen <file>  every native addon (sharp's libvips binding arrives this way)
//   secret <NAME>  a read of a listed secret variable, other than handing the whole environment to a
//                  child process (git), which copies every variable without looking at any
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import process from 'node:process';

const file = process.env.SHOTLIST_PROBE_FILE;
const secrets = new Set((process.env.SHOTLIST_PROBE_SECRETS ?? '').split(',').filter(Boolean));
const log = (line) => appendFileSync(file, line + '\n');

log(`node ${process.version}`);
register('./action-probe-hooks.mjs', import.meta.url, { data: { file } });

const dlopen = process.dlopen;
process.dlopen = function probedDlopen(module, filename, ...rest) {
  log(`dlopen ${filename}`);
  return dlopen.call(this, module, filename, ...rest);
};

const env = process.env;
process.env = new Proxy(env, {
  get(target, name, receiver) {
    if (typeof name === 'string' && secrets.has(name)) {
      const stack = new Error().stack ?? '';
      if (!/node:child_process|node:internal\/child_process/.test(stack)) log(`secret ${name}`);
    }
    return Reflect.get(target, name, receiver);
  },
  // process.env coerces values and refuses accessor descriptors: set on it directly, not through the proxy.
  set(target, name, value) {
    target[name] = value;
    return true;
  },
});
