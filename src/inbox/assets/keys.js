// The inbox's keyboard: shortcuts on the case page and the queue (listed by "?"), and canned
// replies on "/" in the reply box. Every page works without it.
(function () {
  'use strict';

  var reply = document.getElementById('reply');
  var macroSelect = document.getElementById('macro');
  if (reply && macroSelect) setUpMacros(reply, macroSelect);
  setUpShortcuts();
  setUpSelectAll();

  /** The queue's "choose all" box: ticks or clears every case's box of the bulk form. */
  function setUpSelectAll() {
    var all = document.querySelector('[data-select-all]');
    if (!all) return;
    var boxes = document.querySelectorAll('input[type=checkbox][name=ids]');
    all.closest('label').hidden = false;
    all.addEventListener('change', function () {
      Array.prototype.forEach.call(boxes, function (box) {
        box.checked = all.checked;
      });
    });
  }

  /**
   * One key, no modifier, and never while a field has the focus: r reply, n note, a assign to me,
   * c close (focuses the button: Enter closes), j next case, / search (queue), ? this list. Escape
   * in a field leaves it, so the keys work again.
   */
  function setUpShortcuts() {
    var help = document.getElementById('shortcuts');
    var link = document.querySelector('.shortcuts-link');
    if (link) link.hidden = false;
    var opener = document.querySelector('[data-shortcuts]');
    if (opener && help) opener.addEventListener('click', toggleHelp);

    var actions = {
      r: function () {
        return focus(document.getElementById('reply'));
      },
      n: function () {
        return focus(document.getElementById('note'));
      },
      a: function () {
        var form = document.getElementById('assign-me');
        if (!form) return false;
        form.requestSubmit();
        return true;
      },
      c: function () {
        return focus(document.getElementById('close-case'));
      },
      j: function () {
        var next = document.getElementById('next-case') || document.querySelector('tbody a[href^="/inbox/cases/"]');
        if (!next) return false;
        next.click();
        return true;
      },
      '/': function () {
        return focus(document.getElementById('search'));
      },
      '?': toggleHelp,
    };

    document.addEventListener('keydown', function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (typing(event.target)) {
        if (event.key === 'Escape' && event.target.blur) event.target.blur();
        return;
      }
      if (help && help.open) return;
      var action = Object.prototype.hasOwnProperty.call(actions, event.key) ? actions[event.key] : null;
      if (action && action() !== false) event.preventDefault();
    });

    function toggleHelp() {
      if (!help) return false;
      if (help.open) help.close();
      else help.showModal();
      return true;
    }
  }

  function typing(element) {
    if (!element || !element.tagName) return false;
    var tag = element.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || element.isContentEditable;
  }

  function focus(element) {
    if (!element) return false;
    element.focus();
    if (element.scrollIntoView) element.scrollIntoView({ block: 'center' });
    return true;
  }

  /**
   * "/" typed at the start of the reply or after a space opens the list of canned replies (the
   * options of the no-script form, each with its text already filled for the case); what follows
   * filters it, arrows move, Enter or Tab inserts in place of "/…", Escape closes.
   */
  function setUpMacros(box, select) {
    var macros = Array.prototype.map.call(select.options, function (option) {
      return { title: option.textContent || '', text: option.getAttribute('data-text') || '' };
    });
    var list = document.createElement('ul');
    list.id = 'macro-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', select.labels && select.labels[0] ? select.labels[0].textContent : '');
    list.hidden = true;
    box.parentNode.appendChild(list);
    box.setAttribute('aria-autocomplete', 'list');
    box.setAttribute('aria-controls', list.id);
    box.setAttribute('aria-expanded', 'false');
    var start = -1;
    var shown = [];
    var active = 0;
    var last = null;

    function typed() {
      if (start < 0) return null;
      var caret = box.selectionStart;
      if (caret <= start || box.value.charAt(start) !== '/') return null;
      var text = box.value.slice(start + 1, caret);
      return /\n/.test(text) || text.length > 40 ? null : text;
    }
    function render() {
      var text = typed();
      if (text === null) return close();
      if (text !== last) active = 0;
      last = text;
      var words = fold(text).split(/\s+/).filter(Boolean);
      shown = macros.filter(function (macro) {
        var haystack = fold(macro.title + ' ' + macro.text);
        return words.every(function (word) {
          return haystack.indexOf(word) >= 0;
        });
      });
      list.textContent = '';
      shown.forEach(function (macro, position) {
        var item = document.createElement('li');
        item.id = 'macro-option-' + position;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', position === active ? 'true' : 'false');
        item.textContent = macro.title;
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(position);
        });
        list.appendChild(item);
      });
      list.hidden = shown.length === 0;
      box.setAttribute('aria-expanded', shown.length > 0 ? 'true' : 'false');
      if (shown.length > 0) box.setAttribute('aria-activedescendant', 'macro-option-' + active);
      else box.removeAttribute('aria-activedescendant');
    }
    function close() {
      start = -1;
      last = null;
      list.hidden = true;
      box.setAttribute('aria-expanded', 'false');
      box.removeAttribute('aria-activedescendant');
    }
    function choose(position) {
      var macro = shown[position];
      if (!macro) return;
      var caret = box.selectionStart;
      var at = start + macro.text.length;
      box.value = box.value.slice(0, start) + macro.text + box.value.slice(caret);
      close();
      box.focus();
      box.setSelectionRange(at, at);
    }
    box.addEventListener('input', function (event) {
      var caret = box.selectionStart;
      if (start < 0 && event.data === '/' && (caret === 1 || /\s/.test(box.value.charAt(caret - 2)))) {
        start = caret - 1;
      }
      if (start >= 0) render();
    });
    box.addEventListener('keydown', function (event) {
      if (list.hidden) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        active = (active + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
        event.preventDefault();
        render();
      } else if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(active);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    });
    box.addEventListener('click', render);
    box.addEventListener('blur', close);
  }

  /** Without accents or case, so "/ho so" finds "Hồ sơ". */
  function fold(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
  }
})();
