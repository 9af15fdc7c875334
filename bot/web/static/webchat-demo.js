// Starts the standard Rasa web client (rasa-webchat, served from node_modules) on the demo page.
// It talks to the Rasa server's socketio channel (user_uttered / bot_uttered, session persistence).
(function () {
  'use strict';
  var script = document.currentScript;
  var botUrl = (script && script.getAttribute('data-bot-url')) || '';
  // The first message of a new session: the bot resets and greets on "start again".
  var initPayload = (script && script.getAttribute('data-init-payload')) || 'start again';
  var target = document.getElementById('webchat');
  if (!window.WebChat || !botUrl || !target) { return; }
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
    params: { storage: 'session' }
  }, target);
}());
