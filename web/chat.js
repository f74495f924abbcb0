// Mounts the rasa-webchat widget on the page and connects it to the bot's socket.io channel.
(function () {
  var mount = document.getElementById("webchat");
  var port = mount.getAttribute("data-rasa-port");
  WebChat.default(
    {
      initPayload: "/greet",
      customData: { language: "en" },
      socketUrl: window.location.protocol + "//" + window.location.hostname + ":" + port,
      socketPath: "/socket.io/",
      title: "Article discussion",
      subtitle: "Trump's Russian pivot",
      inputTextFieldHint: "Ask about the article, or share your view...",
      embedded: true,
      showFullScreenButton: false,
      showMessageDate: false,
      params: { storage: "local" },
      // The widget's default pause before each reply mimics typing, up to 3 s a message; the
      // answers are ready at once, so keep just enough of a pause to read them one by one.
      customMessageDelay: function (message) {
        return Math.min(1000, Math.max(300, message.length * 5));
      },
    },
    mount // rasa-webchat 1.x mounts into this element; `selector` was the 0.x API
  );
})();
