package org.chenggeng.reporting;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DeflatedPartTest {

    @Test
    void whatIsWrittenComesBackWhenInflatedWithTheCrcAndSizesItsEntryWillCarry() throws Exception {
        StringBuilder text = new StringBuilder();
        Random random = new Random(20221231L);
        for (int i = 0; i < 40_000; i++) {
            text.append("<row r=\"").append(i).append("\"><c><v>").append(random.nextInt()).append("</v></c>污水井</row>");
        }
        byte[] expected = text.toString().getBytes(StandardCharsets.UTF_8);
        try (DeflatedPart part = new DeflatedPart(Deflater.BEST_SPEED)) {
            for (int at = 0; at < text.length(); at += 777) {
                part.write(text.substring(at, Math.min(text.length(), at + 777)));
            }
            DeflatedPart.Deflated done = part.finish();

            ByteArrayOutputStream inflated = new ByteArrayOutputStream();
            try (InputStream in = new InflaterInputStream(Files.newInputStream(done.file()), new Inflater(true))) {
                in.transferTo(inflated);
            }
            CRC32 crc = new CRC32();
            crc.update(expected);
            assertThat(inflated.toByteArray()).isEqualTo(expected);
            assertThat(done.size()).isEqualTo(expected.length);
            assertThat(done.crc()).isEqualTo(crc.getValue());
            assertThat(done.compressedSize()).isEqualTo(Files.size(done.file())).isLessThan(expected.length);
        }
    }

    @Test
    void aPartAbandonedHalfWrittenLeavesNoFileAndNoThread() throws Exception {
        DeflatedPart part = new DeflatedPart(Deflater.BEST_SPEED);
        part.write("<row>".repeat(100_000));
        assertThat(part.file()).exists();
        long before = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("ledger-deflate")).count();

        part.close();

        assertThat(before).isPositive();
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("ledger-deflate")
                && t.isAlive())).isEmpty();
        assertThat(part.file()).doesNotExist();
    }
}
