"""Español A1: target language Spanish, explanations in Russian."""

from glossa.demo.content.model import Course, Lesson, Line, Practice, PracticeLesson, Reading

WOMAN = "es+f3"
MAN = "es+m3"
NARRATOR = "es+f2"

LESSON_1 = Lesson(
    title="¡Hola! Знакомство",
    markdown="""\
## Приветствия

| Испанский | Русский |
|---|---|
| **¡Hola!** | Привет! / Здравствуйте! |
| **Buenos días** | Доброе утро / Добрый день (до обеда) |
| **Buenas tardes** | Добрый день (после обеда) |
| **Buenas noches** | Добрый вечер / Спокойной ночи |
| **Adiós** / **Hasta luego** | До свидания / Пока |

Заметьте перевёрнутые знаки в начале вопроса и восклицания: **¿Qué tal?**, **¡Hola!**

### Как представиться

- **Me llamo** Olga. — Меня зовут Ольга. (буквально «я себя называю»)
- **Soy de** Rusia. — Я из России.
- ¿Cómo **te llamas**? — Как тебя зовут?
- ¿De dónde **eres**? — Откуда ты?

Глагол **ser** («быть»): *yo soy, tú eres, él / ella es*. Личное местоимение часто опускают:
*Soy Olga* значит «Я Ольга».

> Ударение обозначается знаком над гласной: *adiós*, *miércoles*. Это часть написания слова.
""",
    dialogue_title="В языковой школе",
    lines=(
        Line(
            "Carmen",
            "¡Hola! Me llamo Carmen. ¿Cómo te llamas?",
            "Привет! Меня зовут Кармен. Как тебя зовут?",
            WOMAN,
        ),
        Line("Iván", "Hola, Carmen. Me llamo Iván.", "Привет, Кармен. Меня зовут Иван.", MAN),
        Line("Carmen", "¿De dónde eres, Iván?", "Откуда ты, Иван?", WOMAN),
        Line("Iván", "Soy de Rusia, de Moscú. ¿Y tú?", "Я из России, из Москвы. А ты?", MAN),
        Line("Carmen", "Soy de Sevilla. ¡Encantada!", "Я из Севильи. Очень приятно!", WOMAN),
        Line("Iván", "Encantado. ¡Hasta luego!", "Очень приятно. До встречи!", MAN),
    ),
    reading=Reading(
        title="Послушайте: Iván о себе",
        text=(
            "¡Hola! Me llamo Iván. Soy de Rusia. Vivo en Moscú. "
            "Soy ingeniero. Estudio español en una escuela de idiomas. "
            "Mi profesora se llama Carmen. Es de Sevilla."
        ),
        voice=NARRATOR,
    ),
    exercise_title="Проверьте себя: знакомство",
    questions=("Me llamo", "Soy de", "Adiós", "Saludos"),
)

LESSON_2 = Lesson(
    title="En el mercado — на рынке",
    markdown="""\
## Покупки

- **Quiero** un kilo de tomates. — Я хочу килограмм помидоров.
- **¿Cuánto cuesta?** — Сколько стоит (одна вещь)?
- **¿Cuánto cuestan?** — Сколько стоят (несколько)?
- **Aquí tiene.** — Вот, пожалуйста.

### Род существительных

У каждого слова есть род, и артикль его показывает:
**el** tomate, **el** pan, **el** queso — мужской род; **la** manzana, **la** naranja,
**la** leche — женский. Слова на *-o* чаще мужского рода, на *-a* — женского.

### Числа 1–10

uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez.
Перед существительным мужского рода *uno* превращается в **un**: *un kilo*.
""",
    dialogue_title="У прилавка с фруктами",
    lines=(
        Line("Vendedor", "¡Buenos días! ¿Qué quiere?", "Доброе утро! Что желаете?", MAN),
        Line(
            "Olga",
            "Buenos días. Quiero un kilo de manzanas.",
            "Доброе утро. Я хочу килограмм яблок.",
            WOMAN,
        ),
        Line("Vendedor", "Muy bien. ¿Algo más?", "Хорошо. Что-нибудь ещё?", MAN),
        Line(
            "Olga",
            "Sí, tres naranjas. ¿Cuánto cuesta todo?",
            "Да, три апельсина. Сколько стоит всё?",
            WOMAN,
        ),
        Line("Vendedor", "Son cuatro euros.", "С вас четыре евро.", MAN),
        Line("Olga", "Aquí tiene. ¡Gracias!", "Вот, пожалуйста. Спасибо!", WOMAN),
    ),
    reading=Reading(
        title="Послушайте: список покупок",
        text=(
            "Hoy voy al mercado. Necesito un kilo de tomates, dos kilos de patatas, "
            "seis huevos, pan y queso. Las manzanas cuestan dos euros el kilo. "
            "El queso es muy bueno."
        ),
        voice=NARRATOR,
    ),
    exercise_title="Проверьте себя: на рынке",
    questions=("Frutas", "Cuántos kilos", "Cuánto cuesta", "Mi lista de la compra"),
)

LESSON_3 = Lesson(
    title="Mi día — мой день",
    markdown="""\
## Настоящее время: глаголы на -ar

Большинство испанских глаголов спрягаются по образцу. Отбросьте *-ar* и добавьте окончание:

| hablar (говорить) | окончание |
|---|---|
| yo **hablo** | -o |
| tú **hablas** | -as |
| él / ella **habla** | -a |
| nosotros **hablamos** | -amos |
| vosotros **habláis** | -áis |
| ellos **hablan** | -an |

Так же: *trabajar* (работать), *desayunar* (завтракать), *estudiar* (учиться).

### Который час?

- **Me levanto a las siete.** — Я встаю в семь.
- **a las siete y media** — в половине восьмого (7:30).

### Дни недели

lunes, martes, **miércoles**, jueves, viernes, sábado, domingo — пишутся со строчной буквы.
""",
    dialogue_title="Разговор о расписании",
    lines=(
        Line("Lucía", "Iván, ¿a qué hora te levantas?", "Иван, во сколько ты встаёшь?", WOMAN),
        Line("Iván", "Me levanto a las siete y media.", "Я встаю в половине восьмого.", MAN),
        Line("Lucía", "¿Y trabajas los sábados?", "А по субботам ты работаешь?", WOMAN),
        Line(
            "Iván",
            "No, trabajo de lunes a viernes.",
            "Нет, я работаю с понедельника по пятницу.",
            MAN,
        ),
        Line("Lucía", "¿Qué haces el domingo?", "Что ты делаешь в воскресенье?", WOMAN),
        Line(
            "Iván",
            "Estudio español y hablo con mis amigos.",
            "Учу испанский и болтаю с друзьями.",
            MAN,
        ),
    ),
    reading=Reading(
        title="Послушайте: день Лусии",
        text=(
            "Me llamo Lucía. Me levanto a las siete. Desayuno café con tostadas. "
            "Trabajo en una oficina de nueve a cinco. "
            "Por la tarde estudio inglés. Los miércoles ceno con mi familia."
        ),
        voice=NARRATOR,
    ),
    exercise_title="Проверьте себя: мой день",
    questions=("Antes de empezar", "Hablar", "Miércoles", "A qué hora", "El desayuno", "Días"),
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
            text="Соберите фразу «Меня зовут Кармен».",
            data={
                "unit": "word",
                "items": [
                    {"id": "w1", "text": "Me"},
                    {"id": "w2", "text": "llamo"},
                    {"id": "w3", "text": "Carmen"},
                ],
            },
        ),
        Practice(
            type="gap_fill",
            title="Пропуски: ser",
            text="Впишите нужную форму глагола **ser**.",
            data={
                "text": "Yo [[g1]] de Rusia. ¿De dónde [[g2]] tú?",
                "gaps": [
                    {"id": "g1", "answers": ["soy"]},
                    {"id": "g2", "answers": ["eres"]},
                ],
                "mode": "type",
                "distractors": [],
                "case_sensitive": False,
                "accents": "partial",
            },
        ),
        Practice(
            type="dictation",
            title="Диктант",
            text="Послушайте и напишите, что говорит Иван.",
            data={
                "text": "Hola, Carmen. Me llamo Iván.",
                "ignore_punctuation": True,
                "case_sensitive": False,
                "accents": "accept",
            },
            line=(1, 2),
        ),
        Practice(
            type="listening_choice",
            title="Откуда Иван?",
            text="Послушайте: откуда Иван?",
            data={
                "answers": [
                    {"id": "a1", "text": "Из Москвы", "format": "plain", "fraction": 1,
                     "feedback": "", "feedback_format": "plain"},
                    {"id": "a2", "text": "Из Севильи", "format": "plain", "fraction": 0,
                     "feedback": "Из Севильи — Кармен.", "feedback_format": "plain"},
                    {"id": "a3", "text": "Из Мадрида", "format": "plain", "fraction": 0,
                     "feedback": "", "feedback_format": "plain"},
                ],
            },
            line=(1, 4),
        ),
    ),
)  # fmt: skip

COURSE = Course(
    slug="espanol-a1",
    title="Español A1: первые шаги",
    summary="Испанский с нуля: знакомство, покупки на рынке и рассказ о своём дне.",
    description="""\
Курс для тех, кто только начинает учить испанский. Объяснения — на русском, диалоги и
тексты — на испанском с переводом и озвучкой каждой реплики.

**Вы научитесь:**

- представляться и спрашивать, откуда собеседник;
- покупать продукты и спрашивать цену;
- рассказывать о своём дне и называть дни недели.

Особое внимание — ударениям: в упражнениях слово без знака ударения засчитывается
лишь частично.
""",
    language="es",
    level="A1",
    gift_file="spanish-a1.gift",
    lessons=(LESSON_1, LESSON_2, LESSON_3),
    practice=PRACTICE,
)
