import { mergeInternalComponents } from '@tarojs/shared';
import type { PropsWithChildren } from 'react';
import ARIA_ATTRIBUTES from './lib/aria-attributes.json';
import './app.scss';

// Before the first render: Taro's runtime numbers component attributes as the templates do (config/aria-plugin.cjs).
if (process.env.TARO_ENV !== 'h5') mergeInternalComponents(ARIA_ATTRIBUTES);

/** The app shell: pages render inside; stores are module singletons under src/features. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
