// The robot's screen: renders the state the server streams; sends answers and controls.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const token = new URLSearchParams(location.search).get("token");
  const q = token ? "?token=" + encodeURIComponent(token) : "";
  let state = null;
  let sent = null; // the prompt id an answer was sent for, until the next state
  let source = null;
  let online = false;

  function beside(el, text, st) {
    el.textContent = text || "";
    el.hidden = !text;
    if (st) { el.lang = st.lang; el.dir = st.dir; }
  }

  function live() {
    return online && state && state.prompt && !state.end && sent !== state.prompt.id;
  }

  function setControls() {
    const on = live();
    document.querySelectorAll(".controls button:not(.letter)").forEach((b) => {
      b.disabled = !on;
    });
  }

  // A long word that does not fit its line alone is shown with soft hyphens (the
  // server's `display`: Voikko's syllables), so it breaks between syllables with a hyphen;
  // a word that fits a line of its own keeps whole (VAARA! / Syövyttävä.).
  let measure = null;
  function fit(el, plain, display) {
    el.textContent = plain;
    if (!display || display === plain) return;
    const s = getComputedStyle(el);
    const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    measure = measure || document.createElement("canvas").getContext("2d");
    measure.font = s.fontStyle + " " + s.fontWeight + " " + s.fontSize + " " + s.fontFamily;
    const words = plain.split(/(\s+)/), broken = display.split(/(\s+)/);
    if (words.length !== broken.length) { el.textContent = display; return; }
    el.textContent = words.map((w, i) =>
      measure.measureText(w).width > room - 1 ? broken[i] : w).join("");
  }

  function render(st) {
    state = st;
    if (sent !== null && (!st.prompt || st.prompt.id !== sent)) sent = null;
    const ui = st.ui;
    document.title = "Välkky – " + st.title;
    $("title").textContent = st.title;
    $("about-lesson").textContent = "Oppitunti: " + st.title;
    const p = st.progress;
    const bar = $("progress");
    bar.setAttribute("aria-valuemax", String(p.of));
    const now = p.done ? p.of : Math.max(0, p.step - 1);
    bar.setAttribute("aria-valuenow", String(now));
    bar.setAttribute("aria-valuetext", ui.step.fi + " " + p.step + "/" + p.of);
    bar.firstElementChild.style.width = (100 * now / Math.max(1, p.of)) + "%";
    $("step-text").textContent = ui.step.fi + " " + p.step + "/" + p.of;

    const show = st.show || {};
    const word = $("word"), text = show.text || "";
    word.textContent = text; // fitted at the end, once the rest is laid out
    word.classList.toggle("long", text.length > 12 && text.length <= 60);
    word.classList.toggle("longer", text.length > 60);
    const gloss = $("gloss");
    gloss.textContent = show.gloss || "";
    gloss.lang = st.lang; gloss.dir = st.dir;
    gloss.classList.toggle("alone", !show.text && !!show.gloss); // a drill asks for its word
    const pic = $("picture");
    if (show.image) {
      const src = "image/" + encodeURIComponent(show.image) + q;
      if (pic.getAttribute("src") !== src) pic.setAttribute("src", src);
      pic.alt = show.text || show.gloss || "Kuva";
      pic.hidden = false;
    } else {
      pic.hidden = true; pic.removeAttribute("src"); pic.alt = "";
    }
    const question = st.question && st.question.kind !== "repeat" ? st.question.text : "";
    $("question").textContent = question && question !== show.text ? question : "";

    const subs = $("subtitles");
    subs.replaceChildren(...st.said.map((s) => {
      const line = document.createElement("p");
      line.textContent = s.text;
      if (s.slow) line.className = "slow";
      return line;
    }));

    const v = $("verdict");
    if (st.verdict) {
      v.className = "verdict " + st.verdict.verdict;
      const icon = document.createElement("span");
      icon.className = "icon"; icon.setAttribute("aria-hidden", "true");
      icon.textContent = st.verdict.icon;
      const words = document.createElement("div");
      const w = document.createElement("span");
      w.className = "words-v"; w.textContent = st.verdict.words;
      words.append(w);
      if (st.verdict.beside) {
        const b = document.createElement("small");
        b.lang = st.lang; b.dir = st.dir; b.textContent = st.verdict.beside;
        words.append(b);
      }
      if (st.verdict.heard) {
        const h = document.createElement("small");
        h.textContent = ui.you.fi + ": " + st.verdict.heard;
        words.append(h);
      }
      v.replaceChildren(icon, words);
      v.hidden = false;
    } else {
      v.hidden = true; v.replaceChildren();
    }

    const hint = $("hint");
    if (st.hint) {
      $("hint-text").textContent = st.hint.text;
      hint.lang = st.hint.lang; hint.dir = st.hint.dir; hint.hidden = false;
    } else {
      hint.hidden = true; $("hint-text").textContent = "";
    }

    const choices = $("choices");
    const options = st.prompt ? st.prompt.options : [];
    const labels = (st.prompt && st.prompt.labels) || options;
    const have = [...choices.children].map((b) => b.dataset.option).join("\n");
    if (have !== options.join("\n")) {
      choices.replaceChildren(...options.map((o, i) => {
        const b = document.createElement("button");
        // shown with soft hyphens (a long word breaks at a syllable), named by the word
        b.type = "button"; b.textContent = o; b.lang = "fi";
        b.dataset.option = o; b.dataset.label = labels[i] || o; b.setAttribute("aria-label", o);
        b.addEventListener("click", () => send({ text: o }));
        return b;
      }));
    }
    choices.hidden = options.length === 0;

    document.querySelectorAll("[data-beside]").forEach((el) => {
      beside(el, ui[el.dataset.beside].beside, st);
    });
    $("answer").placeholder = ui.type_here.fi;

    const end = $("end");
    if (st.end) {
      $("lesson").hidden = true; end.hidden = false;
      end.className = "end" + (st.end.completed ? "" : " paused");
      $("end-words").textContent = st.end.words;
      beside($("end-beside"), st.end.beside, st);
      $("end-score").textContent = st.end.score === null ? ""
        : ui.score.fi + ": " + st.end.score + " %";
    } else {
      $("lesson").hidden = false; end.hidden = true;
      // measured where they are now (the picture shown or gone, the options in place)
      fit(word, text, show.display);
      for (const b of choices.children) fit(b, b.dataset.option, b.dataset.label);
    }
    setControls();
  }

  function setOnline(on) {
    online = on;
    const box = $("offline");
    if (!on && state && state.end) { box.hidden = true; return; }
    if (!on && state) {
      const o = state.ui.offline;
      box.textContent = o.fi + (o.beside ? " · " + o.beside : "");
    } else if (!on) {
      box.textContent = "Yhteys katkesi. Yhdistetään uudelleen…";
    }
    box.hidden = on;
    setControls();
  }

  async function send(body) {
    if (!live()) return false;
    const id = state.prompt.id;
    sent = id;
    setControls();
    try {
      const r = await fetch("answer" + q, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...body, prompt: id }),
      });
      if (r.ok) return true;
    } catch (e) {
      // the answer did not reach the screen's server: say so (not a tap at nothing), and
      // open the stream again, which brings the controls back with the current state
      if (sent === id) sent = null;
      source.close();
      setOnline(false);
      setTimeout(connect, 0.5 * reconnectMs);
      return false;
    }
    if (sent === id) sent = null;
    setControls();
    return false;
  }

  // The server pings every few seconds (the interval is the ping's data). A stream that
  // stays silent much longer died without a word (Wi-Fi gone, the far end restarted: no
  // error ever comes): say so and open it again.
  // the server's reconnect wait (its stream's retry:); a refused stream waits 1.5 times
  // it, an answer that did not go half of it
  const reconnectMs = parseFloat(document.documentElement.dataset.reconnectMs) || 1000;
  let watchdog = null;
  let every = 15;
  function alive() {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => { setOnline(false); connect(); }, 2.5 * every * 1000);
  }

  function connect() {
    if (source) source.close(); // one stream at a time, whoever asked for it again
    source = new EventSource("events" + q);
    alive();
    source.onopen = () => { sent = null; setOnline(true); alive(); }; // in flight: settled
    source.addEventListener("ping", (m) => { every = parseFloat(m.data) || every; alive(); });
    source.onmessage = (m) => { online = true; $("offline").hidden = true; alive();
                                render(JSON.parse(m.data)); };
    source.onerror = () => {
      // after the end the page keeps the end screen and quietly waits for the next
      // session on this address (a kiosk stays open between lessons)
      setOnline(false);
      if (source.readyState === EventSource.CLOSED) { // refused: try again shortly
        source.close();
        setTimeout(connect, 1.5 * reconnectMs);
      }
    };
  }

  document.addEventListener("DOMContentLoaded", () => {
    const input = $("answer");
    $("answer-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      if (await send({ text })) input.value = "";
    });
    document.querySelectorAll(".letter").forEach((b) => {
      b.addEventListener("click", () => {
        const s = input.selectionStart ?? input.value.length;
        const e = input.selectionEnd ?? input.value.length;
        input.setRangeText(b.dataset.letter, s, e, "end");
        input.focus();
      });
    });
    document.querySelectorAll("[data-control]").forEach((b) => {
      b.addEventListener("click", () => send({ control: b.dataset.control }));
    });
    $("about-open").addEventListener("click", () => $("about").showModal());
    addEventListener("resize", () => { if (state) render(state); }); // turned, resized
    setControls();
    connect();
  });
})();
