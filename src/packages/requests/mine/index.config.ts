export default definePageConfig({
  navigationBarTitleText: '我的暖心事',
  enablePullDownRefresh: true,
});
