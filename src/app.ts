import type { PropsWithChildren } from 'react';
import './app.scss';

/** The app shell: pages render inside; stores are module singletons under src/features. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
