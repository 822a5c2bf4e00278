"""Whole questions: stop words, the need a question states, the places it names, and
corrections that keep its meaning."""

from __future__ import annotations

import pytest
import yaml

from desktopguide.core.content.model import Library
from desktopguide.core.places.geo import haversine_km
from desktopguide.core.places.zip_table import zip_table
from desktopguide.core.search import SearchDocument, SearchIndex
from desktopguide.core.search.needs import POPULOUS_COUNTIES, needs, needs_asked, places_named
from desktopguide.core.search.normalize import words
from desktopguide.core.search.stopwords import question_stop_words, stop_words, stop_words_for
from desktopguide.core.search.synonyms import SynonymTable

APP_LANGUAGES = [
    "en",
    "es",
    "ar",
    "zh",
    "fr",
    "ht",
    "hmn",
    "ko",
    "ps",
    "pa",
    "ru",
    "tl",
    "ti",
    "uk",
    "vi",
    "am",
    "prs",
    "fa",
    "pt",
]


def test_every_app_language_has_stop_words() -> None:
    for lang in APP_LANGUAGES:
        assert stop_words(lang), lang


def test_stop_words_come_from_the_maintained_lists_folded() -> None:
    assert {"where", "is", "my"} <= stop_words("en")
    assert "donde" in stop_words("es")  # "dónde", folded as the index folds it
    assert "kisa" in stop_words("ht")  # from the project's own list for Haitian Creole
    assert stop_words("prs") == stop_words("fa")


def test_words_people_search_for_are_never_stop_words() -> None:
    assert not {"help", "work", "free", "home", "court"} & stop_words("en")
    assert "trabajo" not in stop_words("es")
    assert not {"sat", "to"} & stop_words("vi")  # of "cảnh sát" (police) and "giấy tờ" (papers)


@pytest.mark.parametrize(
    ("question", "screen", "dropped"),
    [
        ("oficina de ICE en Houston", "en", {"de", "en"}),  # "en" is no English word
        ("la migra está en mi puerta", "en", {"esta", "en", "mi"}),
        ("escritório do ICE em Houston", "en", {"do", "em"}),
        ("может ли мой ребенок ходить в школу", "fr", {"может", "ли", "в"}),
    ],
)
def test_a_question_in_another_language_than_the_screens_loses_its_own_stop_words(
    question: str, screen: str, dropped: set[str]
) -> None:
    assert dropped <= question_stop_words(words(question), screen)


@pytest.mark.parametrize(
    ("question", "screen", "kept"),
    [
        # English's own list has as many of these words as any other language's.
        ("can local police deport me", "en", "local"),
        ("what happens if police stop me in houston", "es", "stop"),
        # One word another language calls a stop word says nothing of the question's language.
        ("la police à Houston", "en", "police"),
    ],
)
def test_a_question_in_the_screens_language_keeps_its_words(question: str, screen: str, kept: str) -> None:
    assert kept not in question_stop_words(words(question), screen)
    assert question_stop_words(words(question), screen) == stop_words_for(screen)


def test_question_words_do_not_decide_the_results(bundled_index: SearchIndex) -> None:
    results = bundled_index.search("my husband was detained where is he", "en")
    assert results[0].id == "family-member-detained"


@pytest.mark.parametrize(
    ("query", "lang"),
    [("my son was arrested by ICE", "en"), ("detuvieron a mi esposo", "es"), ("ICE detainee locator", "en")],
)
def test_a_detained_relative_lists_the_detained_guide_first(bundled_index: SearchIndex, query: str, lang: str) -> None:
    assert (bundled_index.search(query, lang)[0].kind, bundled_index.search(query, lang)[0].id) == (
        "guide",
        "family-member-detained",
    )


def test_a_lawyer_question_lists_the_legal_help_guide_and_organizations(bundled_index: SearchIndex) -> None:
    results = bundled_index.search("abogado gratis", "es")
    assert results[0].id == "finding-legal-help"
    assert "org" in [r.kind for r in results[:5]]


def test_legal_help_without_a_place_is_the_same_whichever_language_asks_first() -> None:
    # Kept per language after the first lawyer question: a question in one language must
    # never get the organizations chosen for another.
    documents = [
        SearchDocument("org", "english-only", "en", "Immigration Legal Aid"),
        SearchDocument("org", "bilingual", "en", "Free Lawyer Clinic"),
        SearchDocument("org", "bilingual", "es", "Clínica de abogados gratis"),
        SearchDocument("guide", "g", "en", "A lawyer for your case", body="Find a lawyer."),
    ]
    answers = {}
    for order in (("en", "es"), ("es", "en")):
        index = SearchIndex.from_documents(documents)
        for lang in order:
            found = index.search("I need a lawyer" if lang == "en" else "necesito un abogado", lang)
            answers[order, lang] = [(r.id, r.lang) for r in found if r.kind == "org"]
            again = index.search("I need a lawyer" if lang == "en" else "necesito un abogado", lang)
            assert [(r.id, r.lang) for r in again if r.kind == "org"] == answers[order, lang]
    assert answers[("en", "es"), "es"] == answers[("es", "en"), "es"]
    assert answers[("en", "es"), "en"] == answers[("es", "en"), "en"]
    assert ("bilingual", "es") in answers[("en", "es"), "es"]
    assert ("bilingual", "en") in answers[("en", "es"), "en"]


def test_every_record_a_need_lists_is_in_the_bundled_content(bundled_library: Library) -> None:
    held = {"guide": bundled_library.guides, "term": bundled_library.glossary, "org": bundled_library.directory}
    missing = [f"{need.name}: {kind}:{record_id}" for need in needs() for kind, record_id in need.records
               if record_id not in held.get(kind, {})]
    assert missing == []


@pytest.mark.parametrize(
    ("query", "lang", "expected"),
    [
        ("la police m'a arrêté", "fr", ["arrested-or-detained"]),
        ("is a notario a real lawyer", "en", ["notario-fraud", "checking-a-lawyer", "finding-legal-help"]),
        ("移民局来敲门", "zh", ["agents-at-door"]),
        # A relative named: their guide first, then one's own rights if arrested.
        ("my son was arrested by ICE", "en", ["family-member-detained", "arrested-or-detained"]),
        # DACA and TPS are named so in every language; long guides have the other words.
        ("is DACA still open", "en", ["daca-tps-parole"]),
        ("todavía aceptan DACA", "es", ["daca-tps-parole"]),
        ("DACA 아직 신청할 수 있나요", "ko", ["daca-tps-parole"]),
    ],
)
def test_the_need_a_question_states_lists_its_records_first(
    bundled_index: SearchIndex, query: str, lang: str, expected: list[str]
) -> None:
    assert [r.id for r in bundled_index.search(query, lang)][: len(expected)] == expected


# "The police stopped me" in each of the app's languages, as people write it: the word for
# stopping is seldom the one the guide's title uses ("parou", "ਰੋਕਿਆ", "세웠어요").
STOPPED_BY_POLICE = [
    ("the police stopped me", "en"),
    ("la policía me paró", "es"),
    ("أوقفتني الشرطة", "ar"),
    ("警察拦住我", "zh"),
    ("la police m'a contrôlé dans la rue", "fr"),
    ("lapolis kanpe m", "ht"),
    ("tub ceev xwm nres kuv", "hmn"),
    ("경찰이 나를 세웠어요", "ko"),
    ("پولیسو ودرولم", "ps"),
    ("ਪੁਲਿਸ ਨੇ ਮੈਨੂੰ ਰੋਕਿਆ", "pa"),
    ("полиция остановила меня", "ru"),
    ("pinahinto ako ng pulis", "tl"),
    ("ፖሊስ ደው ኣቢሎምኒ", "ti"),
    ("поліція зупинила мене", "uk"),
    ("cảnh sát chặn tôi lại", "vi"),
    ("ፖሊስ አስቆመኝ", "am"),
    ("پولیس مرا متوقف کرد", "prs"),
    ("پلیس مرا متوقف کرد", "fa"),
    ("a polícia me parou", "pt"),
]


def test_the_stopped_cases_cover_every_app_language() -> None:
    assert sorted(lang for _query, lang in STOPPED_BY_POLICE) == sorted(APP_LANGUAGES)


@pytest.mark.parametrize(("query", "lang"), STOPPED_BY_POLICE)
def test_stopped_by_the_police_lists_the_stop_guide_then_the_traffic_stop_guide(
    bundled_index: SearchIndex, query: str, lang: str
) -> None:
    assert [r.id for r in bundled_index.search(query, lang)][:2] == ["stopped-by-police", "stopped-while-driving"]


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("police stopped my car", "en"),
        ("la policía me paró en el carro", "es"),
        ("a polícia me parou no carro", "pt"),
        ("警察拦住我的车", "zh"),
        ("полиция остановила мою машину", "ru"),
    ],
)
def test_stopped_in_a_car_lists_the_traffic_stop_guide_first(bundled_index: SearchIndex, query: str, lang: str) -> None:
    assert [r.id for r in bundled_index.search(query, lang)][:2] == ["stopped-while-driving", "stopped-by-police"]


# ICE or the police at the home, with no word for the door: in all but four of these
# languages the door guide was below the first place, or missing.
AGENTS_AT_HOME = [
    ("ICE came to my house", "en"),
    ("la migra está en mi casa", "es"),
    ("la police de l'immigration est chez moi", "fr"),
    ("a imigração veio na minha casa", "pt"),
    ("ICE vin lakay mwen", "ht"),
    ("ICE прийшли до мене додому", "uk"),
    ("ICE пришли ко мне домой", "ru"),
    ("ICE来我家了", "zh"),
    ("ICE가 집에 왔어요", "ko"),
    ("ICE جاءوا إلى بيتي", "ar"),
    ("مأموران ICE به خانه ما آمدند", "fa"),
    ("ICE đến nhà tôi", "vi"),
    ("dumating ang ICE sa bahay namin", "tl"),
    ("ICE ቤቴ መጡ", "am"),
    ("ICE ਸਾਡੇ ਘਰ ਆਈ", "pa"),
]


# Questions that state a need in words the guide answering it seldom uses, each with that
# guide: before the need, it was below the first place or missing.
NEED_GUIDE_FIRST = [
    *((query, lang, "agents-at-door") for query, lang in AGENTS_AT_HOME),
    ("I have no papers can my kids still go to school", "en", "school-rights"),  # not in the first three
    ("can my kids go to school", "en", "school-rights"),
    ("mis hijos pueden ir a la escuela sin papeles", "es", "school-rights"),
    ("pitit mwen pa gen papye eske li ka ale lekòl", "ht", "school-rights"),
    ("мои дети без документов могут ходить в школу", "ru", "school-rights"),
    ("没有身份孩子可以上学吗", "zh", "school-rights"),
    ("they gave me a paper with a court date", "en", "immigration-court-and-check-ins"),  # the warrants guide first
    ("I have a hearing with the immigration judge", "en", "immigration-court-and-check-ins"),
    ("notice to appear", "en", "immigration-court-and-check-ins"),
    ("me dieron un papel con fecha de corte", "es", "immigration-court-and-check-ins"),
    ("у меня суд по иммиграции", "ru", "immigration-court-and-check-ins"),
    ("我有移民法庭的听证", "zh", "immigration-court-and-check-ins"),
    ("what does a real warrant look like", "en", "judicial-and-administrative-warrants"),  # not in the first three
    ("ICE has a warrant", "en", "judicial-and-administrative-warrants"),
    ("ICE took my mom what do I do", "en", "family-member-detained"),  # three glossary terms came first
    ("ICE wants me to sign something", "en", "arrested-or-detained"),  # the 287(g) guide came first
    ("me quieren hacer firmar un papel", "es", "arrested-or-detained"),
    ("移民局要我签字", "zh", "arrested-or-detained"),  # three glossary terms, no guide
    ("ICE가 서류에 서명하래요", "ko", "arrested-or-detained"),
    ("ماذا أفعل إذا طلبوا مني التوقيع", "ar", "arrested-or-detained"),  # "they asked": not in the first three
    # At the door, the knock and the door apart, or "my door" as Amharic and Tigrinya say it.
    ("ICE在敲我的门", "zh", "agents-at-door"),  # the family guide came first
    ("ICE በሬን እያንኳኳ ነው", "am", "agents-at-door"),
    ("ICE ማዕጾይ ይኹሕኵሑ ኣለዉ", "ti", "agents-at-door"),
    # Rights or ICE at work: the general rights guides came first, or the work guide was missing.
    ("what are my rights at work", "en", "ice-at-work"),
    ("أريد أن أعرف حقوقي في العمل", "ar", "ice-at-work"),
    ("ICE tuaj rau kuv qhov chaw ua hauj lwm", "hmn", "ice-at-work"),  # the guide writes "haujlwm"
    # Taken away, and one's own arrest, in more forms of the verbs.
    ("남동생이 ICE에 잡혔어요", "ko", "family-member-detained"),
    ("ils ont emmené mon mari", "fr", "family-member-detained"),
    ("meu filho foi levado pelo ICE", "pt", "family-member-detained"),
    ("arrestaron a mi hijo", "es", "family-member-detained"),  # the arrest guide alone
    ("on m'a emmené au poste", "fr", "arrested-or-detained"),
    ("fui levado para a delegacia", "pt", "arrested-or-detained"),
    # Pressed to sign, in Tagalog and Amharic forms of the verb; stopped, as Dari says it.
    ("pinapapirma ako ng ICE", "tl", "arrested-or-detained"),
    ("ICE ወረቀት እንድፈርም ይፈልጋል", "am", "arrested-or-detained"),
    ("پولیس مرا در سړک ایستاده کرد", "prs", "stopped-by-police"),
    # Whether "they" may come into the home.
    ("هل يمكنهم دخول بيتي بدون إذن", "ar", "agents-at-door"),  # the DACA guide ("إذن", parole) came first
    ("پولیس زما ورور ونیو", "ps", "family-member-detained"),
    # Long questions as people tell them; the words past the twelfth were dropped.
    ("a mi esposo se lo llevó la migra esta mañana en su trabajo y no sé dónde está qué hago", "es",
     "family-member-detained"),
    ("زوجي أخذته ICE من عمله هذا الصباح ولا أعرف أين هو", "ar", "family-member-detained"),  # legal help came first
    ("someone is offering to fix my papers for 3000 dollars is that legit", "en", "notario-fraud"),
    ("ICE me detuvo que hago", "es", "arrested-or-detained"),  # the court guide came first
    ("fui detenido con mi amigo", "es", "arrested-or-detained"),  # "con" was Vietnamese "con", a child
    # Whether a lawyer is real: the checking guide was outside the first three.
    ("cómo saber si un abogado es real", "es", "checking-a-lawyer"),
    ("怎么知道律师是不是真的", "zh", "checking-a-lawyer"),
    ("paano malalaman kung totoong abogado", "tl", "checking-a-lawyer"),
    ("ਵਕੀਲ ਅਸਲੀ ਹੈ ਕਿਵੇਂ ਪਤਾ ਕਰਾਂ", "pa", "checking-a-lawyer"),
    # A family plan made ahead, and rights at an airport (the general rights guides came first).
    ("how do I make a family emergency plan", "en", "family-safety-plan"),  # not in the first three
    ("cómo hago un plan familiar de emergencia", "es", "family-safety-plan"),
    ("ICE at the airport what are my rights", "en", "airport-and-border"),
    # Stopped in one's own car, or "while I drive": the general stop guide came first.
    ("أوقفتني الشرطة وأنا أقود", "ar", "stopped-while-driving"),
    ("cảnh sát chặn xe tôi", "vi", "stopped-while-driving"),
    ("پلیس ماشینم را متوقف کرد", "fa", "stopped-while-driving"),
    ("как найти мужа задержанного ICE", "ru", "family-member-detained"),  # the locator's term came first
    # A relative taken, as people say it; the family guide was second or missing in each.
    ("أخي اعتقلته الشرطة", "ar", "family-member-detained"),  # "arrested him"
    ("ICE أخذوا أبي", "ar", "family-member-detained"),
    ("我哥哥被移民局抓走了", "zh", "family-member-detained"),  # "taken away", apart from 被
    ("我老公被ICE带走了", "zh", "family-member-detained"),
    ("ਮੇਰੇ ਭਰਾ ਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕਰ ਲਿਆ", "pa", "family-member-detained"),  # the arrest guide came first
    ("kuv tus kwv raug ntes", "hmn", "family-member-detained"),
    ("زما ورور ونیول شو", "ps", "family-member-detained"),
    ("پدرم را پولیس گرفت", "prs", "family-member-detained"),
    ("엄마가 ICE에 잡혀갔어요", "ko", "family-member-detained"),
    ("mẹ tôi bị ICE bắt", "vi", "family-member-detained"),
    ("inaresto ng ICE ang kuya ko", "tl", "family-member-detained"),
    ("мою маму забрали", "ru", "family-member-detained"),
    ("мою маму затримав ICE", "uk", "family-member-detained"),
    ("levaram minha mãe", "pt", "family-member-detained"),
    ("እናቴ ታሰረች", "am", "family-member-detained"),
    # The right to stay silent: the stop guide, which says how to use it.
    ("can I stay silent", "en", "stopped-by-police"),
    ("tengo derecho a quedarme callado", "es", "stopped-by-police"),  # recording and school guides came first
    ("آیا حق دارم ساکت بمانم", "fa", "stopped-by-police"),  # "silent" was corrected into "hour"
    ("آیا می‌توانم خاموش بمانم", "prs", "stopped-by-police"),
    ("имею ли я право молчать", "ru", "stopped-by-police"),  # the work guide came first
    ("ایا زه چوپ پاتې کېدای شم", "ps", "stopped-by-police"),
    # The door as Persian and Dari say it, whose "در" alone is also "in"; opening it in Vietnamese.
    ("آیا باید در را برای ICE باز کنم", "fa", "agents-at-door"),  # not in the first three
    ("ماموران ICE پشت در هستند چه کار کنم", "fa", "agents-at-door"),
    ("درو باز کنم یا نه", "fa", "agents-at-door"),  # nothing was found
    ("tôi có phải mở cửa cho ICE không", "vi", "agents-at-door"),  # not in the first three
    # Removed without a judge: the expedited removal guide was outside the first three.
    ("هل يمكن ترحيلي بدون قاضي", "ar", "expedited-removal"),
    ("هل يمكن أن يرحلوني دون محكمة", "ar", "expedited-removal"),
    ("آیا می‌توانند بدون دادگاه مرا اخراج کنند", "fa", "expedited-removal"),
    ("آیا می‌توانند مرا بدون محکمه اخراج کنند", "prs", "expedited-removal"),  # the court guide came first
    # A check-in with ICE: the glossary's term came first, the guide was outside the first three.
    ("هفته بعد با ICE قرار ملاقات دارم", "fa", "immigration-court-and-check-ins"),
    ("با ICE قرار ملاقات دارم", "prs", "immigration-court-and-check-ins"),
    # 287(g) named with other words: the school guide came before the agreements guide.
    ("есть ли у моего округа соглашение 287g", "ru", "287g-agreements"),
    # A spouse taken, as Amharic and Tigrinya say it: the family guide was missing.
    ("ባለቤቴን ICE ያዘው", "am", "family-member-detained"),
    ("ሰበይተይ ICE ሒዞማ", "ti", "family-member-detained"),
    ("ICE pran manman mwen", "ht", "family-member-detained"),  # "pran" (take): the family guide was missing
    ("èske m gen dwa pa pale", "ht", "stopped-by-police"),  # the school guide came first
    # As people who write as they speak spell it: the guide was outside the first three.
    ("me aresto la migra", "es", "arrested-or-detained"),
    ("me arrestó la migra", "es", "arrested-or-detained"),
    ("la migra arrestó a mi hijo", "es", "family-member-detained"),
    ("ice at my dore", "en", "agents-at-door"),
    # In the plural: the guides write the singular, and the traffic-stop guide was missing.
    ("traffic stops", "en", "stopped-while-driving"),
    ("contrôles routiers", "fr", "stopped-while-driving"),
    ("hearings", "en", "immigration-court-and-check-ins"),  # the guide was second
    ("audiencias", "es", "immigration-court-and-check-ins"),
    # Asked about one's status: the 287(g) guide came first, or the stop guide was missing.
    ("la policía puede preguntarme por mi estatus migratorio", "es", "stopped-by-police"),
    ("警察可以问我的移民身份吗", "zh", "stopped-by-police"),
    ("경찰이 이민 신분을 물어볼 수 있나요", "ko", "stopped-by-police"),
    ("هل يمكن للشرطة أن تسألني عن وضعي كمهاجر", "ar", "stopped-by-police"),
    ("آیا پلیس می‌تواند وضعیت اقامتم را بپرسد", "fa", "stopped-by-police"),
    ("do I have to tell ICE my status", "en", "stopped-by-police"),
    # A relative in jail, or taken, as Spanish and Portuguese say it: the family guide was missing.
    ("cómo saco a mi esposo de la cárcel de inmigración", "es", "family-member-detained"),
    ("a imigração levou meu marido", "pt", "family-member-detained"),
    # ICE seen in the neighborhood: the guide that says who to call (agents at the door came first).
    ("la migra anda en mi colonia", "es", "discrimination-and-unverified-activity"),
    ("ICE in my neighborhood", "en", "discrimination-and-unverified-activity"),
    ("우리 동네에 ICE가 왔어요", "ko", "discrimination-and-unverified-activity"),
    ("мене зупинили поліцейські", "uk", "stopped-by-police"),  # the police in the plural: the guide was missing
    # A parent's children if the parent is deported: the guide on their care was missing.
    ("如果我被驱逐出境孩子怎么办", "zh", "children-if-parent-detained"),
    ("추방되면 아이들은 어떻게 되나요", "ko", "children-if-parent-detained"),
    ("nếu tôi bị trục xuất con tôi sẽ ra sao", "vi", "children-if-parent-detained"),
    ("kisa k ap rive pitit mwen si yo depòte m", "ht", "children-if-parent-detained"),
    ("اگر مرا دیپورت کنند اطفالم چه می‌شوند", "prs", "children-if-parent-detained"),
    ("我需要带什么文件", "zh", "papers-to-carry"),  # which papers to carry: the guide was missing
    # Stopped, with no one named: nothing was found, or the stop guide was missing.
    ("me pararon", "es", "stopped-by-police"),
    ("me pararon por una luz rota y me preguntaron si tengo papeles", "es", "stopped-by-police"),
    ("меня остановили", "ru", "stopped-by-police"),
    ("I got pulled over", "en", "stopped-while-driving"),  # only ever in a vehicle
    # About to be deported: legal help first (deportation's glossary terms came first).
    ("me van a deportar qué hago", "es", "finding-legal-help"),
    ("they want to deport me", "en", "finding-legal-help"),
    ("меня депортируют что делать", "ru", "finding-legal-help"),
    # A need's word misspelled: corrected, it states the need as typed rightly it would.
    ("ICE has a warent", "en", "judicial-and-administrative-warrants"),  # the glossary's terms came first
    ("کمک حقوقی", "fa", "finding-legal-help"),  # legal help: the rights-in-general guides came first
    ("کمک حقوقی رایگان", "prs", "finding-legal-help"),
    # Letting them in: the door guide was missing.
    ("do i have to let ICE in", "en", "agents-at-door"),
    ("tengo que dejarlos entrar", "es", "agents-at-door"),
    # Whether the police or a city work with ICE: states' pages that say "cooperate" came first.
    ("do police cooperate with ICE", "en", "287g-agreements"),
    ("el sheriff coopera con ICE", "es", "287g-agreements"),
    ("does my city cooperate with ICE", "en", "sanctuary-policies"),
    ("does my state cooperate with ICE", "en", "sanctuary-policies"),
]


@pytest.mark.parametrize(("query", "lang", "guide"), NEED_GUIDE_FIRST)
def test_a_question_stating_a_need_lists_its_guide_first(
    bundled_index: SearchIndex, query: str, lang: str, guide: str
) -> None:
    assert bundled_index.search(query, lang)[0].id == guide


def test_stopped_near_home_lists_the_stop_guide_before_the_door_guide(bundled_index: SearchIndex) -> None:
    ids = [r.id for r in bundled_index.search("police stopped me near my house", "en")]
    assert ids[:3] == ["stopped-by-police", "stopped-while-driving", "agents-at-door"]


@pytest.mark.parametrize(
    "question",
    [
        # Vietnamese "thật" (real) folds to English "that".
        "I got a letter that says I have to go to immigration court but I don't have a lawyer",
        "fui detenido con mi amigo",  # Vietnamese "con" (child) and Spanish "con" (with) fold alike
    ],
)
def test_a_word_of_one_language_folded_like_another_languages_word_states_no_need(question: str) -> None:
    asked = [need.name for need in needs_asked(words(question))]
    assert "check-lawyer" not in asked and "detained-relative" not in asked


@pytest.mark.parametrize(
    "question",
    [
        "how do I get an immigration work permit",
        "does the sheriff work with ICE",  # cooperation: the 287(g) guide's
        "警察和ICE一起工作吗",
    ],
)
def test_work_as_a_permit_or_a_verb_is_no_raid_at_work(question: str) -> None:
    assert "work" not in [need.name for need in needs_asked(words(question))]


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("can I go to court without a lawyer", "deported-without-judge"),  # without a lawyer, not a judge
        ("voy a la corte sin abogado", "deported-without-judge"),
        ("در خانه ماندم", "agents-at-door"),  # Persian "در" as "in": "I stayed in the house"
        ("در دادگاه مهاجرت چه اتفاقی می افتد", "agents-at-door"),  # "in immigration court"
        ("tengo cita con el abogado", "ice-check-in"),  # an appointment, but not with ICE
        ("kiyès ki pral pran swen pitit mwen", "detained-relative"),  # "pran swen": take care of
        ("mwen pa pale angle", "remain-silent"),  # "I don't speak English"
        ("can I stop ICE from taking my kids", "stopped"),  # "stop" as a verb: only "stops" is a stop
        ("does texas cooperate with ICE", "city-cooperation"),  # a state named: its page answers
        ("کمک حقوقی", "know-your-rights"),  # Persian "legal help": "حقوقی" folds like Arabic "my rights"
    ],
)
def test_words_close_to_a_needs_words_do_not_state_it(question: str, need: str) -> None:
    assert need not in [n.name for n in needs_asked(words(question))]


def test_a_home_without_the_police_or_agents_states_no_need() -> None:
    assert "agents-at-home" not in [need.name for need in needs_asked(words("a safe house for my papers"))]


def test_school_named_in_a_question_about_care_states_no_school_need(bundled_index: SearchIndex) -> None:
    question = "who picks up my kids from school if I am detained"
    assert "school" not in [need.name for need in needs_asked(words(question))]
    assert bundled_index.search(question, "en")[0].id == "children-if-parent-detained"


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("who can help me with asylum near me", "en"),  # listed no legal help at all
        ("how do I apply for asylum", "en"),
        ("quién me ayuda con mi caso de asilo", "es"),
        ("aide pour demander l'asile", "fr"),
        ("кто поможет подать на убежище", "ru"),
        ("谁能帮我申请庇护", "zh"),
        ("کمک برای پناهندگی", "fa"),
        # Asylum denied: the airport and expedited removal guides had come first.
        ("mi asilo fue negado", "es"),
        ("my asylum was denied", "en"),
        ("мне отказали в убежище", "ru"),
    ],
)
def test_help_to_ask_for_asylum_lists_legal_help(bundled_index: SearchIndex, query: str, lang: str) -> None:
    results = bundled_index.search(query, lang)
    assert results[0].id == "finding-legal-help"
    assert any(r.kind == "org" for r in results.results[:5])


def test_asylum_at_the_border_or_alone_is_left_to_the_guides(bundled_index: SearchIndex) -> None:
    assert bundled_index.search("can I ask for asylum at the airport", "en")[0].id == "airport-and-border"
    assert "asylum-help" not in [need.name for need in needs_asked(words("asylum"))]


def test_a_judge_named_with_a_warrant_is_not_a_court_date(bundled_index: SearchIndex) -> None:
    assert "immigration-court" not in [n.name for n in needs_asked(words("a warrant signed by a judge"))]
    assert bundled_index.search("can they deport me without a judge", "en")[0].id == "expedited-removal"


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("what are my rights", "en"),
        ("know your rights", "en"),
        ("cuáles son mis derechos", "es"),
        ("мои права", "ru"),
        ("내 권리는 무엇인가요", "ko"),  # the particle written onto the word
        ("ما هي حقوقي", "ar"),
        ("حقوق من چیست", "fa"),
    ],
)
def test_rights_asked_in_general_list_the_door_stop_and_arrest_guides(
    bundled_index: SearchIndex, query: str, lang: str
) -> None:
    ids = [r.id for r in bundled_index.search(query, lang)][:3]
    assert ids == ["agents-at-door", "stopped-by-police", "arrested-or-detained"]


def test_a_right_named_is_not_rights_in_general(bundled_index: SearchIndex) -> None:
    assert bundled_index.search("my child's right to go to school", "en")[0].id == "school-rights"


def test_a_word_for_stopping_without_the_police_states_no_need() -> None:
    """"Stopped" alone is too common a word ("my case stopped"): it takes the police or agents."""
    assert [need.name for need in needs_asked(words("my case stopped moving"))] == []
    assert "stopped" in [need.name for need in needs_asked(words("ICE stopped my brother"))]


def test_in_a_city_names_that_place() -> None:
    [place] = places_named(["what", "happens", "if", "police", "stop", "me", "in", "houston"])
    assert (place.city, place.state) == ("Houston", "TX")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("lawyer in washington dc", [("Washington", "DC")]),  # not the state of Washington
        ("abogado en houston texas", [("Houston", "TX")]),
        ("kansas city kansas", [("Kansas City", "KS")]),  # not the larger one in Missouri
        ("lawyer in new york", [("New York", "NY")]),  # the city, not the middle of the state
        ("help in indiana", [("", "IN")]),  # "help in": no town called Help in Indiana
        ("lawyer in portland or", [("Portland", "OR")]),
    ],
)
def test_a_city_followed_by_its_state_is_that_states_city(words: str, expected: list[tuple[str, str]]) -> None:
    assert [(place.city, place.state) for place in places_named(words.split())] == expected


def test_a_state_is_where_its_most_populous_county_is() -> None:
    (texas,) = places_named(["in", "texas"])
    assert texas.latitude is not None and texas.longitude is not None
    assert haversine_km(texas.latitude, texas.longitude, 29.76, -95.37) < 30  # Houston, in Harris County


def test_every_states_most_populous_county_is_in_the_zip_table() -> None:
    # A county the ZIP table spells otherwise would fall back, unseen, to the state's middle.
    populous = yaml.safe_load(POPULOUS_COUNTIES.read_text(encoding="utf-8"))
    assert len(populous) == 52  # the states, DC and Puerto Rico
    missing = [
        f"{state}: {entry['county']}"
        for state, entry in populous.items()
        if not zip_table().rows(
            "SELECT 1 FROM zips WHERE state = ? AND lower(county) = ? AND lat IS NOT NULL",
            state,
            str(entry["county"]).casefold(),
        )
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("question", "county", "state"),
    [
        ("does the sheriff in harris county work with ICE", "Harris County", "TX"),  # not Harris, Iowa
        ("el sheriff del condado de harris", "Harris County", "TX"),
        ("orleans parish jail", "Orleans Parish", "LA"),
        ("jail in los angeles county", "Los Angeles County", "CA"),
    ],
)
def test_a_county_named_with_its_word_is_that_county_the_largest_of_the_name(
    question: str, county: str, state: str
) -> None:
    (named,) = places_named(words(question))
    assert (named.county, named.state, named.city) == (county, state, "")


def test_a_small_town_named_like_an_everyday_word_needs_its_state() -> None:
    # "a" is a locative in Spanish and French ("a Houston", "à Houston"); Check is a town in Virginia.
    question = ["i", "have", "a", "check", "in", "with", "ice", "tomorrow"]
    assert places_named(question, known=set(question)) == []
    named = places_named(["lawyer", "in", "check", "va"], known={"lawyer", "in", "check"})
    assert [(place.city, place.state) for place in named] == [("Check", "VA")]
    # A small town's name that is no everyday word still counts after a locative.
    assert [place.state for place in places_named(["lawyer", "in", "floyd"], known={"lawyer", "in"})] == ["IA"]


def test_new_york_is_named_without_in_as_the_state_was() -> None:
    # Its words are everyday words of the guides ("New York v. United States"): as a state
    # it needed no "in", and as the city it needs none either.
    named = places_named(["lawyer", "new", "york"], known={"lawyer", "new", "york"})
    assert [(place.city, place.state) for place in named] == [("New York", "NY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abogado en nueva york", ("New York", "NY")),  # the city, as "new york" is
        ("ayuda legal en luisiana", ("", "LA")),
        ("avocat en Californie", ("", "CA")),
        ("адвокат Техас", ("", "TX")),
        ("텍사스 변호사", ("", "TX")),
        ("纽约州免费律师", ("New York", "NY")),  # inside a run typed without spaces
        ("뉴욕에서 변호사", ("New York", "NY")),  # with a particle attached ("in New York")
        # Names iso-codes lacks, from CLDR (data/us_place_names.yaml)
        ("محامي في تكساس", ("", "TX")),
        ("شرطة كاليفورنيا", ("", "CA")),
        ("وکیل در تگزاس", ("", "TX")),
        ("وکیل په تکزاس کې", ("", "TX")),
        ("ਟੈਕਸਸ ਵਿੱਚ ਵਕੀਲ", ("", "TX")),
        ("ጠበቃ ቴክሳስ", ("", "TX")),
        ("advogado na Califórnia", ("", "CA")),
        ("محامي في بورتوريكو", ("", "PR")),  # a territory: CLDR counts it as a country
        # Russian and Ukrainian names as a sentence inflects them
        ("адвокат в Техасе", ("", "TX")),
        ("шериф в Северной Каролине", ("", "NC")),
        ("адвокат в Нью-Йорке", ("New York", "NY")),
        ("поліція у Флориді", ("", "FL")),
        ("адвокат у Каліфорнії", ("", "CA")),
        # Cities, from CLDR's names of the cities of U.S. time zones
        ("محامي في لوس انجلوس", ("Los Angeles", "CA")),
        ("адвокат в Лос-Анджелесе", ("Los Angeles", "CA")),
        ("로스앤젤레스에서 변호사", ("Los Angeles", "CA")),
        ("ਸ਼ਿਕਾਗੋ ਵਿੱਚ ਵਕੀਲ", ("Chicago", "IL")),
        # Amharic writes "in" onto the name
        ("በቴክሳስ ጠበቃ", ("", "TX")),
        ("ጠበቃ በሎስ አንጀለስ", ("Los Angeles", "CA")),
    ],
)
def test_a_state_named_in_the_readers_language_is_that_state(text: str, expected: tuple[str, str]) -> None:
    assert [(place.city, place.state) for place in places_named(words(text))] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "مين يساعدني",  # "who helps me": مين is also Maine in Arabic
        "ICE ينوي ترحيلي",  # "ICE intends to deport me": what folding leaves of Illinois' name
        "ਮੇਨ ਗੱਲ",  # "the main thing": ਮੇਨ is also Maine in Punjabi
    ],
)
def test_a_short_state_name_that_is_another_word_names_no_place(text: str) -> None:
    assert places_named(words(text)) == []


def test_a_four_letter_name_is_a_place_unless_the_guides_use_it_as_a_word() -> None:
    assert [place.city for place in places_named(words("وکیل در دنور"))] == ["Denver"]  # Persian
    # Punjabi "ਹਵਾਈ" is Hawaii, and the "air" of "ਹਵਾਈ ਅੱਡਾ" (the airport) in the guides.
    assert [place.state for place in places_named(words("ਹਵਾਈ ਵਕੀਲ"))] == ["HI"]
    assert places_named(words("ਹਵਾਈ ਅੱਡੇ"), known={"ਹਵਾਈ", "ਅੱਡੇ"}) == []


def test_territory_codes_are_not_taken_for_countries_with_the_same_code() -> None:
    """CLDR's territory "GA" is Gabon: Georgia keeps its own name."""
    assert [place.state for place in places_named(words("محامي في جورجيا"))] == ["GA"]
    assert places_named(words("محامي في الغابون")) == []


def test_a_named_citys_centre_is_among_its_zip_codes() -> None:
    [place] = places_named(["lawyer", "in", "los", "angeles"])  # some of its ZIP codes have no place
    assert place.latitude is not None and place.longitude is not None
    assert haversine_km(place.latitude, place.longitude, 34.05, -118.25) < 25


def test_everyday_words_are_not_taken_for_small_towns() -> None:
    assert places_named(["can", "police", "search", "my", "car"], known={"police", "search", "car"}) == []


def test_when_the_rare_words_find_little_the_common_ones_fill_the_list() -> None:
    # "ICE" is in more documents than the rare-word limit; "стучит" and "дверь" in one.
    documents = [SearchDocument("guide", "door", "ru", "ICE у двери", body="ICE стучит в дверь.")]
    documents += [SearchDocument("guide", f"ice-{n}", "ru", f"ICE и вы {n}", body="Что делает ICE.") for n in range(60)]
    results = SearchIndex.from_documents(documents).search("ICE стучит в дверь", "ru", prefix_last=False)
    assert results[0].id == "door"
    assert len(results) >= 5 and all(r.lang == "ru" for r in results)


def test_a_named_place_ranks_it_and_no_other_place_by_a_shared_word(bundled_index: SearchIndex) -> None:
    results = bundled_index.search("what happens if police stop me in houston", "en")
    kinds_ids = [(r.kind, r.id) for r in results]
    assert ("place", "us-tx") in kinds_ids[:3]
    places = [record_id for kind, record_id in kinds_ids if kind == "place"]
    assert places[0] == "us-tx"


def test_a_city_named_without_in_is_that_place_though_addresses_have_its_name() -> None:
    # Every city is an indexed word where the directory's addresses are: "houston" here is
    # in a Chicago clinic's name, yet names the place, and help near Houston comes first.
    documents = [
        SearchDocument("org", "street-clinic", "en", "Houston Street Legal Clinic", postal_code="60601"),
        SearchDocument("org", "harris", "en", "Harris County Legal Aid", summary="Pasadena, TX", postal_code="77506"),
        SearchDocument("guide", "g", "en", "A lawyer for your case", body="Find a lawyer."),
    ]
    index = SearchIndex.from_documents(documents)
    orgs = [r.id for r in index.search("lawyer houston", "en") if r.kind == "org"]
    assert orgs[0] == "harris"


def test_the_legal_help_a_question_asks_for_is_marked_as_asked_for() -> None:
    documents = [
        SearchDocument("org", "harris", "en", "Harris County Legal Aid", postal_code="77506"),
        SearchDocument("guide", "g", "en", "A lawyer for your case", body="Find a lawyer."),
    ]
    results = SearchIndex.from_documents(documents).search("lawyer in houston", "en")
    assert {r.id: r.asked for r in results} == {"harris": True, "g": False}


def test_a_city_name_the_guides_use_as_a_word_is_that_word() -> None:
    # Mobile (Alabama) named, the legal help nearest it comes first; as the word the guide
    # uses, the best match anywhere does. An address's word alone does not make it a word.
    north = SearchDocument("org", "north", "en", "Lawyer Referral and Legal Aid North", postal_code="98101")
    gulf = SearchDocument("org", "gulf", "en", "Gulf Legal Aid", summary="Mobile, AL", postal_code="36602")
    guide = SearchDocument("guide", "phone", "en", "Keep your phone", body="Charge your mobile phone every night.")
    as_word = SearchIndex.from_documents([north, gulf, guide])
    assert [r.id for r in as_word.search("mobile lawyer", "en") if r.kind == "org"][0] == "north"
    as_place = SearchIndex.from_documents([north, gulf])
    assert [r.id for r in as_place.search("mobile lawyer", "en") if r.kind == "org"][0] == "gulf"


def test_a_named_place_leaves_out_records_of_other_states() -> None:
    documents = [
        SearchDocument("org", "alexandria-police", "en", "Alexandria Police Department", state="VA"),
        SearchDocument("org", "houston-police", "en", "Houston Police Department", state="TX"),
        SearchDocument("guide", "stopped", "en", "Stopped by police", body="What to do when police stop you."),
        SearchDocument("place", "va", "en", "Virginia", body="State police in Virginia.", state="VA"),
    ]
    index = SearchIndex.from_documents(documents)
    ids = [r.id for r in index.search("police houston", "en")]
    assert "houston-police" in ids and "stopped" in ids
    assert "alexandria-police" not in ids and "va" not in ids
    assert "alexandria-police" in [r.id for r in index.search("police", "en")]  # without a place, all


def test_a_record_with_every_word_stays_whatever_its_state() -> None:
    clinic = SearchDocument("org", "clinic", "en", "Houston Street Legal Clinic", summary="New York", state="NY")
    index = SearchIndex.from_documents([clinic, SearchDocument("org", "tx", "en", "Texas Legal Aid", state="TX")])
    assert [r.id for r in index.search("houston street legal clinic", "en")][0] == "clinic"


def test_a_place_name_is_never_corrected(bundled_index: SearchIndex) -> None:
    results = bundled_index.search("police in houston", "en", prefix_last=False)
    assert results.corrected_query is None and results.corrections == ()


def test_beside_words_that_match_only_a_one_letter_slip_is_corrected(bundled_index: SearchIndex) -> None:
    # "knocking" is two edits from "knowing": a different meaning, so left alone.
    results = bundled_index.search("ICE agents knocking at my door", "en")
    assert results.corrections == ()
    assert results[0].id == "agents-at-door"


def test_a_word_a_question_states_its_need_with_is_only_corrected_by_one_letter(bundled_index: SearchIndex) -> None:
    # With no other word matching, two edits were allowed: "knocking" became "knowing".
    results = bundled_index.search("someone is knocking", "en", prefix_last=False)
    assert results.corrections == () and results.corrected_query is None
    assert results[0].id == "agents-at-door"


def test_a_correction_says_what_it_changed_and_keeps_the_original(bundled_index: SearchIndex) -> None:
    results = bundled_index.search("detainr", "en", prefix_last=False)
    assert results.corrected_query == "detainer"
    assert results.corrections == (("detainr", "detainer"),)
    assert results.original_query == "detainr"


def test_a_word_is_never_corrected_into_a_stop_word(bundled_index: SearchIndex) -> None:
    # "papá" is not in the index; "para" (for) is one letter away and says nothing.
    results = bundled_index.search("ICE se llevó a mi papá", "es", prefix_last=False)
    assert ("papa", "para") not in results.corrections
    assert results[0].id == "family-member-detained"


def test_a_word_of_a_glossary_term_is_never_corrected() -> None:
    documents = [SearchDocument("guide", "holds", "en", "ICE detainer", body="A detainer asks a jail to hold someone.")]
    synonyms = SynonymTable()
    synonyms.add("locator", "online detainee locator system")  # a known term, though no text has it
    index = SearchIndex.from_documents(documents, synonyms)
    results = index.search("ICE detainee", "en", prefix_last=False)
    assert results.corrections == ()
    assert "detainer" not in (results.corrected_query or "")


@pytest.mark.parametrize(
    ("home_zip", "expected"),
    [
        ("22301", ["alexandria", "miami", "seattle"]),  # Alexandria, VA
        ("98104", ["seattle", "alexandria", "miami"]),  # Seattle, WA
        # Butte, MT: nothing within 160 km, so the nearest there is, however far, in order.
        ("59701", ["seattle", "alexandria", "miami"]),
    ],
)
def test_legal_help_nearest_the_home_zip_comes_first(home_zip: str, expected: list[str]) -> None:
    documents = [
        SearchDocument("org", "miami", "en", "Miami Legal Aid", postal_code="33101"),  # listed first on purpose
        SearchDocument("org", "seattle", "en", "Seattle Legal Aid", postal_code="98101"),
        SearchDocument("org", "alexandria", "en", "Alexandria Legal Aid", postal_code="22314"),
        SearchDocument("guide", "g", "en", "A lawyer for your case", body="Find a lawyer."),
    ]
    index = SearchIndex.from_documents(documents)
    assert [r.id for r in index.search("I need a lawyer", "en", home_zip=home_zip) if r.kind == "org"] == expected


def test_a_place_the_question_names_comes_before_the_home_zip() -> None:
    documents = [
        SearchDocument("org", "houston", "en", "Houston Legal Aid", postal_code="77036"),
        SearchDocument("org", "chicago", "en", "Chicago Legal Aid", postal_code="60601"),
        SearchDocument("guide", "g", "en", "A lawyer for your case", body="Find a lawyer."),
    ]
    index = SearchIndex.from_documents(documents)
    orgs = [r.id for r in index.search("free lawyer in chicago", "en", home_zip="77036") if r.kind == "org"]
    assert orgs[0] == "chicago"


@pytest.mark.parametrize(
    ("query", "lang", "city"),
    [
        # CLDR's names of the cities of U.S. time zones (data/us_place_names.yaml).
        ("محامي في شيكاغو", "ar", "chicago"),
        ("وکیل در شیکاگو", "fa", "chicago"),
        ("ጠበቃ ቺካጎ", "am", "chicago"),
        ("адвокат в Чикаго", "ru", "chicago"),
        ("芝加哥律师", "zh", "chicago"),
        ("시카고 변호사", "ko", "chicago"),
        # GeoNames' names of the cities of 100,000 people or more (data/us_city_names_geonames.yaml):
        # CLDR has no Houston.
        ("محامي في هيوستن", "ar", "houston"),
        ("وکیل در هیوستون", "fa", "houston"),
        ("ጠበቃ በሂውስተን", "am", "houston"),
        ("адвокат в Хьюстоне", "ru", "houston"),  # by its stem, with the case ending
        ("休斯顿律师", "zh", "houston"),
        ("휴스턴 변호사", "ko", "houston"),
        ("ਹੂਸਟਨ ਵਿੱਚ ਵਕੀਲ", "pa", "houston"),  # five letters with the vowel sign
        # GeoNames has Dallas in traditional characters only ("達拉斯"); the app's Chinese is simplified.
        ("达拉斯律师", "zh", "dallas"),
        ("達拉斯律師", "zh", "dallas"),
    ],
)
def test_a_city_named_in_the_readers_language_lists_legal_help_there(query: str, lang: str, city: str) -> None:
    documents = [
        SearchDocument("org", "houston", "en", "Houston Legal Aid", postal_code="77036"),
        SearchDocument("org", "chicago", "en", "Chicago Legal Aid", postal_code="60601"),
        SearchDocument("org", "dallas", "en", "Dallas Legal Aid", postal_code="75204"),
    ]
    index = SearchIndex.from_documents(documents)
    home = "77036" if city == "chicago" else "60601"  # the other city: the one named must win
    orgs = [r.id for r in index.search(query, lang, home_zip=home) if r.kind == "org"]
    assert orgs[:1] == [city]


@pytest.mark.parametrize(("query", "city"), [("lawyer near 77036", "houston"), ("abogado cerca de 60601", "chicago")])
def test_a_zip_code_typed_in_a_question_lists_legal_help_there(query: str, city: str) -> None:
    documents = [
        SearchDocument("org", "houston", "en", "Houston Legal Aid", postal_code="77036"),
        SearchDocument("org", "chicago", "en", "Chicago Legal Aid", postal_code="60601"),
    ]
    index = SearchIndex.from_documents(documents)
    home = "77036" if city == "chicago" else "60601"  # the other city: the ZIP code typed must win
    lang = "es" if "abogado" in query else "en"
    assert [r.id for r in index.search(query, lang, home_zip=home) if r.kind == "org"][:1] == [city]


def test_a_number_that_is_no_zip_code_names_no_place() -> None:
    assert places_named(["lawyer", "99999"]) == [] and places_named(["in", "2019"]) == []


@pytest.mark.parametrize(
    "question",
    [
        "мой сын Александр задержан",  # Alexandria's stem, "александр", is a man's name
        "план безопасности семьи",  # Plano's would be "план", a plan
        "адвокат из Колумбии",  # Colombia, not Columbia
        "우리 딸 유진이 체포됐어요",  # Yujin, a given name, is Eugene's too
    ],
)
def test_a_word_that_a_city_in_another_script_only_resembles_names_no_place(question: str) -> None:
    assert places_named(words(question)) == []


def test_a_record_shows_once_however_many_ways_it_is_found(bundled_index: SearchIndex) -> None:
    for query in ("lawyer in alexandria", "my husband was detained where is he", "fianza abogado", "abogado houston"):
        # 40: the named place (Texas) is also found by its words further down the list.
        results = bundled_index.search(query, "es", limit=40)
        keys = [(r.kind, r.id) for r in results]
        assert len(keys) == len(set(keys)), query


def test_a_named_state_is_that_state_not_one_whose_name_contains_it() -> None:
    documents = [
        SearchDocument("place", "us-wv", "en", "West Virginia", summary="A state."),
        SearchDocument("place", "us-va", "en", "Virginia", summary="A state."),
        SearchDocument("place", "us-mo-texas", "en", "Texas County, MO", summary="A county."),
        SearchDocument("place", "us-tx", "en", "Texas", summary="A state."),
    ]
    index = SearchIndex.from_documents(documents)
    assert index.search("rights in virginia", "en")[0].id == "us-va"
    assert index.search("police in texas", "en")[0].id == "us-tx"


def test_a_section_heading_weighs_above_a_passing_mention() -> None:
    documents = [
        SearchDocument("guide", "mention", "en", "Court dates", body="A bond hearing. Ask about bond."),
        SearchDocument(
            "guide", "heading", "en", "In detention", body="Bond\nAsk a lawyer about the hearing.", headings="Bond"
        ),
    ]
    index = SearchIndex.from_documents(documents)
    assert index.search("bond", "en", prefix_last=False).ids == ["heading", "mention"]


def test_guide_headings_are_read_from_the_markdown() -> None:
    from desktopguide.core.search.documents import headings

    assert headings("# Title\n\nText with a [link](term:ice).\n\n## Bond: the rules\n\nMore.") == [
        "Title",
        "Bond: the rules",
    ]


def test_without_the_stemmer_inflected_names_are_not_found_and_nothing_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from desktopguide.core.search import needs as needs_module

    places = needs_module.Gazetteer(other_names={("техас",): ("texas",)})
    monkeypatch.setitem(sys.modules, "snowballstemmer", None)  # as if not installed
    needs_module._add_stems(places)
    assert places.english(("техасе",)) == ("техасе",)
    monkeypatch.delitem(sys.modules, "snowballstemmer")
    needs_module._add_stems(places)
    assert places.english(("техасе",)) == ("texas",)


def _facilities() -> SearchIndex:
    return SearchIndex.from_documents(
        [
            SearchDocument("place", "stewart", "en", "Stewart Detention Center", body="Lumpkin, GA", state="GA"),
            SearchDocument(
                "place", "prairieland", "en", "Prairieland Detention Center", body="Alvarado, TX", state="TX"
            ),
            SearchDocument(
                "place", "glades", "en", "Glades County Detention Center", body="Moore Haven, FL",
                postal_code="33471", state="FL",
            ),
            SearchDocument(
                "place", "krome", "en", "Krome North Service Processing Center and Detention Center",
                body="Miami, FL", postal_code="33194", state="FL",
            ),
            # Guides that name Georgia in passing: enough of them that nothing with only
            # some of the words is looked for.
            *(
                SearchDocument("guide", f"guide-{n}", "en", f"Guide {n}", body="A detention center in Georgia.")
                for n in range(6)
            ),
        ]
    )


def test_records_in_the_state_named_with_the_other_words_come_first() -> None:
    # Their text says "GA", not "Georgia": they lacked a word, and the guides came instead.
    assert _facilities().search("detention center in georgia", "en").ids[:1] == ["stewart"]


def test_records_in_the_city_named_come_nearest_first() -> None:
    assert _facilities().search("detention center in miami", "en").ids[:2] == ["krome", "glades"]
