/** English options strings. */
export const options = {};
