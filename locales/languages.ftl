## The language menu: each language named in itself. Built into the widget,
## so the menu reads right before any other language is loaded.

language-en = English
language-es = Español
language-zh-Hant = 繁體中文
language-zh-Hans = 简体中文
language-vi = Tiếng Việt
language-ko = 한국어
language-ru = Русский
language-ar = العربية
language-ht = Kreyòl ayisyen
language-tl = Tagalog
