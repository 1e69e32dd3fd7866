package de.tieredsupport.contingent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every compile-only Atlassian declaration under {@code src/atlassian-api/java} must say where its shape comes
 * from: the comment right above each top-level type carries an {@code Evidence:} line and a {@code Status:} line
 * with one of the agreed status values.
 */
public class AtlassianDeclarationsEvidenceTest {

    static final Path DECLARATIONS = Paths.get("src", "atlassian-api", "java");

    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "(?m)^(?:(?:public|abstract|final|sealed|non-sealed|strictfp)\\s+)*(@interface|class|interface|enum|record)\\s+(\\w+)");
    private static final Pattern EVIDENCE = Pattern.compile("(?m)^\\s*\\*?\\s*Evidence:\\s*\\S+");
    private static final Pattern STATUS = Pattern.compile(
            "(?m)^\\s*\\*?\\s*Status:\\s*(CONFIRMED-11|CONFIRMED-10|CONFIRMED-9|INFERRED)\\b");
    /** Between the header comment and the type keyword only annotations and whitespace may stand. */
    private static final Pattern ONLY_ANNOTATIONS = Pattern.compile(
            "(?s)\\s*(?:@[\\w.]+(?:\\s*\\((?:[^()]|\\([^()]*\\))*\\))?\\s*)*");

    @Test
    public void everyDeclaredTypeNamesItsEvidenceAndStatus() {
        assertTrue("missing directory " + DECLARATIONS.toAbsolutePath(), Files.isDirectory(DECLARATIONS));
        List<Path> files = javaFiles(DECLARATIONS);
        assertTrue("no declarations found under " + DECLARATIONS, !files.isEmpty());
        List<String> problems = problems(DECLARATIONS);
        assertEquals("declarations without evidence or status:\n" + String.join("\n", problems), 0, problems.size());
    }

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void theCheckReportsAMissingStatusOrEvidenceLine() throws IOException {
        Path root = temp.newFolder("decl").toPath();
        Path pkg = Files.createDirectories(root.resolve("com/example"));
        write(pkg.resolve("Good.java"), "package com.example;\n\n/**\n * A type.\n *\n"
                + " * Evidence: https://example.org/Good.html\n * Status: CONFIRMED-11\n */\n"
                + "@Deprecated\npublic interface Good {\n    interface Nested {}\n}\n");
        assertEquals(List.of(), problems(root));

        write(pkg.resolve("NoStatus.java"), "package com.example;\n\n/**\n * A type.\n *\n"
                + " * Evidence: https://example.org/NoStatus.html\n */\npublic final class NoStatus {}\n");
        write(pkg.resolve("NoEvidence.java"), "package com.example;\n\n/**\n * Status: INFERRED (from nothing)\n */\n"
                + "public enum NoEvidence { A }\n");
        write(pkg.resolve("WrongStatus.java"), "package com.example;\n\n/**\n * Evidence: somewhere\n"
                + " * Status: PROBABLY\n */\npublic @interface WrongStatus {}\n");
        write(pkg.resolve("NoComment.java"), "package com.example;\n\npublic abstract class NoComment {}\n");
        write(pkg.resolve("CommentNotAbove.java"), "package com.example;\n\n/**\n * Evidence: x\n * Status: INFERRED\n */\n"
                + "import java.util.List;\n\npublic class CommentNotAbove {}\n");

        List<String> problems = problems(root);
        assertEquals(String.join("\n", problems), 5, problems.size());
        for (String name : List.of("NoStatus", "NoEvidence", "WrongStatus", "NoComment", "CommentNotAbove")) {
            assertTrue(name + " not reported in " + problems, problems.stream().anyMatch(p -> p.contains(name)));
        }
    }

    /** One line per top-level type that lacks a header comment with an Evidence: and a valid Status: line. */
    static List<String> problems(Path root) {
        List<String> problems = new ArrayList<>();
        for (Path file : javaFiles(root)) {
            String source = read(file);
            Matcher type = TOP_LEVEL_TYPE.matcher(source);
            boolean any = false;
            while (type.find()) {
                any = true;
                String where = root.relativize(file) + " " + type.group(1) + " " + type.group(2);
                String header = headerComment(source.substring(0, type.start()));
                if (header == null) {
                    problems.add(where + ": no header comment directly above the type");
                    continue;
                }
                if (!EVIDENCE.matcher(header).find()) {
                    problems.add(where + ": header has no 'Evidence:' line");
                }
                if (!STATUS.matcher(header).find()) {
                    problems.add(where + ": header has no 'Status:' line with CONFIRMED-11|CONFIRMED-10|CONFIRMED-9|INFERRED");
                }
            }
            if (!any) {
                problems.add(root.relativize(file) + ": no top-level type found");
            }
        }
        return problems;
    }

    /** The block comment that ends right before the type (annotations may sit in between), or null. */
    private static String headerComment(String before) {
        int start = -1;
        int end = -1;
        int i = 0;
        while (i < before.length()) {
            int block = before.indexOf("/*", i);
            int line = before.indexOf("//", i);
            if (block < 0 && line < 0) {
                break;
            }
            if (line >= 0 && (block < 0 || line < block)) {
                int eol = before.indexOf('\n', line);
                i = eol < 0 ? before.length() : eol + 1;
                continue;
            }
            int close = before.indexOf("*/", block + 2);
            if (close < 0) {
                return null;
            }
            start = block;
            end = close;
            i = close + 2;
        }
        if (end < 0 || !ONLY_ANNOTATIONS.matcher(before.substring(end + 2)).matches()) {
            return null;
        }
        return before.substring(start, end);
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
