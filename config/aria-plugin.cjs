// What WeChat's screen reader reads (its aria-component guide): `aria-label` on the components listed in
// src/lib/aria-attributes.json ("" is Taro's "no default value"). Taro's weapp templates drop attributes they do not
// list, so this adds the list to the templates before the build (Taro calls `onBuildInit` with the platform; H5 has
// no templates), and src/app.ts adds the same list to Taro's runtime: both number the attributes from one list.
// CommonJS: Taro loads plugins with plain require().
const ARIA_ATTRIBUTES = require('../src/lib/aria-attributes.json');

module.exports = (ctx) => {
  ctx.registerMethod('onBuildInit', (platform) => {
    if (platform.template) platform.template.mergeComponents(ctx, ARIA_ATTRIBUTES);
  });
};
