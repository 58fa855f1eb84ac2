// Bytes the engine costs the content script: esbuild bundle, minified, then gzipped.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { DATA_FILE, stripExamples } from '../../build/strip-examples';

// As the extension's build does (wxt.config.ts): the data files ship without their examples.
const withoutExamples: Plugin = {
  name: 'strip-examples',
  setup(b) {
    b.onLoad({ filter: DATA_FILE }, async (args) => ({ contents: stripExamples(await readFile(args.path, 'utf8')), loader: 'ts' }));
  },
};

export interface BundleSize {
  entry: string;
  minified: number;
  gzip: number;
  /** Largest inputs by bytes in the minified output. */
  top: { path: string; bytes: number }[];
}

export async function bundleSize(entry: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [withoutExamples],
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  const top = Object.entries(output.inputs)
    .map(([path, info]) => ({ path, bytes: info.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 6);
  return { entry, minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, top };
}
