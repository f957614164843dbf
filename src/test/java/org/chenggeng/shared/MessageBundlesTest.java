package org.chenggeng.shared;

import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.RegionKind;
import org.chenggeng.region.RegionLevel;
import org.chenggeng.security.Role;
import org.chenggeng.work.PhraseOrder;
import org.chenggeng.work.ReportSection;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkCategory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI speaks Chinese and English from message bundles only: both bundles hold the same keys, every key the
 * code asks for exists, and no view writes a user-facing sentence into its source.
 */
class MessageBundlesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|errorKey|success|DomainException)\\(\\s*\"([a-z][A-Za-z0-9.]+)\"|title = \"([a-z][A-Za-z0-9.]+)\"");
    private static final Pattern TEXT_CALL = Pattern.compile(
            "(?:setHeader|setLabel|setText|setPlaceholder|setHelperText|setTooltipText|setHeaderTitle|setErrorMessage"
                    + "|setAriaLabel|Notification\\.show|new (?:Button|Span|H1|H2|H3|H4|Paragraph|Checkbox|TextField"
                    + "|PasswordField|TextArea|ComboBox|Select|DatePicker|IntegerField|BigDecimalField|RouterLink))"
                    + "\\(\\s*\"([^\"]*)\"");
    private static final Pattern CJK = Pattern.compile("\"[^\"\\n]*[\\u4e00-\\u9fff][^\"\\n]*\"");

    @Test
    void noBundleSaysAKeyTwice() throws IOException {
        // branches append their keys at the end and merges take both sides: a key added twice would keep the later
        for (String bundle : new String[]{"src/main/resources/i18n/messages.properties",
                "src/main/resources/i18n/messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = Files.readAllLines(Path.of(bundle), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                    .map(l -> l.substring(0, l.indexOf('=')).trim()).filter(k -> !seen.add(k)).toList();
            assertThat(twice).as(bundle).isEmpty();
        }
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesExistsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                if (!key.endsWith(".")) {
                    used.add(key);
                }
            }
        }
        for (Role r : Role.values()) {
            used.add(r.labelKey());
        }
        for (ProjectStatus s : ProjectStatus.values()) {
            used.add(s.labelKey());
            if (s != ProjectStatus.PLANNING) {
                used.add("project.transition.help." + s.name());
            }
        }
        for (RegionLevel l : RegionLevel.values()) {
            used.add(l.labelKey());
        }
        for (RegionKind k : RegionKind.values()) {
            used.add(k.labelKey());
        }
        for (Unit u : Unit.values()) {
            used.add(u.labelKey());
        }
        for (WorkCategory c : WorkCategory.values()) {
            used.add(c.labelKey());
        }
        for (ReportSection section : ReportSection.values()) {
            used.add(section.labelKey());
        }
        for (PhraseOrder order : PhraseOrder.values()) {
            used.add("workType.order." + order.name());
        }
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(load("i18n/messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("i18n/messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void viewsHoldNoHardCodedUserFacingText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : javaFiles()) {
            String path = file.toString().replace('\\', '/');
            boolean ui = path.contains("/ui/") || path.contains("/shell/");
            String source = Files.readString(file);
            if (ui) {
                Matcher m = TEXT_CALL.matcher(source);
                while (m.find()) {
                    if (!m.group(1).isBlank()) {
                        offences.add(path + ": " + m.group());
                    }
                }
                Matcher cjk = CJK.matcher(source);
                while (cjk.find()) {
                    offences.add(path + ": " + cjk.group());
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theCheckForHardCodedTextCatchesATypicalSlip() {
        assertThat(TEXT_CALL.matcher("grid.addColumn(x).setHeader(\"Name\");").find()).isTrue();
        assertThat(TEXT_CALL.matcher("new Button(\"保存\", e -> save());").find()).isTrue();
        assertThat(TEXT_CALL.matcher("new Button(getTranslation(\"action.save\"));").find()).isFalse();
        assertThat(CJK.matcher("String s = \"项目\";").find()).isTrue();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
