// Build constants (config/index.ts) are globals in jest.config.js; React act() needs this flag in jsdom.
(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
