/**
 * Options a host passed that the core cannot act on (a malformed shard, an unsafe test hook, a git
 * ref that does not exist). Hosts map it to their "wrong usage" path: exit 2 in the CLI.
 */
export class OptionsError extends Error {
  override name = 'OptionsError';
}
