// A page timer that should fire every 10 ms. From the page's load on, it records the longest
// gap between two ticks on the root element (data-max-gap, data-ticks): while the page's main
// thread is blocked, by the page or by the extension's content script that shares it, the
// timer cannot fire. Everything it uses is saved before any page script can rewrite it, and
// the test reads the attributes from Playwright's own world.
(function () {
  var now = performance.now.bind(performance);
  var every = window.setInterval;
  var setAttr = Element.prototype.setAttribute;
  var root = document.documentElement;
  var last = 0;
  var max = 0;
  var ticks = 0;
  var started = false;
  window.addEventListener('load', function () {
    started = true;
    last = now();
  });
  every(function () {
    if (!started) return;
    var t = now();
    if (t - last > max) max = t - last;
    ticks++;
    last = t;
    setAttr.call(root, 'data-max-gap', String(Math.round(max)));
    setAttr.call(root, 'data-ticks', String(ticks));
  }, 10);
})();
