export default definePageConfig({
  navigationBarTitleText: '暖心事派单',
  enablePullDownRefresh: true,
});
