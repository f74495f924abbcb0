// Mounts the rasa-webchat widget on the page and connects it to the bot's socket.io channel.
(function () {
  var mount = document.getElementById("webchat");
  var port = mount.getAttribute("data-rasa-port");
  WebChat.default(
    {
      selector: "#webchat",
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
    },
    null
  );
})();
