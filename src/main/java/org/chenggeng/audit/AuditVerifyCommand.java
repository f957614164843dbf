package org.chenggeng.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line check: {@code java -jar chenggeng.jar --chenggeng.audit.verify} checks the online chain,
 * {@code --chenggeng.audit.verify=<archive file>} an archive file; either prints the result, records the check as
 * the system's, and exits (0 intact, 1 broken, 2 no such file). Runs before any other start-up work.
 */
@Component
@ConditionalOnProperty("chenggeng.audit.verify")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

    private final ChainVerifier verifier;
    private final AuditRecorder recorder;
    private final AuditProperties properties;
    private final ConfigurableApplicationContext context;
    private final TransactionTemplate transaction;

    AuditVerifyCommand(ChainVerifier verifier, AuditRecorder recorder, AuditProperties properties,
                       ConfigurableApplicationContext context, PlatformTransactionManager transactions) {
        this.verifier = verifier;
        this.recorder = recorder;
        this.properties = properties;
        this.context = context;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void run(ApplicationArguments args) {
        String target = context.getEnvironment().getProperty("chenggeng.audit.verify", "");
        int code;
        if (target.isBlank() || target.equals("true")) {
            ChainReport report = verifier.verify();
            record(AuditChainService.VERIFY, report, null);
            System.out.println(report.summary());
            code = report.intact() ? 0 : 1;
        } else {
            Path file = Path.of(target);
            if (!Files.isRegularFile(file) || !properties.hasKey()) {
                System.out.println(Files.isRegularFile(file) ? "no audit key (CHENGGENG_AUDIT_KEY) to check " + file
                        : "no such archive file: " + file);
                code = 2;
            } else {
                ChainReport report;
                try {
                    report = ArchiveFormat.verify(Files.readAllBytes(file), properties.keyBytes());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                record(AuditChainService.VERIFY_ARCHIVE, report, file.getFileName().toString());
                System.out.println(file.getFileName() + ": " + report.summary());
                code = report.intact() ? 0 : 1;
            }
        }
        int exit = SpringApplication.exit(context, () -> code);
        System.exit(exit);
    }

    private void record(String action, ChainReport report, String file) {
        transaction.executeWithoutResult(status -> recorder.operation(action, file == null ? null
                        : AuditArchiver.ENTITY, null, report.intact() ? AuditResult.SUCCESS : AuditResult.FAILED,
                AuditChainService.state(report), file));
    }
}
