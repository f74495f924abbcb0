// The chat beside the article: talks to the bot's socket.io channel, shows every message as plain
// text, links each `From the article: "..."` quote to its sentence, and keeps the conversation
// (and the quick replies last shown) in localStorage so a reload carries on where it was. A
// reader's message is kept there too until the bot acknowledges it, and sent again on each new
// connection until then: one sent into a connection that has just died is not lost.
(function () {
  "use strict";

  var STORE = "chat_session";
  // The bot quotes the article verbatim, one quote a line: From the article: "<quote>" (answers),
  // Supporters: "<quote>" and Critics: "<quote>" (when asked its own view).
  var QUOTE = /(From the article|Supporters|Critics): "([^\n]+)"/g;
  // How long the bot may take to acknowledge a message (it does once it has replied) before the
  // connection is taken for dead and replaced, which sends the message again. Well above a busy
  // bot's reply time: a message sent twice is only handled once, but each is a wasted turn.
  var ACK_WAIT = 30000;
  var phone = window.matchMedia("(max-width: 799px)");
  var reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  var chat = document.getElementById("chat");
  var log = document.getElementById("chat-log");
  var replies = document.getElementById("chat-replies");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var status = document.getElementById("chat-status");
  var toggle = document.getElementById("chat-toggle");
  var passages = Array.prototype.slice.call(document.querySelectorAll("#article [id]"));

  var state = load();
  // The conversation's id is made here, not by the bot, so that it can also go on the socket's
  // URL (?reader=): a load balancer in front of several bots keeps each reader on one of them
  // by it (deploy/nginx.conf). The bot takes a session_request's id as it is.
  if (!state.session_id) {
    state.session_id = newId();
    save();
  }
  var confirmed = false; // the socket's session_request answered

  function newId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORE));
      if (saved && Array.isArray(saved.messages) && Array.isArray(saved.replies)) {
        if (!Array.isArray(saved.pending)) saved.pending = []; // saved by an older page
        return saved;
      }
    } catch (error) { /* no storage, or not ours: start afresh */ }
    return { session_id: null, messages: [], replies: [], pending: [] };
  }

  function save() {
    try { window.localStorage.setItem(STORE, JSON.stringify(state)); } catch (error) { /* private mode */ }
  }

  // --- the article: where a quote is, and showing it --------------------------------------

  function findQuote(quote) {
    for (var i = 0; i < passages.length; i++) {
      var start = passages[i].textContent.indexOf(quote);
      if (start >= 0) return { element: passages[i], start: start };
    }
    return null;
  }

  function clearHighlight() {
    var old = document.getElementById("quoted");
    if (!old) return;
    var parent = old.parentNode;
    parent.replaceChild(document.createTextNode(old.textContent), old);
    parent.normalize(); // one text node again, so the next quote's offsets hold
  }

  function showQuote(quote) {
    clearHighlight();
    var place = findQuote(quote);
    if (!place) return;
    var range = document.createRange();
    range.setStart(place.element.firstChild, place.start);
    range.setEnd(place.element.firstChild, place.start + quote.length);
    var mark = document.createElement("mark");
    mark.id = "quoted";
    mark.tabIndex = -1;
    range.surroundContents(mark);
    if (phone.matches) setOpen(false); // the panel would cover the sentence
    mark.scrollIntoView({ block: "center", behavior: reducedMotion.matches ? "auto" : "smooth" });
    mark.focus({ preventScroll: true });
  }

  // --- the conversation ---------------------------------------------------------------------

  function quoteLink(quote, place) {
    var link = document.createElement("a");
    link.className = "quote";
    link.href = "#" + place.element.id;
    link.textContent = quote;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      showQuote(quote);
    });
    return link;
  }

  // Text, with each verbatim quote found in the article made a link to it.
  function botText(bubble, text) {
    var shown = 0;
    var found;
    QUOTE.lastIndex = 0;
    while ((found = QUOTE.exec(text)) !== null) {
      var quote = found[2];
      var place = findQuote(quote);
      if (!place) continue;
      var start = found.index + found[0].length - quote.length - 1; // after the opening "
      bubble.appendChild(document.createTextNode(text.slice(shown, start)));
      bubble.appendChild(quoteLink(quote, place));
      shown = start + quote.length;
    }
    bubble.appendChild(document.createTextNode(text.slice(shown)));
  }

  function render(message) {
    var item = document.createElement("div");
    item.className = "msg msg-" + message.from;
    var who = document.createElement("span");
    who.className = "visually-hidden";
    who.textContent = message.from === "bot" ? "Bot: " : "You: ";
    var bubble = document.createElement("p");
    bubble.className = "bubble";
    if (message.from === "bot") botText(bubble, message.text);
    else bubble.textContent = message.text; // the reader's words, never markup
    item.appendChild(who);
    item.appendChild(bubble);
    log.appendChild(item);
    scrollDown();
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  function add(message) {
    state.messages.push(message);
    save();
    render(message);
  }

  function showReplies(list) {
    replies.textContent = "";
    list.forEach(function (reply) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = reply.title;
      button.addEventListener("click", function () {
        send(reply.payload, reply.title);
        input.focus(); // the button is gone; carry on from the text box
      });
      replies.appendChild(button);
    });
    replies.hidden = list.length === 0;
    scrollDown(); // the replies take room from the log: keep its last message in view
  }

  function setReplies(list) {
    state.replies = list;
    save();
    showReplies(list);
  }

  // Send one of state.pending; once the bot acknowledges it, it is no longer pending. Without an
  // acknowledgement it is sent again on the next session_confirm (the bot handles it once).
  function emit(message) {
    var connection = socket.id;
    socket.timeout(ACK_WAIT).emit("user_uttered", {
      message: message.payload, message_id: message.id, session_id: state.session_id,
      customData: { language: "en" },
    }, function (error) {
      if (!error) {
        state.pending = state.pending.filter(function (m) { return m.id !== message.id; });
        save();
      } else if (socket.connected && socket.id === connection) {
        socket.disconnect().connect(); // it looks alive but doesn't answer: a new connection
      }
    });
  }

  function queue(payload) {
    var message = { id: newId(), payload: payload };
    state.pending.push(message);
    save();
    if (confirmed) emit(message);
  }

  function send(payload, shown) {
    add({ from: "reader", text: shown });
    setReplies([]);
    queue(payload);
  }

  function setOpen(open) {
    chat.classList.toggle("collapsed", !open);
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "Hide chat" : "Show chat";
  }

  // --- the socket ---------------------------------------------------------------------------

  // The bot's port on this page's host; none (behind the load balancer) means this page's origin.
  var port = chat.getAttribute("data-rasa-port");
  var options = { path: "/socket.io/", query: { reader: state.session_id } };
  var socket = port
    ? window.io(window.location.protocol + "//" + window.location.hostname + ":" + port, options)
    : window.io(options);

  socket.on("connect", function () {
    status.textContent = "";
    // Join this conversation (new or not); the bot confirms its id.
    socket.emit("session_request", { session_id: state.session_id });
  });
  socket.on("session_confirm", function (sessionId) {
    state.session_id = sessionId;
    confirmed = true;
    save();
    state.pending.forEach(emit); // typed while disconnected, or not acknowledged: in order
    if (state.messages.length === 0 && state.pending.length === 0) {
      queue("/greet"); // the bot's welcome, with buttons to start from
    }
  });
  socket.on("bot_uttered", function (message) {
    if (!message || typeof message.text !== "string") return;
    add({ from: "bot", text: message.text });
    var offered = message.quick_replies || message.buttons || [];
    if (offered.length) {
      setReplies(offered.map(function (reply) {
        return { title: String(reply.title), payload: String(reply.payload) };
      }));
    }
  });
  socket.on("disconnect", function () {
    confirmed = false; // what is typed now waits for the session to be confirmed again
    status.textContent = "Reconnecting to the bot...";
  });
  socket.on("connect_error", function () { status.textContent = "Can't reach the bot; retrying..."; });

  // --- the page -----------------------------------------------------------------------------

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text, text);
  });
  toggle.addEventListener("click", function () {
    setOpen(chat.classList.contains("collapsed"));
  });

  state.messages.forEach(render);
  showReplies(state.replies);

  // For tests and the curious: the same lookup the quote links use.
  window.discussChat = { findQuote: findQuote };
})();
