import Taro from '@tarojs/taro';

/**
 * Hands a CSV on: in WeChat it is written to the user data folder and offered with wx.shareFileMessage (to a chat with
 * the street's office); in a browser it is downloaded. Resolves to what to tell the person.
 */
export async function shareCsv(fileName: string, text: string): Promise<string> {
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return '已下载';
  }
  const path = `${Taro.env.USER_DATA_PATH}/${fileName}`;
  Taro.getFileSystemManager().writeFileSync(path, text, 'utf8');
  // WeChat lets shareFileMessage run only from a tap, and the tap that asked for the file is spent on the network call:
  // the modal's 发送 is the tap that sends it.
  const ask = await Taro.showModal({ title: '表格已生成', content: fileName, confirmText: '发送', cancelText: '取消' });
  if (!ask.confirm) return '已取消发送';
  try {
    await Taro.shareFileMessage({ filePath: path, fileName });
    return '已发送';
  } catch {
    return '已取消发送';
  }
}
