/*
 * Dalil: Pagefind for the search page (src/components/Search.astro), over http and from disk.
 * window.dalilPagefind(base) → Pagefind's API, where `base` is the URL of the site's pagefind/ folder.
 * Over http it is Pagefind's own ES module; from disk (file://), where module scripts and fetch() are blocked, it
 * is the classic-script build in pagefind-offline.js. Both run on the main thread: Pagefind's web worker copies
 * every result across to the page, which on a 5,000-article site added 30–100 ms to a common word's search.
 * `warm()` runs a search that downloads nothing but one result, so that the reader's first search does not also
 * pay for compiling the engine's code (about 60 ms there).
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
        await api.options({ baseUrl: '/', noWorker: true });
      } else {
        await loadScript(base + 'pagefind-offline.js');
        api = window.__dalilPagefind.api;
        await api.options({ baseUrl: '/', noWorker: true });
      }
      await api.init();
      var root = new URL('../', base).href;
      var warmed;
      return Object.assign({}, api, {
        search: localised(root, api.search),
        debouncedSearch: localised(root, api.debouncedSearch),
        warm: function () {
          // A filter-only search (no words: no index download) and one result's fragment.
          warmed = warmed || api.search(null).then(function (all) {
            return all.results.length ? all.results[0].data() : null;
          });
          return warmed;
        },
      });
    })();
    engine.catch(function () {
      engine = undefined;
    });
    return engine;
  };
})();
