/**
 * The house, as rules (npm run lint runs this after ESLint). The layers of docs/DEVELOPING.md: an arrow may only point
 * down, a feature reaches another only through that feature's declared seam (`seam.ts`), and nothing imports in a
 * circle — type-only imports included (`tsPreCompilationDeps`).
 */
const CLOUD_TOP = '^cloud/(host|router|scheduler|app\\.ts|runtime\\.ts|main\\.ts)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'An import circle (type imports count): split the shared part out.', from: {}, to: { circular: true } },

    // The contract stands alone: both ends compile against it.
    { name: 'contract-stands-alone', severity: 'error', from: { path: '^types/' }, to: { path: '^(cloud|src)/' } },
    { name: 'cloud-is-not-client', severity: 'error', from: { path: '^cloud/' }, to: { path: '^src/' } },
    { name: 'client-is-not-cloud', severity: 'error', from: { path: '^src/' }, to: { path: '^cloud/' } },

    // Cloud: lib ← platform ← db ← core ← features ← (registry, router, scheduler) ← app/runtime/main ← host.
    { name: 'cloud-lib-is-a-leaf', severity: 'error', from: { path: '^cloud/lib/' }, to: { path: '^cloud/(?!lib/)' } },
    { name: 'platform-below-db', severity: 'error', from: { path: '^cloud/platform/' }, to: { path: '^cloud/(?!platform/|lib/)' } },
    { name: 'db-knows-no-feature', severity: 'error', comment: 'Features hand their tables, migrations and seeders to start-up (cloud/app.ts).', from: { path: '^cloud/db/' }, to: { path: '^cloud/(?!db/|lib/|platform/)' } },
    { name: 'core-knows-no-feature', severity: 'error', from: { path: '^cloud/core/' }, to: { path: '^cloud/(?!core/|db/|lib/|platform/)' } },
    { name: 'router-knows-no-feature', severity: 'error', comment: 'Handlers reach the router through the runtime.', from: { path: '^cloud/router/' }, to: { path: '^cloud/(features|scheduler|host|app\\.ts|runtime\\.ts|main\\.ts)' } },
    { name: 'scheduler-knows-no-feature', severity: 'error', comment: 'Jobs reach the tick through the runtime.', from: { path: '^cloud/scheduler/' }, to: { path: '^cloud/(features|router|host|app\\.ts|runtime\\.ts|main\\.ts)' } },
    { name: 'features-sit-below-the-entry', severity: 'error', from: { path: '^cloud/features/' }, to: { path: CLOUD_TOP } },
    {
      name: 'feature-to-feature-only-through-a-seam',
      severity: 'error',
      comment: 'Another feature is reached only through its seam.ts (events hold a venue’s slots through venues/seam.ts).',
      from: { path: '^cloud/features/([^/]+)/' },
      to: { path: '^cloud/features/[^/]+/', pathNot: ['^cloud/features/$1/', '^cloud/features/[^/]+/seam\\.ts$'] },
    },

    // Seams are declared pairs, not an open door: events hold a venue's slots (events → venues/seam.ts), the
    // 工作台 (cloud/features/workbench) reads each feature's work through its seam.ts, and an account deletion
    // (cloud/features/privacy) asks each feature to forget the person through its seam.ts. No other feature reaches another.
    {
      name: 'only-the-workbench-and-privacy-reach-across-features',
      severity: 'error',
      comment: 'Only cloud/features/workbench and cloud/features/privacy call other features (through their seam.ts); events may also hold venues.',
      from: { path: '^cloud/features/(?!workbench/|privacy/|events/)([^/]+)/' },
      to: { path: '^cloud/features/[^/]+/seam\\.ts$', pathNot: ['^cloud/features/$1/'] },
    },
    {
      name: 'events-reach-only-the-venues-seam',
      severity: 'error',
      from: { path: '^cloud/features/events/' },
      to: { path: '^cloud/features/(?!events/|venues/)[^/]+/seam\\.ts$' },
    },

    // Client: lib and api ← components ← features ← pages. Pages never touch the transport; components never a feature.
    { name: 'client-lib-is-core', severity: 'error', from: { path: '^src/lib/' }, to: { path: '^src/(features|pages|packages|components)/' } },
    { name: 'api-is-core', severity: 'error', from: { path: '^src/api/' }, to: { path: '^src/(features|pages|packages|components)/' } },
    { name: 'components-know-no-feature', severity: 'error', from: { path: '^src/components/' }, to: { path: '^src/(features|pages|packages|api)/' } },
    { name: 'pages-never-touch-the-transport', severity: 'error', comment: 'Pages read stores; only stores call the API.', from: { path: '^src/(pages|packages)/' }, to: { path: '^src/api/' } },
    { name: 'features-know-no-page', severity: 'error', from: { path: '^src/features/' }, to: { path: '^src/(pages|packages)/' } },
    {
      name: 'client-feature-to-feature-only-through-a-seam',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/[^/]+/', pathNot: ['^src/features/$1/', '^src/features/[^/]+/seam\\.tsx?$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-h5|test|bench|scripts|config|cloudfunctions)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
