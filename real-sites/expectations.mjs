export const EXPECTATIONS = {};
