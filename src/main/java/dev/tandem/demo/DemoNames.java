package dev.tandem.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * People's names as a Urals steel works' records hold them: Russian, Tatar and Bashkir names with patronymics,
 * written as the demo's language writes them ({@code name.pattern} and {@code name.alphabet} in {@link DemoTexts}):
 * "Иванов Сергей Петрович" in Russian, "Sergey Ivanov" (passport transliteration) in English. Names and e-mail
 * addresses do not repeat within one plant, so that a demo visitor can tell people apart.
 */
final class DemoNames {

    /** A generated person's name and the part of an e-mail address before the {@code @}. */
    record Name(String fullName, String mailbox) {}

    private static final int ATTEMPTS_BEFORE_A_NAMESAKE = 50;

    private static final List<String> SURNAMES = words(
            """
            Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев
            Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев
            Борисов Яковлев Григорьев Романов Сергеев Кузьмин Фролов Дмитриев Гусев Ильин Максимов Поляков Сорокин
            Виноградов Белов Медведев Антонов Тарасов Жуков Баранов Комаров Давыдов Беляев Богданов Осипов Сидоров
            Титов Миронов Крылов Карпов Власов Мельников Денисов Тихонов Калинин Громов Галиев Хабибуллин Сафин
            Ахметов Гарипов Валиев Шарипов Вишневский Ковальский""");

    private static final List<String> MALE_NAMES = words(
            """
            Александр Сергей Андрей Алексей Дмитрий Иван Михаил Николай Владимир Евгений Павел Виктор Юрий Олег
            Игорь Максим Артём Роман Денис Константин Василий Геннадий Анатолий Вячеслав Руслан Илья Антон Ринат
            Айдар Ильдар""");

    private static final List<String> FEMALE_NAMES = words(
            """
            Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Марина Галина Людмила Надежда
            Оксана Вера Дарья Ксения Алина Гульнара""");

    /** Male forms; the female form swaps the final "ич" for "на". */
    private static final List<String> PATRONYMICS = words(
            """
            Александрович Сергеевич Андреевич Алексеевич Дмитриевич Иванович Михайлович Николаевич Владимирович
            Евгеньевич Павлович Викторович Юрьевич Олегович Игоревич Петрович Васильевич Анатольевич Геннадьевич
            Борисович Ринатович""");

    /** Passport-style transliteration (ICAO Doc 9303, with the common "y" for й), letter by letter. */
    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

    private static final String[] LATIN =
            "a,b,v,g,d,e,e,zh,z,i,y,k,l,m,n,o,p,r,s,t,u,f,kh,ts,ch,sh,shch,,y,,e,yu,ya".split(",", -1);

    private final Random random;
    private final DemoTexts texts;
    private final boolean latinAlphabet;
    private final Set<String> names = new HashSet<>();
    private final Set<String> addresses = new HashSet<>();

    DemoNames(Random random, DemoTexts texts) {
        this.random = random;
        this.texts = texts;
        this.latinAlphabet = texts.text("name.alphabet").equals("latin");
    }

    /** A new name; {@code womenPercent} is the share of women in the trade the person is hired for. */
    Name next(int womenPercent) {
        Name name = null;
        for (int attempt = 0; attempt < ATTEMPTS_BEFORE_A_NAMESAKE; attempt++) {
            name = draw(random.nextInt(100) < womenPercent);
            if (names.add(name.fullName())) {
                return name;
            }
        }
        return name;
    }

    /** An address at {@code domain} no one else in the plant has, e.g. {@code s.ivanov2@uralsk-steel.ru}. */
    String email(Name name, String domain) {
        var address = name.mailbox() + "@" + domain;
        for (int n = 2; !addresses.add(address); n++) {
            address = name.mailbox() + n + "@" + domain;
        }
        return address;
    }

    private Name draw(boolean woman) {
        var surname = feminine(pick(SURNAMES), woman);
        var given = pick(woman ? FEMALE_NAMES : MALE_NAMES);
        var patronymic = pick(PATRONYMICS);
        if (woman) {
            patronymic = patronymic.substring(0, patronymic.length() - 2) + "на";
        }
        var fullName = texts.text("name.pattern", written(surname), written(given), written(patronymic));
        return new Name(fullName, mailbox(latin(given), latin(surname)));
    }

    /** A name in the alphabet of the demo's language. */
    private String written(String cyrillic) {
        return latinAlphabet ? latin(cyrillic) : cyrillic;
    }

    private static String feminine(String surname, boolean woman) {
        if (!woman) {
            return surname;
        }
        if (surname.endsWith("ский")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        return surname + "а";
    }

    static String latin(String cyrillic) {
        var latin = new StringBuilder();
        for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
            int letter = CYRILLIC.indexOf(c);
            latin.append(letter < 0 ? String.valueOf(c) : LATIN[letter]);
        }
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }

    private static String mailbox(String given, String surname) {
        return (given.charAt(0) + "." + surname).toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
