package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.demo.DemoProperties.Language;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;

class DemoTextsTests {

    private static final Pattern CYRILLIC = Pattern.compile("[\\p{IsCyrillic}]");
    private static final Pattern LETTERS_OUTSIDE_PLACEHOLDERS = Pattern.compile("\\p{L}");

    @Test
    void theDemoPlantIsRussianUnlessToldOtherwise() {
        var properties = new Binder(new MapConfigurationPropertySource(Map.of("tandem.demo.enabled", "true")))
                .bindOrCreate("tandem.demo", DemoProperties.class);
        assertThat(properties.language()).isEqualTo(Language.RU);
        assertThat(properties.language().code()).isEqualTo("ru");
    }

    @Test
    void bothLanguagesHaveTheSameKeysSoEveryListHasTheSameLength() throws IOException {
        assertThat(load(Language.RU).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(Language.EN).stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (var language : Language.values()) {
            var texts = load(language);
            assertThat(texts.stringPropertyNames())
                    .as(language.code())
                    .allSatisfy(
                            key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void theEnglishPlantWritesNoCyrillic() throws IOException {
        var texts = load(Language.EN);
        assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(
                        CYRILLIC.matcher(texts.getProperty(key)).find())
                .as(key + "=" + texts.getProperty(key))
                .isFalse());
    }

    /** Settings of the name pattern and symbols such as °C are no words; every other text with letters is Russian. */
    @Test
    void theRussianPlantWritesEveryWordInCyrillic() throws IOException {
        var texts = load(Language.RU);
        assertThat(texts.stringPropertyNames())
                .filteredOn(key -> !key.startsWith("name."))
                .filteredOn(key -> LETTERS_OUTSIDE_PLACEHOLDERS
                        .matcher(
                                texts.getProperty(key).replaceAll("\\{\\d}", "").replace("°C", ""))
                        .find())
                .allSatisfy(key -> assertThat(
                                CYRILLIC.matcher(texts.getProperty(key)).find())
                        .as(key + "=" + texts.getProperty(key))
                        .isTrue());
    }

    @Test
    void russianNamesHaveSurnameGivenNameAndPatronymicAndEnglishOnesAreTransliteratedGivenNameFirst() {
        var russian = new DemoNames(new java.util.Random(DemoRun.SEED), DemoTexts.of(Language.RU));
        var english = new DemoNames(new java.util.Random(DemoRun.SEED), DemoTexts.of(Language.EN));
        for (int n = 0; n < 200; n++) {
            var inRussian = russian.next(30);
            var inEnglish = english.next(30);
            assertThat(inRussian.fullName()).matches("[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(вич|вна|ич|чна)");
            assertThat(inEnglish.fullName()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            var given = inEnglish.fullName().split(" ")[0];
            assertThat(inEnglish.mailbox()).startsWith(given.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    /**
     * The contractors' demo in either language: every contractor of the catalogue has its legal name, its supervisor's
     * position and its engagement's scope; every status the stories move a contractor to its reason; every contractor
     * type and required document its name (and the document its title); the Russian plant's firms are ООО or АО.
     */
    @Test
    void everyContractorStoryHasItsTextsInBothLanguages() {
        for (var language : Language.values()) {
            var texts = DemoTexts.of(language);
            assertThat(new DemoCatalogue(texts).contractors(10)).allSatisfy(plan -> {
                assertThat(plan.name())
                        .matches(language == Language.RU ? "(ООО|АО) «[^»]+»" : "[A-Z][A-Za-z -]+ (LLC|JSC)");
                assertThat(plan.supervisor()).isNotBlank();
                assertThat(texts.text("contractor." + plan.key() + ".scope")).isNotBlank();
            });
            var keys = new java.util.ArrayList<String>();
            java.util.stream.Stream.of(DemoWorkingPeriods.Story.values())
                    .map(story -> story.status)
                    .filter(status -> status != dev.tandem.organisation.OrganisationStatus.PROSPECTIVE)
                    .forEach(status -> keys.add("contractorStatus." + status));
            DemoContractors.types().forEach(type -> keys.add("contractorType." + type));
            DemoContractors.documentCodes().forEach(code -> {
                keys.add("contractorDocument." + code);
                keys.add("contractorDocument." + code + ".title");
            });
            assertThat(keys)
                    .allSatisfy(key -> assertThat(texts.text(key)).as(key).isNotBlank());
        }
    }

    private static Properties load(Language language) throws IOException {
        var properties = new Properties();
        var resource = new ClassPathResource(DemoTexts.resource(language));
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
