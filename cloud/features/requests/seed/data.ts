import type { UnitKind } from '../../../../types/requests';

/**
 * Demo content after the Ordos report (../shared/seed): the 社区暖心事 practice of 伊金霍洛旗 — 共建单位的资源清单
 * meets 社区的需求清单 — volunteer teams (1727 of them in the city), the social organisations incubated in
 * 达尔罕社区 (矛盾调解、文艺演出、政策宣讲), grid workers like 兴盛园社区's 史晓宇 and 达拉特旗's 96118 hotline.
 */

export const SEED_HANDLERS: { openid: string; name: string; phone: string }[] = [
  { openid: 'seed-handler-wanghj', name: '王海军', phone: '15247701101' },
  { openid: 'seed-handler-lina', name: '李娜', phone: '15247701102' },
  { openid: 'seed-handler-gaona', name: '高娜', phone: '15247701103' },
  { openid: 'seed-handler-haojj', name: '郝建军', phone: '15247701104' },
  { openid: 'seed-handler-liufang', name: '刘芳', phone: '15247701105' },
  { openid: 'seed-handler-chenjing', name: '陈静', phone: '15247701106' },
  { openid: 'seed-handler-shixy', name: '史晓宇', phone: '15247701107' },
  { openid: 'seed-handler-yangfan', name: '杨帆', phone: '15247701108' },
];

export const SEED_RESIDENTS: { openid: string; name: string; phone: string; address: string }[] = [
  { openid: 'seed-resident-zhanggy', name: '张桂英', phone: '13847702001', address: '达尔罕小区1号楼1单元101' },
  { openid: 'seed-resident-liudf', name: '刘德福', phone: '13847702002', address: '达尔罕小区2号楼3单元402' },
  { openid: 'seed-resident-mayum', name: '马玉梅', phone: '13847702003', address: '达尔罕小区5号楼2单元201' },
  { openid: 'seed-resident-zhaojh', name: '赵建华', phone: '13847702004', address: '达尔罕小区6号楼1单元602' },
  { openid: 'seed-resident-sunxz', name: '孙秀珍', phone: '13847702005', address: '达尔罕小区8号楼2单元302' },
  { openid: 'seed-resident-zhouyq', name: '周永强', phone: '13847702006', address: '达尔罕小区9号楼1单元501' },
  { openid: 'seed-resident-wusf', name: '吴淑芬', phone: '13847702007', address: '达尔罕小区10号楼3单元102' },
  { openid: 'seed-resident-zhenggq', name: '郑国庆', phone: '13847702008', address: '达尔罕小区11号楼2单元401' },
];

export interface SeedUnit {
  key: string;
  name: string;
  kind: UnitKind;
  street: string;
  /** Null: every community of the street. */
  community: string | null;
  categories: string[];
  phone: string;
  members: string[];
}

export const SEED_UNITS: SeedUnit[] = [
  {
    key: 'mediation',
    name: '哈巴格希街道矛盾调解志愿服务队',
    kind: 'volunteer',
    street: '哈巴格希街道',
    community: null,
    categories: ['邻里调解', '心理关爱', '政策咨询'],
    phone: '0477-8591001',
    members: ['demo-handler', 'seed-handler-wanghj'],
  },
  {
    key: 'redheart',
    name: '达尔罕社区“红色暖心”党员志愿服务队',
    kind: 'volunteer',
    street: '哈巴格希街道',
    community: '达尔罕社区',
    categories: ['助老助残', '环境卫生', '其他'],
    phone: '0477-8591002',
    members: ['seed-handler-lina', 'seed-handler-gaona'],
  },
  {
    key: 'power',
    name: '康巴什供电共建服务队',
    kind: 'cobuild',
    street: '哈巴格希街道',
    community: '达尔罕社区',
    categories: ['家政维修'],
    phone: '95598',
    members: ['demo-handler', 'seed-handler-haojj'],
  },
  {
    key: 'affairs',
    name: '哈巴格希街道社会事务办公室',
    kind: 'dept',
    street: '哈巴格希街道',
    community: null,
    categories: ['政策咨询', '助老助残'],
    phone: '0477-8591003',
    members: ['seed-handler-liufang'],
  },
  {
    key: 'grid',
    name: '达尔罕社区第一网格（网格员高娜）',
    kind: 'grid',
    street: '哈巴格希街道',
    community: '达尔罕社区',
    categories: ['环境卫生', '邻里调解'],
    phone: '',
    members: ['seed-handler-gaona'],
  },
  {
    key: 'xinyu',
    name: '心语社会工作服务社（社区孵化社会组织）',
    kind: 'volunteer',
    street: '哈巴格希街道',
    community: '达尔罕社区',
    categories: ['心理关爱', '其他'],
    phone: '0477-8591004',
    members: ['seed-handler-chenjing'],
  },
  {
    key: 'xsy-grid',
    name: '兴盛园社区三级网格（网格员史晓宇）',
    kind: 'grid',
    street: '工业街道',
    community: '兴盛园社区',
    categories: ['环境卫生', '邻里调解', '家政维修'],
    phone: '',
    members: ['seed-handler-shixy'],
  },
  {
    key: 'hotline',
    name: '达拉特旗96118民生服务热线',
    kind: 'dept',
    street: '工业街道',
    community: null,
    categories: ['助老助残', '家政维修', '政策咨询', '环境卫生'],
    phone: '96118',
    members: ['seed-handler-yangfan'],
  },
];
