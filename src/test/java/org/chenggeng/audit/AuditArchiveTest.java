package org.chenggeng.audit;

import org.chenggeng.support.MovableClock;

import org.chenggeng.security.Role;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.PersonalDataRead;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Archiving: entries older than the retention period go to a signed file and leave the table, the rest stay, the
 * online chain still verifies from where the archive ends, the file verifies on its own (and a changed one does
 * not), and only the audit administrator may do it. A context of its own, without demo data, whose clock the test
 * moves, so that the oldest entries really are old.
 */
@SpringBootTest(properties = {"chenggeng.audit.key=" + AuditArchiveTest.KEY, "chenggeng.security.mfa.required-roles="})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditArchiveTest {

    static final String KEY = "audit-archive-test-key-of-enough-bytes";
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    @Autowired
    AuditChainService chainService;
    @Autowired
    AuditService audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers as;

    @TestConfiguration
    static class Clocks {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(NOW);
        }
    }

    @BeforeAll
    void entriesOfTwoAges() {
        clock.set(NOW.minus(Duration.ofDays(200)));
        for (int i = 1; i <= 5; i++) {
            events.publishEvent(new PersonalDataRead("REGISTER_EXPORT", "COMPOUND", i, 10 * i));
        }
        clock.set(NOW.minus(Duration.ofDays(100)));
        for (int i = 6; i <= 8; i++) {
            events.publishEvent(new PersonalDataRead("HOUSEHOLD_SCAN", "ATTACHMENT", i, 1));
        }
        clock.set(NOW);
    }

    @Test
    void theArchiveTakesOnlyTheEntriesPastRetentionToASignedFileAndTheChainStillVerifies() throws Exception {
        String auditor = AuditUsers.auditor(jdbc);
        var plan = as.as(auditor, () -> chainService.archivePlan());
        assertThat(plan.retentionDays()).isEqualTo(180);
        assertThat(plan.entries()).isEqualTo(5);

        var archive = as.as(auditor, () -> chainService.archive());

        assertThat(archive.entries()).isEqualTo(5);
        assertThat(archive.firstSeq()).isEqualTo(1);
        assertThat(archive.lastSeq()).isEqualTo(5);
        assertThat(seqs()).doesNotContain(1L, 2L, 3L, 4L, 5L).contains(6L, 7L, 8L);
        byte[] file = Files.readAllBytes(archive.file());
        assertThat(new String(file, StandardCharsets.UTF_8).lines()).hasSize(1 + 5 + 1)
                .last().asString().startsWith("{\"signature\":\"hmac-sha256:");

        ChainReport online = as.as(auditor, () -> chainService.verify());
        assertThat(online.intact()).as(online.summary()).isTrue();
        assertThat(online.firstSeq()).isEqualTo(6);
        ChainReport offline = as.as(auditor, () -> chainService.verifyArchive(archive.fileName(), file));
        assertThat(offline.intact()).as(offline.summary()).isTrue();
        assertThat(offline.checked()).isEqualTo(5);

        var recorded = as.as(auditor, () -> audit.search(new AuditService.AuditFilter(auditor, null, "AUDIT", null,
                null), PageRequest.of(0, 50)));
        assertThat(recorded).filteredOn(r -> r.action().equals("ARCHIVE")).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(AuditResult.SUCCESS);
            assertThat(r.after()).contains("\"firstSeq\":\"1\"").contains("\"lastSeq\":\"5\"")
                    .contains(archive.signature());
        });

        assertThatThrownBy(() -> as.run(auditor, () -> chainService.archive())).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("audit.archive.nothing");
        assertThat(seqs()).contains(6L, 7L, 8L);

        aChangedCopyFails(auditor, file);
    }

    /** A changed line breaks the signature; the same change signed again with the key breaks the inner chain. */
    private void aChangedCopyFails(String auditor, byte[] file) throws Exception {
        List<String> lines = new String(file, StandardCharsets.UTF_8).lines().toList();
        String changedLine = lines.get(3).replace("\"detail\":\"30\"", "\"detail\":\"31\"");
        assertThat(changedLine).isNotEqualTo(lines.get(3));
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < lines.size() - 1; i++) {
            changed.append(i == 3 ? changedLine : lines.get(i)).append('\n');
        }

        byte[] unsigned = (changed + lines.getLast() + "\n").getBytes(StandardCharsets.UTF_8);
        ChainReport forged = as.as(auditor, () -> chainService.verifyArchive("forged.jsonl", unsigned));
        assertThat(forged.problem()).isEqualTo(ChainReport.Problem.SIGNATURE);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal(changed.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] resigned = (changed + "{\"signature\":\"hmac-sha256:" + signature + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        ChainReport broken = as.as(auditor, () -> chainService.verifyArchive("resigned.jsonl", resigned));
        assertThat(broken.intact()).isFalse();
        assertThat(broken.problem()).isEqualTo(ChainReport.Problem.HASH);
        assertThat(broken.brokenAt()).isEqualTo(3);
    }

    @Test
    void nobodyButTheAuditAdministratorVerifiesOrArchives() {
        for (Role role : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.OFFICIAL,
                Role.PROJECT_MANAGER)) {
            String user = AuditUsers.ensure(jdbc, "audit-test-" + role.name().toLowerCase().replace('_', '-'), role);
            assertThatThrownBy(() -> as.run(user, () -> chainService.archive())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(user, () -> chainService.verify())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(user, () -> audit.exportCsv(new AuditService.AuditFilter(null, null,
                    null, null, null)))).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aRetentionUnderOneHundredAndEightyDaysIsRefused() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("chenggeng.audit.retention-days", "179")));
        assertThatThrownBy(() -> binder.bind("chenggeng.audit", AuditProperties.class))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("at least 180");
        assertThat(new AuditProperties(180, null, null).retentionDays()).isEqualTo(180);
    }

    private List<Long> seqs() {
        return jdbc.sql("select seq from audit_entry order by seq").query(Long.class).list();
    }
}
