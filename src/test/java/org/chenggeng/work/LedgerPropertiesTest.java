package org.chenggeng.work;

import org.chenggeng.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledger invariants over random sequences of entries and corrections (seeded, so a failure can be replayed):
 * the completed quantity always equals the sum of the accepted ledger lines, never goes below zero, passes the
 * plan only when confirmed, and a refused operation changes nothing. A brute-force model of what each original
 * entry counts for is kept beside the entity and compared after every step.
 */
class LedgerPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void completedIsAlwaysTheSumOfTheLedgerAndNeverBelowZero(long seed) {
        Random random = new Random(seed);
        Unit unit = random.nextBoolean() ? Unit.SEAT : Unit.METER;
        BigDecimal planned = BigDecimal.valueOf(1 + random.nextInt(500)).setScale(2);
        WorkItem item = new WorkItem(7L, new WorkItemData(3L, planned, null, null, null, null), unit, null);
        ReflectionTestUtils.setField(item, "id", 42L);

        List<ProgressEntry> ledger = new ArrayList<>();
        Map<Long, BigDecimal> countedByOriginal = new HashMap<>();
        long nextId = 1;
        for (int step = 0; step < 60; step++) {
            BigDecimal before = item.getCompletedQuantity();
            int countBefore = item.getEntryCount();
            boolean confirm = random.nextInt(4) > 0;
            try {
                ProgressEntry entry;
                if (countedByOriginal.isEmpty() || random.nextInt(3) > 0) {
                    entry = item.log(LocalDate.of(2024, 1, 1).plusDays(step), quantity(random, unit), null, unit,
                            confirm, "pm", Instant.EPOCH, null);
                } else {
                    List<Long> originals = new ArrayList<>(countedByOriginal.keySet());
                    Long target = originals.get(random.nextInt(originals.size()));
                    ProgressEntry original = ledger.stream().filter(e -> target.equals(e.getId())).findFirst().orElseThrow();
                    entry = item.correct(original, countedByOriginal.get(target), quantityOrZero(random, unit),
                            random.nextInt(10) == 0 ? " " : "录入有误", unit, confirm, "pm", Instant.EPOCH);
                }
                ReflectionTestUtils.setField(entry, "id", nextId++);
                ledger.add(entry);
                Long original = entry.getCorrectsId() == null ? entry.getId() : entry.getCorrectsId();
                countedByOriginal.merge(original, entry.getQuantity(), BigDecimal::add);
                assertThat(item.getEntryCount()).isEqualTo(countBefore + 1);
                if (item.getCompletedQuantity().compareTo(planned) > 0 && entry.getQuantity().signum() > 0) {
                    assertThat(confirm).as("passing the plan needs confirmation").isTrue();
                    assertThat(entry.isOverPlan()).isTrue();
                }
            } catch (DomainException refused) {
                assertThat(item.getCompletedQuantity()).as("a refused operation changes nothing").isEqualByComparingTo(before);
                assertThat(item.getEntryCount()).isEqualTo(countBefore);
            }
            BigDecimal sum = ledger.stream().map(ProgressEntry::getQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(item.getCompletedQuantity()).isEqualByComparingTo(sum);
            assertThat(item.getCompletedQuantity().signum()).isGreaterThanOrEqualTo(0);
            assertThat(countedByOriginal.values()).allSatisfy(c -> assertThat(c.signum()).isGreaterThanOrEqualTo(0));
        }
    }

    /** Mostly valid quantities, sometimes zero, negative or with too many decimals for the unit. */
    private static BigDecimal quantity(Random random, Unit unit) {
        return switch (random.nextInt(10)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.valueOf(-1 - random.nextInt(5));
            case 2 -> new BigDecimal("1.005");
            case 3 -> unit.isCount() ? new BigDecimal("2.5") : new BigDecimal("12.25");
            default -> BigDecimal.valueOf(1 + random.nextInt(60));
        };
    }

    private static BigDecimal quantityOrZero(Random random, Unit unit) {
        return random.nextInt(5) == 0 ? BigDecimal.ZERO : quantity(random, unit);
    }
}
