import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DistrictNode } from '../../../../types';
import './community-cascader.scss';

interface Props {
  tree: DistrictNode[];
  onPick: (community: { id: number; label: string }) => void;
  onCancel: () => void;
}

/**
 * 旗区 → 街道 → 社区, one level at a time as a list of large rows: easier for elderly residents than a wheel picker,
 * and the breadcrumb lets them step back.
 */
export function CommunityCascader({ tree, onPick, onCancel }: Props) {
  const [districtId, setDistrictId] = useState<number | null>(null);
  const [streetId, setStreetId] = useState<number | null>(null);
  const district = tree.find((d) => d.id === districtId) ?? null;
  const street = district?.streets.find((s) => s.id === streetId) ?? null;

  const level = street ? '社区' : district ? '街道' : '旗区';
  const options = street
    ? street.communities.map((c) => ({ id: c.id, name: c.name }))
    : district
      ? district.streets.map((s) => ({ id: s.id, name: s.name }))
      : tree.map((d) => ({ id: d.id, name: d.name }));

  const choose = (id: number, name: string) => {
    if (!district) setDistrictId(id);
    else if (!street) setStreetId(id);
    else onPick({ id, label: `${district.name} · ${street.name} · ${name}` });
  };

  return (
    <View className='nx-cascader'>
      <View className='nx-cascader__crumbs'>
        <Text className='nx-cascader__crumb' onClick={() => (setDistrictId(null), setStreetId(null))}>
          全部
        </Text>
        {district && (
          <Text className='nx-cascader__crumb' onClick={() => setStreetId(null)}>
            › {district.name}
          </Text>
        )}
        {street && <Text className='nx-cascader__crumb'>› {street.name}</Text>}
        <Text className='nx-cascader__cancel' onClick={onCancel}>
          取消
        </Text>
      </View>
      <Text className='nx-cascader__prompt'>请选择{level}</Text>
      {options.map((o) => (
        <View key={o.id} className='nx-cascader__option' onClick={() => choose(o.id, o.name)}>
          <Text>{o.name}</Text>
          <Text className='nx-cascader__arrow'>›</Text>
        </View>
      ))}
    </View>
  );
}
