package org.chenggeng.reporting;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.region.RegionService;
import org.chenggeng.support.TestUsers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The street official's all-time report of 月牙河街 in Chinese, also left in target/official/NAME.EXT for a look. */
final class StreetExports {

    private StreetExports() {
    }

    static byte[] export(ReportExportService exports, RegionService regions, TestUsers as, ExportFormat format,
                         String name) throws Exception {
        Long street = as.as("official", () -> regions.all().stream().filter(r -> r.name().equals("月牙河街"))
                .findFirst().orElseThrow().id());
        ReportRequest request = new ReportRequest(new ProjectFilter(null, null, null, street, null), null,
                Period.all(), false);
        byte[] bytes = as.as("official", () -> exports.export(request, Locale.SIMPLIFIED_CHINESE, format));
        Path dir = Path.of("target", "official");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + "." + format.name().toLowerCase(Locale.ROOT)), bytes);
        return bytes;
    }
}
