import type { FileForKind, FiledSource, Resolution } from '../../../../types/requests';

/** The demo 暖心事 themselves: who asked for what, and the steps each took through the state machine. */

export type SeedStep =
  | { do: 'dispatch'; unit: string; note?: string; after: number }
  | { do: 'pool'; after: number }
  | { do: 'claim' | 'accept'; by: string; unit?: string; after: number }
  | { do: 'decline'; by: string; note: string; after: number }
  | { do: 'complete'; by: string; note: string; after: number }
  | { do: 'rate'; stars: number; tags: string[]; comment?: string; resolved: Resolution; after: number }
  | { do: 'withdraw' | 'release'; after: number };

export interface SeedStory {
  /** The resident who ordered it; for 代点单, whom it is for (a registered resident's openid, or the filer for 公共区域). */
  who: string;
  /** 代点单: who filed it, from where, for whom; a person without the app by name, phone and address. */
  filed?: { by: string; source: FiledSource; kind: FileForKind; person?: { name: string; phone: string; address: string }; address?: string };
  category: string;
  text: string;
  preferredTime: string;
  /** Hours before now that it was ordered; stories of the month are squeezed into the month so far. */
  hoursAgo: number;
  /** Open items keep their real age, so that the 24 h rules apply to them. */
  fixedAge?: boolean;
  held?: string;
  /** Hours after the previous step. */
  steps: SeedStep[];
}

export const SEED_STORIES: SeedStory[] = [
  // ── closed loops this month: the statistics ──
  {
    who: 'seed-resident-zhanggy',
    category: '助老助残',
    text: '母亲82岁独居，腿脚不便，想请志愿者每周帮忙买一次菜，顺便陪她说说话',
    preferredTime: '工作日白天',
    hoursAgo: 400,
    steps: [
      { do: 'dispatch', unit: 'redheart', note: '老人独居，请安排固定队员', after: 1 },
      { do: 'accept', by: 'seed-handler-lina', after: 2 },
      { do: 'complete', by: 'seed-handler-lina', note: '已与老人结对，每周三上午上门送菜并陪伴聊天', after: 30 },
      { do: 'rate', stars: 5, tags: ['响应及时', '态度热情', '问题已解决'], comment: '李娜姑娘特别贴心，母亲很高兴', resolved: 'resolved', after: 20 },
    ],
  },
  {
    who: 'seed-resident-liudf',
    category: '家政维修',
    text: '家里电闸老是跳，晚上经常突然停电，想请电工师傅帮忙查一下线路',
    preferredTime: '工作日晚上',
    hoursAgo: 360,
    steps: [
      { do: 'dispatch', unit: 'power', after: 0.5 },
      { do: 'accept', by: 'seed-handler-haojj', after: 1 },
      { do: 'complete', by: 'seed-handler-haojj', note: '更换了老化的空气开关，检查了厨房线路', after: 6 },
      { do: 'rate', stars: 5, tags: ['响应及时', '专业细致'], resolved: 'resolved', after: 12 },
    ],
  },
  {
    who: 'seed-resident-mayum',
    category: '邻里调解',
    text: '楼上邻居装修噪音每天持续到晚上十点，多次沟通无果，希望社区帮忙协调',
    preferredTime: '工作日白天',
    hoursAgo: 330,
    steps: [
      { do: 'dispatch', unit: 'mediation', note: '双方都是老住户，注意方式方法', after: 3 },
      { do: 'accept', by: 'demo-handler', after: 4 },
      { do: 'complete', by: 'demo-handler', note: '组织双方面谈，约定施工时间为早八点至晚六点', after: 28 },
      { do: 'rate', stars: 4, tags: ['沟通顺畅', '问题已解决'], resolved: 'resolved', after: 24 },
    ],
  },
  {
    who: 'seed-resident-zhaojh',
    category: '政策咨询',
    text: '想了解高龄津贴怎么申请，父亲今年刚满80岁，需要准备哪些材料',
    preferredTime: '电话约定',
    hoursAgo: 300,
    steps: [
      { do: 'pool', after: 1 },
      { do: 'claim', by: 'seed-handler-liufang', unit: 'affairs', after: 0.5 },
      { do: 'complete', by: 'seed-handler-liufang', note: '已电话告知所需材料，并帮忙预约了街道便民服务窗口', after: 5 },
      { do: 'rate', stars: 5, tags: ['响应及时', '态度热情'], resolved: 'resolved', after: 3 },
    ],
  },
  {
    who: 'seed-resident-sunxz',
    category: '环境卫生',
    text: '8号楼后面的垃圾桶好几天没清运了，天热气味很大',
    preferredTime: '尽快',
    hoursAgo: 260,
    steps: [
      { do: 'dispatch', unit: 'grid', after: 0.5 },
      { do: 'accept', by: 'seed-handler-gaona', after: 0.5 },
      { do: 'complete', by: 'seed-handler-gaona', note: '已联系物业清运，并调整为每日清运', after: 8 },
      { do: 'rate', stars: 3, tags: ['还需改进'], comment: '清运了，但希望以后不用再反映', resolved: 'partly', after: 30 },
    ],
  },
  {
    who: 'seed-resident-zhouyq',
    category: '心理关爱',
    text: '老伴去世后父亲情绪一直很低落，不愿出门，希望有人能定期上门聊聊天',
    preferredTime: '周末',
    hoursAgo: 220,
    steps: [
      { do: 'dispatch', unit: 'xinyu', after: 2 },
      { do: 'accept', by: 'seed-handler-chenjing', after: 5 },
      { do: 'complete', by: 'seed-handler-chenjing', note: '已上门三次，邀请老人参加社区合唱队', after: 70 },
      { do: 'rate', stars: 5, tags: ['态度热情', '专业细致'], comment: '父亲现在每周都去合唱队，谢谢你们', resolved: 'resolved', after: 10 },
    ],
  },
  {
    who: 'seed-resident-wusf',
    category: '家政维修',
    text: '厨房水管接口漏水，地面一直是湿的，老人容易滑倒',
    preferredTime: '尽快',
    hoursAgo: 180,
    steps: [
      { do: 'dispatch', unit: 'power', after: 1 },
      { do: 'accept', by: 'demo-handler', after: 3 },
      { do: 'complete', by: 'demo-handler', note: '更换了水管接头和密封圈', after: 5 },
      { do: 'rate', stars: 2, tags: ['还需改进'], comment: '第二天又开始渗水了，麻烦再来看看', resolved: 'unresolved', after: 20 },
      { do: 'dispatch', unit: 'power', note: '居民反馈仍渗水，请带新管件', after: 2 },
      { do: 'accept', by: 'seed-handler-haojj', after: 1 },
      { do: 'complete', by: 'seed-handler-haojj', note: '整段更换了老化的进水软管，观察一天无渗漏', after: 6 },
      { do: 'rate', stars: 4, tags: ['问题已解决'], resolved: 'resolved', after: 26 },
    ],
  },
  {
    who: 'demo-resident',
    category: '政策咨询',
    text: '孙子明年上小学，想咨询一下学区划分和入学登记的时间',
    preferredTime: '电话约定',
    hoursAgo: 140,
    steps: [
      { do: 'dispatch', unit: 'affairs', after: 1 },
      { do: 'accept', by: 'seed-handler-liufang', after: 2 },
      { do: 'complete', by: 'seed-handler-liufang', note: '已电话说明学区范围，登记时间为次年5月，届时社区会提醒', after: 4 },
      { do: 'rate', stars: 5, tags: ['响应及时', '沟通顺畅'], resolved: 'resolved', after: 6 },
    ],
  },
  // ── still moving: every status appears in the queue ──
  {
    who: 'demo-resident',
    category: '家政维修',
    text: '卫生间的灯不亮了，换了灯泡也不行，可能是开关坏了',
    preferredTime: '工作日晚上',
    hoursAgo: 60,
    steps: [
      { do: 'dispatch', unit: 'power', after: 1 },
      { do: 'accept', by: 'demo-handler', after: 2 },
      { do: 'complete', by: 'demo-handler', note: '更换了卫生间的开关面板，已通电测试', after: 20 },
    ],
  },
  {
    who: 'seed-resident-zhenggq',
    category: '邻里调解',
    text: '楼道被邻居堆放了旧家具，影响通行，也有消防隐患',
    preferredTime: '工作日白天',
    hoursAgo: 40,
    steps: [
      { do: 'dispatch', unit: 'grid', after: 1 },
      { do: 'decline', by: 'seed-handler-gaona', note: '邻里之间已有矛盾，需调解队出面', after: 2 },
      { do: 'dispatch', unit: 'mediation', after: 1 },
      { do: 'accept', by: 'demo-handler', after: 3 },
    ],
  },
  {
    who: 'demo-resident-2',
    category: '助老助残',
    text: '家里老人坐轮椅，单元门口有三级台阶，想申请加装一个无障碍坡道',
    preferredTime: '工作日白天',
    hoursAgo: 8,
    fixedAge: true,
    steps: [{ do: 'pool', after: 1 }],
  },
  {
    who: 'seed-resident-liudf',
    category: '心理关爱',
    text: '孩子高三压力很大，最近总失眠，想找社区的心理老师聊一聊',
    preferredTime: '周末',
    hoursAgo: 30,
    fixedAge: true,
    steps: [{ do: 'dispatch', unit: 'mediation', after: 2 }],
  },
  {
    who: 'seed-resident-mayum',
    category: '环境卫生',
    text: '小区东门绿化带里有人乱扔建筑垃圾，已经堆了一大片',
    preferredTime: '尽快',
    hoursAgo: 3,
    fixedAge: true,
    steps: [],
  },
  {
    who: 'seed-resident-sunxz',
    category: '其他',
    text: '想在小区里组织一支老年合唱队，不知道能不能借用社区活动室排练',
    preferredTime: '工作日白天',
    hoursAgo: 30,
    fixedAge: true,
    steps: [],
  },
  {
    who: 'seed-resident-zhanggy',
    category: '邻里调解',
    text: '楼里有人拉老人去听传销性质的讲座，送鸡蛋骗钱，请社区管一管',
    preferredTime: '尽快',
    hoursAgo: 5,
    fixedAge: true,
    held: '含敏感词“传销”',
    steps: [],
  },
  {
    who: 'seed-resident-zhaojh',
    category: '家政维修',
    text: '阳台晾衣架松了，想请师傅来固定一下',
    preferredTime: '周末',
    hoursAgo: 50,
    steps: [
      { do: 'dispatch', unit: 'power', after: 1 },
      { do: 'withdraw', after: 3 },
    ],
  },
  // ── 代点单 and 网格上报 (after the report: 兴盛园社区's 网格员 史晓宇 reports through the app, 达拉特旗's 96118
  //    民生服务热线 takes calls; here in 达尔罕社区: its 第一网格 (网格员高娜), the hotline and the 党群服务中心 counter) ──
  {
    who: 'seed-handler-gaona',
    filed: { by: 'seed-handler-gaona', source: 'grid', kind: 'public', address: '达尔罕小区东门至3号楼之间的甬路' },
    category: '环境卫生',
    text: '网格巡查发现：小区东门到3号楼之间两盏路灯不亮，夜间老人出行看不清台阶',
    preferredTime: '尽快',
    hoursAgo: 290,
    steps: [
      { do: 'dispatch', unit: 'redheart', note: '请联系物业一起更换灯具', after: 1 },
      { do: 'accept', by: 'seed-handler-lina', after: 2 },
      { do: 'complete', by: 'seed-handler-lina', note: '已协调物业更换两盏LED路灯，晚上复查均已点亮', after: 20 },
      { do: 'rate', stars: 5, tags: ['响应及时', '问题已解决'], comment: '复查已亮，谢谢', resolved: 'resolved', after: 10 },
    ],
  },
  {
    who: 'seed-handler-gaona',
    filed: { by: 'seed-handler-gaona', source: 'grid', kind: 'public', address: '达尔罕小区7号楼北侧消防通道' },
    category: '环境卫生',
    text: '网格巡查发现：7号楼北侧消防通道长期停放私家车和堆放杂物，消防车无法通过',
    preferredTime: '尽快',
    hoursAgo: 200,
    steps: [
      { do: 'dispatch', unit: 'grid', note: '请网格员先张贴通知，联系车主挪车', after: 2 },
      { do: 'accept', by: 'seed-handler-gaona', after: 1 },
      { do: 'complete', by: 'seed-handler-gaona', note: '已联系三位车主挪车，杂物清运完毕，划设禁停标线', after: 30 },
      { do: 'rate', stars: 4, tags: ['沟通顺畅'], resolved: 'resolved', after: 6 },
    ],
  },
  {
    who: 'demo-staff',
    filed: { by: 'demo-staff', source: 'hotline', kind: 'person', person: { name: '白秀英', phone: '13847703001', address: '达尔罕小区4号楼2单元102' } },
    category: '助老助残',
    text: '96118热线转来：老人独居，腿脚不便，想请人每周帮忙取一次药',
    preferredTime: '工作日白天',
    hoursAgo: 250,
    steps: [
      { do: 'dispatch', unit: 'redheart', note: '老人不用手机小程序，请电话联系', after: 1 },
      { do: 'accept', by: 'seed-handler-lina', after: 3 },
      { do: 'complete', by: 'seed-handler-lina', note: '已与社区卫生服务站约好，每周二上午代取药品送到家', after: 24 },
      { do: 'rate', stars: 5, tags: ['态度热情', '问题已解决'], comment: '电话回访：老人说很方便，谢谢社区', resolved: 'resolved', after: 24 },
    ],
  },
  {
    who: 'demo-staff',
    filed: { by: 'demo-staff', source: 'visit', kind: 'person', person: { name: '李桂兰', phone: '13847703002', address: '达尔罕小区12号楼1单元301' } },
    category: '政策咨询',
    text: '来访登记：老人到党群服务中心咨询高龄津贴怎么申领，需要有人上门帮忙准备材料',
    preferredTime: '工作日白天',
    hoursAgo: 120,
    steps: [
      { do: 'dispatch', unit: 'affairs', after: 1 },
      { do: 'accept', by: 'seed-handler-liufang', after: 2 },
      { do: 'complete', by: 'seed-handler-liufang', note: '已上门帮老人填好申请表，材料交街道社会事务办公室', after: 20 },
    ],
  },
  {
    who: 'seed-resident-sunxz',
    filed: { by: 'demo-staff', source: 'hotline', kind: 'resident' },
    category: '家政维修',
    text: '居民来电：卫生间下水道堵了，家里只有老两口，想请师傅上门疏通',
    preferredTime: '尽快',
    hoursAgo: 160,
    steps: [
      { do: 'dispatch', unit: 'power', after: 1 },
      { do: 'accept', by: 'seed-handler-haojj', after: 1 },
      { do: 'complete', by: 'seed-handler-haojj', note: '已上门疏通下水管道', after: 5 },
      { do: 'rate', stars: 5, tags: ['响应及时', '专业细致'], resolved: 'resolved', after: 8 },
    ],
  },
];
