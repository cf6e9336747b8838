export default definePageConfig({
  navigationBarTitleText: '团体固定时段',
  enablePullDownRefresh: true,
});
