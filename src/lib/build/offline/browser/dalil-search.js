/*
 * Dalil: Pagefind for the search page (src/components/Search.astro), over http and from disk.
 * window.dalilPagefind(base) → Pagefind's API, where `base` is the URL of the site's pagefind/ folder.
 * Over http it is Pagefind's own ES module (with its web worker); from disk (file://), where module scripts,
 * fetch() and workers are blocked, it is the classic-script build in pagefind-offline.js, on the main thread.
 * Result URLs come back as full URLs of files in this copy of the site (…/ar/articles/x/index.html), wherever
 * the site sits. Copied into the built site by src/lib/build/offline/pagefind.ts.
 */
(function () {
  'use strict';
  if (window.dalilPagefind) return; // loaded twice by overlapping searches: keep the first
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () {
        resolve();
      };
      s.onerror = function () {
        reject(new Error('Dalil search: cannot load ' + src));
      };
      document.head.append(s);
    });
  }

  /** Pagefind's root-absolute `/ar/x/index.html#h` → the same file under this copy's root. */
  function localUrl(root, url) {
    var local = new URL(url.replace(/^\/+/, ''), root);
    if (/\/$/.test(local.pathname)) local.pathname += 'index.html';
    return local.href;
  }

  function localised(root, search) {
    return async function () {
      var response = await search.apply(null, arguments);
      if (!response || !response.results) return response;
      response.results.forEach(function (result) {
        var data = result.data;
        result.data = async function () {
          var d = await data.apply(this, arguments);
          d.url = localUrl(root, d.url);
          (d.sub_results || []).forEach(function (sub) {
            sub.url = localUrl(root, sub.url);
          });
          return d;
        };
      });
      return response;
    };
  }

  var engine;
  window.dalilPagefind = function (base) {
    engine = engine || (async function () {
      var api;
      if (/^https?:$/.test(location.protocol)) {
        api = await import(base + 'pagefind.js');
        await api.options({ baseUrl: '/' });
      } else {
        await loadScript(base + 'pagefind-offline.js');
        api = window.__dalilPagefind.api;
        await api.options({ baseUrl: '/', noWorker: true });
      }
      await api.init();
      var root = new URL('../', base).href;
      return Object.assign({}, api, {
        search: localised(root, api.search),
        debouncedSearch: localised(root, api.debouncedSearch),
      });
    })();
    engine.catch(function () {
      engine = undefined;
    });
    return engine;
  };
})();
