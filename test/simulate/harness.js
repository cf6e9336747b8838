/**
 * Runs the real Taro-compiled weapp from dist/ in miniprogram-simulate (TOOLCHAIN.md "Client tests"):
 * a host shim for App/Page/getApp/getCurrentPages, wx storage in memory, and wx.cloud.callFunction answered by
 * an in-memory API so that pages load as they would in WeChat.
 */
const fs = require('fs');
const path = require('path');
const simulate = require('miniprogram-simulate');

const DIST = path.resolve(__dirname, '../../dist');

/**
 * What the person answers WeChat's own prompts, read when a prompt opens (tests change it between taps):
 * privacy: 'agree' | 'refuse' (the privacy popup); subscribe: the answer of requestSubscribeMessage, a function of the
 * template ids ({ [id]: 'accept' | 'reject' | 'ban' }, or { errCode } for a failure).
 */
function defaultPrompts() {
  return { privacy: 'agree', subscribe: (ids) => Object.fromEntries(ids.map((id) => [id, 'accept'])) };
}

function installHost(api) {
  const prompts = defaultPrompts();
  const calls = [];
  const storage = new Map();
  const pages = [];
  let app = null;

  global.App = (cfg) => {
    app = cfg;
  };
  global.getApp = () => app;
  global.getCurrentPages = () => pages;
  global.Page = (cfg) =>
    global.Component({
      data: cfg.data,
      methods: cfg,
      lifetimes: {
        attached() {
          this.route = this.__route__ = global.__nxRoute;
          pages.push(this);
          cfg.onLoad.call(this, global.__nxQuery || {});
          if (cfg.onShow) cfg.onShow.call(this);
          if (cfg.onReady) cfg.onReady.call(this);
        },
      },
    });

  Object.assign(global.wx, {
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => void storage.set(key, value),
    removeStorageSync: (key) => void storage.delete(key),
    showToast: (opts) => {
      calls.push({ toast: opts.title });
      if (opts.success) opts.success({});
      return Promise.resolve({});
    },
    stopPullDownRefresh: () => {},
    requirePrivacyAuthorize: (opts = {}) => {
      if (prompts.privacy === 'refuse') {
        calls.push({ privacy: 'refused' });
        if (opts.fail) opts.fail({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized', errno: 104 });
        return undefined;
      }
      calls.push({ privacy: 'authorized' });
      if (opts.success) opts.success({});
      return Promise.resolve({});
    },
    requestSubscribeMessage: (opts = {}) => {
      const answer = prompts.subscribe(opts.tmplIds);
      calls.push({ subscribe: opts.tmplIds, answer });
      if (answer.errCode) {
        const err = { errMsg: 'requestSubscribeMessage:fail', errCode: answer.errCode };
        if (opts.fail) opts.fail(err);
      } else if (opts.success) opts.success({ errMsg: 'requestSubscribeMessage:ok', ...answer });
      if (opts.complete) opts.complete({});
    },
    showModal: (opts = {}) => {
      calls.push({ modal: opts.title, content: opts.content });
      const res = { confirm: true, cancel: false };
      if (opts.success) opts.success(res);
      return Promise.resolve(res);
    },
  });
  global.wx.cloud = {
    init() {},
    callFunction(opts) {
      const { action, payload } = opts.data;
      calls.push({ action, payload });
      const handler = api[action];
      const result = handler
        ? (() => {
            try {
              return { ok: true, data: handler(payload) };
            } catch (err) {
              return { ok: false, error: err };
            }
          })()
        : { ok: false, error: { code: 'INVALID_INPUT', message: '未知的操作' } };
      const res = { result, errMsg: 'cloud.callFunction:ok' };
      if (opts.success) setTimeout(() => opts.success(res), 0);
      return Promise.resolve(res);
    },
  };

  require(path.join(DIST, 'app.js'));
  if (app && app.onLaunch) app.onLaunch({ path: '', query: {}, scene: 1001 });
  return { calls, storage, prompts };
}

/** Loads and attaches a page of dist/, e.g. 'pages/me/index', with the query it is opened with. */
function renderPage(route, query = {}) {
  global.__nxRoute = route;
  global.__nxQuery = query;
  const id = simulate.load(path.join(DIST, route), 'page', { rootPath: DIST, compiler: 'official' });
  const page = simulate.render(id);
  const parent = document.createElement('parent-wrapper');
  document.body.appendChild(parent);
  page.attach(parent);
  return page;
}

/** React 18 renders asynchronously: poll until `fn` stops throwing. */
async function waitFor(fn, timeout = 3000) {
  const start = Date.now();
  for (;;) {
    try {
      return fn();
    } catch (err) {
      if (Date.now() - start > timeout) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

function text(node) {
  return node ? node.dom.textContent.replace(/\s+/g, ' ').trim() : '';
}

/**
 * What a built template shows for an attribute of a rendered node: the value Taro's runtime put in the page data under
 * the alias the template (base.wxml) reads that attribute from. miniprogram-simulate draws only class and style, so
 * attributes such as aria-label are read from the data, through the template, as WeChat would.
 */
function templateAttribute(page, node, attribute) {
  const sid = node.dom.getAttribute('data-sid');
  const find = (n) => (n.sid === sid ? n : (n.cn || []).map(find).find(Boolean));
  const data = find(page.instance.data.root);
  if (!data) throw new Error(`no page data for node ${sid}`);
  const wxml = fs.readFileSync(path.join(DIST, 'base.wxml'), 'utf8');
  const template = new RegExp(`<template name="tmpl_0_${data.nn}">(.*?)</template>`).exec(wxml)?.[1] ?? '';
  const alias = new RegExp(`${attribute}="{{i\\.(\\w+)}}"`).exec(template)?.[1];
  return alias === undefined ? undefined : data[alias];
}

module.exports = { installHost, renderPage, waitFor, text, templateAttribute, DIST };
