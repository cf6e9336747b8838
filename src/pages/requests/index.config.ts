export default definePageConfig({
  navigationBarTitleText: '暖心事',
});
