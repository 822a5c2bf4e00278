"""A content folder with one guide in seven more scripts and languages, for search tests.

Only English and Spanish content ships today; these short texts (written for the tests,
never shipped) make every tokenizer path run: Arabic with harakat, tatweel and alef
variants, Persian with its own yeh and kaf and a zero-width non-joiner, Chinese without
spaces, Korean with particles, Vietnamese and French accents, Russian with ё.
"""

from __future__ import annotations

from pathlib import Path

from tests.content_factory import write, write_minimal_content

LANGUAGES = """\
- code: en
  locale: en
- code: es
  locale: es
- code: ar
  locale: ar
- code: fa
  locale: fa
- code: zh
  locale: zh_Hans
  native_name: 中文
  english_name: Chinese
- code: ko
  locale: ko
- code: vi
  locale: vi
- code: fr
  locale: fr
- code: ru
  locale: ru
"""

# (title, summary, card headline, body) of the agents-at-door guide in each language.
GUIDES = {
    "ar": (
        "عملاء الهجرة عند بابك",
        "لا يجب عليك فتح الباب.",
        "لا تفتح الباب",
        "أبقِ الباب مغلقاً. اطلب من العملاء تمرير المُذَكِّرَة من تحت الباب.\n"
        "لا يحق لهم الدخول إلا إذا كان معهم أمر من قاضٍ. يمكنك أن تطلب التحدث مع محامٍ. الشـرطة المحلية ليست الهجرة.",
    ),
    "fa": (
        "مأموران مهاجرت پشت در خانه شما",
        "لازم نیست در را باز کنید.",
        "در را باز نکنید",
        "در را بسته نگه دارید. فقط حکمی که قاضی امضا کرده به آنها اجازه ورود می‌دهد.",
    ),
    "zh": (
        "移民官员在您家门口",
        "您不必开门。",
        "不要开门",
        "请保持门关闭。请他们把逮捕令从门下递进来。只有法官签署的逮捕令才允许他们进入您的家。",
    ),
    "ko": (
        "이민 단속 요원이 집에 왔을 때",
        "문을 열지 않아도 됩니다.",
        "문을 열지 마세요",
        "문을 닫아 두세요. 판사가 서명한 영장이 있어야만 들어올 수 있습니다.",
    ),
    "vi": (
        "Nhân viên di trú ở cửa nhà bạn",
        "Bạn không phải mở cửa.",
        "Đừng mở cửa",
        "Hãy giữ cửa đóng. Chỉ lệnh do thẩm phán ký mới cho phép họ vào nhà. Bạn có quyền giữ im lặng.",
    ),
    "fr": (
        "Des agents de l’immigration à votre porte",
        "Vous n’êtes pas obligé d’ouvrir la porte.",
        "N’ouvrez pas la porte",
        "Gardez la porte fermée. Seul un mandat signé par un juge leur permet d’entrer. "
        "Vous avez le droit de garder le silence.",
    ),
    "ru": (
        "Иммиграционные агенты у вашей двери",
        "Вы не обязаны открывать дверь.",
        "Не открывайте дверь",
        "Держите дверь закрытой. Только ордер, подписанный судьёй, позволяет им войти.",
    ),
}

GUIDE = """\
---
id: agents-at-door
title: "{title}"
summary: "{summary}"
card:
  headline: "{headline}"
  key_points:
    - "{headline}"
translation:
  status: machine
  from_hash: "0"
---
{body}
"""


def write_multilingual_content(root: Path) -> Path:
    write_minimal_content(root)
    write(root / "languages.yaml", LANGUAGES)
    for lang, (title, summary, headline, body) in GUIDES.items():
        text = GUIDE.format(title=title, summary=summary, headline=headline, body=body)
        write(root / "guides" / "agents-at-door" / f"{lang}.md", text)
    return root
