package org.chenggeng.shared.xlsx;

import org.chenggeng.shared.DomainException;

import java.io.ByteArrayInputStream;

/**
 * Reads each named hostile file in a JVM of its own (started by {@link XlsxBoundsTest} with a small heap) and
 * prints {@code name=outcome}: the refusal's message key, {@code read} if it was read, or the error's class.
 */
final class HostileXlsxProbe {

    private HostileXlsxProbe() {
    }

    public static void main(String[] args) {
        for (String name : args) {
            String outcome;
            try {
                byte[] file = HostileXlsx.build(name);
                XlsxRows.read(new ByteArrayInputStream(file), (row, cells) -> { }, f -> { });
                outcome = "read";
            } catch (DomainException e) {
                outcome = e.messageKey();
            } catch (Throwable e) {
                outcome = e.getClass().getSimpleName();
            }
            System.out.println(name + "=" + outcome);
        }
    }
}
