export default definePageConfig({
  navigationBarTitleText: '处理单位',
  enablePullDownRefresh: true,
});
