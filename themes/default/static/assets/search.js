/* ecosite: search. Reads the index the build wrote under search/ and finds reports by words in
   Chinese and English. The query is split into terms exactly as org.ecosite.search.Terms splits
   the reports: NFKC, lower case, Chinese as pairs of neighbouring characters, other words whole.
   A report must hold every term; reports with the words in their title come first, the rest
   newest first. Only the index's small manifest and one shard per term are read, then the text
   of the reports shown, for their snippets. */
(function () {
  'use strict';
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var WORD = /[\p{L}\p{Nd}]/u;
  var DIGIT = /\p{Nd}/u;
  var PAGE = 20;
  var SNIPPET = 60;
  var WITHHELD = '\uFFFC';

  var out = document.getElementById('es-search');
  if (!out) {
    return;
  }
  var status = out.querySelector('.search-status');
  var list = out.querySelector('.search-results');
  var indexUrl = out.getAttribute('data-index');
  var folder = indexUrl.slice(0, indexUrl.lastIndexOf('/') + 1);
  var base = out.getAttribute('data-base');

  function text(key, a, b) {
    return out.getAttribute('data-' + key).replace('{0}', a === undefined ? '' : a)
      .replace('{1}', b === undefined ? '' : b);
  }

  function normalise(s) {
    return s.normalize('NFKC').toLowerCase();
  }

  function terms(input) {
    var chars = Array.from(normalise(input));
    var result = [];
    var i = 0;
    while (i < chars.length) {
      var c = chars[i];
      if (CJK.test(c)) {
        var start = i;
        while (i < chars.length && CJK.test(chars[i])) {
          if (i > start) {
            result.push(chars[i - 1] + chars[i]);
          }
          i++;
        }
        if (i - start === 1) {
          result.push(c);
        }
      } else if (WORD.test(c)) {
        var word = '';
        while (i < chars.length) {
          var d = chars[i];
          if (WORD.test(d) && !CJK.test(d)) {
            word += d;
            i++;
          } else if (d === '.' && word.length > 0 && DIGIT.test(chars[i - 1]) && i + 1 < chars.length
              && DIGIT.test(chars[i + 1])) {
            word += d;
            i++;
          } else {
            break;
          }
        }
        result.push(word);
      } else {
        i++;
      }
    }
    return result.filter(function (t, n) { return result.indexOf(t) === n; });
  }

  function shard(term, shards) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % shards;
  }

  function json(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ': ' + response.status);
      }
      return response.json();
    });
  }

  /* Every document holding a term, from its posting list of gaps. */
  function docsOf(gaps) {
    var docs = [];
    var d = 0;
    for (var i = 0; i < gaps.length; i++) {
      d += gaps[i];
      docs.push(d);
    }
    return docs;
  }

  function rank(manifest, query, wanted, shards) {
    var hits = {};
    wanted.forEach(function (term) {
      var gaps = shards[shard(term, manifest.shards)][term] || [];
      docsOf(gaps).forEach(function (d) {
        hits[d] = (hits[d] || 0) + 1;
      });
    });
    var all = Object.keys(hits).map(Number);
    var complete = all.filter(function (d) { return hits[d] === wanted.length; });
    var partial = complete.length === 0;
    var found = partial ? all : complete;
    var words = query.split(/\s+/).map(normalise).filter(Boolean);
    function inTitle(d) {
      var title = normalise(manifest.docs[d][0]);
      return words.every(function (w) { return title.indexOf(w) >= 0; }) ? 0 : 1;
    }
    found.sort(function (a, b) {
      return (hits[b] - hits[a]) || (inTitle(a) - inTitle(b)) || (a - b);
    });
    return { docs: found, partial: partial };
  }

  /* Text of a snippet. A figure the source withholds (U+FFFC in the index's text, see
     org.ecosite.markdown.WithheldFigure) becomes the same element as on the report's page. */
  function appendText(target, s) {
    s.split(WITHHELD).forEach(function (part, n) {
      if (n > 0) {
        var withheld = document.createElement('span');
        withheld.className = 'withheld';
        withheld.setAttribute('role', 'img');
        withheld.setAttribute('aria-label', out.getAttribute('data-withheld-name'));
        withheld.setAttribute('title', out.getAttribute('data-withheld-name'));
        withheld.textContent = out.getAttribute('data-withheld');
        target.appendChild(withheld);
      }
      if (part) {
        target.appendChild(document.createTextNode(part));
      }
    });
  }

  /* A window of the text around the first match, with every query word marked. */
  function snippet(target, body, query, wanted) {
    var lower = normalise(body);
    if (lower.length !== body.length) {
      /* Normalising changed the length (rare ligatures): match case-blind only, so marks stay in place. */
      lower = body.toLowerCase();
    }
    var needles = query.split(/\s+/).map(normalise).filter(Boolean).concat(wanted)
      .sort(function (a, b) { return b.length - a.length; });
    var at = -1;
    for (var i = 0; i < needles.length && at < 0; i++) {
      at = lower.indexOf(needles[i]);
    }
    var start = Math.max(0, at - SNIPPET / 2);
    var end = Math.min(body.length, start + SNIPPET * 2);
    var part = body.slice(start, end).replace(/\s+/g, ' ');
    var partLower = lower.slice(start, end).replace(/\s+/g, ' ');
    target.textContent = '';
    if (start > 0) {
      target.appendChild(document.createTextNode('…'));
    }
    var pos = 0;
    while (pos < part.length) {
      var next = -1;
      var length = 0;
      needles.forEach(function (n) {
        var found = partLower.indexOf(n, pos);
        if (found >= 0 && (next < 0 || found < next || (found === next && n.length > length))) {
          next = found;
          length = n.length;
        }
      });
      if (next < 0) {
        appendText(target, part.slice(pos));
        break;
      }
      appendText(target, part.slice(pos, next));
      var mark = document.createElement('mark');
      mark.textContent = part.slice(next, next + length);
      target.appendChild(mark);
      pos = next + length;
    }
    if (end < body.length) {
      target.appendChild(document.createTextNode('…'));
    }
  }

  function show(manifest, query, wanted, result) {
    list.textContent = '';
    result.docs.slice(0, PAGE).forEach(function (d) {
      var doc = manifest.docs[d];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.className = 'report-link';
      link.href = base + doc[1];
      link.textContent = doc[0];
      var meta = document.createElement('p');
      meta.className = 'report-meta';
      var time = document.createElement('time');
      time.setAttribute('datetime', doc[2]);
      time.textContent = doc[3];
      var region = document.createElement('span');
      region.textContent = manifest.regions[doc[4]];
      meta.appendChild(time);
      meta.appendChild(region);
      var excerpt = document.createElement('p');
      excerpt.className = 'search-snippet';
      item.appendChild(link);
      item.appendChild(meta);
      item.appendChild(excerpt);
      list.appendChild(item);
      fetch(folder + 'text/' + d + '.txt').then(function (response) {
        return response.ok ? response.text() : '';
      }).then(function (body) {
        if (body) {
          snippet(excerpt, body, query, wanted);
        }
      }).catch(function () { /* The result stands without its snippet. */ });
    });
    status.textContent = result.partial ? text('partial', result.docs.length)
      : text('count', result.docs.length, query);
  }

  /* For tests and curious readers: the terms a query is split into. */
  window.ecositeSearchTerms = terms;

  var query = (new URLSearchParams(window.location.search).get('q') || '').trim();
  var input = document.getElementById('es-search-q');
  if (input) {
    input.value = query;
  }
  if (!query) {
    return;
  }
  var wanted = terms(query);
  if (wanted.length === 0) {
    status.textContent = text('empty');
    return;
  }
  document.title = query + ' - ' + document.title;
  status.textContent = text('loading');
  json(indexUrl).then(function (manifest) {
    var needed = wanted.map(function (t) { return shard(t, manifest.shards); })
      .filter(function (s, n, all) { return all.indexOf(s) === n; });
    return Promise.all(needed.map(function (s) { return json(folder + 'terms/' + s + '.json'); }))
      .then(function (loaded) {
        var shards = {};
        needed.forEach(function (s, n) { shards[s] = loaded[n]; });
        var result = rank(manifest, query, wanted, shards);
        if (result.docs.length === 0) {
          list.textContent = '';
          status.textContent = text('none', query);
        } else {
          show(manifest, query, wanted, result);
        }
      });
  }).catch(function () {
    status.textContent = text('failed');
  });
}());
