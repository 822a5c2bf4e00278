"""A deterministic synthetic corpus for the search benchmark: the same records on every
machine and every run, in ten languages and their scripts.

Records are made from a small vocabulary of legal-help words per language (real words,
so folding, accents, Arabic letters, CJK runs and Cyrillic are exercised), sampled with
a Zipf-like skew as real text is, plus invented proper names (organisations, places,
people) that give the long tail of rare words a real directory has. Nothing here is
shown to users or presented as fact: it only measures speed.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

from desktopguide.core.search.documents import SearchDocument

SEED = 20260221
RECORDS = 20_000
KINDS = ("org", "org", "org", "org", "org", "place", "place", "guide", "term", "term")

# Words a person would write about legal help, in each language (a few function words
# too). Syllables of one Vietnamese word are joined by "_" here and by a space in text.
VOCABULARY: dict[str, str] = {
    "en": "immigration lawyer legal help free rights police court judge warrant detainer deportation family office "
    "county city sheriff jail hearing asylum visa card work permit school health housing services language "
    "interpreter appointment document consultation community center program emergency hotline application "
    "citizenship residence status notice appeal bond detention interview clinic the of and for to with in your",
    "es": "inmigración abogado legal ayuda gratis derechos policía corte juez orden retención deportación familia "
    "oficina condado ciudad alguacil cárcel audiencia asilo visa tarjeta trabajo permiso escuela salud vivienda "
    "servicios idioma intérprete cita documento consulta comunidad centro programa emergencia línea solicitud "
    "ciudadanía residencia estatus aviso apelación fianza detención entrevista clínica papeles "
    "el la de y para con en su",
    "fr": "immigration avocat juridique aide gratuit droits police tribunal juge mandat détention expulsion famille "
    "bureau comté ville shérif prison audience asile visa carte travail permis école santé logement services "
    "langue interprète rendez-vous document consultation communauté centre programme urgence demande "
    "citoyenneté résidence statut avis appel caution entretien clinique le la de et pour avec dans votre",
    "pt": "imigração advogado jurídico ajuda gratuito direitos polícia tribunal juiz mandado detenção deportação "
    "família escritório condado cidade xerife prisão audiência asilo visto cartão trabalho autorização escola "
    "saúde moradia serviços idioma intérprete consulta documento comunidade centro programa emergência pedido "
    "cidadania residência situação aviso recurso fiança entrevista clínica o a de e para com em seu",
    "vi": "di_trú luật_sư pháp_lý giúp_đỡ miễn_phí quyền cảnh_sát tòa_án thẩm_phán lệnh tạm_giữ trục_xuất "
    "gia_đình văn_phòng quận thành_phố nhà_tù điều_trần tị_nạn thị_thực thẻ việc_làm giấy_phép trường_học "
    "sức_khỏe nhà_ở dịch_vụ ngôn_ngữ thông_dịch_viên cuộc_hẹn giấy_tờ tư_vấn cộng_đồng trung_tâm chương_trình "
    "khẩn_cấp đơn quốc_tịch cư_trú tình_trạng thông_báo kháng_cáo phỏng_vấn của và cho với tại bạn",
    "ar": "الهجرة محامي قانوني مساعدة مجاني حقوق الشرطة المحكمة القاضي مذكرة احتجاز ترحيل عائلة مكتب مقاطعة "
    "مدينة الشريف السجن جلسة لجوء تأشيرة بطاقة عمل تصريح مدرسة صحة سكن خدمات لغة مترجم موعد وثيقة استشارة "
    "مجتمع مركز برنامج طوارئ طلب جنسية إقامة وضع إشعار استئناف كفالة مقابلة عيادة في من إلى على مع",
    "fa": "مهاجرت وکیل حقوقی کمک رایگان حقوق پلیس دادگاه قاضی حکم بازداشت اخراج خانواده دفتر شهرستان شهر "
    "زندان جلسه پناهندگی ویزا کارت کار مجوز مدرسه سلامت مسکن خدمات زبان مترجم ملاقات مدرک مشاوره جامعه "
    "مرکز برنامه اضطراری درخواست شهروندی اقامت وضعیت اطلاعیه تجدیدنظر وثیقه مصاحبه در از به با برای",
    "zh": "移民 律师 法律 帮助 免费 权利 警察 法院 法官 逮捕令 拘留 驱逐出境 家庭 办公室 县 城市 警长 监狱 听证会 "
    "庇护 签证 卡 工作 许可 学校 健康 住房 服务 语言 翻译 预约 文件 咨询 社区 中心 项目 紧急 热线 申请 公民 "
    "居留 身份 通知 上诉 保释金 面谈 诊所 的 和 在 为 您",
    "ko": "이민 변호사 법률 도움 무료 권리 경찰 법원 판사 영장 구금 추방 가족 사무실 카운티 도시 보안관 교도소 "
    "심리 망명 비자 카드 취업 허가 학교 건강 주거 서비스 언어 통역사 예약 서류 상담 지역사회 센터 프로그램 "
    "긴급 신청 시민권 거주 신분 통지 항소 보석금 면접 의 및 에서 위한 귀하",
    "ru": "иммиграция адвокат юридический помощь бесплатно права полиция суд судья ордер задержание депортация "
    "семья офис округ город шериф тюрьма слушание убежище виза карта работа разрешение школа здоровье жильё "
    "услуги язык переводчик приём документ консультация община центр программа экстренный заявление "
    "гражданство проживание статус уведомление апелляция залог собеседование и в на для с ваш",
}
LANGUAGES = tuple(VOCABULARY)

# Syllables for invented names, in each script.
SYLLABLES: dict[str, str] = {
    "latin": "ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so "
    "ta te ti to va ve vi vo za ze zi zo bel dor fan gar hel jon kar len mar nor pel ros san tor val",
    "vi": "an bao binh chau cuong dung giang hai hanh hoa hung khanh lam linh long minh nam ngoc phong phuc "
    "quang son tam thanh thao thu trung tuan van viet xuan yen",
    "arabic": "با بو بي تا تو تي دا دو دي را رو ري سا سو سي فا فو في كا كو كي لا لو لي ما مو مي نا نو ني "
    "ها هو هي وا ود ور يا يو ين",
    "han": "安 北 长 春 大 东 方 光 海 和 华 金 京 林 明 南 平 庆 山 上 石 天 文 西 新 阳 永 云 中 州",
    "hangul": "가 강 경 고 구 김 나 남 다 대 동 라 리 마 명 민 박 부 산 서 성 수 신 안 영 원 이 장 정 조 주 진 한 현",
    "cyrillic": "ва ве ви во да де ди до ка ке ки ко ла ле ли ло ма ме ми мо на не ни но ра ре ри ро са се си со "
    "та те ти то бор вар гор дар кар лен мир нов пет рос сан тор",
}
SCRIPT = {
    "en": "latin",
    "es": "latin",
    "fr": "latin",
    "pt": "latin",
    "vi": "vi",
    "ar": "arabic",
    "fa": "arabic",
    "zh": "han",
    "ko": "hangul",
    "ru": "cyrillic",
}
JOINED = {"zh"}  # written without spaces between words


@dataclass(frozen=True)
class CorpusRecord:
    id: str
    kind: str
    lang: str
    title: str
    body: str

    def document(self) -> SearchDocument:
        return SearchDocument(self.kind, self.id, self.lang, self.title, body=self.body)

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "lang": self.lang, "title": self.title, "body": self.body}


def vocabulary(lang: str) -> list[str]:
    """The words of a language (a Vietnamese word may be several syllables)."""
    return [word.replace("_", " ") for word in VOCABULARY[lang].split()]


def _zipf_weights(count: int) -> list[float]:
    return [1.0 / (rank + 1) ** 0.9 for rank in range(count)]


class _Writer:
    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang = lang
        self.rng = rng
        self.words = vocabulary(lang)
        rng.shuffle(self.words)  # which words are frequent differs by language
        self.cumulative = list(itertools.accumulate(_zipf_weights(len(self.words))))
        self.syllables = SYLLABLES[SCRIPT[lang]].split()
        self.names = [self._new_name() for _ in range(1500)]  # rare words: a long tail

    def _new_name(self) -> str:
        name = "".join(self.rng.choice(self.syllables) for _ in range(self.rng.randint(2, 4)))
        return name.capitalize() if SCRIPT[self.lang] in ("latin", "vi", "cyrillic") else name

    def join(self, words: list[str]) -> str:
        return ("" if self.lang in JOINED else " ").join(words)

    def phrase(self, low: int, high: int) -> str:
        return self.join(self.rng.choices(self.words, cum_weights=self.cumulative, k=self.rng.randint(low, high)))

    def sentence(self) -> str:
        words = self.rng.choices(self.words, cum_weights=self.cumulative, k=self.rng.randint(6, 14))
        if self.rng.random() < 0.5:
            words.insert(self.rng.randrange(len(words) + 1), self.rng.choice(self.names))
        end = "。" if self.lang in JOINED else "."
        return self.join(words) + end

    def record(self, number: int, kind: str) -> CorpusRecord:
        title = self.join([self.rng.choice(self.names), self.phrase(1, 3)])
        body = " ".join(self.sentence() for _ in range(self.rng.randint(3, 7)))
        return CorpusRecord(f"{kind}-{number:05d}-{self.lang}", kind, self.lang, title, body)


def generate(records: int = RECORDS, seed: int = SEED) -> Iterator[CorpusRecord]:
    """`records` records, spread evenly over the ten languages, the same every time."""
    rng = random.Random(seed)
    writers = {lang: _Writer(lang, random.Random(f"{seed}-{lang}")) for lang in LANGUAGES}
    for number in range(records):
        lang = LANGUAGES[number % len(LANGUAGES)]
        yield writers[lang].record(number, KINDS[rng.randrange(len(KINDS))])


def queries(seed: int = SEED) -> list[tuple[str, str]]:
    """The fixed query set, (query, language): whole words, two-word queries, words cut
    short as while typing, words with one typo, and words without their accents."""
    rng = random.Random(f"{seed}-queries")
    found: list[tuple[str, str]] = []
    for lang in LANGUAGES:
        words = [w for w in vocabulary(lang) if len(w) >= 2]
        long_words = [w for w in words if len(w) >= 5] or [w for w in words if len(w) >= 3]
        writer = _Writer(lang, random.Random(f"{seed}-{lang}"))  # the same names as the corpus
        join = writer.join
        for _ in range(4):
            found.append((rng.choice(words), lang))
        for _ in range(3):
            found.append((join(rng.sample(words, 2)), lang))
        for _ in range(3):
            word = rng.choice(long_words)
            found.append((word[: max(2, len(word) // 2)], lang))  # typing, last word a prefix
        letters = sorted(set("".join(words)) - {" "})
        for _ in range(3):
            found.append((_typo(rng.choice(long_words), rng, letters), lang))
        found.append((rng.choice(writer.names), lang))
        found.append((join([rng.choice(writer.names)[:3]]), lang))
    # Everyday words and the real content, in its languages.
    found += [
        ("la migra", "es"),
        ("abogado gratis", "es"),
        ("policia", "es"),
        ("warrant", "es"),
        ("detainr", "en"),
        ("287g", "en"),
        ("immigration judge", "en"),
        ("deportation", "en"),
        ("know your rights", "en"),
        ("orden judicial", "es"),
    ]
    # Whole questions, as people type them, and the national lists' places.
    found += [
        ("ICE agents knocking at my door", "en"),
        ("my husband was detained where is he", "en"),
        ("ICE detainee locator", "en"),
        ("what happens if police stop me in houston", "en"),
        ("free lawyer near me", "en"),
        ("harris county", "en"),
        ("detention center in texas", "en"),
        ("mi esposo fue detenido dónde está", "es"),
        ("fianza", "es"),
        ("محامي", "ar"),
        ("免费律师", "zh"),
        ("luật sư miễn phí", "vi"),
    ]
    return found


def _typo(word: str, rng: random.Random, letters: list[str]) -> str:
    """One edit: a swapped pair, a dropped letter, a doubled letter or a changed letter
    (to another letter of the same language)."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice([c for c in letters if c != word[i]]) + word[i + 1 :]
