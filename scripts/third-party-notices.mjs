// The notices for everything bundled into dist/: each package whose code
// lands in an output file (from esbuild's metafile), with its name, version,
// licence and licence text, in one file shipped beside the bundle.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Packages that ship no licence file of their own; the text is their
// repository's LICENSE at the released tag, kept in scripts/third-party-licences.
const licencesKept = new URL('./third-party-licences/', import.meta.url);

const licenceFile = /^(licen[cs]e|copying)([.-][\w.-]*)?$/i;
const noticeFile = /^notice([.-][\w.-]*)?$/i;

/** Each bundled package's folder, relative to root, from esbuild's metafile. */
export function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) dirs.add(match[1]);
    }
  }
  return [...dirs];
}

/** The notices text for the packages in these folders (under root). */
export function thirdPartyNotices(root, packageDirs) {
  const packages = new Map();
  for (const dir of packageDirs) {
    const pkg = describePackage(join(root, dir));
    packages.set(`${pkg.name}@${pkg.version}`, pkg);
  }
  const sorted = [...packages.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
  const rule = '='.repeat(72);
  const sections = sorted.map((pkg) =>
    [rule, `${pkg.name} ${pkg.version}`, `Licence: ${pkg.licence}`, '', ...pkg.texts].join('\n'),
  );
  return [
    'Third-party notices for pmr',
    '',
    'pmr bundles code from the packages below into dist/. Each is used under',
    'its own licence, reproduced here as the package ships it.',
    '',
    ...sections,
    '',
  ].join('\n');
}

function describePackage(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licence = licenceName(manifest);
  const files = readdirSync(dir).sort();
  const texts = [
    ...files.filter((file) => licenceFile.test(file)),
    ...files.filter((file) => noticeFile.test(file)),
  ].map((file) => readFileSync(join(dir, file), 'utf8').trimEnd());
  const kept = new URL(`${manifest.name.replace('/', '__')}.txt`, licencesKept);
  if (texts.length === 0 && existsSync(kept)) texts.push(readFileSync(kept, 'utf8').trimEnd());
  if (texts.length === 0) {
    throw new Error(
      `${manifest.name}@${manifest.version} (${licence}) ships no licence file: add its licence text as scripts/third-party-licences/${manifest.name.replace('/', '__')}.txt`,
    );
  }
  return { name: manifest.name, version: manifest.version, licence, texts };
}

function licenceName(manifest) {
  const { license, licenses } = manifest;
  if (typeof license === 'string') return license;
  if (license?.type) return license.type;
  if (Array.isArray(licenses)) return licenses.map((entry) => entry.type ?? entry).join(' OR ');
  return 'unknown';
}
