/*! NHS signposting chat widget. Plain JavaScript, no dependencies.
 * Embed with one tag:
 *   <script src="https://WEB-HOST/widget.js" data-bot-url="https://BOT-HOST:5005"></script>
 * Options (data- attributes on that tag):
 *   data-bot-url     base URL of the Rasa server (REST channel) - required
 *   data-mode        "launcher" (default: a button that opens a chat panel) or "inline"
 *   data-container   id of the element to fill when data-mode="inline"
 *   data-title       panel title (default "NHS help chat")
 *   data-timeout-ms  how long to wait for the bot (default 20000)
 * data-mode="cards" draws no chat: it offers the cards to another client as window.NHSBotCards
 * (the Rasa web client demo, webchat-demo.js); the page links widget.css itself.
 * The bot answers only pages whose origin is in its allow-list (BOT_ALLOWED_ORIGINS, see
 * docs/web.md); from any other site the widget says "Sorry, I can't connect".
 * Safety: bot and patient text is only ever inserted as text nodes, never as HTML;
 * links from the bot are used only when they are http(s).
 */
(function () {
  'use strict';

  var script = document.currentScript ||
    (function () { var s = document.querySelectorAll('script[data-bot-url]'); return s[s.length - 1]; })();
  if (!script || window.__nhsbotWidget) { return; }
  window.__nhsbotWidget = true;

  var opts = script.dataset || {};
  var BOT_URL = String(opts.botUrl || '').replace(/\/+$/, '');
  var INLINE = opts.mode === 'inline';
  var TITLE = opts.title || 'NHS help chat';
  var TIMEOUT_MS = parseInt(opts.timeoutMs, 10) || 20000;
  var FALLBACK = "Sorry, I can't connect right now. If someone's life is at risk call 999. " +
    'Otherwise call 111 or go to 111.nhs.uk.';
  var INTRO = 'Hello. I can help you find the right NHS service. Tell me about the main symptom ' +
    "or problem, for example \"I've got a sore throat\".";
  var DEFAULT_SAFETY = "If symptoms get worse or you're worried, call 111. " +
    "If someone's life is at risk, call 999.";
  // Default advice per disposition code (the triage contract's table), and its level.
  var DISPOSITIONS = {
    call_999: ['Call 999 now', 5],
    emergency_department: ['Go to A&E now', 4],
    urgent_treatment_centre: ['Go to an urgent treatment centre or minor injuries unit today', 3],
    nhs_111: ['Call 111 (or use 111 online) now for an urgent clinical assessment', 3],
    mental_health_crisis: ['Call 111 and choose option 2 (24/7 mental health crisis line)', 3],
    gp_urgent: ['Contact your GP practice today (111 when it is closed)', 3],
    emergency_dental: ['Call your dentist today, or 111 if you have none or it is closed', 3],
    midwife: ['Contact your midwife or maternity unit today', 3],
    optometrist: ['See a community optometrist in the minor eye conditions service (PEARS/MECS)', 2],
    gp_routine: ['Book an appointment with your GP practice', 2],
    dentist: ['Book an appointment with a dentist', 2],
    sexual_health: ['Contact a sexual health clinic', 2],
    community_service: ['Refer yourself to, or ask your GP for, a community health service ' +
      '(e.g. podiatry, continence, physiotherapy)', 1],
    talking_therapies: ['Refer yourself to NHS Talking Therapies', 1],
    pharmacy: ['Speak to a community pharmacist (incl. Pharmacy First)', 1],
    self_care: ['Look after yourself at home, with clear advice on when to seek help', 0]
  };
  // The urgency label: a word for the level and, after it, when to act. The time comes from the
  // disposition where its advice says it ("now", "today"), otherwise from the level
  // (docs/web.md, "Urgency labels").
  var LEVEL_WORDS = ['Self-care', 'Not urgent', 'Soon', 'Urgent', 'Emergency', 'Emergency'];
  var LEVEL_TIMES = ['at home', 'when you can', 'within 3 days', 'today', 'now', 'now'];
  var TIMES = {
    call_999: 'now', emergency_department: 'now', nhs_111: 'now', mental_health_crisis: 'now',
    urgent_treatment_centre: 'today', gp_urgent: 'today', emergency_dental: 'today', midwife: 'today'
  };
  // Tap-to-call buttons at the top of the card, by disposition: [href, text, style].
  var ACTIONS = {
    call_999: [['tel:999', 'Call 999 now', 'urgent']],
    nhs_111: [['tel:111', 'Call 111 now', 'primary'], ['https://111.nhs.uk/', 'Use 111 online', 'plain']],
    mental_health_crisis: [['tel:111', 'Call 111, option 2', 'primary']]
  };
  // Numbers the safety advice may name, each made a button: [pattern, href, text, style].
  var NUMBERS = [
    [/\b999\b/, 'tel:999', 'Call 999', 'urgent'],
    [/\b111\b(?!\.[a-z])/i, 'tel:111', 'Call 111', 'primary'],
    [/\b116 ?123\b/, 'tel:116123', 'Call Samaritans: 116 123', 'plain'],
    [/\b85258\b/, 'sms:85258?body=SHOUT', 'Text SHOUT to 85258', 'plain']
  ];
  // The same numbers inside a sentence become links: "call 999", "call 111", "116 123", "85258".
  var PHONE_IN_TEXT = /((?:\bcall|\bring)\s+(?:999|111)\b(?!\.[a-z])|\b116 123\b|\b85258\b)/i;
  // A service's kind, as a title when it has no name and as a heading for a list of one kind.
  var KINDS = {
    emergency_department: ['A&E', 'A&E departments'],
    urgent_treatment_centre: ['Urgent treatment centre', 'Urgent treatment centres'],
    gp_practice: ['GP practice', 'GP practices'],
    pharmacy: ['Pharmacy', 'Pharmacies'],
    dentist: ['Dental practice', 'Dental practices'],
    optometrist: ['Optician (optometrist)', 'Opticians (optometrists)'],
    mental_health_crisis: ['Mental health crisis line', 'Mental health crisis lines'],
    talking_therapies: ['NHS Talking Therapies', 'NHS Talking Therapies services'],
    sexual_health: ['Sexual health clinic', 'Sexual health clinics'],
    maternity: ['Maternity unit', 'Maternity units'],
    community_service: ['Community health service', 'Community health services'],
    nhs_111: ['NHS 111', 'NHS 111']
  };
  var SERVICE_SEARCH = 'https://www.nhs.uk/service-search/';
  // Plain words for the jargon the bot's advice uses.
  var PLAIN = [
    [/\s*\(incl\.? Pharmacy First\)/gi, ''],
    [/\bincl\.\s/gi, 'including '],
    [/\s*\((?:PEARS|MECS)(?:\s*\/\s*(?:PEARS|MECS))?\)/g, ''],
    [/^Based on:\s*/i, 'From what you told me: ']
  ];
  // Schemes named in the advice, each explained in a small "what is this?" line.
  var SCHEMES = [
    [/Pharmacy First/i, 'pharmacy', 'What is Pharmacy First?',
      'An NHS service: a pharmacist can check some common problems, such as a sore throat or ' +
      'earache, and give treatment, including some prescription medicines, without a GP appointment.'],
    [/PEARS|MECS|minor eye conditions/i, 'optometrist', 'What is the minor eye conditions service?',
      'An NHS service at some high-street opticians for eye problems such as red, sore or gritty ' +
      'eyes, or something in the eye. In some areas it is called PEARS or MECS: ask when you call.']
  ];
  var MAX_ENTRIES = 200;
  if (opts.mode === 'cards') { exposeCards(); return; }

  // ---- storage (sessionStorage: kept across reloads, gone when the tab closes) ----------------
  var KEY = 'nhsbot:' + BOT_URL + ':';
  function load(name) {
    try { var v = window.sessionStorage.getItem(KEY + name); return v ? JSON.parse(v) : null; } catch (e) { return null; }
  }
  function save(name, value) {
    try { window.sessionStorage.setItem(KEY + name, JSON.stringify(value)); } catch (e) { /* storage off */ }
  }
  function newId() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return 'web-' + Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  var sender = load('sender');
  if (typeof sender !== 'string' || !sender) { sender = newId(); save('sender', sender); }
  var transcript = load('transcript');
  if (!Array.isArray(transcript)) { transcript = []; }
  var busy = false;
  var generation = 0;
  var ui = {};

  // ---- small DOM helpers: text only ever goes in as text nodes -------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.appendChild(document.createTextNode(String(text))); }
    return e;
  }
  function hiddenText(text) { return el('span', 'nhsbot-vh', text); }
  function safeUrl(value) {
    if (typeof value !== 'string') { return null; }
    try {
      var u = new URL(value.trim());
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) { return null; }
  }
  function str(value) {
    if (value === undefined || value === null) { return ''; }
    if (Array.isArray(value)) { return value.map(str).filter(Boolean).join('; '); }
    if (typeof value === 'object') {
      return Object.keys(value).map(function (k) { return k + ': ' + str(value[k]); }).join('; ');
    }
    return String(value).trim();
  }
  function newTabLink(href, text, hidden, cls) {
    var a = el('a', cls || 'nhsbot-link', text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.appendChild(hiddenText((hidden ? ' ' + hidden : '') + ' (opens in a new tab)'));
    return a;
  }
  // A tap-to-call (tel:) or text (sms:) link that looks like a button; http(s) ones open a new tab.
  function callButton(href, text, style, hidden) {
    var cls = 'nhsbot-call nhsbot-call--' + (style || 'plain');
    if (/^https?:/.test(href)) { return newTabLink(href, text, hidden, cls); }
    var a = el('a', cls, text);
    a.href = href;
    if (hidden) { a.appendChild(hiddenText(' ' + hidden)); }
    return a;
  }
  function phoneHref(text) {
    if (/85258/.test(text)) { return 'sms:85258?body=SHOUT'; }
    if (/116 ?123/.test(text)) { return 'tel:116123'; }
    return 'tel:' + text.replace(/[^0-9]/g, '').slice(-3);
  }
  // Text with "call 999", "call 111", "116 123" and "85258" made tap-to-call links.
  function appendPhones(parent, text) {
    String(text).split(PHONE_IN_TEXT).forEach(function (part, i) {
      if (i % 2 && part) {
        var a = el('a', 'nhsbot-link', part);
        a.href = phoneHref(part);
        parent.appendChild(a);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }
  // Text with http(s) links made clickable (and phone numbers tap-to-call); everything else stays
  // literal text.
  function appendText(parent, text) {
    String(text).split(/(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/).forEach(function (part, i) {
      var href = i % 2 ? safeUrl(part) : null;
      if (href) { parent.appendChild(newTabLink(href, part)); } else { appendPhones(parent, part); }
    });
  }
  // The bot's words with its jargon in plain words.
  function plain(text) {
    return PLAIN.reduce(function (t, rule) { return t.replace(rule[0], rule[1]); }, str(text));
  }
  function same(a, b) {
    return str(a).replace(/\s+/g, ' ').replace(/[.:\s]+$/, '').toLowerCase() ===
      str(b).replace(/\s+/g, ' ').replace(/[.:\s]+$/, '').toLowerCase();
  }

  // ---- rendering ------------------------------------------------------------------------------
  function renderBotText(entry, isLast) {
    var nodes = [];
    if (entry.text) {
      var wrap = el('div', 'nhsbot-msg nhsbot-msg--bot');
      wrap.appendChild(hiddenText('NHS chat: '));
      appendText(wrap, entry.text);
      nodes.push(wrap);
    }
    if (isLast && entry.buttons && entry.buttons.length) { nodes.push(renderButtons(entry.buttons)); }
    return nodes;
  }

  function renderButtons(buttons) {
    var group = el('div', 'nhsbot-quick');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Choose an answer');
    buttons.forEach(function (b) {
      var btn = el('button', 'nhsbot-quick__btn', b.title);
      btn.type = 'button';
      btn.addEventListener('click', function () {
        if (busy) { return; }
        send(b.payload, b.title);
        ui.input.focus();
      });
      group.appendChild(btn);
    });
    return group;
  }

  function levelOf(custom) {
    var level = parseInt(custom.level, 10);
    if (isNaN(level)) {
      var d = DISPOSITIONS[custom.disposition];
      level = d ? d[1] : 2;
    }
    return Math.max(0, Math.min(5, level));
  }

  function labelOf(custom) {
    var level = levelOf(custom);
    return LEVEL_WORDS[level] + ' \u2013 ' + (TIMES[custom.disposition] || LEVEL_TIMES[level]);
  }

  function rawTitleOf(custom) {
    var t = str(custom.title);
    if (t) { return t; }
    var d = DISPOSITIONS[custom.disposition];
    return d ? d[0] : 'Get advice from a health professional';
  }
  function titleOf(custom) { return plain(rawTitleOf(custom)); }

  function servicesOf(custom) {
    return Array.isArray(custom.services) ? custom.services.filter(function (s) {
      return s && typeof s === 'object';
    }) : [];
  }

  // Distances are measured from the centre of the patient's postcode sector (or district) to the
  // service, often to the centre of the service's own sector: under 1 km that says nothing, so it
  // is "in your area"; further away, whole kilometres (docs/web.md, "Distances").
  function distanceText(s) {
    var km = parseFloat(s.distance_km);
    if (isNaN(km) || km < 0) { return ''; }
    if (km < 1) { return 'In your area'; }
    var miles = Math.max(1, Math.round(km / 1.609));
    return 'About ' + Math.round(km) + ' km (' + miles + (miles === 1 ? ' mile' : ' miles') + ') away';
  }

  function renderService(s) {
    var li = el('li', 'nhsbot-service');
    var kind = KINDS[str(s.kind)];
    var name = str(s.name) || (kind ? kind[0] : 'Service');
    var address = str(s.address);
    var p = el('p', 'nhsbot-service__name');
    p.appendChild(el('strong', null, name));
    li.appendChild(p);
    var distance = distanceText(s);
    if (distance) { li.appendChild(el('p', 'nhsbot-service__distance', distance)); }
    // The NHS area (a former CCG of Kent and Medway) that lists it: the nearest services may be
    // across the border from the patient's own.
    var area = str(s.area);
    if (area) { li.appendChild(el('p', 'nhsbot-service__area', 'Area: ' + area)); }
    if (address) { li.appendChild(el('p', 'nhsbot-service__address', address)); }
    var times = str(s.opening_times);
    if (times) { li.appendChild(el('p', 'nhsbot-service__times', 'Opening times: ' + times)); }
    // A named community service says who can refer and where it runs (docs/catalogue.md).
    var referral = str(s.referral);
    if (referral) { li.appendChild(el('p', 'nhsbot-service__referral', 'Who can refer: ' + referral)); }
    var runsAt = str(s.runs_at);
    if (runsAt) { li.appendChild(el('p', 'nhsbot-service__where', 'Where: ' + runsAt)); }
    var note = plain(s.notes || s.note);
    if (note) {
      var n = el('p', 'nhsbot-service__note');
      n.appendChild(el('strong', null, 'Please note: '));
      appendText(n, note);
      li.appendChild(n);
    }
    var links = el('p', 'nhsbot-service__links');
    var phone = str(s.phone);
    var digits = phone.replace(/[^0-9+]/g, '');
    if (digits) {
      links.appendChild(callButton('tel:' + digits, 'Call ' + phone, 'plain', '(' + name + ')'));
    } else {
      if (phone) { li.appendChild(el('p', 'nhsbot-service__phone', 'Phone: ' + phone)); }
      links.appendChild(newTabLink(SERVICE_SEARCH, 'Find their phone number on the NHS website',
        'for ' + name));
    }
    if (address) {
      links.appendChild(newTabLink('https://www.google.com/maps/dir/?api=1&destination=' +
        encodeURIComponent(address), 'Get directions', 'to ' + name));
    }
    var site = safeUrl(s.url);
    if (site) { links.appendChild(newTabLink(site, 'Website', 'of ' + name)); }
    li.appendChild(links);
    return li;
  }

  function renderServiceList(services) {
    var list = el('ul', 'nhsbot-services');
    services.forEach(function (s) { list.appendChild(renderService(s)); });
    return list;
  }

  function schemesFor(custom, texts) {
    var all = texts.join(' ');
    return SCHEMES.filter(function (s) { return s[0].test(all) || custom.disposition === s[1]; });
  }

  function renderActions(list) {
    var p = el('p', 'nhsbot-card__actions');
    list.forEach(function (a) { p.appendChild(callButton(a[0], a[1], a[2])); });
    return p;
  }

  function renderCard(custom) {
    var level = levelOf(custom);
    var code = str(custom.disposition);
    var card = el('div', 'nhsbot-card nhsbot-card--l' + level);
    card.setAttribute('data-disposition', code);
    card.setAttribute('data-level', String(level));
    var band = el('p', 'nhsbot-card__level');
    band.appendChild(hiddenText('Urgency: '));
    band.appendChild(document.createTextNode(labelOf(custom)));
    card.appendChild(band);
    var body = el('div', 'nhsbot-card__body');
    var title = el('p', 'nhsbot-card__title');
    title.appendChild(el('strong', null, titleOf(custom)));
    body.appendChild(title);
    var actions = ACTIONS[code] || [];
    if (actions.length) { body.appendChild(renderActions(actions)); }
    var reasons = Array.isArray(custom.reasons) ? custom.reasons.map(str).filter(Boolean) : [];
    var services = servicesOf(custom);
    var texts = [rawTitleOf(custom)].concat(reasons, services.map(function (s) { return str(s.notes); }));
    if (reasons.length) {
      body.appendChild(el('p', 'nhsbot-card__sub', 'Why we have said this:'));
      var ul = el('ul', 'nhsbot-card__reasons');
      reasons.forEach(function (r) { appendText(ul.appendChild(el('li')), plain(r)); });
      body.appendChild(ul);
    }
    var care = careOf(custom);
    if (care) { body.appendChild(renderCare(care)); }
    schemesFor(custom, texts).forEach(function (s) {
      var line = el('p', 'nhsbot-card__scheme');
      line.appendChild(el('strong', null, s[2] + ' '));
      line.appendChild(document.createTextNode(s[3]));
      body.appendChild(line);
    });
    if (services.length) {
      body.appendChild(el('p', 'nhsbot-card__sub', services.length > 1 ? 'Services near you:' : 'Where to go:'));
      body.appendChild(renderServiceList(services));
    }
    if (str(custom.area_note)) { appendText(body.appendChild(el('p', 'nhsbot-card__area')), str(custom.area_note)); }
    var safety = el('div', 'nhsbot-card__safety');
    var safetyText = str(custom.safety_net) || DEFAULT_SAFETY;
    safety.appendChild(el('p', 'nhsbot-card__sub', 'If it gets worse'));
    appendText(safety.appendChild(el('p')), plain(safetyText));
    var shown = actions.map(function (a) { return a[0]; });
    var numbers = NUMBERS.filter(function (n) {
      return n[0].test(safetyText) && shown.indexOf(n[1]) < 0;
    }).map(function (n) { return [n[1], n[2], n[3]]; });
    if (numbers.length) { safety.appendChild(renderActions(numbers)); }
    body.appendChild(safety);
    card.appendChild(body);
    return card;
  }

  // Services sent without a disposition (the patient asked for the nearest pharmacy, say).
  function servicesHeading(services) {
    var kinds = services.map(function (s) { return str(s.kind); });
    var k = KINDS[kinds[0]];
    var one = k && kinds.every(function (x) { return x === kinds[0]; });
    return one ? k[1] + ' near you' : 'Services near you';
  }

  function renderServicesCard(entry) {
    var custom = entry.c || {};
    var services = servicesOf(custom);
    var card = el('div', 'nhsbot-card nhsbot-card--services');
    var body = el('div', 'nhsbot-card__body');
    var title = el('p', 'nhsbot-card__title');
    title.appendChild(el('strong', null, servicesHeading(services)));
    body.appendChild(title);
    if (!entry.said && str(custom.title)) { appendText(body.appendChild(el('p')), plain(custom.title)); }
    body.appendChild(renderServiceList(services));
    if (str(custom.area_note)) { appendText(body.appendChild(el('p', 'nhsbot-card__area')), str(custom.area_note)); }
    var safety = el('div', 'nhsbot-card__safety');
    appendText(safety.appendChild(el('p')), DEFAULT_SAFETY);
    safety.appendChild(renderActions([['tel:111', 'Call 111', 'primary'], ['tel:999', 'Call 999', 'urgent']]));
    body.appendChild(safety);
    card.appendChild(body);
    return card;
  }

  function renderEntry(entry, isLast) {
    if (entry.f === 'user') {
      var u = el('div', 'nhsbot-msg nhsbot-msg--user');
      u.appendChild(hiddenText('You: '));
      u.appendChild(document.createTextNode(String(entry.text)));
      return [u];
    }
    if (entry.f === 'card') { return [renderCard(entry.c || {})]; }
    if (entry.f === 'svc') { return [renderServicesCard(entry)]; }
    if (entry.f === 'sos') { return [renderChecklist(entry.c || {})]; }
    if (entry.f === 'sum') { return [renderSummary(entry)]; }
    if (entry.f === 'err') {
      var e = el('div', 'nhsbot-msg nhsbot-msg--error');
      e.appendChild(el('p', null, FALLBACK));
      e.appendChild(renderActions([['tel:999', 'Call 999', 'urgent'], ['tel:111', 'Call 111', 'primary'],
        ['https://111.nhs.uk/', 'Go to 111.nhs.uk', 'plain']]));
      return [e];
    }
    return renderBotText(entry, isLast);
  }

  function announce(text) {
    var live = ui.live;
    live.appendChild(el('p', null, text));
    while (live.childNodes.length > 3) { live.removeChild(live.firstChild); }
  }

  function announcementFor(entry) {
    if (entry.f === 'card') {
      var c = entry.c || {};
      return 'Advice. Urgency: ' + labelOf(c) + '. ' + titleOf(c) + '.';
    }
    if (entry.f === 'svc') {
      var services = servicesOf(entry.c || {});
      return servicesHeading(services) + ': ' + services.map(function (s) {
        var k = KINDS[str(s.kind)];
        return str(s.name) || (k ? k[0] : 'Service');
      }).join(', ') + '.';
    }
    if (entry.f === 'sum') { return summaryAnnouncement(entry); }
    if (entry.f === 'err') { return FALLBACK; }
    if (entry.f === 'sos') { return checklistAnnouncement(entry.c || {}); }
    if (entry.f === 'bot') {
      var b = entry.buttons && entry.buttons.length ? ' Answers: ' +
        entry.buttons.map(function (x) { return x.title; }).join(', ') + '.' : '';
      return 'NHS chat: ' + (entry.text || '') + b;
    }
    return '';
  }

  function removeQuickReplies() {
    var groups = ui.log.querySelectorAll('.nhsbot-quick');
    Array.prototype.forEach.call(groups, function (g) { g.parentNode.removeChild(g); });
  }

  function addEntry(entry, announceIt) {
    removeQuickReplies();
    transcript.push(entry);
    if (transcript.length > MAX_ENTRIES) { transcript = transcript.slice(-MAX_ENTRIES); }
    save('transcript', transcript);
    var nodes = renderEntry(entry, true);
    nodes.forEach(function (n) { ui.log.insertBefore(n, ui.typing); });
    if (announceIt) { announce(announcementFor(entry)); }
    return nodes;
  }

  // ---- the emergency checklist: offered before the first question when the first message says
  // nothing we can read (the bot's custom payload {"emergency_checklist": {title, signs, call, after}})
  function checklistOf(custom) {
    var c = custom.emergency_checklist;
    return c && typeof c === 'object' && Array.isArray(c.signs) && c.signs.length ? c : null;
  }

  function renderChecklist(c) {
    var card = el('div', 'nhsbot-checklist');
    var band = el('p', 'nhsbot-card__level', str(c.heading) || 'Emergency checklist');
    card.appendChild(band);
    var body = el('div', 'nhsbot-card__body');
    var title = el('p', 'nhsbot-card__title');
    title.appendChild(el('strong', null, str(c.title) || 'Call 999 now if any of these is happening:'));
    body.appendChild(title);
    // the button before the signs, so that it is in view with the title on the smallest phone
    var call = callButton('tel:999', str(c.call) || 'Call 999', 'urgent');
    call.className += ' nhsbot-call--big';
    body.appendChild(el('p', 'nhsbot-card__actions')).appendChild(call);
    var list = el('ul', 'nhsbot-checklist__signs');
    c.signs.map(str).filter(Boolean).forEach(function (sign) { list.appendChild(el('li', null, sign)); });
    body.appendChild(list);
    if (str(c.after)) { body.appendChild(el('p', 'nhsbot-checklist__after', str(c.after))); }
    card.appendChild(body);
    return card;
  }

  function checklistAnnouncement(c) {
    return (str(c.title) || 'Call 999 now if any of these is happening:') + ' ' +
      c.signs.map(str).filter(Boolean).join('; ') + '. ' + str(c.after);
  }

  // ---- the cards for another client (data-mode="cards"): window.NHSBotCards.render(custom, said)
  // gives the node the widget draws for a custom payload (advice, services, the emergency
  // checklist), or null; `said`: the text before services was shown already.
  function exposeCards() {
    window.NHSBotCards = {
      render: function (custom, said) {
        var entry = custom && typeof custom === 'object' ? toEntries([{ custom: custom }])[0] : null;
        if (!entry) { return null; }
        if (entry.f === 'svc') { entry.said = !!said; }
        return renderEntry(entry, false)[0] || null;
      }
    };
  }

  // ---- layout: on a phone the conversation fills the screen -----------------------------------
  var narrowQuery = window.matchMedia ? window.matchMedia('(max-width: 40em)') : null;
  function narrow() { return narrowQuery ? narrowQuery.matches : window.innerWidth <= 640; }

  // Inline: before the conversation starts the panel fits the rest of the first screen (so the
  // message box is in view); once it starts (on a phone, also when the message box has focus) it
  // takes its full height: the whole screen on a phone, 36em at most elsewhere.
  function started() {
    return transcript.length > 0 || (narrow() && ui.root.contains(document.activeElement));
  }
  function fit() {
    if (!INLINE || !ui.panel) { return; }
    var full = started();
    ui.root.className = 'nhsbot nhsbot--inline' + (full ? ' nhsbot--full' : '');
    ui.panel.style.height = '';
    if (full) { return; }
    var top = ui.panel.getBoundingClientRect().top + (window.pageYOffset || 0);
    var room = window.innerHeight - top - 8;
    var least = parseFloat(window.getComputedStyle(ui.panel).minHeight) || 0;
    if (room < ui.panel.offsetHeight) { ui.panel.style.height = Math.max(room, least) + 'px'; }
  }

  // Bring the whole conversation into view: on a phone the panel's top to the top of the screen,
  // elsewhere just enough scrolling for all of the panel to show.
  function showPanel() {
    if (!INLINE) { return; }
    fit();
    var rect = ui.panel.getBoundingClientRect();
    var y = window.pageYOffset || 0;
    if (narrow()) {
      if (Math.abs(rect.top) > 1) { window.scrollTo(0, y + rect.top); }
    } else if (rect.top < 0 || rect.bottom > window.innerHeight) {
      window.scrollTo(0, y + Math.min(rect.top - 8, rect.bottom - window.innerHeight + 8));
    }
  }

  // An advice card arrived: its top (urgency and advice) at the top of the conversation.
  function showCard(node) {
    showPanel();
    ui.log.scrollTop = Math.max(0, node.offsetTop - 8);
  }

  function renderAll() {
    while (ui.log.firstChild) { ui.log.removeChild(ui.log.firstChild); }
    var intro = el('div', 'nhsbot-msg nhsbot-msg--bot');
    intro.appendChild(hiddenText('NHS chat: '));
    intro.appendChild(document.createTextNode(INTRO));
    ui.log.appendChild(intro);
    transcript.forEach(function (entry, i) {
      renderEntry(entry, i === transcript.length - 1).forEach(function (n) { ui.log.appendChild(n); });
    });
    ui.log.appendChild(ui.typing);
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  // ---- talking to the bot ---------------------------------------------------------------------
  function post(message) {
    return new Promise(function (resolve, reject) {
      var controller = window.AbortController ? new AbortController() : null;
      var timer = setTimeout(function () {
        if (controller) { controller.abort(); }
        reject(new Error('timeout'));
      }, TIMEOUT_MS);
      if (!BOT_URL) { clearTimeout(timer); reject(new Error('no bot url')); return; }
      fetch(BOT_URL + '/webhooks/rest/webhook', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ sender: sender, message: message }),
        signal: controller ? controller.signal : undefined,
        credentials: 'omit'
      }).then(function (r) {
        // a refusal (too long, too fast) still carries the bot's kind reply as a list
        return r.json().catch(function () { throw new Error('HTTP ' + r.status); });
      }, function (err) {
        if (window.console && err && err.name === 'TypeError') {
          window.console.warn('NHS chat: could not reach ' + BOT_URL + '. If the bot is running, ' +
            'this site (' + window.location.origin + ') may not be in its allow-list: ' +
            'the bot must be started with BOT_ALLOWED_ORIGINS including it (see docs/web.md).');
        }
        throw err;
      }).then(function (data) {
        clearTimeout(timer);
        if (!Array.isArray(data)) { throw new Error('unexpected reply'); }
        resolve(data);
      }).catch(function (err) { clearTimeout(timer); reject(err); });
    });
  }

  // Paragraphs of a bot text that the card shows anyway (the bot sends its advice twice: as text
  // for text-only channels, and as the card's payload).
  function cardTexts(custom) {
    var out = [rawTitleOf(custom), str(custom.safety_net), str(custom.area_note)];
    return out.concat(Array.isArray(custom.reasons) ? custom.reasons.map(str) : [], careTexts(custom)).filter(Boolean);
  }
  function saidByCard(text, custom) {
    var shown = cardTexts(custom);
    return str(text).split(/\n\s*\n/).every(function (para) {
      return !str(para) || shown.some(function (t) { return same(para, t); });
    });
  }

  function toEntries(messages) {
    var out = [];
    messages.forEach(function (m) {
      if (!m || typeof m !== 'object') { return; }
      var buttons = Array.isArray(m.buttons) ? m.buttons.filter(function (b) {
        return b && (typeof b.title === 'string' || typeof b.payload === 'string');
      }).map(function (b) {
        var title = str(b.title) || str(b.payload);
        return { title: title, payload: typeof b.payload === 'string' ? b.payload : title };
      }) : [];
      if (typeof m.text === 'string' || buttons.length) {
        out.push({ f: 'bot', text: typeof m.text === 'string' ? m.text : '', buttons: buttons });
      }
      var custom = m.custom && typeof m.custom === 'object' ? m.custom : null;
      if (!custom) { return; }
      var before = function () {
        var b = out.length ? out[out.length - 1] : null;
        return b && b.f === 'bot' && !b.buttons.length && b.text ? b : null;
      };
      if (custom.disposition) {
        // the advice once: drop the texts just before the card (Rasa sends each paragraph as a
        // message) as long as the card shows every paragraph of them
        while (before() && saidByCard(before().text, custom)) { out.pop(); }
        out.push({ f: 'card', c: custom });
      } else if (servicesOf(custom).length) {
        out.push({ f: 'svc', c: custom, said: !!(before() && same(before().text, custom.title)) });
      } else if (checklistOf(custom)) {
        out.push({ f: 'sos', c: checklistOf(custom) });
      } else if (summaryOf(custom)) {
        out.push(summaryEntry(custom, out));
      }
    });
    return out;
  }

  function setBusy(value) {
    busy = value;
    ui.typing.hidden = !value;
    ui.log.setAttribute('aria-busy', value ? 'true' : 'false');
    if (value) { ui.log.scrollTop = ui.log.scrollHeight; }
  }

  function send(message, shown) {
    if (busy || !message) { return false; }
    if (shown) { addEntry({ f: 'user', text: shown }, false); } else { removeQuickReplies(); }
    showPanel();
    var gen = generation;
    setBusy(true);
    post(message).then(function (messages) {
      if (gen !== generation) { return; }
      var card = null;
      toEntries(messages).forEach(function (entry) {
        var nodes = addEntry(entry, true);
        if (!card && (entry.f === 'card' || entry.f === 'svc' || entry.f === 'sos') && nodes.length) { card = nodes[0]; }
      });
      return card;
    }, function () {
      if (gen !== generation) { return null; }
      addEntry({ f: 'err' }, true);
      return null;
    }).then(function (card) {
      if (gen !== generation) { return; }
      setBusy(false);
      if (card) { showCard(card); } else { ui.log.scrollTop = ui.log.scrollHeight; }
    });
    return true;
  }

  function startAgain() {
    generation += 1;
    busy = false;
    transcript = [];
    save('transcript', transcript);
    renderAll();
    announce('Conversation cleared. Starting again.');
    send('start again', null);
    ui.input.value = '';
    ui.input.focus();
  }

  // ---- opening and closing (launcher mode) ----------------------------------------------------
  function setOpen(open, moveFocus) {
    if (INLINE) { return; }
    ui.panel.hidden = !open;
    ui.launcher.hidden = open;
    ui.launcher.setAttribute('aria-expanded', open ? 'true' : 'false');
    ui.root.className = 'nhsbot nhsbot--launcher' + (open ? ' nhsbot--open' : '');
    save('open', open);
    if (moveFocus) {
      if (open) { ui.input.focus(); ui.log.scrollTop = ui.log.scrollHeight; } else { ui.launcher.focus(); }
    }
  }

  // ==== Care advice: what to do, what to buy, when to get help ===================================
  // Self-care and pharmacy advice carry {"care": {"condition", "do": [...], "buy": [...],
  // "get_help": [...], "nhs_page"}} (data/triage/care_advice.yml): the card shows a list under each
  // heading and a link to the NHS website's page for the condition. The bot also sends them as text
  // paragraphs (bot/conversation/replies.py care_paragraphs), which careTexts matches so that the
  // advice is said once.
  var CARE_LISTS = [['do', 'What you can do'], ['buy', 'What you can buy'], ['get_help', 'Get help if']];

  function careOf(custom) {
    var c = custom && typeof custom === 'object' ? custom.care : null;
    if (!c || typeof c !== 'object') { return null; }
    var care = { condition: str(c.condition), page: safeUrl(c.nhs_page) };
    var any = false;
    CARE_LISTS.forEach(function (l) {
      care[l[0]] = Array.isArray(c[l[0]]) ? c[l[0]].map(str).filter(Boolean) : [];
      any = any || care[l[0]].length > 0;
    });
    return any ? care : null;
  }

  function careTexts(custom) {
    var care = careOf(custom);
    if (!care) { return []; }
    var out = CARE_LISTS.filter(function (l) { return care[l[0]].length; }).map(function (l) {
      return l[1] + ':\n' + care[l[0]].map(function (item) { return '- ' + item; }).join('\n');
    });
    var c = custom.care;
    out.push('NHS website: ' + str(c.condition) + ': ' + str(c.nhs_page));
    return out;
  }

  function renderCare(care) {
    var box = el('div', 'nhsbot-card__care');
    CARE_LISTS.forEach(function (l) {
      if (!care[l[0]].length) { return; }
      box.appendChild(el('p', 'nhsbot-card__sub', l[1]));
      var ul = el('ul', 'nhsbot-card__care-list nhsbot-card__care-list--' + l[0].replace('_', '-'));
      care[l[0]].forEach(function (item) { appendText(ul.appendChild(el('li')), item); });
      box.appendChild(ul);
    });
    if (care.page) {
      var p = el('p', 'nhsbot-card__care-page');
      p.appendChild(newTabLink(care.page, 'NHS website: ' + (care.condition || 'more advice')));
      box.appendChild(p);
    }
    return box;
  }
  // ==== end of the care advice ====================================================================

  // ==== "What you told us": the summary after the advice, with Print, Copy and Share ============
  // The bot sends it after the advice as text (every channel shows that) and as a custom payload
  // {"summary": {"lines": [...], ...}, "reference": "K7F-3QX9"} (docs/pilot-records.md). The widget
  // shows it once, as its own card with the reference number, and three buttons: Print (one clean
  // page: the advice card with its services and safety advice, then the summary), Copy (the
  // clipboard, or a selected textarea where the clipboard API is missing) and Share (the Web Share
  // API, only where the browser has it). Printing from the browser's menu prints the same page.
  var COPIED_MS = 5000;

  // The summary's lines and reference, or null when the payload is not a summary.
  function summaryOf(custom) {
    var s = custom && typeof custom === 'object' ? custom.summary : null;
    if (!s || typeof s !== 'object' || !Array.isArray(s.lines)) { return null; }
    var lines = s.lines.map(str).filter(Boolean);
    return lines.length ? { lines: lines, reference: str(custom.reference) || str(s.reference) } : null;
  }
  function summaryText(s) { return s.lines.join('\n'); }

  // The entry for a summary payload; the text copy sent just before it (out's last) is dropped.
  function summaryEntry(custom, out) {
    var s = summaryOf(custom);
    var b = out.length ? out[out.length - 1] : null;
    if (b && b.f === 'bot' && !b.buttons.length && same(b.text, summaryText(s))) { out.pop(); }
    return { f: 'sum', c: s };
  }

  function summaryAnnouncement(entry) {
    return entry.c.lines[0] + '. You can print, copy or share it.';
  }

  // Text with the reference number in bold wherever it appears.
  function appendWithReference(parent, text, reference) {
    var parts = reference ? String(text).split(reference) : [String(text)];
    parts.forEach(function (part, i) {
      if (i) { parent.appendChild(el('strong', 'nhsbot-summary__ref', reference)); }
      if (part) { parent.appendChild(document.createTextNode(part)); }
    });
  }

  // The summary's words: its first line as the title, the reference line as a paragraph, the rest
  // as a list.
  function renderSummaryBody(s) {
    var box = el('div', 'nhsbot-summary');
    if (s.reference) { box.setAttribute('data-reference', s.reference); }
    var title = el('p', 'nhsbot-summary__title');
    appendWithReference(title.appendChild(el('strong')), s.lines[0], s.reference);
    box.appendChild(title);
    var rest = s.lines.slice(1);
    var listed = rest.filter(function (line) { return !s.reference || line.indexOf(s.reference) < 0; });
    if (listed.length) {
      var ul = el('ul', 'nhsbot-summary__lines');
      listed.forEach(function (line) { ul.appendChild(el('li', null, line)); });
      box.appendChild(ul);
    }
    rest.filter(function (line) { return listed.indexOf(line) < 0; }).forEach(function (line) {
      appendWithReference(box.appendChild(el('p', 'nhsbot-summary__quote')), line, s.reference);
    });
    return box;
  }

  function summaryButton(text, hidden, onClick) {
    var b = el('button', 'nhsbot-summary__btn', text);
    b.type = 'button';
    b.appendChild(hiddenText(' ' + hidden));
    b.addEventListener('click', onClick);
    return b;
  }

  function canShare(text) {
    if (typeof navigator.share !== 'function') { return false; }
    try { return typeof navigator.canShare !== 'function' || navigator.canShare({ text: text }); } catch (e) { return false; }
  }

  function renderSummary(entry) {
    var s = entry.c;
    var box = renderSummaryBody(s);
    var tools = el('div', 'nhsbot-summary__tools');
    tools.setAttribute('role', 'group');
    tools.setAttribute('aria-label', 'Keep this summary');
    var status = el('p', 'nhsbot-summary__status');
    status.setAttribute('role', 'status');
    var timer = null;
    function say(text) {
      status.textContent = text;
      clearTimeout(timer);
      timer = setTimeout(function () { status.textContent = ''; }, COPIED_MS);
    }
    tools.appendChild(summaryButton('Print', 'this advice and summary', function () { printSummary(s.reference); }));
    var copy = summaryButton('Copy', 'this summary', function () {
      copyText(summaryText(s), copy).then(function (ok) {
        say(ok ? 'Copied' : 'Sorry, it could not be copied. Select the summary and copy it.');
      });
    });
    tools.appendChild(copy);
    if (canShare(summaryText(s))) {
      tools.appendChild(summaryButton('Share', 'this summary', function () {
        navigator.share({ title: s.lines[0], text: summaryText(s) }).catch(function () { /* cancelled */ });
      }));
    }
    box.appendChild(tools);
    box.appendChild(status);
    return box;
  }

  // The clipboard API where the browser allows it, else a selected textarea and the copy command;
  // focus goes back to `button`. Resolves to whether it was copied.
  function copyText(text, button) {
    function selectAndCopy() {
      var area = el('textarea', 'nhsbot-copy');
      area.value = text;
      area.setAttribute('readonly', '');
      area.setAttribute('aria-hidden', 'true');
      area.tabIndex = -1;
      ui.root.appendChild(area);
      area.select();
      area.setSelectionRange(0, text.length);
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      ui.root.removeChild(area);
      if (button) { button.focus(); }
      return ok;
    }
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      return navigator.clipboard.writeText(text).then(function () { return true; }, selectAndCopy);
    }
    return Promise.resolve(selectAndCopy());
  }

  // The advice card the summary at transcript[index] sums up: the last one before it.
  function adviceBefore(index) {
    for (var i = index - 1; i >= 0; i--) {
      if (transcript[i].f === 'sum') { return null; }
      if (transcript[i].f === 'card') { return transcript[i]; }
    }
    return null;
  }

  // The printed page, a child of <body>: the advice card and the summary with that reference (the
  // latest summary when none is given). While it is there, printing shows nothing else.
  function buildPrintout(reference) {
    removePrintout();
    var index = -1;
    transcript.forEach(function (entry, i) {
      if (entry.f === 'sum' && (!reference || entry.c.reference === reference)) { index = i; }
    });
    if (index < 0) { return false; }
    var out = el('div', 'nhsbot nhsbot-printout');
    var head = el('p', 'nhsbot-printout__head');
    head.appendChild(el('strong', null, TITLE));
    var when = new Date().toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric',
      hour: '2-digit', minute: '2-digit' });
    head.appendChild(document.createTextNode(', printed ' + when));
    out.appendChild(head);
    out.appendChild(el('p', 'nhsbot-printout__hint', 'Show this page to the pharmacist, GP, dentist or ' +
      'NHS 111 clinician you see, and quote your reference number.'));
    var advice = adviceBefore(index);
    if (advice) { out.appendChild(renderCard(advice.c || {})); }
    out.appendChild(renderSummaryBody(transcript[index].c));
    document.body.appendChild(out);
    document.documentElement.classList.add('nhsbot-printing');
    ui.printout = out;
    return true;
  }

  function removePrintout() {
    if (ui.printout && ui.printout.parentNode) { ui.printout.parentNode.removeChild(ui.printout); }
    ui.printout = null;
    document.documentElement.classList.remove('nhsbot-printing');
  }

  function printSummary(reference) {
    buildPrintout(reference);
    try { window.print(); } catch (e) { removePrintout(); }
  }

  // The browser's own Print prints the latest advice and summary too, once there is one.
  function watchPrinting() {
    window.addEventListener('beforeprint', function () { if (!ui.printout) { buildPrintout(null); } });
    window.addEventListener('afterprint', removePrintout);
  }
  // ==== end of the summary ========================================================================

  // ---- building the widget ----------------------------------------------------------------------
  function build() {
    var container = INLINE ? document.getElementById(opts.container || '') : null;
    var root = el(INLINE ? 'div' : 'aside', INLINE ? 'nhsbot nhsbot--inline' : 'nhsbot nhsbot--launcher');
    if (!INLINE) { root.setAttribute('aria-label', TITLE); }
    ui.root = root;

    ui.live = el('div', 'nhsbot-vh');
    ui.live.setAttribute('aria-live', 'polite');
    ui.live.id = 'nhsbot-live';

    var panel = el('div', 'nhsbot-panel');
    panel.id = 'nhsbot-panel';
    ui.panel = panel;

    var head = el('div', 'nhsbot-head');
    var title = el(INLINE ? 'p' : 'h2', 'nhsbot-title', TITLE);
    title.id = 'nhsbot-title';
    head.appendChild(title);
    if (!INLINE) {
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-modal', 'false');
      panel.setAttribute('aria-labelledby', 'nhsbot-title');
    }
    var actions = el('div', 'nhsbot-actions');
    var restart = el('button', 'nhsbot-btn nhsbot-restart', 'Start again');
    restart.type = 'button';
    restart.addEventListener('click', startAgain);
    actions.appendChild(restart);
    if (!INLINE) {
      var close = el('button', 'nhsbot-btn nhsbot-close', 'Close');
      close.type = 'button';
      close.appendChild(hiddenText(' chat'));
      close.addEventListener('click', function () { setOpen(false, true); });
      actions.appendChild(close);
    }
    head.appendChild(actions);
    panel.appendChild(head);

    // The 999 advice, one tap away above the conversation.
    var notice = el('div', 'nhsbot-999');
    notice.appendChild(el('p', null, 'Life at risk? Do not use this chat.'));
    notice.appendChild(callButton('tel:999', 'Call 999', 'urgent'));
    panel.appendChild(notice);

    var log = el('div', 'nhsbot-log');
    log.setAttribute('role', 'region');
    log.setAttribute('aria-label', 'Conversation');
    log.setAttribute('aria-busy', 'false');
    log.tabIndex = 0;
    ui.log = log;
    var typing = el('div', 'nhsbot-msg nhsbot-msg--bot nhsbot-typing');
    typing.appendChild(hiddenText('NHS chat is typing'));
    for (var i = 0; i < 3; i++) {
      var dot = el('span', 'nhsbot-dot');
      dot.setAttribute('aria-hidden', 'true');
      typing.appendChild(dot);
    }
    typing.hidden = true;
    ui.typing = typing;
    panel.appendChild(log);

    var form = el('form', 'nhsbot-form');
    form.setAttribute('novalidate', '');
    var label = el('label', 'nhsbot-vh', 'Your message');
    label.htmlFor = 'nhsbot-input';
    var input = el('input', 'nhsbot-input');
    input.id = 'nhsbot-input';
    input.type = 'text';
    input.autocomplete = 'off';
    input.maxLength = 500;
    input.placeholder = 'Type your answer';
    ui.input = input;
    var sendBtn = el('button', 'nhsbot-btn nhsbot-send', 'Send');
    sendBtn.type = 'submit';
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(sendBtn);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var text = input.value.replace(/\s+/g, ' ').trim();
      if (!text || busy) { return; }
      if (send(text, text)) { input.value = ''; }
    });
    panel.appendChild(form);

    if (!INLINE) {
      var launcher = el('button', 'nhsbot-launcher');
      launcher.type = 'button';
      launcher.setAttribute('aria-expanded', 'false');
      launcher.setAttribute('aria-controls', 'nhsbot-panel');
      var icon = el('span', 'nhsbot-launcher__icon');
      icon.setAttribute('aria-hidden', 'true');
      launcher.appendChild(icon);
      launcher.appendChild(document.createTextNode(TITLE));
      launcher.addEventListener('click', function () { setOpen(true, true); });
      ui.launcher = launcher;
      root.appendChild(launcher);
      panel.hidden = true;
      panel.addEventListener('keydown', function (ev) {
        if (ev.key === 'Escape' || ev.key === 'Esc') { ev.preventDefault(); setOpen(false, true); }
      });
    }
    root.appendChild(panel);
    root.appendChild(ui.live);

    if (INLINE && container) { container.appendChild(root); } else { document.body.appendChild(root); }
    renderAll();
    watchPrinting();
    if (!INLINE && load('open') === true) { setOpen(true, false); }
    if (INLINE) {
      fit();
      window.addEventListener('resize', fit);
      if (narrowQuery && narrowQuery.addEventListener) { narrowQuery.addEventListener('change', fit); }
      input.addEventListener('focus', function () { if (narrow()) { showPanel(); } });
    }
  }

  // ---- start: load the stylesheet next to this script, then build --------------------------------
  function start() {
    var built = false;
    function go() { if (!built) { built = true; build(); } }
    if (opts.css === 'none' || document.querySelector('link[data-nhsbot-css]')) { go(); return; }
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('widget.css', script.src || window.location.href).href;
    link.setAttribute('data-nhsbot-css', '');
    link.addEventListener('load', go);
    link.addEventListener('error', go);
    setTimeout(go, 3000);
    document.head.appendChild(link);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
