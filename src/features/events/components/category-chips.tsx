import { ScrollView, Text, View } from '@tarojs/components';
import { CATEGORY_FILTERS, type CategoryFilter } from '../labels';
import './category-chips.scss';

/** 全部 党建 文体 亲子 志愿 讲座 其他: filters the month without another call. */
export function CategoryChips(props: { value: CategoryFilter; onChange: (c: CategoryFilter) => void }) {
  return (
    <ScrollView scrollX className='nx-filter-chips' enhanced showScrollbar={false}>
      <View className='nx-filter-chips__row'>
        {CATEGORY_FILTERS.map((c) => (
          <Text
            key={c.key}
            className={`nx-filter-chips__chip ${c.key === props.value ? 'nx-filter-chips__chip--on' : ''}`}
            data-category={c.key}
            onClick={() => props.onChange(c.key)}
          >
            {c.label}
          </Text>
        ))}
      </View>
    </ScrollView>
  );
}
