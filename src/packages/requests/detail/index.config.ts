export default definePageConfig({
  navigationBarTitleText: '暖心事详情',
  enablePullDownRefresh: true,
});
