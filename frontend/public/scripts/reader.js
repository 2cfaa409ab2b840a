/*
 * Sala's reader script (see org.sala.base.ui.ReaderScript).
 *
 * A cached reader page is plain HTML: no Vaadin UI exists for it on the server. When the reader
 * starts to write (focuses a field of a form, presses "Reply" or "Show more comments"), this
 * script starts Vaadin's client for the same address. The live page is built from the same markup
 * into the hidden #outlet; once its form is live, what was typed is copied over, the live page
 * takes the cached one's place at the same scroll position and the field keeps the focus.
 *
 * In a live page, a form is markup until first used: focusing it asks the server to make it live
 * (the "sala-activate" event) and the same copying keeps what was typed meanwhile.
 */
(function () {
  'use strict';

  var ACTIVATE = 'sala-activate';
  var START_TIMEOUT_MS = 20000;
  var script = document.currentScript;
  var entries = script && script.dataset.flowEntry ? script.dataset.flowEntry.split(' ') : [];
  var development = script && script.dataset.flowDevelopment === 'true';
  var failedMessage = script && script.dataset.startFailed;

  var cachedPage = null; // #reader-page while the live page is not there yet
  var starting = null; // what the reader did on the cached page: { island, field, click, anchor, submit }
  var activating = []; // islands of a live page asked to become live: { island, form, field, submit }
  var startAnswerReleased = false;

  document.documentElement.classList.add('has-script');

  function ready(callback) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', callback);
    } else {
      callback();
    }
  }

  ready(function () {
    cachedPage = document.getElementById('reader-page');
    if (cachedPage) {
      cachedPage.querySelectorAll('[data-island] fieldset[disabled]').forEach(function (fieldset) {
        fieldset.disabled = false;
      });
    }
    document.addEventListener('focusin', onFocus, true);
    document.addEventListener('click', onClick, true);
    document.addEventListener('submit', onSubmit, true);
    new MutationObserver(onChange).observe(document.body, {
      childList: true, subtree: true, attributes: true, attributeFilter: ['data-live']
    });
  });

  function islandOf(element) {
    var island = element && element.closest ? element.closest('[data-island]') : null;
    return island && !island.hasAttribute('data-live') ? island : null;
  }

  function inCachedPage(element) {
    return cachedPage !== null && cachedPage.contains(element);
  }

  function onFocus(event) {
    var island = islandOf(event.target);
    if (!island) {
      return;
    }
    if (inCachedPage(island)) {
      start({ island: island.dataset.island, field: event.target.name, anchor: fieldSelector(island, event.target) });
    } else {
      activate(island, event.target.name, false);
    }
  }

  function onClick(event) {
    if (!cachedPage || !inCachedPage(event.target)) {
      return;
    }
    var reply = event.target.closest('[data-reply]');
    var more = event.target.closest('.comments-load-more');
    if (reply) {
      event.preventDefault();
      var selector = '[data-reply="' + reply.dataset.reply + '"]';
      start({ island: 'comment-form', field: 'body', click: selector, anchor: '#comment-' + reply.dataset.reply });
    } else if (more) {
      event.preventDefault();
      start({ click: '.comments-load-more', anchor: '.comments-load-more' });
    }
  }

  function onSubmit(event) {
    var island = islandOf(event.target);
    if (!island) {
      return;
    }
    event.preventDefault();
    var field = document.activeElement && island.contains(document.activeElement) ? document.activeElement.name : null;
    if (inCachedPage(island)) {
      start({ island: island.dataset.island, field: field, submit: true, anchor: fieldSelector(island, document.activeElement) });
    } else {
      activate(island, field, true);
    }
  }

  function fieldSelector(island, field) {
    var base = '[data-island="' + island.dataset.island + '"]';
    return field && field.name ? base + ' [name="' + field.name + '"]' : base;
  }

  /* The cached page: start Vaadin's client for this address. */
  function start(action) {
    if (starting) {
      starting.submit = starting.submit || action.submit;
      return;
    }
    if (entries.length === 0) {
      return;
    }
    starting = action;
    window.Vaadin = window.Vaadin || {};
    if (development) {
      window.Vaadin.developmentMode = true;
      window.Vaadin.devToolsPlugins = { push: function () {} };
    }
    window.JSCompiler_renameProperty = function (name) { return name; };
    entries.forEach(function (entry) {
      var module = document.createElement('script');
      module.type = 'module';
      module.src = entry;
      document.head.appendChild(module);
    });
    setTimeout(function () {
      if (cachedPage && starting === action) {
        say(action, failedMessage);
      }
    }, START_TIMEOUT_MS);
  }

  function say(action, message) {
    var island = action.island && cachedPage.querySelector('[data-island="' + action.island + '"]');
    var status = island && island.querySelector('.form-status');
    if (status && message) {
      status.textContent = message;
      status.hidden = false;
    }
  }

  function onChange() {
    if (cachedPage && starting) {
      continueStart();
    } else if (!cachedPage && !startAnswerReleased && document.querySelector('#outlet main > *')) {
      // a live page (staff, a reader whose comment waits): its view is there
      setTimeout(releaseStartAnswer, 0);
    }
    activating = activating.filter(function (pending) {
      if (!pending.island.hasAttribute('data-live')) {
        return true;
      }
      var live = pending.island.querySelector('form');
      carryOver(pending.form, live, pending.field);
      if (pending.submit && live.requestSubmit) {
        live.requestSubmit();
      }
      return false;
    });
  }

  function continueStart() {
    var outlet = document.getElementById('outlet');
    var view = outlet && outlet.querySelector('main > *');
    if (!view) {
      return;
    }
    var action = starting;
    if (!action.asked) {
      action.asked = true;
      var target = action.click ? outlet.querySelector(action.click) : null;
      if (target) {
        target.click();
      } else if (action.island) {
        var island = outlet.querySelector('[data-island="' + action.island + '"]');
        if (island && !island.hasAttribute('data-live')) {
          island.dispatchEvent(new CustomEvent(ACTIVATE));
        }
      }
    }
    if (action.island) {
      var live = outlet.querySelector('[data-island="' + action.island + '"][data-live] form');
      if (!live) {
        return;
      }
    }
    swap(action, outlet);
  }

  /* The live page takes the cached one's place, with what was typed, where the reader was. */
  function swap(action, outlet) {
    var old = action.island ? cachedPage.querySelector('[data-island="' + action.island + '"] form') : null;
    var live = action.island ? outlet.querySelector('[data-island="' + action.island + '"][data-live] form') : null;
    var focused = old && old.contains(document.activeElement) ? document.activeElement.name : action.field;
    var oldAnchor = action.anchor ? cachedPage.querySelector(action.anchor) : null;
    var top = oldAnchor ? oldAnchor.getBoundingClientRect().top : null;
    var x = window.scrollX;
    var y = window.scrollY;
    if (old && live) {
      copyValues(old, live);
    }
    var selection = selectionOf(old, focused);
    outlet.hidden = false;
    cachedPage.remove();
    cachedPage = null;
    starting = null;
    window.scrollTo(x, y);
    var newAnchor = action.anchor ? outlet.querySelector(action.anchor) : null;
    if (newAnchor && top !== null) {
      window.scrollBy(0, newAnchor.getBoundingClientRect().top - top);
    }
    if (live) {
      focus(live, focused, selection);
      if (action.submit && live.requestSubmit) {
        startAnswerReleased = true; // the submit's own answer takes the start's place
        live.requestSubmit();
        return;
      }
    }
    releaseStartAnswer();
  }

  /*
   * Vaadin keeps each UI's last answer in case the client sends its message again; the start's
   * answers carry the whole page. One tiny round trip (the client's poll) puts a small one there.
   */
  function releaseStartAnswer() {
    if (startAnswerReleased) {
      return;
    }
    startAnswerReleased = true;
    var clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
    Object.keys(clients).forEach(function (id) {
      if (clients[id] && typeof clients[id].poll === 'function') {
        clients[id].poll();
      }
    });
  }

  /* A live page: ask the server to make the form live. */
  function activate(island, field, submit) {
    for (var i = 0; i < activating.length; i++) {
      if (activating[i].island === island) {
        activating[i].submit = activating[i].submit || submit;
        return;
      }
    }
    activating.push({ island: island, form: island.querySelector('form'), field: field, submit: submit });
    island.dispatchEvent(new CustomEvent(ACTIVATE));
  }

  function carryOver(old, live, field) {
    if (!old || !live || old === live) {
      return;
    }
    copyValues(old, live);
    var focused = old.contains(document.activeElement) ? document.activeElement.name : field;
    if (document.activeElement === document.body || document.activeElement === null || !live.contains(document.activeElement)) {
      focus(live, focused, selectionOf(old, focused));
    }
  }

  function copyValues(from, to) {
    Array.prototype.forEach.call(from.elements, function (control) {
      if (!control.name) {
        return;
      }
      var target = to.elements.namedItem(control.name);
      if (!target) {
        return;
      }
      if (control.type === 'checkbox') {
        target.checked = control.checked;
      } else if (control.value !== '' || target.value === '') {
        target.value = control.value;
      }
    });
  }

  function selectionOf(form, name) {
    var control = form && name ? form.elements.namedItem(name) : null;
    try {
      return control ? { start: control.selectionStart, end: control.selectionEnd } : null;
    } catch (notATextField) {
      return null;
    }
  }

  function focus(form, name, selection) {
    var control = name ? form.elements.namedItem(name) : null;
    if (!control || !control.focus) {
      return;
    }
    control.focus({ preventScroll: true });
    if (selection && selection.start !== null && control.setSelectionRange) {
      try {
        control.setSelectionRange(selection.start, selection.end);
      } catch (notATextField) {
        // email fields have no selection
      }
    }
  }
})();
