package de.tieredsupport.contingent.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Test;

/** English and German speak the same keys, and every key the UI asks for exists. */
public class I18nBundlesTest {

    static final Path ENGLISH = Paths.get("src/main/resources/i18n/support-contingent.properties");
    static final Path GERMAN = Paths.get("src/main/resources/i18n/support-contingent_de.properties");

    /** How templates, scripts and the descriptor refer to a key. */
    static final Pattern[] KEY_USES = {
        Pattern.compile("\\$i18n\\.getText\\(\\s*[\"']([\\w.-]+)[\"']"),
        Pattern.compile("\\$action\\.getText\\(\\s*[\"']([\\w.-]+)[\"']"),
        Pattern.compile("\\$text\\.get\\(\\s*[\"']([\\w.-]+)[\"']"),
        Pattern.compile("I18n\\.getText\\(\\s*[\"']([\\w.-]+)[\"']"),
        Pattern.compile("data-i18n=[\"']([\\w.-]+)[\"']"),
        Pattern.compile("i18n-name-key=\"([\\w.-]+)\""),
        Pattern.compile("<(?:label|description|tooltip|name)\\s+key=\"([\\w.-]+)\""),
    };

    @Test
    public void englishAndGermanHaveTheSameKeys() throws IOException {
        Set<String> english = load(ENGLISH).stringPropertyNames();
        Set<String> german = load(GERMAN).stringPropertyNames();
        assertEquals("keys only in English", Set.of(), difference(english, german));
        assertEquals("keys only in German", Set.of(), difference(german, english));
    }

    @Test
    public void noMessageIsEmpty() throws IOException {
        for (Path bundle : new Path[] {ENGLISH, GERMAN}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                assertTrue(bundle + ": empty message for " + key, !messages.getProperty(key).isBlank());
            }
        }
    }

    @Test
    public void bundlesAreAsciiSoUmlautsSurviveAnyLoader() throws IOException {
        for (Path bundle : new Path[] {ENGLISH, GERMAN}) {
            byte[] bytes = Files.readAllBytes(bundle);
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(bundle + ": non-ASCII byte at offset " + i + " (write umlauts as \\u00fc etc.)", bytes[i] >= 0);
            }
        }
    }

    @Test
    public void everyKeyUsedInTheUiExists() throws IOException {
        Set<String> known = load(ENGLISH).stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path file : uiFiles()) {
            for (String key : keysUsedIn(Files.readString(file, StandardCharsets.UTF_8))) {
                if (!known.contains(key)) {
                    missing.add(key + " (" + file + ")");
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    public void keyScannerFindsEveryKindOfUse() {
        String sample = "$i18n.getText(\"a.b\") $action.getText('c') AJS.I18n.getText(\"d.e\") "
                + "<span data-i18n=\"f\"></span> <web-item i18n-name-key=\"g.h\"> <label key=\"i\"/>";
        assertEquals(Set.of("a.b", "c", "d.e", "f", "g.h", "i"), keysUsedIn(sample));
    }

    static Set<String> keysUsedIn(String text) {
        Set<String> keys = new TreeSet<>();
        for (Pattern pattern : KEY_USES) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    static Set<Path> uiFiles() throws IOException {
        Set<Path> files = new TreeSet<>();
        files.add(Paths.get("atlassian-plugin.xml"));
        Path resources = Paths.get("src/main/resources");
        try (Stream<Path> walk = Files.walk(resources)) {
            files.addAll(walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".vm") || p.toString().endsWith(".js")
                            || p.toString().endsWith(".html"))
                    .collect(Collectors.toSet()));
        }
        return files;
    }

    static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
