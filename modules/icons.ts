/**
 * The extension's icons: `assets/icon.svg` rendered to PNG at every size the browsers ask for,
 * at each build, then named in the manifest as the extension's icons and as the toolbar
 * button's. WXT loads every module in this folder by itself, so wxt.config.ts names none.
 *
 * The PNGs are never committed: the SVG is the one drawing, and a build cannot ship icons
 * that have drifted from it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineWxtModule } from 'wxt/modules';

/** The sizes Chrome and Firefox pick from: toolbar (16, 32 on dense screens), extensions page (48), store and install prompt (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Where a size's PNG lands in the built extension. */
export function iconPath(size: number): string {
  return `icon/${size}.png`;
}

/** Renders the SVG drawing as a square PNG `size` pixels wide. */
export async function renderIcon(svg: string, size: number): Promise<Buffer> {
  // Loaded here rather than at the top: WXT also reads this module for `vitest` and `wxt prepare`,
  // which need no native renderer.
  const { Resvg } = await import('@resvg/resvg-js');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

export default defineWxtModule({
  name: 'extension-icons',
  setup(wxt) {
    const source = path.resolve(wxt.config.root, 'assets/icon.svg');
    // Each build renders into a folder of its own, as parallel builds share `.wxt`.
    let scratch: string | undefined;
    const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));

    wxt.hook('build:publicAssets', async (_wxt, files) => {
      const svg = await readFile(source, 'utf8');
      if (scratch) await rm(scratch, { recursive: true, force: true });
      const dir = await mkdtemp(path.join(tmpdir(), 'factcheck-icons-'));
      scratch = dir;
      for (const size of ICON_SIZES) {
        const file = path.join(dir, `${size}.png`);
        await writeFile(file, await renderIcon(svg, size));
        files.push({ absoluteSrc: file, relativeDest: iconPath(size) });
      }
    });

    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      manifest.icons = icons;
      // The popup entrypoint has already made the toolbar button, under its MV2 name for Firefox.
      const button = wxt.config.manifestVersion === 2 ? 'browser_action' : 'action';
      manifest[button] = { ...manifest[button], default_icon: icons };
    });

    wxt.hook('build:done', async () => {
      if (scratch) await rm(scratch, { recursive: true, force: true });
      scratch = undefined;
    });
  },
});
