export default definePageConfig({
  navigationBarTitleText: '当日预约',
  enablePullDownRefresh: true,
});
