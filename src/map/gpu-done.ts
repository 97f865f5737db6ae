// Resolves once the GPU has finished the commands issued so far on `gl`. A frame handed to WebGL
// is not yet a frame on screen: with a software GPU, compiling a new shader can take seconds
// after the draw call returned. The ready contract waits for this, so "ready" means pixels.
export function gpuDone(gl: WebGL2RenderingContext): Promise<void> {
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  return new Promise((resolve) => {
    const poll = () => {
      // A lost context never signals; resolve rather than hang (the map reports the loss).
      if (
        !sync ||
        gl.isContextLost() ||
        gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED
      ) {
        if (sync) gl.deleteSync(sync);
        resolve();
      } else setTimeout(poll, 10);
    };
    poll();
  });
}
