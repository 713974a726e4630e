/**
 * What run.mjs uses in Node, bundled by esbuild into one module: the seeded generators (also for the
 * determinism self-checks), the people as roster rows, and the contract's upload piece size.
 */
export * from './generate';
export * from './generate-authoring';
export * from './generate-lending';
export { peopleSheet } from './people-sheet';
export { STAGE_CHUNK_BYTES } from '../../shared/contract/files';
