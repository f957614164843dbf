package org.chenggeng.summary;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary module reads and writes its own tables only (what it needs of the ledger, the items and the projects
 * comes in events or through those modules' components, where the module model sees it), and hears its events in the
 * writing transaction.
 */
class SummaryOwnTablesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/chenggeng/summary");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void theSqlOfTheSummaryModuleNamesOnlyTheTablesItOwns() throws IOException {
        Map<String, Set<String>> tables = tablesPerClass();

        assertThat(tables.keySet()).contains("RollupStore.java", "RollupRows.java", "RollupQueries.java");
        assertThat(tables.values().stream().flatMap(Set::stream).distinct().sorted())
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(RollupStore.TABLES));
    }

    @Test
    void theListenersRunInTheWritingTransaction() {
        List<Method> listeners = Arrays.stream(Rollups.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(EventListener.class)
                        || m.isAnnotationPresent(TransactionalEventListener.class))
                .toList();

        assertThat(listeners).extracting(Method::getName).containsOnly("on").hasSize(4);
        assertThat(listeners).noneMatch(m -> m.isAnnotationPresent(TransactionalEventListener.class)
                || m.isAnnotationPresent(org.springframework.scheduling.annotation.Async.class));
    }

    /** The tables each class's SQL names: string literals of one statement joined, then read after from/join/into/update. */
    private static Map<String, Set<String>> tablesPerClass() throws IOException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                for (String statement : source.split(";")) {
                    StringBuilder sql = new StringBuilder();
                    Matcher literal = LITERAL.matcher(statement);
                    while (literal.find()) {
                        sql.append(literal.group(1));
                    }
                    if (!sql.toString().toLowerCase().matches("(?s).*\\b(select|insert|update|delete)\\b.*")) {
                        continue;
                    }
                    Matcher table = TABLE.matcher(sql);
                    while (table.find()) {
                        tables.computeIfAbsent(file.getFileName().toString(), k -> new TreeSet<>())
                                .add(table.group(1).toLowerCase());
                    }
                }
            }
        }
        return tables;
    }
}
