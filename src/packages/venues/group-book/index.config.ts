export default definePageConfig({
  navigationBarTitleText: '团体固定时段预约',
});
