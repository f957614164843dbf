package org.chenggeng.audit.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of record and every action a service writes to the audit log reads as words in both languages, and the
 * log's filter offers every kind: a module that audits a new kind without naming it showed officials
 * "!audit.entity.ATTACHMENT" and "WITHDRAW".
 */
class AuditVocabularyTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** The constants services name their audited kind with, and kinds given as text. */
    private static final Pattern KIND = Pattern.compile(
            "(?:String (?:ENTITY|AUDIT_TYPE) = |EntityChanged\\.(?:created|updated)\\(\\s*)\"([A-Z][A-Z_]+)\"");
    private static final Pattern UPDATED = Pattern.compile("EntityChanged\\.updated\\(");
    /** A kind named by a constant of any name: {@code EntityChanged.created(FINDING, …)} or {@code X.ENTITY}. */
    private static final Pattern KIND_CONSTANT = Pattern.compile(
            "EntityChanged\\.(?:created|updated)\\(\\s*(?:[A-Z]\\w*\\.)?([A-Z][A-Z_]+)\\s*,");
    private static final Pattern CONSTANT = Pattern.compile("String ([A-Z][A-Z_]+) = \"([A-Z][A-Z_]+)\";");
    private static final Pattern WORD = Pattern.compile("\"([A-Z][A-Z_]+)\"");

    @Test
    void everyAuditedKindAndActionHasItsWordsAndEveryKindIsInTheFilter() throws IOException {
        Set<String> kinds = new TreeSet<>();
        Set<String> actions = new TreeSet<>();
        java.util.Map<String, Set<String>> constants = new java.util.HashMap<>();
        Set<String> constantsUsedAsKinds = new TreeSet<>();
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            Matcher constant = CONSTANT.matcher(code);
            while (constant.find()) {
                constants.computeIfAbsent(constant.group(1), k -> new TreeSet<>()).add(constant.group(2));
            }
            Matcher used = KIND_CONSTANT.matcher(code);
            while (used.find()) {
                constantsUsedAsKinds.add(used.group(1));
            }
        }
        for (String name : constantsUsedAsKinds) {
            if (!name.equals("ENTITY")) {
                assertThat(constants).as("the value of " + name).containsKey(name);
                kinds.addAll(constants.get(name));
            }
        }
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            Matcher kind = KIND.matcher(code);
            while (kind.find()) {
                kinds.add(kind.group(1));
            }
            Matcher updated = UPDATED.matcher(code);
            while (updated.find()) {
                Matcher word = WORD.matcher(thirdArgument(code, updated.end()));
                while (word.find()) {
                    if (!word.group(1).endsWith("_")) {
                        actions.add(word.group(1));
                    }
                }
            }
        }
        assertThat(kinds).as("kinds found in the services").contains("PROJECT", "ATTACHMENT");
        assertThat(actions).as("actions found in the services").contains("WITHDRAW", "RETIRE");
        for (String bundle : new String[]{"i18n/messages.properties", "i18n/messages_en.properties"}) {
            Properties words = load(bundle);
            assertThat(kinds).as(bundle).allSatisfy(k -> assertThat(words).containsKey("audit.entity." + k));
            assertThat(actions).as(bundle).allSatisfy(a -> assertThat(words).containsKey("audit.action." + a));
        }
        assertThat(AuditLogView.ENTITIES).containsExactlyInAnyOrderElementsOf(kinds);
    }

    /** The third argument of the call whose argument list starts at {@code from}: the action. */
    private static String thirdArgument(String code, int from) {
        int depth = 0;
        int argument = 0;
        StringBuilder third = new StringBuilder();
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                argument++;
                continue;
            }
            if (argument == 2) {
                third.append(c);
            }
        }
        return third.toString();
    }

    private static Set<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return new TreeSet<>(files.filter(f -> f.toString().endsWith(".java")).toList());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditVocabularyTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
