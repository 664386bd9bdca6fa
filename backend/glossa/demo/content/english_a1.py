"""English A1 for Russian speakers: target language English, explanations in Russian."""

from glossa.demo.content.model import Course, Lesson, Line, Practice, PracticeLesson, Reading

WOMAN = "en-gb+f3"
MAN = "en-gb+m3"
NARRATOR = "en-gb+f2"

LESSON_1 = Lesson(
    title="Знакомство: Hello, I'm Anna",
    markdown="""\
## Как поздороваться и представиться

В английском приветствие зависит от ситуации:

| Фраза | Когда говорят |
|---|---|
| **Hello!** / **Hi!** | «Здравствуйте!» / «Привет!» — в любое время |
| **Good morning!** | «Доброе утро!» — до полудня |
| **Good evening!** | «Добрый вечер!» — вечером, при встрече |
| **Good night!** | «Спокойной ночи!» — только при прощании, перед сном |

Чтобы представиться, скажите **I'm Anna** или **My name is Anna**. Спросить имя собеседника:
**What's your name?**

### Глагол *to be*: am, is, are

В русском мы говорим «Я — Анна», без глагола. В английском глагол нужен всегда:

- **I am** (I'm) from Russia. — Я из России.
- **He is** (he's) / **She is** (she's) a student. — Он / она студент(ка).
- **You are** (you're) / **We are** / **They are** happy. — Ты / мы / они рады.

> Запомните: *I* всегда пишется с большой буквы и употребляется только с **am**.
""",
    dialogue_title="Первая встреча",
    lines=(
        Line("Tom", "Hello! I'm Tom. What's your name?", "Привет! Я Том. Как тебя зовут?", MAN),
        Line(
            "Anna",
            "Hi, Tom. My name is Anna. Nice to meet you.",
            "Привет, Том. Меня зовут Анна. Приятно познакомиться.",
            WOMAN,
        ),
        Line(
            "Tom",
            "Nice to meet you too. Where are you from?",
            "Мне тоже приятно. Откуда ты?",
            MAN,
        ),
        Line("Anna", "I'm from Kazan, in Russia. And you?", "Я из Казани, из России. А ты?", WOMAN),
        Line("Tom", "I'm from Manchester. It's in England.", "Я из Манчестера. Это в Англии.", MAN),
        Line(
            "Anna",
            "Great! Welcome to our English class.",
            "Здорово! Добро пожаловать на наш урок английского.",
            WOMAN,
        ),
    ),
    reading=Reading(
        title="Послушайте: Anna о себе",
        text=(
            "Hello! My name is Anna. I am twenty-five years old. I am from Kazan. "
            "I am a teacher. My brother is Pavel. He is a student. "
            "We are happy to learn English."
        ),
        voice=NARRATOR,
    ),
    exercise_title="Проверьте себя: знакомство",
    questions=("Приветствие утром", "I am", "Глагол to be (she)", "Местоимения и to be"),
)

LESSON_2 = Lesson(
    title="Семья: This is my family",
    markdown="""\
## Чей? Притяжательные местоимения

| Кто | Чей | Пример |
|---|---|---|
| I | **my** | my mother — моя мама |
| you | **your** | your father — твой папа |
| he | **his** | his sister — его сестра |
| she | **her** | her brother — её брат |
| we | **our** | our family — наша семья |
| they | **their** | their house — их дом |

Обратите внимание: *his* — когда владелец мужчина, *her* — когда женщина. Пол того, **кому**
принадлежит, не важен: *Tom and his sister* — «Том и его сестра».

### Слова о семье

**mother** (мама), **father** (папа), **sister** (сестра), **brother** (брат),
**grandmother** (бабушка), **grandfather** (дедушка), **son** (сын), **daughter** (дочь).

### have got — «у меня есть»

- **I have got** a brother. — У меня есть брат.
- **She has got** two sons. — У неё двое сыновей.
""",
    dialogue_title="Семейная фотография",
    lines=(
        Line("Anna", "Tom, is this your family?", "Том, это твоя семья?", WOMAN),
        Line(
            "Tom",
            "Yes, it is. This is my mother, and this is my father.",
            "Да. Это моя мама, а это мой папа.",
            MAN,
        ),
        Line("Anna", "Who is this girl?", "А кто эта девочка?", WOMAN),
        Line(
            "Tom",
            "That's my sister, Lucy. She is twelve.",
            "Это моя сестра Люси. Ей двенадцать.",
            MAN,
        ),
        Line("Anna", "And is this your grandmother?", "А это твоя бабушка?", WOMAN),
        Line(
            "Tom",
            "Yes. Her name is Rose. She has got a big garden.",
            "Да. Её зовут Роуз. У неё большой сад.",
            MAN,
        ),
    ),
    reading=Reading(
        title="Послушайте: семья Тома",
        text=(
            "This is Tom's family. His father is a doctor. His mother is a teacher. "
            "Tom has got one sister. Her name is Lucy. "
            "Their grandmother, Rose, is seventy-two. She has got a big garden and a cat."
        ),
        voice=NARRATOR,
    ),
    exercise_title="Проверьте себя: семья",
    questions=("Члены семьи", "his или her", "Возраст бабушки", "Моя семья"),
)

LESSON_3 = Lesson(
    title="В кафе: Can I have a coffee, please?",
    markdown="""\
## Вежливая просьба

Самая полезная конструкция в кафе — **Can I have …, please?** («Можно мне …?»).

- Can I have **a coffee**, please? — Можно мне кофе?
- Can I have **the bill**, please? — Можно счёт?

Слово **please** делает любую просьбу вежливой; отвечают **Here you are** («Вот, пожалуйста»)
и **Thank you** («Спасибо»).

### Цены

- **How much is it?** — Сколько это стоит?
- **It's two pounds fifty.** — Два фунта пятьдесят (£2.50).

Числа до двадцати: one, two, three, four, five, six, seven, eight, nine, ten, eleven,
**twelve**, thirteen … twenty. В британских ценах точка отделяет пенсы: £2.50.
""",
    dialogue_title="В кафе",
    lines=(
        Line("Waiter", "Good morning! What can I get you?", "Доброе утро! Что вам принести?", MAN),
        Line(
            "Anna",
            "Can I have a coffee and a sandwich, please?",
            "Можно мне кофе и сэндвич, пожалуйста?",
            WOMAN,
        ),
        Line("Waiter", "Of course. Anything else?", "Конечно. Что-нибудь ещё?", MAN),
        Line("Anna", "No, thank you. How much is it?", "Нет, спасибо. Сколько это стоит?", WOMAN),
        Line(
            "Waiter",
            "That's six pounds fifty, please.",
            "С вас шесть фунтов пятьдесят.",
            MAN,
        ),
        Line("Anna", "Here you are.", "Вот, пожалуйста.", WOMAN),
    ),
    reading=Reading(
        title="Послушайте: меню",
        text=(
            "Welcome to the Green Cup cafe. A coffee is two pounds fifty. "
            "A tea is two pounds. A sandwich is four pounds. "
            "An orange juice is three pounds. Enjoy your breakfast!"
        ),
        voice=NARRATOR,
    ),
    exercise_title="Проверьте себя: в кафе",
    questions=("Перед упражнениями", "Цена кофе", "Счёт", "Twelve", "Фразы в кафе"),
)


PRACTICE = PracticeLesson(
    title="Практика: слушаем и собираем фразы",
    markdown="""\
## Слушаем, пишем, собираем

В этом уроке — упражнения на слух и на порядок слов. Реплики звучат голосами героев
первого урока; запись можно прослушать столько раз, сколько нужно, и замедлить.

- **Диктант**: послушайте и напишите, что услышали. Проверяется каждое слово.
- **Порядок слов**: соберите фразу из слов.
- **Пропуски**: впишите слово в текст.
""",
    exercise_title="Практика: на слух и по порядку",
    questions=(
        Practice(
            type="ordering",
            title="Порядок слов",
            text="Соберите фразу «Я из Казани».",
            data={
                "unit": "word",
                "items": [
                    {"id": "w1", "text": "I'm"},
                    {"id": "w2", "text": "from"},
                    {"id": "w3", "text": "Kazan"},
                ],
            },
        ),
        Practice(
            type="gap_fill",
            title="Пропуски: to be",
            text="Впишите **am**, **is** или **are**.",
            data={
                "text": "I [[g1]] a teacher. My brother [[g2]] a student.",
                "gaps": [
                    {"id": "g1", "answers": ["am"]},
                    {"id": "g2", "answers": ["is"]},
                ],
                "mode": "drag",
                "distractors": ["are"],
                "case_sensitive": False,
            },
        ),
        Practice(
            type="dictation",
            title="Диктант",
            text="Послушайте и напишите, что говорит Том.",
            data={
                "text": "I'm from Manchester. It's in England.",
                "ignore_punctuation": True,
                "case_sensitive": False,
            },
            line=(1, 5),
        ),
        Practice(
            type="listening_choice",
            title="Откуда Анна?",
            text="Послушайте: откуда Анна?",
            data={
                "answers": [
                    {"id": "a1", "text": "Из Казани", "format": "plain", "fraction": 1,
                     "feedback": "", "feedback_format": "plain"},
                    {"id": "a2", "text": "Из Манчестера", "format": "plain", "fraction": 0,
                     "feedback": "Из Манчестера — Том.", "feedback_format": "plain"},
                    {"id": "a3", "text": "Из Москвы", "format": "plain", "fraction": 0,
                     "feedback": "", "feedback_format": "plain"},
                ],
            },
            line=(1, 4),
        ),
    ),
)  # fmt: skip

COURSE = Course(
    slug="english-a1-for-russian-speakers",
    title="Английский A1 для русскоговорящих",
    summary="Первые шаги в английском: знакомство, семья и заказ в кафе — с диалогами и аудио.",
    description="""\
Курс для тех, кто начинает учить английский с нуля. Объяснения — на русском, примеры и
диалоги — на английском, каждую реплику можно прослушать.

**Что вы научитесь делать:**

- здороваться, представляться и рассказывать, откуда вы;
- говорить о своей семье;
- заказывать еду и напитки и спрашивать цену.

В конце каждого урока — упражнения с мгновенной проверкой.
""",
    language="en",
    level="A1",
    gift_file="english-a1.gift",
    lessons=(LESSON_1, LESSON_2, LESSON_3),
    practice=PRACTICE,
)
