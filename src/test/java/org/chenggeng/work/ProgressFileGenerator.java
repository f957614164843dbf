package org.chenggeng.work;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a progress .xlsx of any size for the import benchmark, the same file for the same seed: rows of the
 * {@link #CODES} work types, dated within 300 days from {@link #FIRST_DAY}, with whole numbers for count units,
 * two decimals otherwise, and a note on one row in four.
 *
 * <p>{@code ProgressFileGenerator <rows> <file.xlsx> [seed]}
 */
public final class ProgressFileGenerator {

    /** The work types a generated file logs, each once planned in the benchmark's project. */
    static final List<String> CODES = List.of("EXPOSED_LINES", "SEPTIC_TANK", "SEWAGE_WELL", "RAIN_INLET",
            "UNDERGROUND_PIPES", "ROAD_PAVING", "FACADE_PAINTING", "TURF", "HEDGE", "CHARGING_POST", "BENCH",
            "SOLAR_LIGHT");
    static final LocalDate FIRST_DAY = ImportFixture.STARTED;
    static final long DEFAULT_SEED = 20250106L;
    private static final Set<String> COUNTED = Set.of("SEPTIC_TANK", "SEWAGE_WELL", "RAIN_INLET", "HEDGE",
            "CHARGING_POST", "BENCH", "SOLAR_LIGHT");

    private ProgressFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ProgressFileGenerator <rows> <file.xlsx> [seed]");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        write(Integer.parseInt(args[0]), args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED, file);
        System.out.printf("wrote %s rows to %s (%,d bytes)%n", args[0], file, Files.size(file));
    }

    static void write(int rows, long seed, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            XlsxFiles.write(XlsxFiles.PROGRESS_HEADERS, rows(rows, new Random(seed)), out);
        }
    }

    private static Iterator<Object[]> rows(int count, Random random) {
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public Object[] next() {
                made++;
                String code = CODES.get(random.nextInt(CODES.size()));
                LocalDate day = FIRST_DAY.plusDays(random.nextInt(300));
                BigDecimal quantity = COUNTED.contains(code) ? BigDecimal.valueOf(1 + random.nextInt(20))
                        : BigDecimal.valueOf(1 + random.nextInt(50_000), 2);
                String note = random.nextInt(4) == 0 ? "第" + (1 + random.nextInt(30)) + "标段" : null;
                return new Object[]{code, day, quantity, note};
            }
        };
    }
}
