export default definePageConfig({
  navigationBarTitleText: '团体管理',
  enablePullDownRefresh: true,
});
