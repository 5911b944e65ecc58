import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const renderFailed = defineRule(
  {
    id: 'render-failed', step: 'content', severity: 'warning', title: 'Page could not be rendered in Chromium',
    help: 'With --render the page did not finish loading within the render timeout, or its scripts failed the browser: its raw HTML was audited instead. Engines that render give up on such pages too.',
    fix: 'Check the page in a browser\'s developer tools (errors, requests that never end); raise --render-timeout if the site is only slow.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.render?.status === 'failed').map((p) => item('render-failed', { error: p.render!.error ?? null }, { url: p.url })),
);
