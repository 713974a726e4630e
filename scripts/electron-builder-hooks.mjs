// electron-builder hooks, referenced from electron-builder.yml.

/**
 * Resolving to false tells electron-builder that node_modules are handled elsewhere, so it neither
 * rebuilds nor copies them. They are not needed: esbuild and Vite bundle every dependency into
 * dist/, and copying the renderer's packages (React, Ant Design...) would add about 60 MB of
 * unused files to the app.
 */
export async function beforeBuild() {
  return false;
}
