/**
 * The privacy guide as the app shows it where WeChat's own page (openPrivacyContract) is not available: the same facts
 * as docs/PRIVACY.md, in the residents' words. test/unit/privacy-guide.test.ts keeps the two in step.
 */
export interface GuideSection {
  title: string;
  body: string;
}

export const PRIVACY_GUIDE: GuideSection[] = [
  {
    title: '我们收集什么',
    body: '您填写的姓名、手机号、住址和所在社区；预约场地时的联系人和联系电话；暖心事的问题描述、服务地址、联系电话、期望时间和照片；活动和暖心事的评价与留言。工作人员代居民预约时填写的居民姓名和电话，工作人员为场地、活动和办结上传的照片。',
  },
  {
    title: '谁能看到',
    body: '本社区的工作人员能看到以上信息，用于为您服务。手机号对他人打码显示（138****1234），仅您本人和接单处理人能看到完整号码；本社区工作人员为办理您的暖心事可点击查看完整号码与您联系，每次查看都会被记录。暖心事的照片和描述，本社区工作人员、派往单位的成员和接单人能看到；处理单位的其他成员只看到打码的姓名和小区楼栋。环境卫生、公共设施等公共区域的问题在办理期间向同一小区的居民公开类别、小区名、问题描述、照片和附议人数，不显示反映人的姓名、电话和地址，邻居可以附议；您附议的问题办结时会通知您。',
  },
  {
    title: '保存多久',
    body: '账号存续期间保存。活动、预约和暖心事的记录在结束后保存3年，用于服务统计，之后删除个人信息；消息通知保存1年。注销账号后，您的个人信息立即删除，只保留不含个人信息的统计记录。',
  },
  {
    title: '您的权利',
    body: '您可以在「我的」中查看和修改资料，在「隐私与数据」中撤回同意或注销账号。对个人信息处理有疑问或请求，可联系所在社区的工作人员，或通过小程序「隐私与数据」页所列的联系方式，我们将在15个工作日内答复。',
  },
];
