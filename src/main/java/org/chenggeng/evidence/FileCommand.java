package org.chenggeng.evidence;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;

/**
 * At start-up, {@code --files=verify} checks that every stored file exists and matches its hash (see
 * {@link FileCheck}), prints what it found and stops the application: exit code 0 when all is well, 1 otherwise.
 */
@Component
@Order(11)
@EnableConfigurationProperties(EvidenceProperties.class)
class FileCommand implements ApplicationRunner {

    private final FileCheck check;
    private final ConfigurableApplicationContext context;

    FileCommand(FileCheck check, ConfigurableApplicationContext context) {
        this.check = check;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<String> asked = args.getOptionValues("files");
        if (asked == null || asked.isEmpty()) {
            return;
        }
        if (!asked.getFirst().equals("verify")) {
            System.out.println("--files takes verify, not " + asked.getFirst());
            exit(2);
            return;
        }
        FileCheck.Outcome outcome = check.verify();
        System.out.printf("Verified the evidence files against their hashes: %,d files, %,d bytes, %,d problems, "
                + "in %,d ms%n", outcome.files(), outcome.bytes(), outcome.problems().size(), outcome.millis());
        outcome.problems().forEach(p -> System.out.println("  " + p));
        exit(outcome.consistent() ? 0 : 1);
    }

    private void exit(int code) {
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
