import { writeFile } from 'node:fs/promises';
import { renderClientTypes, renderRowTypes, renderSdl, ROW_TYPES_PATH, SDL_PATH } from './artifacts.js';

/** Writes every generated artifact: row types, then the SDL, then client types from the SDL. */
await writeFile(ROW_TYPES_PATH, await renderRowTypes());
const sdl = renderSdl();
await writeFile(SDL_PATH, sdl);
for (const [file, content] of await renderClientTypes(sdl)) await writeFile(file, content);
console.log('generated', ROW_TYPES_PATH, SDL_PATH, 'and client types');
