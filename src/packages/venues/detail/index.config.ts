export default definePageConfig({
  navigationBarTitleText: '场地时段',
  enablePullDownRefresh: true,
});
