import type { MediaCheck } from '../types';

/** No WeChat to ask locally: a photo passes at once, so the demo shows it to everyone as soon as it is attached. */
export const instantMediaCheck: MediaCheck = {
  async submit() {
    return { verdict: { pass: true } };
  },
};
