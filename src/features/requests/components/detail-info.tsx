import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ENDED_STATUSES, type RequestDetail } from '../../../../types/requests/models';
import { FILE_FOR_LABELS, REQUEST_SOURCE_LABELS } from '../../../../types/requests/sources';
import { UNIT_KIND_LABELS } from '../../../../types/requests/units/models';
import { BusyButton } from '../../../components/busy-button';
import { Cell, CellGroup } from '../../../components/cell';
import { formatMoment } from '../../../lib/time';
import { PhotoGrid } from './photo-grid';
import './detail-info.scss';

const call = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);

/** Why the address is not shown: the server sends none to the pool, and none to a unit's members once it has ended. */
function hiddenAddress(d: RequestDetail): string {
  if (d.viewer === 'pool') return '认领后可见';
  return ENDED_STATUSES.includes(d.status) ? '已结束，不再显示' : '接单后可见';
}

function phoneHint(d: RequestDetail, revealed: boolean): string | undefined {
  if (!d.phoneMasked) return undefined;
  if (d.viewer !== 'staff') return '接单后可见完整号码';
  return revealed ? '已查看完整号码（已记录），点击拨打' : '派单前可查看完整号码联系居民，查看会被记录';
}

/** A unit's other members see the 小区 and building only. */
const partialHint = (d: RequestDetail) => (d.status === 'dispatched' ? '接单后可见详细地址' : '详细地址仅接单人可见');

/**
 * 诉求, 联系信息 and 处理单位. The server has already masked what this viewer may not see; a worker of the community
 * reveals the number with one tap (`onRevealPhone`, audited by the server) and may then call it.
 */
export function DetailInfo(props: { detail: RequestDetail; revealedPhone?: string | null; onRevealPhone?: () => Promise<unknown> }) {
  const d = props.detail;
  const revealed = d.phoneMasked ? (props.revealedPhone ?? null) : null;
  const phone = revealed ?? d.phone;
  const mayCall = (!d.phoneMasked || revealed !== null) && d.viewer !== 'owner';
  const mayReveal = d.phoneMasked && revealed === null && d.viewer === 'staff' && props.onRevealPhone !== undefined;
  return (
    <>
      <CellGroup title='诉求'>
        <View className='nx-req-info__what'>
          <Text className='nx-req-info__category'>{d.category}</Text>
          <Text className='nx-req-info__text'>{d.description}</Text>
        </View>
        {d.photos.length > 0 && <PhotoGrid photos={d.photos} />}
        {d.photosHidden > 0 && <Cell label='照片' value={`另有${d.photosHidden}张照片`} hint='照片通过安全检测后显示' />}
        <Cell label='期望时间' value={d.preferredTime} />
        <Cell label='点单时间' value={formatMoment(d.createdAt)} />
        <Cell label='来源' value={REQUEST_SOURCE_LABELS[d.source]} hint={d.filedBy ? `${d.filedBy}代为登记` : undefined} />
        {d.viewer !== 'owner' && <Cell label='所在社区' value={d.communityName} />}
      </CellGroup>
      <CellGroup title='联系信息'>
        <Cell
          label={d.subject === 'public' ? '上报人' : '居民'}
          value={d.residentName}
          hint={d.subject === 'person' || d.subject === 'public' ? FILE_FOR_LABELS[d.subject] : undefined}
        />
        <Cell
          label='联系电话'
          value={
            <View className='nx-req-info__phone'>
              <Text className={mayCall ? 'nx-req-info__link' : ''}>{phone}</Text>
              {mayReveal && (
                <BusyButton className='nx-req-info__reveal' onPress={props.onRevealPhone!}>
                  查看号码
                </BusyButton>
              )}
            </View>
          }
          hint={phoneHint(d, revealed !== null)}
          onClick={mayCall ? () => call(phone) : undefined}
        />
        <Cell label='服务地址' value={d.address ?? hiddenAddress(d)} hint={d.addressShown === 'area' ? partialHint(d) : undefined} />
      </CellGroup>
      {d.unit && (
        <CellGroup title='处理单位'>
          <Cell label={UNIT_KIND_LABELS[d.unit.kind]} value={d.unit.name} />
          {d.handlerName && <Cell label='处理人' value={d.handlerName} />}
          {d.unit.phone && <Cell label='服务电话' value={<Text className='nx-req-info__link'>{d.unit.phone}</Text>} onClick={() => call(d.unit!.phone)} />}
        </CellGroup>
      )}
    </>
  );
}
