// The participant page of a Cutline room (docs/room.md): join with a name and the PIN, score
// the round's candidates blind, see the spread after the reveal. No framework, no CDN: the
// laptop serves this file on the LAN. Text from the server is only ever set as textContent.
"use strict";

(function () {
  const token = location.pathname.split("/")[2] || "";
  // A script's join address may carry the PIN after "#pin="; the projector's never does.
  const hashPin = (/(?:^#|&)pin=([0-9]{4})/.exec(location.hash) || [])[1] || "";
  const secretKey = "cutline-room-secret:" + token;
  const $ = (id) => document.getElementById(id);
  const state = {
    socket: null, joined: false, unlocked: false, closed: false, retries: 0, round: null,
    pin: hashPin, joining: false,
    own: {},      // candidate id → the ballot the server saved
    drafts: {},   // candidate id → {values, reason} being edited
    pending: {},  // candidate id → ballot not yet acknowledged
    reveal: null, timer: null, secondsLeft: null
  };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function setStatus(text, offline) {
    $("status").textContent = text;
    $("status").classList.toggle("offline", !!offline);
  }

  function showError(text) {
    $("error").textContent = text || "";
    $("error").hidden = !text;
  }

  function send(message) {
    if (state.socket && state.socket.readyState === WebSocket.OPEN) {
      state.socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    const socket = new WebSocket(scheme + location.host + "/ws/" + token);
    state.socket = socket;
    socket.onopen = () => { state.retries = 0; setStatus("Connected"); };
    socket.onmessage = (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      const handler = handlers[message.type];
      if (handler) handler(message);
    };
    socket.onclose = () => {
      state.joined = false;
      state.unlocked = false;
      state.joining = false;
      if (state.closed) return;
      // Back off: 0.3 s, 0.6 s, 1.2 s … up to 8 s, with a little jitter.
      const delay = Math.min(8000, 300 * Math.pow(2, state.retries++)) * (0.8 + Math.random() * 0.4);
      setStatus("Reconnecting…", true);
      setTimeout(connect, delay);
    };
  }

  const handlers = {
    hello() {
      const secret = localStorage.getItem(secretKey);
      if (secret) send({ type: "resume", secret: secret });
      else unlockOrAsk();
    },
    welcome(m) {
      localStorage.setItem(secretKey, m.secret);
      state.joined = true;
      state.unlocked = true;
      state.joining = false;
      $("join").hidden = true;
      $("unlock").hidden = true;
      showError("");
      $("title").textContent = m.workshop || "Cutline room";
      setStatus("Joined as " + m.name);
      for (const id in state.pending) send(state.pending[id]);
    },
    round(m) {
      state.unlocked = true;
      $("unlock").hidden = true;
      $("join").hidden = state.joined;
      const previous = state.round;
      state.round = m.round;
      state.own = {};
      for (const b of m.ballots || []) state.own[b.candidate] = b;
      if (!previous || previous.number !== m.round.number) { state.drafts = {}; state.reveal = null; }
      if (m.round.state === "open") state.reveal = null;
      startTimer(m.round.secondsLeft);
      render();
    },
    saved(m) {
      const b = m.ballot;
      state.own[b.candidate] = b;
      delete state.pending[b.candidate];
      delete state.drafts[b.candidate];
      renderCard(b.candidate); // only this card: typing in another one keeps its focus
    },
    progress(m) {
      $("progress").textContent = m.finished + " of " + m.participants + " have voted on everything";
    },
    reveal(m) {
      state.reveal = {};
      state.revealOrder = [];
      for (const s of m.spreads || []) { state.reveal[s.candidate] = s; state.revealOrder.push(s.candidate); }
      render();
    },
    error(m) {
      if (m.code === "unknown_participant") {
        localStorage.removeItem(secretKey);
        unlockOrAsk();
      }
      if (m.code === "wrong_pin" || m.code === "too_many_pins") {
        state.pin = "";
        askPin();
      }
      if (m.code === "bad_name" || m.code === "name_taken" || m.code === "room_full") {
        state.joining = false;
        $("join").hidden = false;
        $("name").focus();
      }
      if (m.code === "locked") state.pending = {};
      showError(m.message);
      render();
    },
    closed(m) {
      state.closed = true;
      setStatus(m.message || "The room is closed.");
      state.socket.close();
    }
  };

  function unlockOrAsk() {
    if (state.pin) send({ type: "unlock", pin: state.pin });
    else askPin();
  }

  function askPin() {
    $("unlock").hidden = false;
    $("join").hidden = true;
    $("round").hidden = true;
    setStatus("Type the PIN shown on the projector");
    $("pin").focus();
  }

  function join() {
    const name = $("name").value.trim();
    if (!name) {
      showError("Type your name first, so the room knows who voted.");
      $("name").focus();
      return false;
    }
    if (!state.joining && !state.joined) {
      state.joining = true;
      send({ type: "join", name: name });
    }
    return true;
  }

  $("pin-form").addEventListener("submit", (event) => {
    event.preventDefault();
    showError("");
    state.pin = $("pin").value.trim();
    if (!send({ type: "unlock", pin: state.pin }))
      showError("Not connected yet. Try again in a moment.");
  });

  $("name-form").addEventListener("submit", (event) => {
    event.preventDefault();
    showError("");
    join();
  });

  function startTimer(seconds) {
    clearInterval(state.timer);
    state.secondsLeft = typeof seconds === "number" ? seconds : null;
    if (state.secondsLeft === null) return;
    state.timer = setInterval(() => {
      state.secondsLeft = Math.max(0, state.secondsLeft - 1);
      renderInfo();
      if (state.secondsLeft === 0) clearInterval(state.timer);
    }, 1000);
  }

  function renderInfo() {
    const r = state.round;
    let text = "Round " + r.number + (r.anonymous ? " · anonymous" : " · named");
    text += r.state === "revealed" ? " · revealed, ballots locked" : " · your votes are hidden until the reveal";
    if (state.secondsLeft !== null && r.state === "open") text += " · " + state.secondsLeft + " s left";
    $("round-info").textContent = text;
  }

  function render() {
    const r = state.round;
    if (!state.unlocked || !r) return;
    if (!state.joined) setStatus("Type your name, then score");
    $("round").hidden = false;
    const list = $("candidates");
    list.textContent = "";
    if (r.state === "waiting") {
      $("round-info").textContent = "Waiting for the facilitator to open a round…";
      return;
    }
    renderInfo();
    // Nothing is left to vote on once the round is revealed: no name to type.
    if (r.state !== "open" && !state.joined) {
      $("join").hidden = true;
      setStatus("Round " + r.number + " is revealed; join when the next round opens");
    }
    let candidates = r.candidates;
    if (state.reveal) {
      // In the room's discussion order (the server's), as on the projector.
      const order = state.revealOrder || [];
      const rank = (c) => { const i = order.indexOf(c.id); return i < 0 ? order.length : i; };
      candidates = candidates.slice().sort((a, b) => rank(a) - rank(b));
    }
    for (const c of candidates) list.appendChild(card(r, c));
  }

  function renderCard(id) {
    const r = state.round;
    const old = document.querySelector('article.card[data-candidate="' + Number(id) + '"]');
    const c = r && r.candidates.find((x) => x.id === id);
    if (old && c) old.replaceWith(card(r, c));
    else render();
  }

  function draftOf(id) {
    if (!state.drafts[id]) {
      const own = state.own[id];
      state.drafts[id] = { values: Object.assign({}, own ? own.values : {}), reason: own ? own.reason : "" };
    }
    return state.drafts[id];
  }

  function card(r, c) {
    const locked = r.state !== "open";
    const box = el("article", "card" + (locked ? " locked" : ""));
    box.dataset.candidate = c.id;
    const h = el("h2");
    h.appendChild(el("span", "key", c.key));
    h.appendChild(document.createTextNode(c.title));
    box.appendChild(h);
    if (c.problem) box.appendChild(el("p", "problem", c.problem));
    const draft = draftOf(c.id);
    for (const input of r.inputs) box.appendChild(inputControl(input, draft, locked, r.unit));
    const reasonLabel = el("label", null, "Reason (optional, one line)");
    const reason = el("input");
    reason.maxLength = 200;
    reason.value = draft.reason || "";
    reason.disabled = locked;
    reason.addEventListener("input", () => { draft.reason = reason.value; });
    reasonLabel.appendChild(reason);
    box.appendChild(reasonLabel);
    if (!locked) {
      const save = el("button", "save", state.own[c.id] ? "Update my vote" : "Save my vote");
      save.type = "button";
      save.addEventListener("click", () => submit(r, c, draft));
      box.appendChild(save);
    }
    if (state.pending[c.id]) box.appendChild(el("p", "pending", "Not sent yet — will send when reconnected"));
    else if (state.own[c.id]) box.appendChild(el("p", "saved", "saved ✓"));
    if (state.reveal && state.reveal[c.id]) box.appendChild(spread(r, state.reveal[c.id]));
    return box;
  }

  function inputControl(input, draft, locked, unit) {
    const wrap = el("div", "input");
    let label = input.label;
    if (input.id.startsWith("effort")) label += " (" + unit + ")";
    else if (input.id === "confidence") label += " (%)";
    wrap.appendChild(el("div", "input-label", label + (input.optional ? " — optional" : "")));
    const steps = (input.max - input.min) / input.step;
    if (!input.ratio && steps <= 10 && Number.isInteger(steps)) {
      const scale = el("div", "scale");
      for (let v = input.min; v <= input.max + 1e-9; v += input.step) {
        const value = Math.round(v * 1000) / 1000;
        const b = el("button", draft.values[input.id] === value ? "chosen" : "", String(value));
        b.type = "button";
        b.disabled = locked;
        b.dataset.input = input.id;
        b.addEventListener("click", () => {
          draft.values[input.id] = value;
          for (const other of scale.children) other.classList.toggle("chosen", other === b);
        });
        scale.appendChild(b);
      }
      wrap.appendChild(scale);
    } else {
      const field = el("input");
      field.type = "number";
      field.inputMode = "decimal";
      field.min = input.min;
      if (!input.ratio) {
        field.max = input.max; // effort and reach have no upper limit
        field.placeholder = input.min + "–" + input.max;
      }
      field.step = "any";
      field.dataset.input = input.id;
      field.disabled = locked;
      if (draft.values[input.id] !== undefined) field.value = draft.values[input.id];
      field.addEventListener("input", () => {
        if (field.value === "") delete draft.values[input.id];
        else draft.values[input.id] = Number(field.value);
      });
      wrap.appendChild(field);
    }
    return wrap;
  }

  function submit(r, c, draft) {
    showError("");
    for (const input of r.inputs)
      if (!input.optional && draft.values[input.id] === undefined) {
        showError(c.key + ": choose a value for " + input.label + ".");
        return;
      }
    const ballot = { type: "ballot", candidate: c.id, values: draft.values, reason: draft.reason || "" };
    if (!state.joined && !join()) return;
    state.pending[c.id] = ballot;
    if (state.joined) send(ballot); // otherwise sent on the welcome
    renderCard(c.id);
  }

  function spread(r, s) {
    const box = el("div", "spread");
    if (!s.ballots) {
      box.appendChild(el("strong", null, "Nobody scored this one in this round"));
      return box;
    }
    box.appendChild(el("strong", null, "The room (" + s.ballots + (s.ballots === 1 ? " ballot)" : " ballots)")));
    if (s.couldChangePlan) box.appendChild(el("span", "flag", "could change the plan"));
    if (s.diverges) box.appendChild(el("span", "flag", "views differ"));
    if (s.acceptChangesPlan) box.appendChild(el("span", "flag", "accepting moves the plan"));
    for (const i of s.inputs) {
      const spec = r.inputs.find((x) => x.id === i.input) || { label: i.input, min: i.min, max: i.max };
      const row = el("div", "row", spec.label + ": median " + fmt(i.median) + ", from " + fmt(i.min) + " to " + fmt(i.max));
      const lo = Math.min(spec.min, i.min), hi = Math.max(spec.max, i.max);
      const dots = el("div", "dots");
      const at = (v) => (hi > lo ? ((v - lo) / (hi - lo)) * 100 : 50) + "%";
      for (const v of i.values) { const d = el("span"); d.style.left = at(v); dots.appendChild(d); }
      const m = el("span", "median"); m.style.left = at(i.median); dots.appendChild(m);
      box.appendChild(row);
      box.appendChild(dots);
    }
    if (s.explainHigh || s.explainLow)
      box.appendChild(el("p", null, "Explain first: " + [s.explainHigh, s.explainLow].filter(Boolean).join(" and ")));
    return box;
  }

  function fmt(v) { return Math.round(v * 10) / 10; }

  if (!token) setStatus("This link has no room code. Open the link shown on the projector.", true);
  else connect();
})();
