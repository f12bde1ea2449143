// What the codecs' Emscripten glue gets for `fs` and `path` in the browser: they are only used on
// its Node.js branch, which never runs in the page or its workers.
export default {};
