import { minifyWxml } from '../../config/minify-wxml';

// The weapp build's WXML minifier (config/minify-wxml.ts): indentation between tags goes, nothing else changes.
it.each([
  ['indentation between tags', '<view>\n  <text>{{i.v}}</text>\n</view>\n', '<view><text>{{i.v}}</text></view>'],
  ['a closing tag HTML would call void', '<template name="t">\n  <input value="{{i.p}}"></input>\n</template>', '<template name="t"><input value="{{i.p}}"></input></template>'],
  ['a space typed between tags on one line', '<text>a</text> <text>b</text>', '<text>a</text> <text>b</text>'],
  ['text and its own spacing', '<text>\n  {{i.v}} 元\n</text>', '<text>\n  {{i.v}} 元\n</text>'],
  ['attributes spread over lines', '<view\n  class="a"\n  id="b">\n</view>', '<view\n  class="a"\n  id="b"></view>'],
])('%s', (_what, source, minified) => {
  expect(minifyWxml(source)).toBe(minified);
});
