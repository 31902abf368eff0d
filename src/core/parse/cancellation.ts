/** Anything with the shape of a VS Code / LSP cancellation token. */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}
