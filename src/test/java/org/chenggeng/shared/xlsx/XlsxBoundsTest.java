package org.chenggeng.shared.xlsx;

import org.chenggeng.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Hostile uploads are refused, each with its own message, before the reader takes the memory they ask for: the
 * reader runs in a JVM of its own with a 128 MB heap, in which the 1.6 KB file of the issue (one cell 1.5 billion
 * columns to the right) used to end in OutOfMemoryError.
 */
class XlsxBoundsTest {

    @Test
    void everyHostileFileIsRefusedWithItsOwnReasonInASmallHeap() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), HostileXlsxProbe.class.getName()));
        command.addAll(HostileXlsx.CASES);
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();

        Map<String, String> outcomes = output.lines().filter(l -> l.matches("\\w+=\\S+"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        assertThat(outcomes).as(output).containsOnly(
                entry("hugeCellReference", "import.error.tooManyColumns"),
                entry("tooManyRows", "import.error.tooManyRows"),
                entry("tooManyColumns", "import.error.tooManyColumns"),
                entry("longCell", "import.error.cellTooLong"),
                entry("sharedStrings", "import.error.tooManyStrings"),
                entry("zipBomb", "import.error.zipBomb"),
                entry("csv", "import.error.notXlsx"),
                entry("oldXls", "import.error.oldXls"));
    }

    @Test
    void theFirstRowAndColumnPastALimitAreRefusedAndTheLimitItselfIsRead() {
        List<Integer> widths = new ArrayList<>();
        XlsxRows.read(new ByteArrayInputStream(HostileXlsx.columns(XlsxRows.MAX_COLUMNS)),
                (row, cells) -> widths.add(cells.size()), f -> { });

        assertThat(widths).containsExactly(XlsxRows.MAX_COLUMNS);
        assertThat(refusal(HostileXlsx.columns(XlsxRows.MAX_COLUMNS + 1), XlsxRows.Limits.DEFAULT))
                .isEqualTo("import.error.tooManyColumns");
        assertThat(refusal(HostileXlsx.rows(11), XlsxRows.Limits.DEFAULT.withMaxRows(10)))
                .isEqualTo("import.error.tooManyRows");
    }

    @Test
    void aFileLargerThanTheUploadLimitOrInflatingPastTheLimitIsRefused() {
        XlsxRows.Limits small = new XlsxRows.Limits(1024 * 1024, 2 * 1024 * 1024, 100, 1024 * 1024, 1000, 256, 32_767,
                1000, 100_000);

        assertThat(refusal(new byte[1024 * 1024 + 1], small)).isEqualTo("import.upload.tooBig");
        assertThat(refusal(HostileXlsx.rows(100_000), small)).isEqualTo("import.error.tooLargeUnzipped");
        assertThat(refusal(HostileXlsx.sharedStrings(1001), small)).isEqualTo("import.error.tooManyStrings");
    }

    @Test
    void anEmptyFormattedCellFarToTheRightIsNoContent() {
        List<List<XlsxRows.Cell>> rows = new ArrayList<>();
        byte[] file = HostileXlsx.sheetXml("<row r=\"1\"><c r=\"A1\"><v>7</v></c><c r=\"XFD1\" s=\"0\"/></row>");
        XlsxRows.read(new ByteArrayInputStream(file), (row, cells) -> rows.add(List.copyOf(cells)), f -> { });

        assertThat(rows).containsExactly(List.of(new XlsxRows.Cell(XlsxRows.Type.NUMBER, "7")));
    }

    private static String refusal(byte[] file, XlsxRows.Limits limits) {
        try {
            XlsxRows.read(new ByteArrayInputStream(file), limits, (row, cells) -> { }, f -> { });
        } catch (DomainException e) {
            return e.messageKey();
        }
        return "read";
    }
}
