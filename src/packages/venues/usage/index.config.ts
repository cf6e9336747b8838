export default definePageConfig({
  navigationBarTitleText: '场所利用率',
  enablePullDownRefresh: true,
});
