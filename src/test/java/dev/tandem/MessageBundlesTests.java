package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MessageBundlesTests {

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        var english = load("messages.properties");
        var russian = load("messages_ru.properties");
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (var bundle : new String[] {"messages.properties", "messages_ru.properties"}) {
            var messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as(bundle)
                    .allSatisfy(
                            key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    /** Spring formats a message only when it has arguments, so a doubled quote shows as typed in the others. */
    @Test
    void quotesAreDoubledExactlyInMessagesWithArguments() throws IOException {
        for (var bundle : new String[] {"messages.properties", "messages_ru.properties"}) {
            var messages = load(bundle);
            assertThat(messages.stringPropertyNames()).as(bundle).allSatisfy(key -> {
                var message = messages.getProperty(key);
                var hasArguments = message.matches("(?s).*\\{\\d+}.*");
                if (hasArguments) {
                    assertThat(message.replace("''", "")).as(key).doesNotContain("'");
                } else {
                    assertThat(message).as(key).doesNotContain("''");
                }
            });
        }
    }

    /** A key written twice keeps its last text only: the first is dead and reads as if it counted. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (var bundle : new String[] {"messages.properties", "messages_ru.properties"}) {
            var twice = new ArrayList<Object>();
            var properties = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        twice.add(key);
                    }
                    return super.put(key, value);
                }
            };
            try (var reader =
                    new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }

    @Test
    void russianBundleIsInRussian() throws IOException {
        assertThat(load("messages_ru.properties").getProperty("login.submit")).isEqualTo("Войти");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
