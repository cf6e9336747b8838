import type { Audience, EventCategory } from '../../../../types/events';

/**
 * Demo events of 达尔罕社区 (康巴什区 哈巴格希街道), after the practices in the Ordos newspaper report
 * (../shared/seed): elderly residents rehearsing, the 主题党日 "红色领航 共建同行" 党建沙龙 of 兴旺社区, the 亲子
 * "快乐与安全" 现场教学, 政策宣讲, 剪纸 by 张兰英, 重阳节. Days are relative to the seeding clock so the current month
 * always has events; `day: 'chongyang'` puts an event on this month's 重阳节 when it is still ahead.
 */
export interface DemoSignup {
  who: string;
  party?: number;
  waitlisted?: boolean;
  checkedIn?: boolean;
  rating?: [number, string];
}

export interface DemoEvent {
  key: string;
  community?: string;
  title: string;
  /** The title when the event falls on its festival (day 'chongyang'). */
  festivalTitle?: string;
  category: EventCategory;
  audience?: Audience;
  /** Days from today, or 'soon' (a few hours from now, today when the day allows). */
  day: number | 'soon' | 'chongyang';
  /** Local clock times as minutes from midnight. */
  from: number;
  to: number;
  place: string;
  /** A seeded room the event holds (its slots show 社区保留 with the event's title). */
  venue?: string;
  organizer: string;
  capacity: number;
  partyLimit?: number;
  /** Sign-up opens this many days from today at 09:00 (default: already open). */
  opensInDays?: number;
  weekly?: { weekdays: number[]; weeks: number };
  cancelled?: string;
  description: string;
  signups?: DemoSignup[];
}

export const NEIGHBOURS: { openid: string; name: string; phone: string }[] = [
  { openid: 'demo-neighbour-1', name: '刘桂芳', phone: '13847711001' },
  { openid: 'demo-neighbour-2', name: '陈玉梅', phone: '13847711002' },
  { openid: 'demo-neighbour-3', name: '杨志刚', phone: '13847711003' },
  { openid: 'demo-neighbour-4', name: '高秀英', phone: '13847711004' },
  { openid: 'demo-neighbour-5', name: '马建华', phone: '13847711005' },
  { openid: 'demo-neighbour-6', name: '郭淑珍', phone: '13847711006' },
  { openid: 'demo-neighbour-7', name: '苏日娜', phone: '13847711007' },
  { openid: 'demo-neighbour-8', name: '巴特尔', phone: '13847711008' },
  { openid: 'demo-neighbour-9', name: '何丽娟', phone: '13847711009' },
  { openid: 'demo-neighbour-10', name: '孙德明', phone: '13847711010' },
];

const n = (i: number) => `demo-neighbour-${i}`;
const h = (hour: number, minute = 0) => hour * 60 + minute;

export const DEMO_EVENTS: DemoEvent[] = [
  {
    key: 'policy',
    title: '政策宣讲：养老保险与医保新政',
    category: 'lecture',
    day: 'soon',
    from: 0,
    to: 90,
    place: '达尔罕社区党群服务中心二楼会议室',
    organizer: '达尔罕社区党委',
    capacity: 30,
    description: '社区政策宣讲队为居民讲解今年城乡居民养老保险缴费档次、医保门诊统筹报销的新变化，现场答疑，可携带医保卡咨询个人账户。',
    signups: [{ who: n(1) }, { who: n(2) }, { who: n(5) }],
  },
  {
    key: 'chongyang',
    title: '敬老孝亲 · 老年文艺汇演',
    festivalTitle: '九九重阳 · 敬老文艺汇演',
    category: 'culture',
    day: 'chongyang',
    from: h(15),
    to: h(17),
    place: '哈巴格希街道党群服务中心多功能厅',
    venue: '党群服务中心多功能厅',
    organizer: '达尔罕社区老年协会',
    capacity: 80,
    partyLimit: 2,
    description: '社区老年合唱队、腰鼓队和舞蹈队排练了一个多月的节目登台汇演，欢迎居民带上家中长辈一同观看，现场为80岁以上老人送上重阳糕和暖心礼包。',
    signups: [{ who: 'demo-resident' }, { who: n(3), party: 2 }, { who: n(4), party: 2 }, { who: n(6) }, { who: n(9), party: 2 }],
  },
  {
    key: 'rehearsal',
    title: '老年合唱队文艺排练',
    category: 'culture',
    day: -14,
    from: h(9, 30),
    to: h(11),
    place: '达尔罕社区居民活动服务站排练室',
    organizer: '达尔罕社区老年协会',
    capacity: 25,
    weekly: { weekdays: [2, 4], weeks: 6 },
    description: '每周二、周四上午，社区的老人们在排练室里排练合唱和舞蹈节目，欢迎爱唱爱跳的居民加入，初学者也可以来。',
    signups: [{ who: n(3) }, { who: n(4) }, { who: n(6) }],
  },
  {
    key: 'family',
    title: '“快乐与安全”亲子现场教学',
    category: 'family',
    day: 5,
    from: h(9, 30),
    to: h(11, 30),
    place: '达尔罕社区党群服务中心一楼活动室',
    organizer: '达尔罕社区 · 社区妇联',
    capacity: 30,
    partyLimit: 2,
    description: '联合妇联和社会组织为辖区儿童举办的安全教育现场课：防溺水、防火、交通安全和居家用电，家长和孩子一起动手演练。每户最多报名2人（1名家长带1名孩子）。',
    signups: [{ who: n(2), party: 2 }, { who: n(7), party: 2 }, { who: n(8), party: 2 }],
  },
  {
    key: 'salon',
    community: '兴旺社区',
    title: '“红色领航 共建同行”党建沙龙',
    category: 'party',
    audience: 'street',
    day: 2,
    from: h(14, 30),
    to: h(16, 30),
    place: '兴旺社区居民活动服务站党员活动室',
    organizer: '哈巴格希街道兴旺社区党支部',
    capacity: 8,
    description: '主题党日活动：街道各社区党员、共建单位代表围绕“红色领航 共建同行”交流社区服务项目认领情况。本次沙龙面向哈巴格希街道全体党员和居民。',
    signups: [
      { who: n(1) },
      { who: n(2) },
      { who: n(3) },
      { who: n(4) },
      { who: n(5) },
      { who: n(6) },
      { who: n(7) },
      { who: n(8) },
      { who: n(9), waitlisted: true },
      { who: n(10), waitlisted: true },
      { who: 'demo-resident-2', waitlisted: true },
    ],
  },
  {
    key: 'papercut',
    title: '非遗剪纸体验课（张兰英老师）',
    category: 'culture',
    day: -2,
    from: h(14, 30),
    to: h(16, 30),
    place: '达尔罕社区党群服务中心一楼活动室',
    organizer: '达尔罕社区 · 特邀剪纸艺人张兰英',
    capacity: 20,
    description: '剪纸艺人张兰英老师手把手教大家剪窗花和福字，材料由社区准备，作品可以带回家。',
    signups: [
      { who: 'demo-resident', checkedIn: true },
      { who: n(1), checkedIn: true, rating: [5, '张老师讲得细，剪的福字贴在家门上了'] },
      { who: n(4), checkedIn: true, rating: [5, '材料准备得很全，希望多办几次'] },
      { who: n(6), checkedIn: true, rating: [4, ''] },
      { who: n(9) },
    ],
  },
  {
    key: 'fraud',
    title: '防范电信诈骗讲座',
    category: 'lecture',
    day: -6,
    from: h(19),
    to: h(20, 30),
    place: '达尔罕社区党群服务中心二楼会议室',
    organizer: '达尔罕社区 · 康巴什公安分局',
    capacity: 50,
    description: '民警结合身边案例讲解冒充客服、刷单返利、养老投资等常见骗局，教大家安装国家反诈中心App。',
    signups: [{ who: n(5), checkedIn: true, rating: [5, '案例很实用'] }, { who: n(10), checkedIn: true, rating: [4, ''] }],
  },
  {
    key: 'cleanup',
    title: '我为小区做件事 · 环境清洁志愿服务',
    category: 'volunteer',
    day: 7,
    from: h(8, 30),
    to: h(10, 30),
    place: '达尔罕小区南门集合',
    organizer: '达尔罕社区志愿服务队',
    capacity: 40,
    description: '清理楼道杂物和绿化带垃圾，在职党员到社区报到的可计入志愿服务时长。手套、夹子由社区提供。',
    signups: [{ who: n(8) }, { who: n(10) }],
  },
  {
    key: 'council',
    title: '居民议事会：小区停车管理',
    category: 'other',
    day: 9,
    from: h(19),
    to: h(20, 30),
    place: '达尔罕社区居民议事活动室',
    organizer: '达尔罕社区居委会',
    capacity: 30,
    description: '和物业、业委会一起商量小区夜间停车和充电桩安装的办法，欢迎居民来提意见。',
  },
  {
    key: 'clinic',
    title: '健康义诊进社区',
    category: 'volunteer',
    day: 4,
    from: h(9),
    to: h(11, 30),
    place: '达尔罕社区党群服务中心门前广场',
    organizer: '达尔罕社区 · 共建单位康巴什区人民医院',
    capacity: 100,
    cancelled: '合作医院排班调整，义诊改期，时间另行通知',
    description: '测血压、测血糖、中医问诊，为老年人建立健康档案。',
    signups: [{ who: n(3) }, { who: n(4) }],
  },
  {
    key: 'games',
    title: '冬季趣味运动会',
    category: 'culture',
    day: 12,
    from: h(9),
    to: h(11, 30),
    place: '达尔罕社区室内运动场',
    organizer: '达尔罕社区 · 共建单位',
    capacity: 60,
    opensInDays: 5,
    description: '套圈、踢毽子、趣味接力，老少皆宜。报名开始后名额有限，先到先得。',
  },
];
