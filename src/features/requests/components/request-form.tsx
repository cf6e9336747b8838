import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { PREFERRED_TIMES } from '../../../../types/requests/models';
import { CellGroup } from '../../../components/cell';
// PhotoGrid before Chips: the detail page loads their styles in this order too (one CSS order for all chunks).
import { PhotoGrid } from './photo-grid';
import { Chips, optionsOf } from '../../../components/chips';
import { draftStore as store, type DraftField } from '../stores/draft';
import { requestsTab } from '../stores/tab';
import { PRIVACY_TEXT } from '../privacy';
import { TextInput, TextArea } from '../../../components/field';
import { BusyButton } from '../../../components/busy-button';
import './request-form.scss';

/** WeChat can vouch for the number only in the cloud build; elsewhere the resident types it. */
const WECHAT_PHONE = process.env.TARO_ENV === 'weapp' && NUANXIN_TRANSPORT === 'cloud';

const MIN_TEXT = 10;
const MAX_TEXT = 500;

/** 我要点单: category, what happened, photos, where and how to reach me, when suits me. */
export const RequestForm = observer(function RequestForm(props: { onSubmitted: (id: number) => void }) {
  const { draft, error } = store;
  // 附议: open public problems of this category in the resident's 小区, from the tab's one call (requests.home).
  const similar = requestsTab.data && requestsTab.data.similar[draft.category];
  const fieldError = (f: DraftField) =>
    error?.field === f ? (
      <View className='nx-req-form__error' role='alert' data-field={f}>
        {error.message}
      </View>
    ) : null;

  const submit = async () => {
    const id = await store.submit();
    if (id !== null) props.onSubmitted(id);
  };

  return (
    <View className='nx-req-form'>
      <CellGroup title='需要什么帮助'>
        <Chips label='需要什么帮助' layout='grid4' options={optionsOf(store.categories)} isOn={(c) => draft.category === c} onTap={(c) => store.set('category', c)} />
        {fieldError('category')}
        {/* 附议: the page reads the category and address from this draft (packages/requests/same). */}
        {!!similar && (
          <Text className='nx-req-form__same' onClick={() => void Taro.navigateTo({ url: '/packages/requests/same/index' })}>
            {`本小区已有${similar}件同类问题，去附议 ›`}
          </Text>
        )}
      </CellGroup>

      <CellGroup title='具体情况'>
        <TextArea
          label='具体情况'
          className='nx-req-form__text'
          value={draft.description}
          maxlength={MAX_TEXT}
          autoHeight
          placeholder='请说说遇到了什么困难，例如：家中老人行动不便，需要有人帮忙到社区卫生服务站取药'
          onInput={(e) => store.set('description', e.detail.value)}
        />
        <DescriptionCount text={draft.description} />
        {fieldError('description')}
        <PhotoGrid
          photos={store.uploads.photos}
          uploading={store.uploads.uploading}
          slots={store.uploads.slots}
          onPick={(paths) => void store.addPhotos(paths)}
          onRemove={(id) => store.uploads.remove(id)}
        />
        <Text className='nx-req-form__note'>照片选填，最多6张</Text>
        {fieldError('photos')}
      </CellGroup>

      <CellGroup title='联系方式'>
        <View className='nx-req-form__row'>
          <Text className='nx-req-form__label'>服务地址</Text>
          <TextInput label='服务地址' className='nx-req-form__input' value={draft.address} maxlength={100} placeholder='小区、楼号、单元、门牌' onInput={(e) => store.set('address', e.detail.value)} />
        </View>
        {fieldError('address')}
        <View className='nx-req-form__row'>
          <Text className='nx-req-form__label'>联系电话</Text>
          <TextInput label='联系电话' className='nx-req-form__input' type='number' value={draft.phone} maxlength={11} placeholder='11位手机号' onInput={(e) => store.set('phone', e.detail.value)} />
          {WECHAT_PHONE && (
            <Button className='nx-req-form__wx-phone' openType='getPhoneNumber' onGetPhoneNumber={(e) => e.detail.code && void store.usePhoneCode(e.detail.code)}>
              微信手机号
            </Button>
          )}
        </View>
        {fieldError('phone')}
        <Text className='nx-req-form__sub'>希望什么时候上门或联系</Text>
        <Chips label='希望什么时候上门或联系' layout='grid3' options={optionsOf(PREFERRED_TIMES)} isOn={(t) => draft.preferredTime === t} onTap={(t) => store.set('preferredTime', t)} />
        {fieldError('preferredTime')}
      </CellGroup>

      {fieldError('communityId')}
      {error && !error.field && (
        <View className='nx-req-form__error nx-req-form__error--general' role='alert'>
          {error.message}
        </View>
      )}
      <View className='nx-req-form__actions'>
        <BusyButton
          className={`nx-button-primary nx-req-form__submit ${store.submitting ? 'nx-button-primary--disabled' : ''}`}
          busy={store.submitting}
          onPress={submit}
        >
          提交点单
        </BusyButton>
        <Text className='nx-req-form__privacy' onClick={() => void Taro.showModal({ title: '个人信息使用说明', content: PRIVACY_TEXT, showCancel: false, confirmText: '知道了' })}>
          已填写的内容会自动保存。提交即表示同意《个人信息使用说明》
        </Text>
      </View>
    </View>
  );
});

/** n/500 under the box; once something is typed and it is still too short, it says how many characters are missing. */
function DescriptionCount({ text }: { text: string }) {
  const missing = text.length > 0 ? MIN_TEXT - text.trim().length : 0;
  return (
    <Text className={`nx-req-form__count ${missing > 0 ? 'nx-req-form__count--short' : ''}`}>
      {missing > 0 ? `至少${MIN_TEXT}个字，还差${missing}个字 · ` : ''}
      {text.length}/{MAX_TEXT}
    </Text>
  );
}
