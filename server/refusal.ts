// A request the server refuses, with the short reason its answer and its log line give. The reason is
// the server's own words: never a library's message, a stack or a path.
export class Refusal extends Error {
  override name = "Refusal";
  constructor(
    readonly reason: string,
    readonly status = 400,
  ) {
    super(reason);
  }
}
