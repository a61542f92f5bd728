/*
 * 长者模式 / 高对比度 toggles (the header's 阅读设置 group). Loaded (not inline, so the Content-Security-Policy holds)
 * from <head> without defer: the remembered modes are applied before the page is first drawn.
 * The buttons sit in the header with the `hidden` attribute and are shown only here, so without
 * JavaScript there is no button that does nothing; no mode ever hides content.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var MODES = ['large-text', 'high-contrast'];
  var KEY_PREFIX = 'qingdan-mode-';

  function remembered(mode) {
    try {
      return window.localStorage.getItem(KEY_PREFIX + mode) === 'on';
    } catch (e) {
      return false; // storage blocked (privacy settings): modes still work for this page
    }
  }

  function remember(mode, on) {
    try {
      if (on) window.localStorage.setItem(KEY_PREFIX + mode, 'on');
      else window.localStorage.removeItem(KEY_PREFIX + mode);
    } catch (e) {
      /* not remembered, nothing else lost */
    }
  }

  function apply(mode, on) {
    if (on) root.classList.add('mode-' + mode);
    else root.classList.remove('mode-' + mode);
  }

  for (var i = 0; i < MODES.length; i++) apply(MODES[i], remembered(MODES[i]));

  /*
   * A chart's 「可左右滑动」 hint shows only where the chart really overflows its box: the box's
   * width depends on the screen, the column and the mode, so it is measured here, on load, on
   * resize and on each mode switch (src/components/FlowchartFigure.astro, flowchart.css).
   */
  function markOverflowingCharts() {
    var figures = document.querySelectorAll('.fc-figure');
    Array.prototype.forEach.call(figures, function (figure) {
      var box = figure.querySelector('.fc-screen');
      if (box && box.scrollWidth > box.clientWidth + 1) figure.setAttribute('data-overflows', '');
      else figure.removeAttribute('data-overflows');
    });
  }

  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      markOverflowingCharts();
    });
  });

  function setUp() {
    markOverflowingCharts();
    // A page's own 打印 button (an item page's 打印本事项), shown only when it can work.
    Array.prototype.forEach.call(document.querySelectorAll('button[data-print-page]'), function (button) {
      if (typeof window.print !== 'function') return;
      button.addEventListener('click', function () {
        window.print();
      });
      button.hidden = false;
    });
    var bar = document.querySelector('[data-reading-modes]');
    if (!bar) return;
    var buttons = bar.querySelectorAll('button[data-mode]');
    Array.prototype.forEach.call(buttons, function (button) {
      var mode = button.getAttribute('data-mode');
      button.setAttribute('aria-pressed', root.classList.contains('mode-' + mode) ? 'true' : 'false');
      button.addEventListener('click', function () {
        var on = button.getAttribute('aria-pressed') !== 'true';
        apply(mode, on);
        remember(mode, on);
        button.setAttribute('aria-pressed', on ? 'true' : 'false');
        markOverflowingCharts();
      });
    });
    bar.hidden = false;
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setUp);
  else setUp();
})();
