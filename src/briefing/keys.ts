// The clicker's keys, for the stage and the presenter's window alike: the scene a key asks for,
// or null when the key is not for moving between scenes.
export function sceneFor(key: string, scene: number, total: number): number | null {
  const clamp = (n: number) => Math.min(total, Math.max(1, n));
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') return clamp(scene + 1);
  if (key === 'ArrowLeft' || key === 'PageUp') return clamp(scene - 1);
  if (key === 'Home') return 1;
  if (key === 'End') return total;
  if (/^[0-9]$/.test(key)) return clamp(key === '0' ? 10 : Number(key));
  return null;
}

/** Messages between the audience window and the presenter's (postMessage also works from file://). */
export type SceneMessage = { type: 'southbound:scene' | 'southbound:go'; scene: number };

export function isSceneMessage(data: unknown): data is SceneMessage {
  const d = data as SceneMessage | null;
  return (
    !!d &&
    (d.type === 'southbound:scene' || d.type === 'southbound:go') &&
    Number.isInteger(d.scene) &&
    d.scene >= 1
  );
}
