import type { Role } from '../../../../types';

/**
 * Ordos places named in the newspaper report (../shared/seed): 旗区 → 街道 → 社区.
 * The first community is the demo community: 康巴什区 哈巴格希街道 达尔罕社区.
 */
export const REGIONS: { district: string; streets: { name: string; communities: { name: string; address: string }[] }[] }[] = [
  {
    district: '康巴什区',
    streets: [
      {
        name: '哈巴格希街道',
        communities: [
          { name: '达尔罕社区', address: '康巴什区哈巴格希街道达尔罕社区党群服务中心' },
          { name: '兴旺社区', address: '康巴什区哈巴格希街道兴旺社区居民活动服务站' },
        ],
      },
    ],
  },
  {
    district: '东胜区',
    streets: [
      {
        name: '交通街道',
        communities: [
          { name: '王府井社区', address: '东胜区交通街道王府井红色商圈' },
          { name: '金辉社区', address: '东胜区交通街道金辉大厦“白领e家”党群工作站' },
        ],
      },
    ],
  },
  {
    district: '达拉特旗',
    streets: [
      {
        name: '工业街道',
        communities: [
          { name: '兴盛园社区', address: '达拉特旗工业街道兴盛园社区（全响应网格联动指挥调度中心）' },
          { name: '新华社区', address: '达拉特旗工业街道新华社区' },
        ],
      },
    ],
  },
  {
    district: '准格尔旗',
    streets: [{ name: '迎泽街道', communities: [{ name: '南苑社区', address: '准格尔旗迎泽街道南苑社区' }] }],
  },
  {
    district: '伊金霍洛旗',
    streets: [{ name: '阿勒腾席热镇', communities: [{ name: '札萨克社区', address: '伊金霍洛旗阿勒腾席热镇札萨克社区' }] }],
  },
];

/** The seeded openids of DESIGN.md; the local host's identity switcher offers them. */
export const DEMO_PEOPLE: { openid: string; role: Role; name: string; phone: string; address: string }[] = [
  { openid: 'demo-resident', role: 'resident', name: '王秀兰', phone: '13847701234', address: '达尔罕小区3号楼2单元501' },
  { openid: 'demo-resident-2', role: 'resident', name: '李建国', phone: '13947705678', address: '达尔罕小区7号楼1单元302' },
  { openid: 'demo-staff', role: 'worker', name: '赵丽娜', phone: '15034771122', address: '达尔罕社区党群服务中心' },
  { openid: 'demo-handler', role: 'handler', name: '张志强', phone: '15247703344', address: '哈巴格希街道' },
  { openid: 'demo-admin', role: 'admin', name: '康巴什区管理员', phone: '13347705566', address: '康巴什区' },
];
