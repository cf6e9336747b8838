export default definePageConfig({ navigationBarTitleText: '邻居反映过的问题', enablePullDownRefresh: true });
