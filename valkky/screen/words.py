"""The screen's and the terminal's own words: Finnish first (the learner is learning it),
each with the learner's language beside it. Only words; never ids or reason codes."""

from __future__ import annotations

# Scripts written right to left, by language code.
RTL = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"})

FI: dict[str, str] = {
    "answer": "vastaus",
    "again": "Toista",
    "slower": "Hitaammin",
    "help": "En ymmärrä",
    "send": "Lähetä",
    "correct": "Oikein!",
    "almost": "Melkein",
    "wrong": "Ei aivan",
    "silence": "En kuullut vastausta",
    "done": "Tunti valmis!",
    "paused": "Tauko. Ensi kerralla jatketaan tästä.",
    "offline": "Yhteys katkesi. Yhdistetään uudelleen…",
    "listen": "Kuuntele",
    "your_turn": "Sinun vuorosi",
    "you": "Sinä",
    "stop": "lopeta",
    "about": "Tietoja",
    "close": "Sulje",
    "step": "Vaihe",
    "score": "Tulos",
    "type_here": "Kirjoita vastaus",
}

# The same words in the learners' languages (those the lessons support).
WORDS: dict[str, dict[str, str]] = {
    "en": {"answer": "answer", "again": "Say it again", "slower": "Slower",
           "help": "I don't understand", "send": "Send", "correct": "Correct",
           "almost": "Almost", "wrong": "Not quite", "silence": "No answer heard",
           "done": "Lesson finished", "paused": "A break. Next time we go on from here.",
           "offline": "Connection lost. Reconnecting…", "listen": "Listen",
           "your_turn": "Your turn", "stop": "stop", "score": "Result",
           "type_here": "Type your answer"},
    "ru": {"answer": "ответ", "again": "Повторите", "slower": "Медленнее",
           "help": "Я не понимаю", "send": "Отправить", "correct": "Правильно",
           "almost": "Почти", "wrong": "Не совсем", "silence": "Ответа не слышно",
           "done": "Урок окончен", "paused": "Перерыв. В следующий раз продолжим отсюда.",
           "offline": "Нет связи. Подключаемся снова…", "listen": "Слушайте",
           "your_turn": "Ваша очередь", "stop": "стоп", "score": "Результат",
           "type_here": "Напишите ответ"},
    "uk": {"answer": "відповідь", "again": "Повторіть", "slower": "Повільніше",
           "help": "Я не розумію", "send": "Надіслати", "correct": "Правильно",
           "almost": "Майже", "wrong": "Не зовсім", "silence": "Відповіді не чути",
           "done": "Урок закінчено", "paused": "Перерва. Наступного разу продовжимо звідси.",
           "offline": "Немає зв'язку. Підключаємося знову…", "listen": "Слухайте",
           "your_turn": "Ваша черга", "stop": "стоп", "score": "Результат",
           "type_here": "Напишіть відповідь"},
    "ar": {"answer": "الإجابة", "again": "أعد مرة أخرى", "slower": "أبطأ",
           "help": "لا أفهم", "send": "إرسال", "correct": "صحيح", "almost": "تقريبًا",
           "wrong": "ليس تمامًا", "silence": "لم أسمع إجابة", "done": "انتهى الدرس",
           "paused": "استراحة. في المرة القادمة نكمل من هنا.",
           "offline": "انقطع الاتصال. جارٍ إعادة الاتصال…", "listen": "استمع",
           "your_turn": "دورك", "stop": "توقف", "score": "النتيجة",
           "type_here": "اكتب إجابتك"},
    "fa": {"answer": "پاسخ", "again": "دوباره بگو", "slower": "آهسته‌تر",
           "help": "نمی‌فهمم", "send": "ارسال", "correct": "درست", "almost": "تقریباً",
           "wrong": "نه کاملاً", "silence": "پاسخی نشنیدم", "done": "درس تمام شد",
           "paused": "استراحت. دفعهٔ بعد از همین‌جا ادامه می‌دهیم.",
           "offline": "اتصال قطع شد. در حال اتصال دوباره…", "listen": "گوش کن",
           "your_turn": "نوبت توست", "stop": "توقف", "score": "نتیجه",
           "type_here": "پاسخ را بنویس"},
    # Somali: written by us, not yet checked by a native speaker (docs/lesson-format.md
    # lists what wants that review); ar, fa, ru, uk, en were read by speakers' standards.
    "so": {"answer": "jawaab", "again": "Ku celi", "slower": "Si tartiib ah",
           "help": "Ma fahmin", "send": "Dir", "correct": "Sax", "almost": "Ku dhowaad",
           "wrong": "Sax maaha", "silence": "Jawaab lama maqlin", "done": "Casharku wuu dhammaaday",
           "paused": "Nasasho. Marka xigta halkan ayaan ka sii wadaynaa.",
           "offline": "Xiriirka waa go'ay. Dib ayaa loo xirayaa…", "listen": "Dhageyso",
           "your_turn": "Adiga ayaa leh", "stop": "jooji", "score": "Natiijada",
           "type_here": "Qor jawaabta"},
}


def direction(lang: str | None) -> str:
    """``rtl`` for a language written right to left, else ``ltr``."""
    return "rtl" if (lang or "").split("-")[0] in RTL else "ltr"


def word(key: str, lang: str | None) -> str | None:
    """``key`` in the learner's language, or None where there is none (or it is Finnish)."""
    if not lang or lang == "fi":
        return None
    return WORDS.get(lang, {}).get(key)


def answer_prompt(lang: str | None) -> str:
    """The terminal's prompt: ``vastaus (answer)> ``, in the hint language."""
    beside = word("answer", lang)
    return f"vastaus ({beside})> " if beside else "vastaus> "
