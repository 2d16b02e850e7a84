/**
 * undici parses HTTP with llhttp compiled to WebAssembly; V8's optimising tier compiling it in the
 * background costs ~30 MB of peak memory and CPU for replies a baseline compile parses just as
 * well. The CLI's requests go through Node's own http stack, so undici loads only for a multipart
 * upload into a session: this runs just before one. The flag is read when the module is compiled,
 * so setting it before undici loads is enough (and setting it again does nothing).
 */
export async function baselineWasmOnly(): Promise<void> {
  (await import('node:v8')).setFlagsFromString('--liftoff-only');
}
