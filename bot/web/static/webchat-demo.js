// Starts the standard Rasa web client (rasa-webchat, served from node_modules) on the demo page.
// It talks to the Rasa server's socketio channel (user_uttered / bot_uttered) with session
// persistence: the session id is kept in sessionStorage, and after a reload the server carries on
// the same conversation (bot/channels/socketio.py). The bot's custom payloads (advice, services,
// the emergency checklist) are drawn by the widget's own cards (widget.js in data-mode="cards").
(function () {
  'use strict';
  var script = document.currentScript;
  var botUrl = (script && script.getAttribute('data-bot-url')) || '';
  // The first message of a new session: the bot resets and greets on "start again".
  var initPayload = (script && script.getAttribute('data-init-payload')) || 'start again';
  var target = document.getElementById('webchat');
  if (!window.WebChat || !botUrl || !target) { return; }

  // What rasa-webchat adds to the payload's fields when it hands them to customComponent.
  var ADDED = ['id', 'isLast', 'store', 'dispatch', 'text'];
  var REACT_ELEMENT = typeof Symbol === 'function' && Symbol.for ? Symbol.for('react.element') : 0xeac7;

  function fill(node, custom) {
    if (!node || node.firstChild || !window.NHSBotCards) { return; }
    var card = window.NHSBotCards.render(custom, true); // the text before services is shown as a bubble
    if (card) { node.appendChild(card); }
  }

  // rasa-webchat draws a custom payload with `customComponent`, a React component. React is inside
  // its bundle, not on the page, so this returns a plain React element (an empty div) whose ref
  // callback puts the widget's card in it, once.
  function customComponent(props) {
    var custom = {};
    Object.keys(props || {}).forEach(function (k) { if (ADDED.indexOf(k) < 0) { custom[k] = props[k]; } });
    return {
      $$typeof: REACT_ELEMENT, type: 'div', key: null, _owner: null,
      ref: function (node) { fill(node, custom); },
      props: { className: 'nhsbot nhsbot-webchat-card' }
    };
  }

  window.WebChat.default({
    socketUrl: botUrl,
    socketPath: '/socket.io/',
    initPayload: initPayload,
    title: 'NHS help chat (Rasa web client)',
    subtitle: 'Demo',
    inputTextFieldHint: 'Type your answer',
    embedded: true,
    withRules: false, // Botfront-only feature; without it the client shows at once
    hideWhenNotConnected: false,
    showFullScreenButton: false,
    customData: { language: 'en' },
    customComponent: customComponent,
    // rasa-webchat holds each message back 30 ms a character (0.8 to 3 s each, one after another)
    // to look like typing; the bot has answered already, so show it at once.
    customMessageDelay: function () { return 0; },
    params: { storage: 'session' }
  }, target);
}());
