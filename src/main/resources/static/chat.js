// Anxin web chat. Plain script, no build step: it must keep working on old phones and slow networks.
// Every piece of text goes in with textContent: user and bot text may contain markup-like strings.
(function () {
  'use strict';

  var STORE_KEY = 'anxin.conversation';
  // A harmless, everyday site, so that whoever looks at the screen sees nothing about debt.
  var EXIT_URL = 'https://www.weather.com.cn/';
  var RETRIES = 3;
  var ESCAPES_TO_EXIT = 3;
  var ESCAPE_WINDOW_MS = 1500;

  var STRINGS = {
    'zh-CN': {
      title: '安心 Anxin',
      disclaimer: '不是法律意见',
      placeholder: '在这里输入…',
      inputLabel: '你的消息',
      send: '发送',
      exit: '快速离开',
      exitHint: '马上离开这个页面（也可以连按三次 Esc）',
      langGroup: '语言',
      offline: '网络好像断了，消息没有发出去。等网络好一些，再试一次就行。',
      notSent: '未发出',
      failed: '出了点小问题，请稍后再试一次。',
      retry: '再试一次',
      attach: '附件',
      attachHint: '发一张截图、一段录音或一个文件，保存到证据柜',
      codeIssued: '你的继续码：{code}\n7 天内有效。在另一台手机或电脑打开这个网页，把继续码发给我，就能接着聊。请别给别人看；再发一次“继续码”会换一个新的，旧的就不能用了。',
      codeNone: '还没有可以接着聊的内容。先聊几句，再来拿继续码。',
      resumed: '接上了，我们从你上次离开的地方接着聊。',
      resumedSame: '这就是你现在的对话，不用再接。'
    },
    // The bot's own words in traditional characters come from the server; these few are the page's.
    'zh-Hant': {
      title: '安心 Anxin',
      disclaimer: '不是法律意見',
      placeholder: '在這裡輸入…',
      inputLabel: '你的消息',
      send: '發送',
      exit: '快速離開',
      exitHint: '馬上離開這個頁面（也可以連按三次 Esc）',
      langGroup: '語言',
      offline: '網絡好像斷了，消息沒有發出去。等網絡好一些，再試一次就行。',
      notSent: '未發出',
      failed: '出了點小問題，請稍後再試一次。',
      retry: '再試一次',
      attach: '附件',
      attachHint: '發一張截圖、一段錄音或一個文件，保存到證據櫃',
      codeIssued: '你的繼續碼：{code}\n7 天內有效。在另一台手機或電腦打開這個網頁，把繼續碼發給我，就能接著聊。請別給別人看；再發一次「繼續碼」會換一個新的，舊的就不能用了。',
      codeNone: '還沒有可以接著聊的內容。先聊幾句，再來拿繼續碼。',
      resumed: '接上了，我們從你上次離開的地方接著聊。',
      resumedSame: '這就是你現在的對話，不用再接。'
    },
    en: {
      title: '安心 Anxin',
      disclaimer: 'Not legal advice',
      placeholder: 'Type here…',
      inputLabel: 'Your message',
      send: 'Send',
      exit: 'Quick exit',
      exitHint: 'Leave this page at once (or press Esc three times)',
      langGroup: 'Language',
      offline: 'The connection seems to be down, so your message was not sent. Please try again when it is back.',
      notSent: 'not sent',
      failed: 'Something went wrong on our side. Please try again in a moment.',
      retry: 'Try again',
      attach: 'Attach',
      attachHint: 'Send a screenshot, a recording or a file to keep in the evidence locker',
      codeIssued: 'Your resume code: {code}\nIt works for 7 days. Open this page on another phone or computer and send me the code to carry on there. Keep it to yourself; sending "resume code" again gives a new one and the old one stops working.',
      codeNone: 'There is nothing to carry on with yet. Chat a little first, then ask for a resume code.',
      resumed: 'Connected. We carry on from where you left.',
      resumedSame: 'This is already your conversation; nothing to connect.'
    }
  };

  var el = {};
  var locale = initialLocale();
  // A link such as a counselor's hand-off (/?start=...) is used once, then dropped from the address bar, so a
  // reload shows where the conversation waits instead of starting it again.
  var pendingStart = new URLSearchParams(window.location.search).get('start');
  var conversationId = null;
  var busy = false;
  var exiting = false;
  // Longer than this, a reply is a document (a letter): its downloads go above it.
  var LONG_TEXT = 300;
  var queue = Promise.resolve();
  // Choice groups from the latest bot turn that have not been used yet; older ones are retired.
  var activeGroups = [];
  var escapeTimes = [];
  // Where the conversation waits, as the server last said: a bare resume code is only taken as one at the start.
  var currentPosition = null;
  // Asking for a resume code, in any of the page's languages; and a code as a person may type it back.
  var CODE_WORDS = /^(继续码|繼續碼|resume code|\/code)[。.!！?？]?$/i;
  var CODE_TYPED = /^(?:(继续码|繼續碼|resume code)\s*[:：]?\s*)?([2-9a-hj-np-z]{4}([- ])?[2-9a-hj-np-z]{4})$/i;

  function OfflineError() {
    this.name = 'OfflineError';
  }

  // Chinese written in Taiwan, Hong Kong or Macau, or tagged Hant, is traditional; other Chinese is simplified.
  function normalizeLocale(tag) {
    if (!tag) return null;
    var t = String(tag).toLowerCase().replace(/_/g, '-');
    if (/^zh-(.*-)?(hant|tw|hk|mo)(-|$)/.test(t)) return 'zh-Hant';
    if (t === 'zh' || t.indexOf('zh-') === 0) return 'zh-CN';
    if (t.indexOf('en') === 0) return 'en';
    return null;
  }

  function initialLocale() {
    var fromUrl = null;
    try {
      fromUrl = normalizeLocale(new URLSearchParams(window.location.search).get('lang'));
    } catch (e) { /* very old browser: fall through to the browser language */ }
    if (fromUrl) return fromUrl;
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    // Chinese is the default audience; only an explicit English or traditional Chinese preference switches.
    return normalizeLocale(langs[0]) || 'zh-CN';
  }

  function t(key) {
    return STRINGS[locale][key];
  }

  // localStorage can be missing or throw (private mode, blocked storage); the chat must still work.
  function loadId() {
    try { return window.localStorage.getItem(STORE_KEY); } catch (e) { return null; }
  }

  function saveId(id) {
    try { window.localStorage.setItem(STORE_KEY, id); } catch (e) { /* memory only */ }
  }

  function forgetId() {
    conversationId = null;
    try { window.localStorage.removeItem(STORE_KEY); } catch (e) { /* nothing stored */ }
  }

  // crypto.randomUUID exists only in secure contexts; getRandomValues works everywhere.
  function newMessageId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    var b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = [];
    for (var i = 0; i < 16; i++) h.push((b[i] + 0x100).toString(16).slice(1));
    return h.slice(0, 4).join('') + '-' + h.slice(4, 6).join('') + '-' + h.slice(6, 8).join('') + '-'
      + h.slice(8, 10).join('') + '-' + h.slice(10).join('');
  }

  function apiUrl(path) {
    // Relative to the page, so the app also works behind a path prefix.
    return new URL('api/web/conversations' + path, document.baseURI).toString();
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  // Repeating the same body is safe: the server handles a repeated messageId once and answers the same.
  async function post(path, body) {
    var payload = JSON.stringify(body);
    for (var attempt = 0; ; attempt++) {
      var res = null;
      try {
        res = await fetch(apiUrl(path), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
          body: payload,
          cache: 'no-store',
          credentials: 'same-origin'
        });
      } catch (e) {
        res = null;
      }
      var transient = res === null || res.status === 502 || res.status === 503 || res.status === 504;
      if (!transient) return res;
      if (attempt >= RETRIES || exiting) {
        if (res) return res;
        throw new OfflineError();
      }
      await sleep(400 * Math.pow(2, attempt));
    }
  }

  async function readJson(res) {
    try { return await res.json(); } catch (e) { return null; }
  }

  function errorText(data) {
    return data && typeof data.error === 'string' && data.error.trim() ? data.error : t('failed');
  }

  // ---- rendering ----

  function scrollToEnd(firstNew) {
    var chat = el.chat;
    // A long turn should be read from its beginning, not from its last line.
    if (firstNew && el.messages.lastElementChild) {
      var span = el.messages.lastElementChild.getBoundingClientRect().bottom - firstNew.getBoundingClientRect().top;
      if (span > chat.clientHeight) {
        chat.scrollTop += firstNew.getBoundingClientRect().top - chat.getBoundingClientRect().top - 8;
        return;
      }
    }
    chat.scrollTop = chat.scrollHeight;
  }

  function addBubble(who, text, extraClass) {
    var div = document.createElement('div');
    div.className = 'bubble ' + who + (extraClass ? ' ' + extraClass : '');
    if (who === 'bot') {
      appendWithPhoneLinks(div, text == null ? '' : String(text));
    } else {
      div.textContent = text == null ? '' : String(text);
    }
    el.messages.appendChild(div);
    return div;
  }

  // Hotlines and service numbers the bot gives become tap-to-call links that never break inside the number. Only
  // these shapes: the short public lines, and numbers written with dashes (010-82951332, 400-161-9995); an amount
  // or a date is left as it is. Text stays text: only nodes are made, no HTML is parsed.
  var PHONE = /(^|[^\d.,\-])(110|119|120|122|12315|12321|12348|12356|12363|12368|12378|\d{3,4}-\d{3,4}-\d{4}|0\d{2,3}-\d{7,8})(?![\d.,%\-])/g;

  function appendWithPhoneLinks(node, text) {
    var last = 0;
    var match;
    PHONE.lastIndex = 0;
    while ((match = PHONE.exec(text)) !== null) {
      var start = match.index + match[1].length;
      node.appendChild(document.createTextNode(text.substring(last, start)));
      var a = document.createElement('a');
      a.className = 'tel';
      a.href = 'tel:' + match[2].replace(/-/g, '');
      a.textContent = match[2];
      node.appendChild(a);
      last = start + match[2].length;
    }
    node.appendChild(document.createTextNode(text.substring(last)));
  }

  function retireChoices() {
    activeGroups.forEach(function (group) {
      group.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
    });
    activeGroups = [];
  }

  function setGroupEnabled(group, enabled) {
    group.querySelectorAll('button').forEach(function (b) { b.disabled = !enabled; });
  }

  function addChoices(choices, onPick) {
    var group = document.createElement('div');
    group.className = 'choices';
    group.setAttribute('role', 'group');
    choices.forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label == null ? '' : String(choice.label);
      // Urgent help stands apart from every other choice; the way back to the menu sits apart from the way forward.
      if (choice.role === 'urgent' || choice.role === 'menu') button.className = 'role-' + choice.role;
      button.disabled = busy;
      button.addEventListener('click', function () {
        if (busy || exiting || button.disabled) return;
        onPick(choice, button, group);
      });
      if (choice.role === 'menu') {
        var lineBreak = document.createElement('span');
        lineBreak.className = 'choices-break';
        group.appendChild(lineBreak);
      }
      group.appendChild(button);
    });
    el.messages.appendChild(group);
    activeGroups.push(group);
    return group;
  }

  // Downloads (a letter's PDF or DOCX, the user's data) come from this site only; anything else is not shown.
  function addLinks(links) {
    var box = document.createElement('div');
    box.className = 'links';
    links.forEach(function (link) {
      if (typeof link.url !== 'string' || !/^\/files\/[A-Za-z0-9_-]+\.[a-z0-9]+$/.test(link.url)) return;
      var a = document.createElement('a');
      // Relative to the page, so the app also works behind a path prefix.
      a.href = new URL(link.url.substring(1), document.baseURI).toString();
      a.textContent = link.label == null ? '' : String(link.label);
      a.setAttribute('download', '');
      a.rel = 'noopener';
      box.appendChild(a);
    });
    el.messages.appendChild(box);
  }

  function showTurn(turn) {
    retireChoices();
    if (typeof turn.position === 'string') currentPosition = turn.position;
    // After "delete my data" nothing of the conversation stays on the screen.
    if (turn.position === 'erase:done') clear(el.messages);
    // Files are kept only in the evidence locker, so the attach button shows only there.
    if (typeof turn.position === 'string') el.attach.hidden = turn.position.indexOf('evidence:') !== 0;
    var serverLocale = normalizeLocale(turn.locale);
    if (serverLocale && serverLocale !== locale) {
      locale = serverLocale;
      applyStrings();
    }
    var first = null;
    (turn.replies || []).forEach(function (reply) {
      // A letter's downloads come before its text, so a phone shows them without scrolling past the whole letter;
      // a short sentence that offers a file comes before its link.
      var hasLinks = reply.links && reply.links.length;
      var linksFirst = hasLinks && String(reply.text == null ? '' : reply.text).length > LONG_TEXT;
      if (linksFirst) addLinks(reply.links);
      var bubble = addBubble('bot', reply.text);
      if (hasLinks && !linksFirst) addLinks(reply.links);
      if (!first) first = bubble;
      if (typeof reply.image === 'string' && /^\/files\/[A-Za-z0-9_-]+\.png$/.test(reply.image)) {
        var img = document.createElement('img');
        img.className = 'picture';
        img.alt = reply.text || '';
        img.src = new URL(reply.image.substring(1), document.baseURI).toString();
        img.tabIndex = 0;
        img.setAttribute('role', 'button');
        img.addEventListener('click', function () { enlarge(img); });
        img.addEventListener('keydown', function (event) {
          if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); enlarge(img); }
        });
        el.messages.appendChild(img);
      }
      if (reply.choices && reply.choices.length) {
        addChoices(reply.choices, function (choice, button, group) {
          pickChoice(turn.position, choice, button, group);
        });
      }
    });
    scrollToEnd(first);
  }

  // A chart is drawn for a phone's width; tapped, it fills the screen at its own size, and any tap closes it.
  function enlarge(img) {
    if (exiting) return;
    var overlay = document.createElement('div');
    overlay.className = 'enlarged';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', img.alt);
    var big = document.createElement('img');
    big.src = img.src;
    big.alt = img.alt;
    overlay.appendChild(big);
    function close() {
      if (overlay.parentNode) overlay.parentNode.removeChild(overlay);
      document.removeEventListener('keydown', onKey, true);
      img.focus();
    }
    function onKey(event) {
      if (event.key === 'Escape' || event.key === 'Enter') close();
    }
    overlay.addEventListener('click', close);
    document.addEventListener('keydown', onKey, true);
    document.body.appendChild(overlay);
    overlay.tabIndex = -1;
    overlay.focus();
  }

  function showBotNote(text, extraClass) {
    var bubble = addBubble('bot', text, extraClass);
    scrollToEnd(bubble);
    return bubble;
  }

  function markNotSent(bubble) {
    bubble.classList.add('failed');
    var note = document.createElement('span');
    note.className = 'note';
    note.textContent = t('notSent');
    bubble.appendChild(note);
  }

  function setBusy(value) {
    busy = value;
    el.send.disabled = value;
    el.typing.hidden = !value;
    // Buttons of the current question wait too, so a second press cannot race the first.
    activeGroups.forEach(function (group) { setGroupEnabled(group, !value); });
    if (value) el.chat.scrollTop = el.chat.scrollHeight;
  }

  // ---- conversation ----

  // One request at a time, in order: the server sees the user's inputs as they were made.
  function enqueue(task) {
    var run = queue.then(async function () {
      if (exiting) return;
      setBusy(true);
      try {
        await task();
      } finally {
        if (!exiting) setBusy(false);
      }
    });
    queue = run.catch(function () { /* already shown to the user */ });
    return run;
  }

  async function createConversation() {
    var res = await post('', { locale: locale });
    var data = await readJson(res);
    if (!res.ok || !data || !data.id) {
      showBotNote(errorText(data), 'error');
      return false;
    }
    conversationId = String(data.id);
    saveId(conversationId);
    return true;
  }

  // Starts a conversation, or re-shows where a stored one waits. Answers true once the bot has spoken.
  async function openConversation() {
    if (!conversationId) conversationId = loadId();
    for (var tries = 0; tries < 2; tries++) {
      if (!conversationId && !(await createConversation())) return false;
      var res = await post('/' + encodeURIComponent(conversationId) + '/open',
        pendingStart ? { locale: locale, start: pendingStart } : { locale: locale });
      if (res.status === 404 || (res.status === 400 && tries === 0)) {
        // Unknown here, or a stored id the server no longer accepts: start again quietly.
        forgetId();
        continue;
      }
      var data = await readJson(res);
      if (res.ok && data && Array.isArray(data.replies)) {
        if (pendingStart) forgetStart();
        showTurn(data);
        return true;
      }
      showBotNote(errorText(data), 'error');
      return false;
    }
    showBotNote(t('failed'), 'error');
    return false;
  }

  function forgetStart() {
    pendingStart = null;
    try {
      var url = new URL(window.location.href);
      url.searchParams.delete('start');
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    } catch (e) { /* an old browser keeps the address; the server counts the link once anyway */ }
  }

  function offerRetryOpen() {
    showBotNote(t('offline'), 'error');
    var group = addChoices([{ label: t('retry') }], function (choice, button, g) {
      setGroupEnabled(g, false);
      activeGroups = activeGroups.filter(function (x) { return x !== g; });
      start();
    });
    scrollToEnd(group);
  }

  function start() {
    return enqueue(async function () {
      try {
        await openConversation();
      } catch (e) {
        if (!(e instanceof OfflineError)) throw e;
        offerRetryOpen();
      }
    });
  }

  // Answers 'ok' when the bot answered, 'refused' when the server said no, 'offline' when nothing got through.
  async function deliver(body) {
    try {
      if (!conversationId && !(await openConversation())) return 'refused';
      var res = await post('/' + encodeURIComponent(conversationId) + '/messages', body);
      var data = await readJson(res);
      if (res.ok && data && Array.isArray(data.replies)) {
        showTurn(data);
        return 'ok';
      }
      showBotNote(errorText(data), 'error');
      if (res.status === 404) {
        // The conversation is gone; without a new one every later message would fail the same way.
        forgetId();
        await openConversation();
      }
      return 'refused';
    } catch (e) {
      if (!(e instanceof OfflineError)) throw e;
      showBotNote(t('offline'), 'error');
      return 'offline';
    }
  }

  function pickChoice(position, choice, button, group) {
    setGroupEnabled(group, false);
    button.classList.add('picked');
    activeGroups = activeGroups.filter(function (g) { return g !== group; });
    var bubble = addBubble('user', choice.label);
    scrollToEnd(bubble);
    var body = { messageId: newMessageId(), choice: { position: position, key: String(choice.key) } };
    enqueue(async function () {
      var outcome = await deliver(body);
      if (outcome === 'offline') markNotSent(bubble);
      // Let the user press again if nothing newer replaced this question.
      if (outcome !== 'ok' && group.isConnected && activeGroups.length === 0) {
        button.classList.remove('picked');
        activeGroups.push(group);
      }
    });
  }

  // A resume code is the page's own business: it is asked for and used here, and never sent as a message.
  async function issueCode() {
    if (!conversationId) {
      showBotNote(t('codeNone'));
      return;
    }
    var res = await post('/' + encodeURIComponent(conversationId) + '/resume-code', {});
    var data = await readJson(res);
    if (res.ok && data && typeof data.code === 'string') {
      showBotNote(t('codeIssued').replace('{code}', data.code), 'resume-code');
    } else if (res.status === 404) {
      showBotNote(t('codeNone'));
    } else {
      showBotNote(errorText(data), 'error');
    }
  }

  // Answers true when the code was taken (or refused with a note); false when the text is better sent as a message.
  async function useCode(code, explicit) {
    var res = await post('/resume', { code: code });
    var data = await readJson(res);
    if (res.ok && data && typeof data.id === 'string') {
      if (data.id === conversationId) {
        showBotNote(t('resumedSame'));
        return true;
      }
      conversationId = data.id;
      saveId(conversationId);
      clear(el.messages);
      if (await openConversation()) showBotNote(t('resumed'));
      return true;
    }
    // A bare code-shaped text in the middle of a conversation may be anything (a contract number): send it instead.
    if (res.status === 404 && !explicit && !atStart()) return false;
    showBotNote(errorText(data), 'error');
    return true;
  }

  function atStart() {
    return !currentPosition || /^(consent|start):/.test(currentPosition);
  }

  function sendTyped() {
    if (busy || exiting) return;
    var text = el.input.value.trim();
    if (!text) return;
    el.input.value = '';
    autosize();
    var bubble = addBubble('user', text);
    scrollToEnd(bubble);
    var body = { messageId: newMessageId(), text: text };
    var typedCode = CODE_TYPED.exec(text);
    enqueue(async function () {
      try {
        if (CODE_WORDS.test(text)) {
          await issueCode();
          return;
        }
        if (typedCode && (typedCode[1] || typedCode[3]) && await useCode(typedCode[2], !!typedCode[1])) return;
      } catch (e) {
        if (!(e instanceof OfflineError)) throw e;
        markNotSent(bubble);
        showBotNote(t('offline'), 'error');
        return;
      }
      var outcome = await deliver(body);
      if (outcome === 'offline') {
        markNotSent(bubble);
        // Give the words back so they need not be typed again.
        if (!el.input.value) {
          el.input.value = text;
          autosize();
        }
      }
    });
  }

  // A file for the evidence locker, as multipart; the server answers like a message.
  function sendFile() {
    var file = el.file.files && el.file.files[0];
    el.file.value = '';
    if (!file || busy || exiting) return;
    var bubble = addBubble('user', '📎 ' + file.name);
    scrollToEnd(bubble);
    var messageId = newMessageId();
    enqueue(async function () {
      var form = new FormData();
      form.append('file', file, file.name);
      form.append('messageId', messageId);
      var res = null;
      try {
        res = await fetch(apiUrl('/' + encodeURIComponent(conversationId) + '/files'), {
          method: 'POST', body: form, cache: 'no-store', credentials: 'same-origin',
          headers: { 'Accept': 'application/json' }
        });
      } catch (e) {
        markNotSent(bubble);
        showBotNote(t('offline'), 'error');
        return;
      }
      var data = await readJson(res);
      if (res.ok && data && Array.isArray(data.replies)) {
        showTurn(data);
      } else {
        showBotNote(errorText(data), 'error');
      }
    });
  }

  function switchLanguage(next) {
    if (exiting || next === locale) return;
    locale = next;
    applyStrings();
    enqueue(async function () {
      if (!conversationId) {
        // Nothing has started yet; opening in the new language is enough.
        try { await openConversation(); } catch (e) { if (e instanceof OfflineError) offerRetryOpen(); else throw e; }
        return;
      }
      // A command, not something the user said, so no user bubble.
      await deliver({ messageId: newMessageId(), text: '/lang ' + next });
    });
  }

  // ---- page chrome ----

  function applyStrings() {
    document.documentElement.lang = locale;
    document.title = t('title');
    el.title.textContent = t('title');
    el.disclaimer.textContent = t('disclaimer');
    el.input.placeholder = t('placeholder');
    el.inputLabel.textContent = t('inputLabel');
    el.send.textContent = t('send');
    el.attach.textContent = t('attach');
    el.attach.title = t('attachHint');
    el.attach.setAttribute('aria-label', t('attachHint'));
    el.exit.textContent = t('exit');
    el.exit.title = t('exitHint');
    el.langGroup.setAttribute('aria-label', t('langGroup'));
    el.langZh.setAttribute('aria-pressed', String(locale === 'zh-CN'));
    el.langHant.setAttribute('aria-pressed', String(locale === 'zh-Hant'));
    el.langEn.setAttribute('aria-pressed', String(locale === 'en'));
  }

  // Grows with the text up to the CSS max-height, then scrolls; borders count because of border-box.
  function autosize() {
    var input = el.input;
    input.style.height = 'auto';
    var borders = input.offsetHeight - input.clientHeight;
    input.style.height = (input.scrollHeight + borders) + 'px';
    input.style.overflowY = input.scrollHeight + borders > input.offsetHeight ? 'auto' : 'hidden';
  }

  // Someone may be looking over the user's shoulder: leave first, tidy up nothing that could be slow. The
  // conversation itself is kept: opened again on this device, the page shows only the step the user left, so the
  // evidence locker and the letters are not lost to a moment of fear.
  function quickExit() {
    exiting = true;
    if (el.messages) clear(el.messages);
    if (el.input) el.input.value = '';
    document.title = '';
    clear(document.body);
    window.location.replace(EXIT_URL);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function onKeyDown(event) {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    escapeTimes = escapeTimes.filter(function (time) { return now - time < ESCAPE_WINDOW_MS; });
    escapeTimes.push(now);
    if (escapeTimes.length >= ESCAPES_TO_EXIT) quickExit();
  }

  function init() {
    el.chat = document.getElementById('chat');
    el.messages = document.getElementById('messages');
    el.typing = document.getElementById('typing');
    el.input = document.getElementById('input');
    el.inputLabel = document.getElementById('input-label');
    el.send = document.getElementById('send');
    el.attach = document.getElementById('attach');
    el.file = document.getElementById('file');
    el.form = document.getElementById('composer');
    el.exit = document.getElementById('quick-exit');
    el.title = document.getElementById('title');
    el.disclaimer = document.getElementById('disclaimer');
    el.langZh = document.getElementById('lang-zh');
    el.langHant = document.getElementById('lang-hant');
    el.langEn = document.getElementById('lang-en');
    el.langGroup = el.langZh.parentElement;

    applyStrings();

    el.exit.addEventListener('click', quickExit);
    document.addEventListener('keydown', onKeyDown, true);
    el.langZh.addEventListener('click', function () { switchLanguage('zh-CN'); });
    el.langHant.addEventListener('click', function () { switchLanguage('zh-Hant'); });
    el.langEn.addEventListener('click', function () { switchLanguage('en'); });

    el.form.addEventListener('submit', function (event) {
      event.preventDefault();
      sendTyped();
    });
    el.input.addEventListener('input', autosize);
    el.attach.addEventListener('click', function () { if (!busy) el.file.click(); });
    el.file.addEventListener('change', sendFile);
    el.input.addEventListener('keydown', function (event) {
      // While an input method is composing (pinyin), Enter picks characters and must not send.
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
      event.preventDefault();
      sendTyped();
    });

    start();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
