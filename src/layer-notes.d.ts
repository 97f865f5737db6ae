// The layers' methods and source conflicts, a module made at build time from the manifest by the
// plugin in vite.config.ts (the Sources panel imports it, so it loads with that panel).
declare module 'virtual:southbound-layer-notes' {
  const notes: import('../scripts/lib/app-manifest').LayerNotes;
  export default notes;
}
